import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeReport

/// A small dataset whose names try to become markup, formulas and paths, with round numbers.
enum Hostile {
    static func id(_ n: Int) -> USCC {
        let body = "91310107000000" + String(format3(n))
        return USCC(body + String(USCC.checkCharacter(forPrefix: body)!))!
    }

    static func format3(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }

    static let scriptName = "<script>alert(1)</script>"
    static let formulaName = "=HYPERLINK(\"http://evil.example\",\"点我\")"
    static let pathPark = "../../x"

    static var dataset: Dataset {
        let parks = [
            Park(id: pathPark, name: "<img src=x onerror=alert(1)>园", district: "普陀区", level: "市级"),
            Park(id: "P2", name: "第二园区", district: "静安区", level: "区级")
        ]
        let firms = [
            Enterprise(id: id(1), name: scriptName, district: "普陀区", park: pathPark, segment: "数据安全", tags: ["龙头企业"]),
            Enterprise(
                id: id(2), name: formulaName, district: "普陀区", park: pathPark, segment: "+SUM(A1)", tags: ["@tag"]),
            Enterprise(id: id(3), name: "正常企业 | 管道", district: "静安区", park: "P2", segment: "密码", tags: [])
        ]
        var revenue: [RevenueFact] = []
        // Yearly totals in 亿元: firm 1: 10, 12, 15; firm 2: 2, 3, 4; firm 3: 1, 1.5, 2 for 2020–2022, in quarters of a quarter each.
        let yearly: [(Int, [Int64])] = [(1, [10, 12, 15]), (2, [2, 3, 4])]
        for (n, values) in yearly {
            for (k, v) in values.enumerated() {
                for q in 1...4 {
                    revenue.append(
                        RevenueFact(
                            enterprise: id(n), period: .quarter(2020 + k, q)!, basis: .period,
                            revenue: Amount(fen: v * 10_000_000_000 / 4)))
                }
            }
        }
        for (k, v) in [Int64(100), 150, 200].enumerated() {  // 万元 → 1亿, 1.5亿, 2亿
            for q in 1...4 {
                revenue.append(
                    RevenueFact(
                        enterprise: id(3), period: .quarter(2020 + k, q)!, basis: .period,
                        revenue: Amount(fen: v * 100_000_000 / 4)))
            }
        }
        let series = [
            SeriesPoint(
                series: "national", period: .year(2022)!, value: ExactDecimal(500), unit: "亿元", source: "<b>来源</b>")
        ]
        return Dataset(enterprises: firms, revenue: revenue, parks: parks, series: series)
    }

    static var plan: Plan {
        Plan(
            id: "hostile", title: "计划<script>x</script>", document: "文号 & <号>", baseline: 2020, deadline: 2022,
            indicators: [
                Indicator(
                    id: "scale", name: "产业规模", nameEnglish: "Scale", measure: .sum(.scale, EnterpriseFilter()),
                    unit: .yi,
                    target: Target(value: Rational(Amount.yi(20)), comparison: .atLeast, year: 2022, text: ">= 20亿"),
                    clause: "二、<目标>", note: "注<i onmouseover=x>意</i>"),
                Indicator(
                    id: "leaders", name: "龙头企业", measure: .count(EnterpriseFilter(), [.tag("龙头企业")]), unit: .firms,
                    target: Target(value: Rational(2), comparison: .atLeast, year: 2022, text: ">= 2")),
                Indicator(
                    id: "big", name: "营收超亿元", measure: .count(EnterpriseFilter(), [.annualRevenueAtLeast(.yi(3))]),
                    unit: .firms,
                    target: Target(value: Rational(3), comparison: .atLeast, year: 2022, text: ">= 3"))
            ])
    }

    static func input(language: ReportLanguage = .zh) -> ReportInput {
        let files = [
            DataQualitySummary.File(
                file: "Data/x/revenue.csv", table: "revenue", encoding: "gb18030", rowsRead: 40,
                accepted: 36, rejected: 4, errors: 4, warnings: 1)
        ]
        return ReportRun.prepare(
            dataset: dataset, cityPlan: plan, otherPlans: [], files: files,
            options: .init(language: language, datasetName: "Data/x"))!
    }
}
