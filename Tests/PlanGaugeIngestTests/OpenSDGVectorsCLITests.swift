import Foundation
import Testing

/// Open SDG's progress measure (Statistics Canada, as sdg-build's `ProgressMeasure` computes it)
/// on vectors written as series.csv plus one plan, assessed in one `progress` run at 2025Q4 while
/// each series ends earlier: each is assessed at its own latest year, as production does.
///
/// Expected values computed by hand from the published method (CAGR = (v1/v0)^(1/years) − 1;
/// with a target pv = observed / |required| and thresholds 0.95 / 0.60 / 0, score 7.1429·pv − 4.2857
/// from 0.60 up, else 4.1667·pv − 2.5, within ±5; without one pv = observed with thresholds
/// 0.015·C / 0.005·C / 0, C = 1 − (base/limit)^4.44, scores 500·pv/C − 5, 250·pv/C − 1.25,
/// 500·pv/C − 2.5 or 125·pv − 2.5 below 0).
@Suite struct OpenSDGVectorsCLITests {
    static let firm = "91350100M000100Y43"

    static let series = """
        series,period,value
        v1,2015,100
        v1,2020,120
        v2,2015,50
        v2,2021,40
        v3,2010,10
        v3,2019,12
        v4,2015,90
        v4,2020,92
        v5,2020,7
        v7,2015,100
        v7,2019,98
        v8,2015,5
        v8,2020,5.1
        v9,2015,100
        v9,2020,105
        v10,2015,100
        v10,2020,210

        """

    static let plan = """
        id: sdg-vectors
        title: Open SDG vectors
        baseline: 2015
        deadline: 2030
        indicators:
          - {id: v1, name: 有目标·上升, measure: {series: v1}, target: ">= 200"}
          - {id: v2, name: 有目标·越低越好, measure: {series: v2}, target: "<= 20"}
          - {id: v3, name: 无目标, measure: {series: v3}, baseline: 2010}
          - {id: v4, name: 无目标·有上限, measure: {series: v4}, limit: "100"}
          - {id: v5, name: 只有一个观测, measure: {series: v5}, target: ">= 10"}
          - {id: v6, name: 无数据, measure: {series: v6}, target: ">= 10"}
          - {id: v7, name: 有目标·下降, measure: {series: v7}, target: ">= 150"}
          - {id: v8, name: 无目标·越低越好·上升, measure: {series: v8}, direction: lower}
          - {id: v9, name: 有目标·进展有限, measure: {series: v9}, target: ">= 200"}
          - {id: v10, name: 已达标, measure: {series: v10}, target: ">= 200"}

        """

    /// (status, score, data year) per indicator.
    static let expected: [String: (String, Double?, Int?)] = [
        // (120/100)^(1/5) − 1 = 0.0371372; (200/100)^(1/15) − 1 = 0.0472941; pv 0.7852411.
        "v1": ("moderate_progress", 1.323198699925797, 2020),
        // lower: −((40/50)^(1/6) − 1) / |(20/50)^(1/15) − 1| = 0.6160804.
        "v2": ("moderate_progress", 0.11490071319725814, 2021),
        // (12/10)^(1/9) − 1 = 0.0204645 ≥ 0.015: score min(500·pv − 5, 5) = 5.
        "v3": ("substantial_progress", 5, 2019),
        // C = 1 − 0.9^4.44 = 0.3736216; pv = (92/90)^(1/5) − 1 = 0.0044055, between 0.005·C and 0.015·C.
        "v4": ("moderate_progress", 1.697806304504617, 2020),
        "v5": ("not_available", nil, 2020),  // one observation: no growth to measure
        "v6": ("not_available", nil, nil),
        // (98/100)^(1/4) − 1 = −0.0050378 over 0.0472941: pv −0.1838688.
        "v7": ("deterioration", -3.2661263076219926, 2019),
        // lower, no target, rising: pv = −((5.1/5)^(1/5) − 1) = −0.0039684; 125·pv − 2.5.
        "v8": ("deterioration", -2.99604733805364, 2020),
        // (105/100)^(1/5) − 1 = 0.0098057 over 0.0472941: pv 0.2073365.
        "v9": ("limited_progress", -1.6360910250714769, 2020),
        "v10": ("target_achieved", 5, 2020)
    ]

    @Test func productionStatusesAndScoresInOneRun() throws {
        var revenue = "id,period,revenue\n"
        for year in 2014...2025 { revenue += "\(Self.firm),\(year),100\n" }
        let ds = try TempDataset([
            "enterprises.csv": "id,name\n\(Self.firm),甲公司\n", "revenue.csv": revenue,
            "series.csv": Self.series, "plan.yaml": Self.plan
        ])
        let run = try runPlangauge([
            "progress", "--data", ds.folder, "--plan", ds.path("plan.yaml"), "--period", "2025Q4", "--format", "json"
        ])
        #expect(run.stderr.contains("indicator «v6»: unknown series «v6»"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        #expect(indicators.count == Self.expected.count)
        for row in indicators {
            let id = try #require(row["id"] as? String)
            let (status, score, year) = try #require(Self.expected[id])
            #expect(row["status"] as? String == status, "\(id)")
            if let score {
                let got = try #require(row["score"] as? Double, "\(id)")
                #expect(abs(got - score) < 1e-6, "\(id): \(got) against \(score)")
            } else {
                #expect(row["score"] is NSNull, "\(id)")
            }
            if status != "target_achieved" { #expect(row["data_year"] as? Int == year, "\(id)") }
        }
    }
}
