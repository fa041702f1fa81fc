import Foundation
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeSynth
import Testing

/// The shipped sample is what the generator makes, and it loads without a single problem.
@Suite struct SampleDatasetTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sample = repository.appendingPathComponent("Data/sample").path

    @Test func regeneratingTheSampleGivesByteIdenticalFiles() throws {
        let out = FileManager.default.temporaryDirectory
            .appendingPathComponent("plangauge-synth-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        _ = try Synthesizer(config: SynthConfig()).write(to: out)
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.sample).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == names)
        for name in names {
            let shipped = try Data(contentsOf: URL(fileURLWithPath: Self.sample).appendingPathComponent(name))
            let fresh = try Data(contentsOf: URL(fileURLWithPath: out).appendingPathComponent(name))
            #expect(shipped == fresh, "\(name) differs from `plangauge synth --out Data/sample`; regenerate it")
        }
    }

    @Test func sampleLoadsCleanAndAccountsForEveryRow() throws {
        let (dataset, report) = try DatasetLoader.load(folder: Self.sample)
        #expect(report.exitStatus == 0)
        #expect(report.errors == 0 && report.warnings == 0)
        for file in report.files {
            #expect(file.isBalanced)
            #expect(file.rejected == 0, "\(file.file)")
        }
        #expect(dataset.enterprises.count == 300)
        #expect(dataset.parks.count == 7)
        // One revenue file of each kind an office sends.
        let encodings = Dictionary(report.files.filter { $0.table == "revenue" }.map { ($0.file.split(separator: "/").last!, $0.encoding) },
                                   uniquingKeysWith: { a, _ in a })
        #expect(encodings["revenue_2019-2022.csv"] == .utf8)
        #expect(encodings["revenue_2023-2026.csv"] == .utf8BOM)
        #expect(encodings["revenue_ytd_gb18030.csv"] == .gb18030)
        #expect(dataset.revenue.contains { $0.basis == .cumulative })
        #expect(dataset.latestRevenuePeriod == .quarter(2026, 3))
    }

    /// The sample is calibrated so 2020's industry scale is near 125亿 (the plan's base).
    /// Summed here directly from period values and year-to-date differences, independent of Analytics.
    @Test func sampleScaleIsCalibrated() throws {
        let (dataset, _) = try DatasetLoader.load(folder: Self.sample)
        func scale(_ year: Int) -> Amount {
            var total = Amount.zero
            var ytdByFirm: [USCC: Amount] = [:]
            for f in dataset.revenue where f.period.year == year {
                guard let v = f.scaleRevenue else { continue }
                // A year-to-date series only grows, so its largest value is the firm's year so far.
                if f.basis == .period { total += v } else { ytdByFirm[f.enterprise] = max(ytdByFirm[f.enterprise] ?? .zero, v) }
            }
            for v in ytdByFirm.values { total += v }
            return total
        }
        let y2020 = scale(2020).value(in: .yi)
        let y2023 = scale(2023).value(in: .yi)
        #expect(abs(y2020 - 125) < 1.0, "2020 scale \(y2020)亿")
        #expect(y2023 > 230 && y2023 < 250, "2023 scale \(y2023)亿 should fall short of the 250亿 target")
    }
}
