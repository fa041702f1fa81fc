import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import Testing

@Suite struct PlanFileTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ p: String) -> String { repository.appendingPathComponent(p).path }

    @Test func shippedShanghaiPlanHasEveryTargetOfTheSeedTable() throws {
        let plan = try PlanFile.load(path: Self.path("Data/plans/shanghai-cybersecurity-2021-2023.yaml"))
        #expect(plan.document == "沪经信软〔2021〕1155号")
        #expect(plan.baseline == 2020 && plan.deadline == 2023)
        #expect(plan.indicators.count == 11)
        let byID = Dictionary(uniqueKeysWithValues: plan.indicators.map { ($0.id, $0) })
        #expect(byID["scale"]?.target?.value == Rational(Amount.yi(250)))
        #expect(byID["scale"]?.target?.comparison == .moreThan)
        #expect(byID["scale_cagr"]?.target?.isGrowthRate == true)
        #expect(byID["scale_cagr"]?.target?.value == Rational(1, 4))
        #expect(byID["national_share"]?.target?.value == Rational(1, 10))
        #expect(byID["related_industries"]?.target?.value == Rational(Amount.yi(2500)))
        #expect(byID["leading_firms"]?.target?.value == Rational(10))
        #expect(byID["demand_scenarios"]?.target?.value == Rational(100))
        #expect(byID["national_parks"]?.target?.value == Rational(2))
        #expect(byID["market_cap_leaders"]?.measure == .count(EnterpriseFilter(), [.marketCapAtLeast(.yi(100))]))
        #expect(byID["firms_over_100m"]?.measure == .count(EnterpriseFilter(), [.annualRevenueAtLeast(.yi(1))]))
        #expect(byID["innovation_centers"]?.target?.value == Rational(10))
        #expect(byID["security_investment_share"]?.target?.comparison == .atLeast)
    }

    @Test func shippedPlansValidateAgainstTheSample() throws {
        let (dataset, _) = try DatasetLoader.load(folder: Self.path("Data/sample"))
        for name in ["shanghai-cybersecurity-2021-2023", "putuo-demo-park-2025"] {
            let plan = try PlanFile.load(path: Self.path("Data/plans/\(name).yaml"))
            let problems = PlanValidator.validate(plan, against: dataset)
            #expect(problems.isEmpty, "\(name): \(problems)")
        }
    }

    @Test func unknownMeasureIsRejectedWithItsLineAndWhatIsKnown() {
        let yaml = """
            id: p
            title: t
            baseline: 2020
            deadline: 2023
            indicators:
              - id: a
                name: A
                measure: {total: scale}
            """
        #expect {
            try PlanFile.parse(yaml, file: "plan.yaml")
        } throws: { error in
            guard let e = error as? PlanFileError else { return false }
            return e.file == "plan.yaml" && e.line == 8 && e.message == "unknown measure «total»"
                && e.expected == "one of sum, count, ratio, series, milestones, cagr, park_stat, indicator"
        }
    }

    @Test func unknownFieldAndKeyAndReferenceAreRejected() {
        func error(_ indicator: String) -> PlanFileError? {
            let yaml = "id: p\ntitle: t\nbaseline: 2020\ndeadline: 2023\nindicators:\n" + indicator
            do { _ = try PlanFile.parse(yaml, file: "x.yaml"); return nil } catch { return error as? PlanFileError }
        }
        let field = error("  - id: a\n    name: A\n    measure: {sum: {field: turnover}}\n")
        #expect(field?.line == 8 && field?.message == "unknown field «turnover»")
        #expect(field?.expected?.contains("scale, revenue, industry_revenue") == true)
        let key = error("  - id: a\n    name: A\n    measure: {sum: scale}\n    goal: 5\n")
        #expect(key?.line == 9 && key?.message == "unknown key «goal» in an indicator")
        let ref = error("  - id: a\n    name: A\n    measure: {indicator: b}\n")
        #expect(ref?.line == 6 && ref?.message == "indicator «a» refers to unknown indicator «b»")
        let cycle = error(
            "  - id: a\n    name: A\n    measure: {indicator: b}\n  - id: b\n    name: B\n    measure: {indicator: a}\n"
        )
        #expect(cycle?.message.contains("refers to itself") == true)
        let target = error("  - id: a\n    name: A\n    measure: {sum: scale}\n    target: lots\n")
        #expect(target?.line == 9 && target?.message == "target «lots» is not an amount")
    }

    /// A series the dataset has no data for: the indicator is not available, the rest is assessed.
    @Test func unknownSeriesIsAWarningAgainstTheDataset() throws {
        let plan = try PlanFile.parse(
            "id: p\ntitle: t\nbaseline: 2020\ndeadline: 2023\nindicators:\n  - id: s\n    name: S\n    measure: {series: gdp}\n",
            file: "x.yaml")
        let problems = PlanValidator.validate(
            plan, against: Dataset(series: [SeriesPoint(series: "miit", period: .year(2020)!, value: ExactDecimal(1))]))
        #expect(problems.count == 1)
        #expect(!problems[0].isError)
        #expect(
            problems[0].description
                == "x.yaml:6:1: warning: indicator «s»: unknown series «gdp» (known: miit); the dataset has no data for it, so the indicator is not available (无法评估)"
        )
    }

    @Test func targetForms() throws {
        func target(_ t: String, unit: String) throws -> Target {
            let yaml =
                "id: p\ntitle: t\nbaseline: 2020\ndeadline: 2023\nindicators:\n  - id: a\n    name: A\n    measure: {sum: scale}\n    unit: \"\(unit)\"\n    target: \"\(t)\"\n"
            return try PlanFile.parse(yaml, file: "x.yaml").indicators[0].target!
        }
        #expect(try target("超过250亿元", unit: "亿元").comparison == .moreThan)
        #expect(try target("超过250亿元", unit: "亿元").value == Rational(Amount.yi(250)))
        #expect(try target("≥ 5000万元", unit: "亿元").value == Rational(Amount.wan(5000)))
        #expect(try target("不低于10%", unit: "%").value == Rational(1, 10))
        #expect(try target("< 3", unit: "个").comparison == .lessThan)
        #expect(try target("250", unit: "亿元").value == Rational(Amount.yi(250)))  // the unit's default
    }

    /// YAML mistakes told once, at the line to fix, in plain words, with a hint.
    @Test func yamlMistakesInPlainWords() {
        let head = "id: p\ntitle: t\nbaseline: 2020\ndeadline: 2023\nindicators:\n  - id: a\n    name: A\n"
        func error(_ yaml: String) -> PlanFileError? {
            do { _ = try PlanFile.parse(yaml, file: "x.yaml"); return nil } catch { return error as? PlanFileError }
        }
        let unquoted = error(head + "    measure: {sum: scale}\n    target: >= 30\n")
        #expect(unquoted?.line == 9)
        #expect(unquoted?.message.contains("must be in quotes") == true)
        #expect(unquoted?.expected == "e.g. target: \">= 30\"")
        let tab = error(head + "\tmeasure: {sum: scale}\n")
        #expect(tab?.line == 8)
        #expect(tab?.message.contains("Tab") == true)
        let dash = error(head + "    measure: {sum: scale}\n   id: b\n    name: B\n")
        #expect(dash?.line == 9)
        #expect(dash?.message.contains("«- »") == true)
        #expect(dash?.description.contains("while parsing") == false)
    }

    /// Targets in the words of policy documents: each comparison and value as the text means it.
    @Test func targetsAsPlansWriteThem() throws {
        func target(_ t: String, unit: String) throws -> Target {
            let yaml =
                "id: p\ntitle: t\nbaseline: 2020\ndeadline: 2023\nindicators:\n  - id: a\n    name: A\n    measure: {sum: scale}\n    unit: \"\(unit)\"\n    target: \"\(t)\"\n"
            return try PlanFile.parse(yaml, file: "x.yaml").indicators[0].target!
        }
        let cases: [(String, String, Target.Comparison, Rational)] = [
            ("达到500亿元", "亿元", .atLeast, Rational(Amount.yi(500))),
            ("突破500亿元", "亿元", .moreThan, Rational(Amount.yi(500))),
            ("超500亿元", "亿元", .moreThan, Rational(Amount.yi(500))),
            ("500亿元以上", "亿元", .atLeast, Rational(Amount.yi(500))),
            ("20%以上", "%", .atLeast, Rational(1, 5)),
            ("力争超过50家", "家", .moreThan, Rational(50)),
            ("3家以内", "家", .atMost, Rational(3)),
            ("不超过5%", "%", .atMost, Rational(1, 20)),
            ("低于1%", "%", .lessThan, Rational(1, 100)),
            ("前10位", "位", .atMost, Rational(10)),
            ("进入全国前十位", "位", .atMost, Rational(10)),
            ("保持前3名", "位", .atMost, Rational(3)),
            ("位居全国前二十五位以内", "位", .atMost, Rational(25)),
            ("第8位", "位", .atMost, Rational(8))
        ]
        for (text, unit, comparison, value) in cases {
            let t = try target(text, unit: unit)
            #expect(t.comparison == comparison, "\(text)")
            #expect(t.value == value, "\(text)")
        }
        #expect(throws: PlanFileError.self) { try target("大于500亿", unit: "亿元") }
        // A rank target on an indicator that is no rank: the plan must say `unit: 位`.
        do {
            _ = try target("前10位", unit: "亿元")
            Issue.record("前10位 on a 亿元 indicator was accepted")
        } catch let e as PlanFileError {
            #expect(e.description.contains("is a place in a ranking, but the indicator's unit is 亿元"))
        }
        do {
            _ = try target("确保500亿", unit: "亿元")
        } catch let e as PlanFileError {
            #expect(e.description.contains("unknown word «确保»"))
            #expect(e.description.contains("达到"))
        }
    }
}
