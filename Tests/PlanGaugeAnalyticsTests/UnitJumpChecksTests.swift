import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import Testing

/// Amounts filled in the wrong unit (`UnitJumpChecks`), on small datasets written as CSV files, so
/// the whole path (cells → facts or panels → per-file totals → findings) is exercised. Every figure
/// is worked out by hand in the comments.
@Suite struct UnitJumpChecksTests {
    /// A dataset folder of the given files (revenue files: header + rows), deleted afterwards.
    final class Folder {
        let path: String
        init(_ files: [String: String]) throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("unit-jump-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + name)) }
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    static func enterprises(_ n: Int) -> String {
        "统一社会信用代码,企业名称\n" + (1...n).map { "\(Tiny.id($0).code),企业\($0)\n" }.joined()
    }

    /// A revenue file: `(firm, period label, 口径, 营业收入 as written)` under a header without a unit (万元).
    static func revenue(_ rows: [(Int, String, String, String)]) -> String {
        "统一社会信用代码,企业名称,统计期,口径,营业收入\n"
            + rows.map { "\(Tiny.id($0.0).code),企业\($0.0),\($0.1),\($0.2),\($0.3)\n" }.joined()
    }

    static func load(_ files: [String: String], panels: Bool = false) throws -> (Dataset, IngestReport, Folder) {
        let folder = try Folder(files)
        var options = IngestOptions()
        if panels { options.revenuePanels = [.revenue] }
        let (dataset, report) = try DatasetLoader.load(folder: folder.path, options: options)
        return (dataset, report, folder)
    }

    /// Firm 1 files 2024Q2 in 元 (12,345,600 for 1,234.56 万元) between 1,234.56 and 1,300.00; firms 2
    /// and 3 are steady. Firm 1's Q2 jumps against Q1 and Q3: one suspect, named once, against Q1.
    /// The file's Q2 total is 12,345,600 + 20,000 + 800 = 12,366,400 万元 against Q1's 1,234.56 +
    /// 20,000 + 800 = 22,034.56: 561×, under 1,000×, so no file finding.
    static let oneFirmInYuan = [
        "enterprises.csv": enterprises(3),
        "revenue.csv": revenue([
            (1, "2024Q1", "当期", "1234.56"), (2, "2024Q1", "当期", "20000"), (3, "2024Q1", "当期", "800"),
            (1, "2024Q2", "当期", "12345600"), (2, "2024Q2", "当期", "20000"), (3, "2024Q2", "当期", "800"),
            (1, "2024Q3", "当期", "1300.00"), (2, "2024Q3", "当期", "20000"), (3, "2024Q3", "当期", "800")
        ])
    ]

    @Test func oneFigureInYuanIsOneWarningNamingBothFigures() throws {
        let (dataset, report, _) = try Self.load(Self.oneFirmInYuan)
        #expect(report.exitStatus == 0)
        let findings = UnitJumpChecks.run(dataset)
        #expect(findings.count == 1)
        let f = try #require(findings.first)
        #expect(f.severity == .warning && f.kind == .enterprise && f.enterprise == Tiny.id(1))
        #expect(f.period == .quarter(2024, 2) && f.tooLarge && f.ratio == 10_000)  // 12,345,600 / 1,234.56
        #expect(
            f.message
                == "营业收入 of \(Tiny.id(1).code): 2024Q2 当期 12,345,600.00 万元 is 10,000× 2024Q1 当期 1,234.56 万元 (上期): 疑似以元填报（应为万元）; check the unit of this row"
        )
        #expect(f.origin?.line == 5)  // header, then Q1's three rows
        #expect(f.origin?.file.hasSuffix("revenue.csv") == true)
    }

    @Test func panelsFindTheSameFiguresWithoutLines() throws {
        let (dataset, _, _) = try Self.load(Self.oneFirmInYuan, panels: true)
        _ = DatasetIndex(dataset)  // the panels are read as the ledgers are made
        let findings = UnitJumpChecks.run(dataset)
        #expect(
            findings.map(\.message) == [
                "营业收入 of \(Tiny.id(1).code): 2024Q2 当期 12,345,600.00 万元 is 10,000× 2024Q1 当期 1,234.56 万元 (上期): 疑似以元填报（应为万元）; check the unit of this row"
            ])
        #expect(findings.first?.origin == nil)
    }

    /// The inverse: 0.12 万元 between 1,234.56 and 1,300.00 (a 万元 figure read as 元): 1/10,288
    /// (1,234.56 / 0.12 = 10,288.0).
    @Test func aFigureTooSmallIsTheInverseWarning() throws {
        let (dataset, _, _) = try Self.load([
            "enterprises.csv": Self.enterprises(1),
            "revenue.csv": Self.revenue([
                (1, "2024Q1", "当期", "1234.56"), (1, "2024Q2", "当期", "0.12"), (1, "2024Q3", "当期", "1300")
            ])
        ])
        let findings = UnitJumpChecks.run(dataset)
        #expect(findings.count == 1)
        #expect(
            findings.first?.message
                == "营业收入 of \(Tiny.id(1).code): 2024Q2 当期 0.12 万元 is 1/10,288 of 2024Q1 当期 1,234.56 万元 (上期): 疑似以万元填报（应为元）; check the unit of this row"
        )
    }

    /// A district's 2024Q1 return in 元: 10,500,000 + 21,000,000 + 5,200,000 = 36,700,000 against the
    /// 2023Q4 total 1,000 + 2,000 + 500 = 3,500 万元: 10,485.7×, means likewise (3 rows each).
    static let wholeFileInYuan = [
        "enterprises.csv": enterprises(3),
        "revenue_2023.csv": revenue(
            ["2023Q1", "2023Q2", "2023Q3", "2023Q4"].flatMap { q in
                [(1, q, "当期", "1000"), (2, q, "当期", "2000"), (3, q, "当期", "500")]
            }),
        "revenue_2024q1.csv": revenue([
            (1, "2024Q1", "当期", "10500000"), (2, "2024Q1", "当期", "21000000"), (3, "2024Q1", "当期", "5200000")
        ])
    ]

    @Test func aWholeFileInYuanIsAnError() throws {
        let (dataset, report, _) = try Self.load(Self.wholeFileInYuan)
        #expect(report.exitStatus == 0)  // every cell is fine on its own
        let findings = UnitJumpChecks.run(dataset)
        let errors = findings.filter { $0.severity == .error }
        #expect(errors.count == 1)
        let e = try #require(errors.first)
        #expect(e.kind == .file && e.file?.hasSuffix("revenue_2024q1.csv") == true && e.period == .quarter(2024, 1))
        #expect(
            e.message
                == "2024Q1 当期 营业收入 totals 36,700,000.00 万元 over 3 rows, 10,486× the dataset's 2023Q4 当期 total of 3,500.00 万元 over 3 rows (上期): 疑似整表以元填报（应为万元）; check the unit of the 营业收入 column"
        )
        // Each firm's 2024Q1 is also named (10,500×, 10,500×, 10,400× its 2023Q4).
        #expect(findings.filter { $0.kind == .enterprise }.map(\.ratio) == [10_500, 10_500, 10_400])
    }

    /// One row of six in 元 can lift a file's total past 1,000×: firm 1 files 2024Q2 as 20,000,000
    /// (2,000 万元) among five firms at 10 万元. Q2's total is 20,000,050 万元 against Q1's 2,050:
    /// 9,756×. Without firm 1's figure the other five average 10 万元, the dataset's Q1 mean 341.67:
    /// in line, so the row is the finding (a warning) and there is no whole-file error.
    @Test func oneRowInYuanIsNotAWholeFileError() throws {
        let q1 = [(1, "2024Q1", "当期", "2000")] + (2...6).map { ($0, "2024Q1", "当期", "10") }
        let q2 = [(1, "2024Q2", "当期", "20000000")] + (2...6).map { ($0, "2024Q2", "当期", "10") }
        let (dataset, _, _) = try Self.load([
            "enterprises.csv": Self.enterprises(6),
            "revenue_2024q1.csv": Self.revenue(q1), "revenue_2024q2.csv": Self.revenue(q2)
        ])
        let findings = UnitJumpChecks.run(dataset)
        #expect(findings.filter { $0.severity == .error }.isEmpty)
        #expect(findings.map(\.enterprise) == [Tiny.id(1)])
        #expect(findings.first?.ratio == 10_000)
    }

    @Test func aWholeFileInYuanIsAnErrorFromPanelsToo() throws {
        let (dataset, _, _) = try Self.load(Self.wholeFileInYuan, panels: true)
        _ = DatasetIndex(dataset)
        #expect(UnitJumpChecks.run(dataset).filter { $0.severity == .error }.count == 1)
    }

    /// Ten times a quarter (150 → 1,500 → 15,000 万元) is real growth, however fast.
    @Test func tenfoldGrowthIsNoWarning() throws {
        let (dataset, _, _) = try Self.load([
            "enterprises.csv": Self.enterprises(1),
            "revenue.csv": Self.revenue([
                (1, "2023Q1", "当期", "150"), (1, "2023Q2", "当期", "1500"), (1, "2023Q3", "当期", "15000")
            ])
        ])
        #expect(UnitJumpChecks.run(dataset).isEmpty)
    }

    /// The floor: the larger figure must reach 1,000 万元. A start-up going 0.5 → 600 万元 (1,200×) is
    /// left alone, as is one going from 0 (no ratio); 0.5 → 12,000 万元 (24,000×) is a warning.
    @Test func tinyFirmsBelowTheFloorAreLeftAlone() throws {
        let (dataset, _, _) = try Self.load([
            "enterprises.csv": Self.enterprises(3),
            "revenue.csv": Self.revenue([
                (1, "2024Q1", "当期", "0.5"), (2, "2024Q1", "当期", "0"), (3, "2024Q1", "当期", "0.5"),
                (1, "2024Q2", "当期", "600"), (2, "2024Q2", "当期", "5000"), (3, "2024Q2", "当期", "12000")
            ])
        ])
        let findings = UnitJumpChecks.run(dataset)
        #expect(findings.map(\.enterprise) == [Tiny.id(3)])
        #expect(findings.first?.ratio == 24_000)
        #expect(findings.first?.message.contains("2024Q2 当期 12,000.00 万元 is 24,000× 2024Q1 当期 0.50 万元") == true)
    }

    /// 累计 values grow through the year and start again in January: 300 → 650 → 1,000 → 1,400, then
    /// 2024年1-3月 320. Nothing is 1,000× its neighbour, and 1-12月 is not set against next 1-3月.
    @Test func cumulativeSeriesAreNoWarning() throws {
        let (dataset, _, _) = try Self.load([
            "enterprises.csv": Self.enterprises(1),
            "revenue.csv": Self.revenue([
                (1, "2023年1-3月", "累计", "300"), (1, "2023年1-6月", "累计", "650"), (1, "2023年1-9月", "累计", "1000"),
                (1, "2023年1-12月", "累计", "1400"), (1, "2024年1-3月", "累计", "320"), (1, "2024年1-6月", "累计", "700")
            ])
        ])
        #expect(UnitJumpChecks.run(dataset).isEmpty)
    }

    /// A 累计 value in 元 (2024年1-6月: 7,000,000 for 700 万元) is caught against 1-3月 (21,875×) and
    /// against 2023年1-6月 (10,769×): one warning, against the previous report.
    @Test func aCumulativeValueInYuan() throws {
        let (dataset, _, _) = try Self.load([
            "enterprises.csv": Self.enterprises(1),
            "revenue.csv": Self.revenue([
                (1, "2023年1-3月", "累计", "300"), (1, "2023年1-6月", "累计", "650"), (1, "2024年1-3月", "累计", "320"),
                (1, "2024年1-6月", "累计", "7000000")
            ])
        ])
        // A file of one firm: the dataset's 1-6月 total jumps as much, so the file is an error too.
        #expect(UnitJumpChecks.run(dataset).filter { $0.kind == .file }.count == 1)
        let findings = UnitJumpChecks.run(dataset).filter { $0.kind == .enterprise }
        #expect(findings.count == 1)
        #expect(
            findings.first?.message.contains(
                "2024年1-6月 累计 7,000,000.00 万元 is 21,875× 2024年1-3月 累计 320.00 万元 (上期): 疑似以元填报（应为万元）") == true)
    }

    /// A month's 当期 value is never set against a year's: 2023 12,000 万元 and 2024-01 10 万元 (1,200×
    /// apart) are two series.
    @Test func monthsAreNotComparedWithYears() throws {
        let (dataset, _, _) = try Self.load([
            "enterprises.csv": Self.enterprises(1),
            "revenue.csv": Self.revenue([(1, "2023", "当期", "12000"), (1, "2024-01", "当期", "10")])
        ])
        #expect(UnitJumpChecks.run(dataset).isEmpty)
    }

    /// Each field on its own: R&D 50 → 500,000 (元 for 50 万元) while revenue stays put.
    @Test func researchSpendingIsCheckedOnItsOwn() throws {
        let (dataset, _, _) = try Self.load([
            "enterprises.csv": Self.enterprises(1),
            "revenue.csv": "统一社会信用代码,企业名称,统计期,口径,营业收入,研发投入\n"
                + "\(Tiny.id(1).code),企业1,2024Q1,当期,2000,50\n\(Tiny.id(1).code),企业1,2024Q2,当期,2100,500000\n"
        ])
        let findings = UnitJumpChecks.run(dataset).filter { $0.kind == .enterprise }
        #expect(findings.map(\.field) == [.rdExpense])
        #expect(
            findings.first?.message.hasPrefix(
                "研发投入 of \(Tiny.id(1).code): 2024Q2 当期 500,000.00 万元 is 10,000× 2024Q1 当期 50.00 万元") == true)
    }

    /// The shipped sample has no unit slip.
    @Test func theSampleIsClean() throws {
        let (dataset, _) = try DatasetLoader.load(folder: PlanFileTests.path("Data/sample"))
        #expect(UnitJumpChecks.run(dataset).map(\.message) == [])
    }
}
