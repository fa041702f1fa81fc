import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport
import Testing

/// `plangauge progress` with no arguments, through the libraries: the shipped plan on the sample.
@Suite struct SampleProgressTests {
    static func assessed(_ plan: String) throws -> PlanAssessment {
        let (dataset, _) = try DatasetLoader.load(folder: PlanFileTests.path("Data/sample"))
        let plan = try PlanFile.load(path: PlanFileTests.path("Data/plans/\(plan).yaml"))
        let index = DatasetIndex(dataset)
        return PlanAssessor(plan: plan, index: index).assess(
            at: PeriodSelection.defaultPeriod(for: plan, index: index)!)
    }

    @Test func shanghaiPlanFinalEvaluation() throws {
        let a = try Self.assessed("shanghai-cybersecurity-2021-2023")
        #expect(a.period == .quarter(2023, 4))
        #expect(a.phase == .final)
        #expect(a.latestPeriod == .quarter(2026, 3))
        let scale = a.indicators.first { $0.indicator.id == "scale" }!
        // The generator calibrates the scale to 125亿 (2020) and 237亿 (2023); firms are rounded to 0.01万元.
        #expect(abs(scale.reading.level!.doubleValue / 1e10 - 237) < 0.01)
        #expect(abs(scale.baseline!.doubleValue / 1e10 - 125) < 0.01)
        #expect(scale.targetMet == false)
        // Observed CAGR ≈ (237/125)^(1/3) − 1 = 23.78%, short of the 25% target.
        #expect(abs(scale.observedCAGR! - 0.237773) < 1e-4)
        let cagr = a.indicators.first { $0.indicator.id == "scale_cagr" }!
        #expect(cagr.targetMet == false)
        // The implied level: 125亿 × 1.25³ = 244.14亿.
        #expect(abs(cagr.targetLevel!.doubleValue / 1e10 - 244.14) < 0.01)
        // Shanghai share against the national series: 237 / 2330 = 10.17% > 10%.
        let share = a.indicators.first { $0.indicator.id == "national_share" }!
        #expect(abs(share.reading.level!.doubleValue - 237.0 / 2330.0) < 1e-4)
        #expect(share.status == .targetAchieved)
        // 87 demand scenarios by 2023 (the generator's list), target 100: missed.
        let scenarios = a.indicators.first { $0.indicator.id == "demand_scenarios" }!
        #expect(scenarios.reading.level == .exact(Rational(87)))
        #expect(scenarios.targetMet == false)
        for i in a.indicators { #expect(i.status != .notAvailable, "\(i.indicator.id)") }
    }

    @Test func progressJSONFollowsItsSchema() throws {
        let report = ProgressReportBuilder.build(
            try Self.assessed("shanghai-cybersecurity-2021-2023"), dataset: "Data/sample")
        let json = try ProgressJSONRenderer.render(report)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
        #expect(object["schema"] as? String == "plangauge.progress/1")
        #expect(object["period"] as? String == "2023Q4")
        let indicators = object["indicators"] as! [[String: Any]]
        #expect(indicators.count == 11)
        let allowed = Set(ProgressStatus.allCases.map(\.rawValue))
        for i in indicators {
            for key in ["id", "value", "baseline", "target", "status", "score", "progress_value", "method"] {
                #expect(i[key] != nil, "\(i["id"] ?? "?") lacks \(key)")
            }
            #expect(allowed.contains(i["status"] as! String))
        }
        // Deterministic: the same inputs give the same bytes.
        #expect(try ProgressJSONRenderer.render(report) == json)
    }

    @Test func demoParkPlan() throws {
        let a = try Self.assessed("putuo-demo-park-2025")
        #expect(a.period == .quarter(2025, 4))
        let scale = a.indicators.first { $0.indicator.id == "park_scale" }!
        #expect(scale.status == .targetAchieved)
        let stars = a.indicators.first { $0.indicator.id == "park_star_firms" }!
        #expect(stars.targetMet == false)
        #expect(stars.reading.counted.allSatisfy { $0.park == "PT-DEMO" })
    }
}
