import Foundation
import Testing

/// A plan that reads series and milestones the dataset has not got (an office's own dataset has only
/// its firms' figures): those indicators are not available, with a warning naming the plan line, and
/// everything else is assessed and reported.
@Suite struct MissingSeriesCLITests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data/sample").path

    func firmsOnly() throws -> TempDataset {
        let ds = try TempDataset()
        for name in ["enterprises.csv", "revenue_2019-2022.csv", "revenue_2023-2026.csv"] {
            try FileManager.default.copyItem(atPath: Self.sample + "/" + name, toPath: ds.path(name))
        }
        return ds
    }

    @Test func progressAssessesTheRest() throws {
        let ds = try firmsOnly()
        let run = try runPlangauge(["progress", "--data", ds.folder, "--format", "json"])
        #expect(run.status == 0)
        // shanghai-cybersecurity-2021-2023.yaml line 31: national_share reads national_cybersecurity_scale.
        #expect(
            run.stderr.contains(
                "shanghai-cybersecurity-2021-2023.yaml:31:1: warning: indicator «national_share»: unknown series «national_cybersecurity_scale»"
            ))
        #expect(run.stderr.contains("not available (无法评估)"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        func status(_ id: String) -> String? { indicators.first { $0["id"] as? String == id }?["status"] as? String }
        #expect(status("national_share") == "not_available")
        #expect(status("demand_scenarios") == "not_available")  // no milestone of the kind at all
        // The firms' own figures are assessed as with the full sample: 10 leading firms ≥ 10 at 2023.
        #expect(indicators.first { $0["id"] as? String == "leading_firms" }?["value"] as? Double == 10)
    }

    @Test func reportWritesThePages() throws {
        let ds = try firmsOnly()
        let run = try runPlangauge(["report", "--data", ds.folder, "--out", ds.path("out")])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: ds.path("out/2026Q3/index.html")))
    }

    /// An indicator without `unit:` over a series of plain numbers is a plain number: 14.5 against a
    /// target of 7.25 (it was read as 0.000000000145亿元). A series in 亿元 under an indicator with no
    /// money unit, or plain numbers under 亿元, is a plan error naming both units.
    @Test func unitsOfSeriesIndicators() throws {
        let ds = try firmsOnly()
        try ds.write(
            "series.csv",
            "series,period,value,unit\nindex_x,2020,10,\nindex_x,2023,14.5,\nscale_y,2020,100,亿元\nscale_y,2023,120,亿元\n"
        )
        func plan(_ id: String, _ measure: String, _ unit: String?, _ target: String) -> String {
            "id: p\ntitle: t\nbaseline: 2020\ndeadline: 2023\nindicators:\n  - id: \(id)\n    name: N\n    measure: {series: \(measure)}\n"
                + (unit.map { "    unit: \"\($0)\"\n" } ?? "") + "    target: \"\(target)\"\n"
        }
        try ds.write("plain.yaml", plan("x", "index_x", nil, ">= 7.25"))
        let plain = try runPlangauge([
            "progress", "--data", ds.folder, "--plan", ds.path("plain.yaml"), "--period", "2023Q4", "--format", "json"
        ])
        #expect(plain.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(plain.stdout.utf8)) as? [String: Any])
        let x = try #require((object["indicators"] as? [[String: Any]])?.first)
        #expect(x["value"] as? Double == 14.5)
        #expect(x["unit"] as? String == "")
        #expect(x["status"] as? String == "target_achieved")

        try ds.write("money.yaml", plan("y", "scale_y", nil, ">= 110"))
        let money = try runPlangauge([
            "progress", "--data", ds.folder, "--plan", ds.path("money.yaml"), "--period", "2023Q4"
        ])
        #expect(money.status == 65)
        #expect(
            money.stderr.contains(
                "series «scale_y» is in 亿元, but the indicator's unit is none (a plain number); write `unit: 亿元`"))

        try ds.write("yi.yaml", plan("x", "index_x", "亿元", ">= 7亿"))
        let yi = try runPlangauge(["progress", "--data", ds.folder, "--plan", ds.path("yi.yaml"), "--period", "2023Q4"])
        #expect(yi.status == 65)
        #expect(yi.stderr.contains("series «index_x» does not say it is money (its unit: none)"))
    }

    /// Three months before the deadline an annual rate means nothing: the sample's 2026Q3 level of
    /// 338.260672亿元 against ≥ 400亿 by 2026 leaves 61.739328亿元 to add (shown 61.74), and 77 firms over 1亿 against
    /// ≥ 80 leaves 3.
    @Test func whatTheRestOfThePeriodMustDeliver() throws {
        let ds = try TempDataset([
            "pace.yaml": """
            id: pace
            title: t
            baseline: 2024
            deadline: 2026
            indicators:
              - id: scale
                name: 产业规模
                measure: {sum: {field: revenue}}
                unit: 亿元
                target: ">= 400亿"
              - id: big
                name: 亿元企业
                measure: {count: {revenue_at_least: 1亿}}
                unit: 家
                target: ">= 80"

            """
        ])
        let run = try runPlangauge([
            "progress", "--data", Self.sample, "--plan", ds.path("pace.yaml"), "--period", "2026Q3", "--format", "json"
        ])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        // 400亿 less the level (338.260672亿元: 33,826,067,200 分 in 亿元).
        let value = try #require(indicators[0]["value"] as? Double)
        #expect(abs(value - 338.260672) < 1e-9)
        #expect((indicators[0]["remaining"] as? Double).map { abs($0 - 61.739328) < 1e-9 } == true)
        #expect(indicators[0]["required_cagr"] is NSNull)
        #expect(indicators[1]["remaining"] as? Double == 3)
        let text = try runPlangauge([
            "progress", "--data", Self.sample, "--plan", ds.path("pace.yaml"), "--period", "2026Q3"
        ])
        #expect(text.stdout.contains("还需 61.74亿元") && text.stdout.contains("还需 3家"))
    }

    /// A series last observed in 2020 (110, from 100 in 2015), assessed at 2025Q4 against ≥ 150 by
    /// 2030: the Statistics Canada method on the data's own date. Observed CAGR 1.1^(1/5) − 1 =
    /// 0.0192449; the target's 1.5^(1/15) − 1 = 0.0273997; pv = 0.7023765 (moderate progress),
    /// score 50/7 · pv − 30/7 = 0.73126. Taken as current in 2025 it read 1.1^(1/10) − 1 (pv 0.35,
    /// limited progress). A series with one observation is not available.
    @Test func aSeriesIsAssessedAtItsOwnDate() throws {
        let ds = try firmsOnly()
        try ds.write("series.csv", "series,period,value,unit\nx,2015,100,\nx,2020,110,\nsingle,2020,5,\n")
        try ds.write(
            "sdg.yaml",
            """
            id: sdg
            title: t
            baseline: 2015
            deadline: 2030
            indicators:
              - id: x
                name: X
                measure: {series: x}
                target: ">= 150"
              - id: single
                name: S
                measure: {series: single}
                target: ">= 10"

            """)
        let run = try runPlangauge([
            "progress", "--data", ds.folder, "--plan", ds.path("sdg.yaml"), "--period", "2025Q4", "--format", "json"
        ])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        let x = indicators[0]
        #expect(x["status"] as? String == "moderate_progress")
        #expect((x["progress_value"] as? Double).map { abs($0 - 0.7023765) < 1e-6 } == true)
        #expect((x["score"] as? Double).map { abs($0 - 0.73126) < 1e-4 } == true)
        #expect((x["observed_cagr"] as? Double).map { abs($0 - 0.0192449) < 1e-6 } == true)
        #expect(x["data_year"] as? Int == 2020)
        #expect(indicators[1]["status"] as? String == "not_available")
    }

    /// The sample's 2020 baseline is 125亿元 and 35 firms over 1亿: a target of 500万 is 1/2500 of it
    /// (a unit slip), and 10 firms is below the baseline of a count that should rise.
    @Test func targetsThatLookMistyped() throws {
        let ds = try TempDataset([
            "t.yaml": """
            id: t
            title: t
            baseline: 2020
            deadline: 2023
            indicators:
              - id: scale
                name: 规模
                measure: {sum: {field: revenue}}
                unit: 亿元
                target: ">= 500万"
              - id: big
                name: 大企业
                measure: {count: {revenue_at_least: 1亿}}
                unit: 家
                target: ">= 10"

            """
        ])
        let run = try runPlangauge(["progress", "--data", Self.sample, "--plan", ds.path("t.yaml")])
        #expect(run.status == 0)
        #expect(
            run.stderr.contains(
                "t.yaml:6:1: warning: indicator «scale»: target «>= 500万» is less than 1/1000 of the 2020 baseline; 请核对目标单位"
            ))
        #expect(run.stderr.contains("t.yaml:11:1: warning: indicator «big»: target «>= 10» is below the 2020 baseline"))
    }
}
