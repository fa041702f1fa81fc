import Foundation
import Testing

/// Park statistics under the revenue period rules (issue 18): every period label and the 口径 column
/// the revenue files take; a cumulative figure is the year to date, never summed; contradictory
/// bases rejected with file:line:column; every not-available indicator says why; plan checks
/// (target_year before the baseline, monitoring-only indicators, a park without firms); `export`
/// without binary-float tails; a count over no firm is 0.
///
/// The hand-built park P1 has four firms, each with 100万元 a quarter in 2024 and 2025; its office
/// reports year-to-date revenue 2024: 18, 40, 66, 92亿; 2025: 20, 45, 75, 106.5亿. So 2025 is
/// 106.5亿 (summing the four figures would give 246.5亿), 2025Q3 alone is 75 − 45 = 30亿, and the
/// twelve months to 2025Q3 are 75 + 92 − 66 = 101亿. Park P2 has no firm.
@Suite struct ParkStatsPeriodTests {
    static let firms = [Codes.a, Codes.b, Codes.c, Codes.d]

    static func dataset(parkStats: String) throws -> TempDataset {
        var revenue = "id,period,revenue(万元)\n"
        for year in [2024, 2025] {
            for q in 1...4 {
                for id in firms { revenue += "\(id),\(year)Q\(q),100\n" }
            }
        }
        return try TempDataset([
            "parks.csv": "id,name\nP1,示范园\nP2,新园\n",
            "enterprises.csv": "id,name,park\n" + firms.enumerated().map { "\($1),企业\($0 + 1),P1\n" }.joined()
                + "\(Codes.f),园外企业,\n",
            "revenue.csv": revenue,
            "park_stats.csv": parkStats
        ])
    }

    /// Quarter labels with a 口径 column saying 累计: the issue's file.
    static let cumulativeQuarters = """
        园区,统计期,口径,入驻企业数,营业收入(亿元)
        P1,2024Q1,累计,28,18
        P1,2024Q2,累计,29,40
        P1,2024Q3,累计,30,66
        P1,2024Q4,累计,30,92
        P1,2025Q1,累计,30,20
        P1,2025Q2,累计,31,45
        P1,2025Q3,累计,31,75
        P1,2025Q4,累计,32,106.5

        """

    static func plan(_ indicators: String, baseline: Int = 2024, deadline: Int = 2025) -> String {
        "id: park-plan\ntitle: 园区目标\nscope: P1\nbaseline: \(baseline)\ndeadline: \(deadline)\nindicators:\n"
            + indicators
    }

    static let revenueGoal = """
          - id: park_scale
            name: 园区产业规模
            measure: {park_stat: {park: P1, field: revenue}}
            target: ">= 100亿"

        """

    func progress(_ ds: TempDataset, _ plan: String, period: String? = nil) throws -> (CLIRun, [[String: Any]]) {
        try ds.write("plan.yaml", plan)
        var args = ["progress", "--data", ds.folder, "--plan", ds.path("plan.yaml"), "--format", "json"]
        if let period { args += ["--period", period] }
        let run = try runPlangauge(args)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        return (run, object?["indicators"] as? [[String: Any]] ?? [])
    }

    func indicator(_ rows: [[String: Any]], _ id: String) -> [String: Any]? { rows.first { $0["id"] as? String == id } }

    // MARK: period labels and 口径

    @Test func cumulativeQuartersAreTheYearToDateNotSummed() throws {
        let ds = try Self.dataset(parkStats: Self.cumulativeQuarters)
        let check = try runPlangauge(["check", ds.folder])
        #expect(check.status == 0)
        #expect(!check.stdout.contains("unknown column"))
        let (run, rows) = try progress(ds, Self.plan(Self.revenueGoal))
        #expect(run.status == 0)
        let goal = try #require(indicator(rows, "park_scale"))
        #expect(goal["value"] as? Double == 106.5)
        #expect(goal["year_to_date"] as? Double == 106.5)
        #expect(goal["baseline"] as? Double == 92)
        #expect(goal["status"] as? String == "target_achieved")
        #expect(goal["reason"] is NSNull)
        // At 2025Q3: the year to date as reported, the twelve months 75 + 92 − 66.
        let (_, q3) = try progress(ds, Self.plan(Self.revenueGoal), period: "2025Q3")
        let atQ3 = try #require(indicator(q3, "park_scale"))
        #expect(atQ3["year_to_date"] as? Double == 75)
        #expect(atQ3["value"] as? Double == 101)
    }

    @Test func chineseCumulativeLabelsWithoutABasisColumn() throws {
        let ds = try Self.dataset(
            parkStats: """
                园区,统计期,营业收入(亿元)
                P1,2024年1-12月,92
                P1,2025年1-3月,20
                P1,2025年前两季度,45
                P1,2025年1-9月,75
                P1,2025年1-12月,106.5

                """)
        let (run, rows) = try progress(ds, Self.plan(Self.revenueGoal))
        #expect(run.status == 0)
        #expect(indicator(rows, "park_scale")?["value"] as? Double == 106.5)
        #expect(indicator(rows, "park_scale")?["baseline"] as? Double == 92)
    }

    @Test func monthlyLabelsWithTheBasisColumn() throws {
        let ds = try Self.dataset(
            parkStats: """
                park,period,basis,revenue(亿元)
                P1,2024-12,累计,92
                P1,2025-06,累计,45
                P1,2025-12,累计,106.5

                """)
        let (_, rows) = try progress(ds, Self.plan(Self.revenueGoal))
        #expect(indicator(rows, "park_scale")?["value"] as? Double == 106.5)
    }

    /// Year-end monthly figures without a 口径 are the months' own (当期): the year to date cannot be
    /// derived. `check` warns at the row and the goal says why, with the hint to write 累计.
    @Test func aLoneMonthIsNotTheYear() throws {
        let ds = try Self.dataset(parkStats: "park,period,revenue(亿元)\nP1,2024-12,92\nP1,2025-12,106.5\n")
        let check = try runPlangauge(["check", ds.folder])
        #expect(check.status == 0)
        #expect(
            check.stdout.contains(
                "park_stats.csv:2:2: warning: park «P1»: the revenue figures of 2024 do not give the year to date at 2024年12月: nothing covers 1-11月"
            ))
        #expect(check.stdout.contains("park_stats.csv:3:2: warning: park «P1»: the revenue figures of 2025"))
        #expect(check.stdout.contains("write 累计 in a 口径 column"))
        let (_, rows) = try progress(ds, Self.plan(Self.revenueGoal))
        let goal = try #require(indicator(rows, "park_scale"))
        #expect(goal["status"] as? String == "not_available")
        #expect(goal["value"] is NSNull)
        #expect(goal["reason"] as? String == "园区统计2025年缺1-11月的营业收入，算不出2025年全年（当期值从1月起逐期累加；如为累计值，请在“口径”列写“累计”）")
    }

    // MARK: contradictory bases

    @Test func contradictoryBasesAreRejectedNamingTheLines() throws {
        let ds = try Self.dataset(
            parkStats: """
                园区,统计期,口径,营业收入(亿元)
                P1,2025Q1,累计,20
                P1,2025Q2,累计,45
                P1,2025Q3,当期,31
                P1,2025Q3,累计,75
                P1,2025年1-12月,,106.5
                P1,2025Q4,当期,31.5
                P1,2025年前三季度,累计,76

                """)
        let check = try runPlangauge(["check", ds.folder])
        #expect(check.status == 65)
        // Line 5: 1-9月 累计 75 against Q1–Q2 累计 45 + Q3 当期 31 = 76.
        #expect(
            check.stdout.contains(
                "park_stats.csv:5:4: error: revenue: 累计 revenue of 2025年1-9月 disagrees with lines 3, 4, which give 76亿元 for the same months"
            ))
        // Line 5 is out, so the year (line 6, 106.5) less 1-9月 by lines 3 and 4 (76) is 30.5, not line 7's 31.5.
        #expect(
            check.stdout.contains(
                "park_stats.csv:7:4: error: revenue: 当期 revenue of 2025年10-12月 disagrees with lines 3, 4, 6, which give 30.5亿元"
            ))
        // Line 8 repeats 1-9月 累计 (as 前三季度), here agreeing: a duplicate of no accepted row, accepted.
        #expect(!check.stdout.contains("park_stats.csv:8:"))
    }

    @Test func aFallingCumulativeIsRejected() throws {
        let ds = try Self.dataset(parkStats: "园区,统计期,口径,营业收入(亿元)\nP1,2025Q1,累计,20\nP1,2025Q2,累计,25\nP1,2025Q3,累计,24\n")
        let check = try runPlangauge(["check", ds.folder])
        #expect(check.status == 65)
        #expect(
            check.stdout.contains(
                "park_stats.csv:4:4: error: revenue: 累计 revenue falls from 2025年1-6月 25亿元 (line 3) to 2025年1-9月 24亿元"))
    }

    @Test func aBasisColumnThatContradictsTheLabel() throws {
        let ds = try Self.dataset(parkStats: "园区,统计期,口径,营业收入(亿元)\nP1,2025年1-9月,当期,75\n")
        let check = try runPlangauge(["check", ds.folder])
        #expect(check.status == 65)
        #expect(
            check.stdout.contains(
                "park_stats.csv:2:3: error: basis: the period label is 累计 by itself but the row says 当期"))
    }

    @Test func countsDifferingAtOnePeriodEnd() throws {
        let ds = try Self.dataset(
            parkStats: "园区,统计期,口径,入驻企业数,营业收入(亿元)\nP1,2025Q4,当期,32,31.5\nP1,2025年1-12月,,33,106.5\n")
        let check = try runPlangauge(["check", ds.folder])
        #expect(check.status == 65)
        #expect(check.stdout.contains("park_stats.csv:3:4: error: firms: 入驻企业数 differs from line 2 (32)"))
    }

    // MARK: reasons

    @Test func everyNotAvailableSaysWhy() throws {
        // Figures through 2025Q3 only; the plan asks at 2025Q4 and reads a series the dataset has not got.
        let ds = try Self.dataset(
            parkStats: String(Self.cumulativeQuarters.split(separator: "\n").dropLast().joined(separator: "\n")) + "\n")
        let (run, rows) = try progress(
            ds,
            Self.plan(
                Self.revenueGoal + """
                      - id: related
                        name: 相关产业
                        measure: {series: related_scale}
                        unit: 亿元
                        target: ">= 1000亿"
                      - id: firms_now
                        name: 入驻企业
                        measure: {park_stat: {park: P1, field: firms}}
                        target: ">= 30"

                    """), period: "2025Q4")
        #expect(run.status == 0)
        #expect(indicator(rows, "park_scale")?["reason"] as? String == "园区统计没有2025年四季度的营业收入（最新为2025年1-9月）")
        #expect(
            indicator(rows, "park_scale")?["reason_en"] as? String
                == "park_stats has no revenue for 2025Q4 (latest: Jan–Sep 2025)")
        #expect(indicator(rows, "related")?["reason"] as? String == "数据集没有名为「related_scale」的序列（series.csv）")
        #expect(indicator(rows, "firms_now")?["reason"] as? String == "园区统计没有2025年四季度的入驻企业数（最新为2025年9月末）")
        for row in rows { #expect(row.keys.contains("reason")) }
        // The text says it too.
        try ds.write("plan.yaml", Self.plan(Self.revenueGoal))
        let text = try runPlangauge([
            "progress", "--data", ds.folder, "--plan", ds.path("plan.yaml"), "--period", "2025Q4"
        ])
        #expect(text.stdout.contains("· 园区产业规模：无法评估——园区统计没有2025年四季度的营业收入（最新为2025年1-9月）"))
    }

    // MARK: plan checks

    @Test func targetYearBeforeTheBaselineIsAPlanError() throws {
        let ds = try Self.dataset(parkStats: Self.cumulativeQuarters)
        try ds.write(
            "plan.yaml",
            Self.plan(
                """
                  - id: park_scale
                    name: 园区产业规模
                    measure: {park_stat: {park: P1, field: revenue}}
                    target: ">= 100亿"
                    target_year: 2023

                """))
        let run = try runPlangauge(["progress", "--data", ds.folder, "--plan", ds.path("plan.yaml")])
        #expect(run.status == 65)
        #expect(
            run.stderr.contains(
                "plan.yaml:11:18: error: indicator «park_scale»: target_year 2023 is not after the baseline year 2024 (the plan's)"
            ))
    }

    /// An indicator without a target is reported as 监测指标 in the text, the JSON and the page.
    @Test func monitoringOnlyIndicatorsAreKept() throws {
        let ds = try Self.dataset(parkStats: Self.cumulativeQuarters)
        let plan = Self.plan(
            Self.revenueGoal + """
                  - id: tracked
                    name: 名录内企业产业收入
                    measure: {sum: {field: scale, park: P1}}
                    unit: 亿元

                """
        ).replacingOccurrences(of: "scope: P1\n", with: "")
        let (_, rows) = try progress(ds, plan)
        let tracked = try #require(indicator(rows, "tracked"))
        #expect(tracked["monitoring_only"] as? Bool == true)
        #expect(tracked["target"] is NSNull)
        #expect(tracked["value"] as? Double == 0.16)  // 4 firms × 4 quarters × 100万元
        let text = try runPlangauge(["progress", "--data", ds.folder, "--plan", ds.path("plan.yaml")])
        #expect(text.stdout.contains("名录内企业产业收入") && text.stdout.contains("监测指标"))
        let report = try runPlangauge([
            "report", "--data", ds.folder, "--plan", ds.path("plan.yaml"), "--out", ds.path("out")
        ])
        #expect(report.status == 0)
        let page = try String(contentsOfFile: ds.path("out/2025Q4/index.html"), encoding: .utf8)
        #expect(page.contains("名录内企业产业收入"))
        #expect(page.contains("监测指标"))
    }

    /// A count over a park with no firm is 0 (with a warning naming the plan line), and 0 → 0 is
    /// scored as 4 → 4 is: no progress, pv 0, score −2.5.
    @Test func aCountOverNoFirmIsZero() throws {
        let ds = try Self.dataset(parkStats: Self.cumulativeQuarters)
        let (run, rows) = try progress(
            ds,
            Self.plan(
                """
                  - id: empty
                    name: 新园企业
                    measure: {count: {park: P2}}
                    target: ">= 2"
                  - id: four
                    name: 示范园企业
                    measure: {count: {park: P1}}
                    target: ">= 6"

                """
            ).replacingOccurrences(of: "scope: P1\n", with: ""))
        #expect(run.status == 0)
        #expect(run.stderr.contains("plan.yaml:6:1: warning: indicator «empty»: park «P2» has no firms"))
        let empty = try #require(indicator(rows, "empty")), four = try #require(indicator(rows, "four"))
        #expect(empty["value"] as? Double == 0)
        #expect(empty["baseline"] as? Double == 0)
        #expect(four["value"] as? Double == 4)
        #expect(empty["status"] as? String == "limited_progress")
        #expect(empty["status"] as? String == four["status"] as? String)
        #expect(empty["score"] as? Double == -2.5)
        #expect(four["score"] as? Double == -2.5)
    }

    // MARK: export

    @Test func exportWritesNumbersAsHeld() throws {
        let ds = try Self.dataset(parkStats: Self.cumulativeQuarters)
        try ds.write("plan.yaml", Self.plan(Self.revenueGoal))
        let run = try runPlangauge([
            "export", "--data", ds.folder, "--plan", ds.path("plan.yaml"), "--out", ds.path("export")
        ])
        #expect(run.status == 0)
        let csv = try String(contentsOfFile: ds.path("export/indicators.csv"), encoding: .utf8)
        let q4 = try #require(csv.split(separator: "\r\n").first { $0.contains(",2025Q4,") })
        #expect(q4.contains(",2025Q4,106.5,92,>= 100亿,100,2025,"))
        // No number anywhere with a run of zeros or nines before a last digit (a binary tail).
        let tail = try Regex(#"\.\d*[1-9]0{7,}[1-9]|\.\d*9{7,}"#)
        #expect(!csv.contains(tail))
        let json = try String(contentsOfFile: ds.path("export/indicators.json"), encoding: .utf8)
        #expect(json.contains("\"value\": 106.5,"))
        #expect(!json.contains(tail))
    }
}
