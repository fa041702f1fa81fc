import Foundation
import PlanGaugeModel
import Testing

/// `plangauge check` on amounts filled in the wrong unit: a whole revenue file in 元 under a 万元
/// header is an error (exit 65, text and JSON); one firm's figure in 元 is a warning (exit 0);
/// `quarterly` says so on stderr.
@Suite(
    .enabled(
        if: plangaugeExecutable != nil,
        "the plangauge executable was not found; build it with `swift build --build-tests`"))
struct UnitJumpCLITests {
    static func id(_ n: Int) -> String {
        let body = "913101070000000" + (n < 10 ? "0" : "") + String(n)
        return body + String(USCC.checkCharacter(forPrefix: body)!)
    }

    static let enterprises = "统一社会信用代码,企业名称\n" + (1...3).map { "\(id($0)),企业\($0)\n" }.joined()

    static func revenue(_ rows: [(Int, String, String)]) -> String {
        "统一社会信用代码,企业名称,统计期,口径,营业收入\n" + rows.map { "\(id($0.0)),企业\($0.0),\($0.1),当期,\($0.2)\n" }.joined()
    }

    static let year2023 = revenue(
        ["2023Q1", "2023Q2", "2023Q3", "2023Q4"].flatMap { q in [(1, q, "1000"), (2, q, "2000"), (3, q, "500")] })

    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let r = try runPlangauge(arguments)
        return (r.status, r.stdout, r.stderr)
    }

    /// 2024Q1 in 元: 36,700,000 万元 against 2023Q4's 3,500 (10,486×).
    @Test func aWholeFileInYuanFailsCheck() throws {
        let data = try TempDataset([
            "enterprises.csv": Self.enterprises, "revenue_2023.csv": Self.year2023,
            "revenue_2024q1.csv": Self.revenue([
                (1, "2024Q1", "10500000"), (2, "2024Q1", "21000000"), (3, "2024Q1", "5200000")
            ])
        ])
        let text = try run(["check", data.folder])
        #expect(text.status == 65)
        #expect(
            text.stdout.contains(
                "revenue_2024q1.csv:0:0: error: 2024Q1 当期 营业收入 totals 36,700,000.00 万元 over 3 rows, 10,486× the dataset's 2023Q4 当期 total of 3,500.00 万元 over 3 rows (上期): 疑似整表以元填报（应为万元）"
            ))
        #expect(
            text.stdout.contains(
                "revenue_2024q1.csv:2:0: warning: 营业收入 of \(Self.id(1)): 2024Q1 当期 10,500,000.00 万元 is 10,500× 2023Q4 当期 1,000.00 万元 (上期): 疑似以元填报（应为万元）"
            ))
        #expect(text.stdout.contains("4 unit findings (1 errors)"))
        let json = try run(["check", data.folder, "--format", "json"])
        #expect(json.status == 65)
        #expect(json.stdout.contains("\"exit_status\" : 65") || json.stdout.contains("\"exit_status\":65"))
        #expect(json.stdout.contains("\"unit_findings\""))
        #expect(json.stdout.contains("疑似整表以元填报"))
    }

    /// One firm's 2024Q2 in 元: a warning, exit 0; `quarterly` notes it on stderr.
    @Test func oneFigureInYuanIsAWarning() throws {
        let data = try TempDataset([
            "enterprises.csv": Self.enterprises,
            "revenue.csv": Self.revenue([
                (1, "2024Q1", "1234.56"), (2, "2024Q1", "20000"), (3, "2024Q1", "800"),
                (1, "2024Q2", "12345600"), (2, "2024Q2", "20000"), (3, "2024Q2", "800"),
                (1, "2024Q3", "1300.00"), (2, "2024Q3", "20000"), (3, "2024Q3", "800")
            ])
        ])
        let check = try run(["check", data.folder])
        #expect(check.status == 0)
        #expect(
            check.stdout.contains(
                "revenue.csv:5:0: warning: 营业收入 of \(Self.id(1)): 2024Q2 当期 12,345,600.00 万元 is 10,000× 2024Q1 当期 1,234.56 万元 (上期): 疑似以元填报（应为万元）"
            ))
        #expect(check.stdout.contains("1 unit findings (0 errors)"))
        let quarterly = try run(["quarterly", "--data", data.folder, "--period", "2024Q3"])
        #expect(quarterly.stderr.contains("plangauge: warning: 1 amount look filled in the wrong unit"))
        #expect(quarterly.stderr.contains("疑似以元填报（应为万元）"))
    }
}
