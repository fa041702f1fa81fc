import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import Testing

/// Plan checks of issue 18: a target due at or before its baseline is an error naming the line; a
/// park measure over a park with no firm is a warning naming the plan line.
@Suite struct PlanChecksTests {
    static func plan(_ indicator: String) -> String {
        "id: p\ntitle: t\nbaseline: 2021\ndeadline: 2025\nindicators:\n  - id: a\n    name: A\n    measure: {count: {park: P2}}\n"
            + indicator
    }

    @Test func targetYearBeforeTheBaseline() {
        #expect(throws: PlanFileError.self) {
            try PlanFile.parse(Self.plan("    target: \">= 2\"\n    target_year: 2020\n"), file: "p.yaml")
        }
        do {
            _ = try PlanFile.parse(Self.plan("    target: \">= 2\"\n    target_year: 2021\n"), file: "p.yaml")
            Issue.record("a target due in its baseline year was accepted")
        } catch let e as PlanFileError {
            #expect(
                e.description.hasPrefix(
                    "p.yaml:10:18: error: indicator «a»: target_year 2021 is not after the baseline year 2021 (the plan's)"
                ))
        } catch {
            Issue.record("unexpected \(error)")
        }
        // The indicator's own baseline counts: 2023 is before its 2024.
        #expect(throws: PlanFileError.self) {
            try PlanFile.parse(
                Self.plan("    target: \">= 2\"\n    baseline: 2024\n    target_year: 2023\n"), file: "p.yaml")
        }
        // A target after the baseline, and a monitoring-only indicator, are fine.
        #expect(
            (try? PlanFile.parse(Self.plan("    target: \">= 2\"\n    target_year: 2022\n"), file: "p.yaml")) != nil)
        #expect((try? PlanFile.parse(Self.plan(""), file: "p.yaml"))?.indicators.first?.target == nil)
    }

    @Test func aParkWithoutFirms() throws {
        let plan = try PlanFile.parse(Self.plan("    target: \">= 2\"\n"), file: "p.yaml")
        let dataset = Dataset(
            enterprises: [Tiny.firm(1, park: "P1")], revenue: [],
            parks: [Park(id: "P1", name: "一园"), Park(id: "P2", name: "二园")])
        let problems = PlanValidator.validate(plan, against: dataset).map(\.description)
        #expect(
            problems == [
                "p.yaml:6:1: warning: indicator «a»: park «P2» has no firms (no enterprise in enterprises.csv or park_members.csv is in it), so a count over it is 0 and a sum is not available"
            ])
    }
}
