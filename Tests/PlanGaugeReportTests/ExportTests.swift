import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeReport
import Testing

/// `plangauge export`: tidy tables in both bases, typed JSON, a schema for every column.
@Suite struct ExportTests {
    static var tables: [ExportTable] {
        // Firm 1 reports 累计 (1-3月 30, 1-6月 70 万元); firm 2 reports 当期 quarters (10, 15).
        let a = Hostile.id(1), b = Hostile.id(2)
        let facts = [
            RevenueFact(enterprise: a, period: .month(2023, 3)!, basis: .cumulative, revenue: .wan(30)),
            RevenueFact(enterprise: a, period: .month(2023, 6)!, basis: .cumulative, revenue: .wan(70)),
            RevenueFact(enterprise: b, period: .quarter(2023, 1)!, basis: .period, revenue: .wan(10)),
            RevenueFact(enterprise: b, period: .quarter(2023, 2)!, basis: .period, revenue: .wan(15))
        ]
        let firms = [Enterprise(id: a, name: "甲", tags: ["龙头企业", "上市"]), Enterprise(id: b, name: "乙")]
        return ExportBuilder.tables(
            dataset: Dataset(enterprises: firms, revenue: facts), plans: [], latest: .quarter(2023, 2))
    }

    @Test func enterprisePeriodsCarryBothBases() {
        let t = Self.tables.first { $0.name == "enterprise_periods" }!
        let c = Dictionary(uniqueKeysWithValues: t.columns.enumerated().map { ($1.name, $0) })
        let rows = t.rows.map { r in
            [r[c["name"]!], r[c["period"]!], r[c["revenue_period_wan"]!], r[c["revenue_ytd_wan"]!]]
        }
        #expect(
            rows == [
                ["甲", "2023Q1", "30.00", "30.00"], ["甲", "2023Q2", "40.00", "70.00"],  // 当期 from 累计
                ["乙", "2023Q1", "10.00", "10.00"], ["乙", "2023Q2", "15.00", "25.00"]
            ])  // 累计 from 当期
    }

    @Test func jsonIsTypedAndCSVIsExcelReady() throws {
        let t = Self.tables.first { $0.name == "enterprise_periods" }!
        let json = try JSONSerialization.jsonObject(with: t.json) as! [[String: Any]]
        #expect(json.count == 4)
        #expect(json[1]["revenue_period_wan"] as? Double == 40)
        #expect(json[1]["year"] as? Int == 2023)
        #expect(json[0]["park"] is NSNull)
        #expect(json[0]["tags"] as? String == "龙头企业;上市")
        #expect(String(decoding: t.csv, as: UTF8.self).hasPrefix("\u{FEFF}id,name,"))
    }

    @Test func totalsAndSchema() throws {
        let totals = Self.tables.first { $0.name == "totals" }!
        // 2023Q2 当季: 40 + 15 = 55万 = 0.0055亿; 累计: 70 + 25 = 95万.
        let q2 = totals.rows.filter { $0[0] == "2023Q2" }
        #expect(q2.map { [$0[1], $0[2]] } == [["period", "0.0055"], ["cumulative", "0.0095"]])
        let files = try ExportBuilder.files(Self.tables)
        #expect(
            Set(files.keys).isSuperset(of: ["schema.json", "indicators.csv", "indicators.json", "series_issues.json"]))
        let schema = try JSONSerialization.jsonObject(with: files["schema.json"]!) as! [String: Any]
        #expect(schema["schema"] as? String == "plangauge.export/1")
    }
}
