import Testing
@testable import PlanGaugeAnalytics

/// A missing name that is a typo of a known one: the warning suggests the known one.
@Suite struct PlanValidatorTypoTests {
    @Test func closeNamesAreSuggested() {
        // One letter dropped: distance 1.
        #expect(
            PlanValidator.closest(
                to: "national_cybersecurty_scale", in: ["national_cybersecurity_scale", "related_industry_scale"])
                == "national_cybersecurity_scale")
        #expect(PlanValidator.closest(to: "gdp", in: ["national_cybersecurity_scale"]) == nil)
        // Two known names equally close: no guess.
        #expect(PlanValidator.closest(to: "ab", in: ["ac", "ad"]) == nil)
    }

    @Test func editDistances() {
        #expect(PlanValidator.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(PlanValidator.editDistance(Array(""), Array("abc")) == 3)
        #expect(PlanValidator.editDistance(Array("小巨人"), Array("小巨人企业")) == 2)
    }
}
