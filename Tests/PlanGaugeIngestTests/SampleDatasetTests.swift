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
        // grants.csv refers to the policies, as the CLI reads them (--policies, default Data/policies).
        var options = IngestOptions()
        options.policies = try PolicyFile.loadFolder(Self.repository.appendingPathComponent("Data/policies").path)
        let (dataset, report) = try DatasetLoader.load(folder: Self.sample, options: options)
        #expect(report.exitStatus == 0)
        #expect(report.errors == 0 && report.warnings == 0)
        for file in report.files {
            #expect(file.isBalanced)
            #expect(file.rejected == 0, "\(file.file)")
        }
        #expect(dataset.enterprises.count == 300)
        #expect(dataset.parks.count == 7)
        // One revenue file of each kind an office sends.
        let encodings = Dictionary(
            report.files.filter { $0.table == "revenue" }.map { ($0.file.split(separator: "/").last!, $0.encoding) },
            uniquingKeysWith: { a, _ in a })
        #expect(encodings["revenue_2019-2022.csv"] == .utf8)
        #expect(encodings["revenue_2023-2026.csv"] == .utf8BOM)
        #expect(encodings["revenue_ytd_gb18030.csv"] == .gb18030)
        #expect(dataset.revenue.contains { $0.basis == .cumulative })
        #expect(dataset.latestRevenuePeriod == .quarter(2026, 3))
        #expect(report.files.map(\.table).suffix(2) == ["grants", "grant_payments"])
        #expect(dataset.grants.reduce(0) { $0 + $1.payments.count } == summary(report, "grant_payments.csv")?.accepted)
        #expect(dataset.enterprises.contains { !$0.creditFlags.isEmpty })
    }
}
