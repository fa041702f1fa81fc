import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

@Suite struct GrowthTests {
    @Test func cagrUsesEndYearMinusBaseYear() {
        // Doubling 2020 → 2023 is n = 3: 2^(1/3) − 1 = 25.99%, not the n = 4 error's 18.9%.
        let g = Growth.cagr(from: 125, to: 250, years: Double(2023 - 2020))!
        #expect(abs(g - 0.259921) < 1e-6)
        #expect(NumberFormatCheck.percent(g) == "26.0%")
    }

    @Test func twoYearAverageFromPublishedRates() {
        // MIIT 2021: √(1.177 × 1.133) − 1 = 15.48%.
        let g = Growth.averageRate([0.177, 0.133])!
        #expect(abs(g - 0.154790) < 1e-6)
    }

    @Test func publishedLevelsGiveADifferentRateThanPublishedGrowth() {
        // MIIT 信息安全 2022 → 2023: levels 2038 → 2232 give 9.5%; the published (同口径) rate is 12.4%.
        let fromLevels = Growth.rate(from: 2038, to: 2232)!
        #expect(abs(fromLevels - 0.095191) < 1e-6)
    }

    @Test func undefinedGrowth() {
        #expect(Growth.cagr(from: 0, to: 5, years: 3) == nil)
        #expect(Growth.cagr(from: 5, to: 6, years: 0) == nil)
        #expect(Growth.cagr(from: -5, to: 6, years: 2) == nil)
    }
}

import PlanGaugeReport
enum NumberFormatCheck {
    static func percent(_ f: Double) -> String { NumberFormat.percent(f) }
}
