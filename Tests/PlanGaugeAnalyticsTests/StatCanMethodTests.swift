import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

/// The worked vectors of PlanGaugeAnalytics.docc (ProgressMethods), computed by hand there.
@Suite struct StatCanMethodTests {
    @Test func higherIsBetterOnTrack() {
        let r = StatCanMethod.assess(
            .init(
                base: 5, baseTime: 2015, current: 6, currentTime: 2016, target: 9,
                targetTime: 2030, direction: .higher))
        #expect(abs(r.value! - 5.00455) < 1e-5)
        #expect(r.score == 5)
        #expect(r.status == .substantialProgress)
    }

    @Test func lowerIsBetterDeteriorating() {
        let r = StatCanMethod.assess(
            .init(
                base: 10, baseTime: 2015, current: 30, currentTime: 2016, target: 1,
                targetTime: 2030, direction: .lower))
        #expect(abs(r.value! - -14.0544) < 1e-4)
        #expect(r.score == -5)
        #expect(r.status == .deterioration)
    }

    @Test func lowerIsBetterModerate() {
        let r = StatCanMethod.assess(
            .init(
                base: 14.5, baseTime: 2015, current: 10.4, currentTime: 2023, target: 7.25,
                targetTime: 2030, direction: .lower))
        #expect(abs(r.value! - 0.901090) < 1e-6)
        #expect(abs(r.score! - 2.150695) < 1e-6)
        #expect(r.status == .moderateProgress)
    }

    @Test func targetAlreadyAchieved() {
        let r = StatCanMethod.assess(
            .init(
                base: 8.1, baseTime: 2015, current: 6.8, currentTime: 2024, target: 8.0,
                targetTime: 2030, direction: .lower, targetMet: 6.8 <= 8.0))
        #expect(r.status == .targetAchieved)
        #expect(r.score == 5)
    }

    @Test func notAvailableCases() {
        // Same year: no growth can be observed.
        #expect(
            StatCanMethod.assess(
                .init(base: 5, baseTime: 2020, current: 6, currentTime: 2020, target: 9, targetTime: 2030)
            ).status == .notAvailable)
        // Base and current of opposite sign.
        #expect(
            StatCanMethod.assess(
                .init(base: -5, baseTime: 2015, current: 6, currentTime: 2020, target: 9, targetTime: 2030)
            ).status == .notAvailable)
    }

    @Test func zeroBaseIsReplacedByOneThousandth() {
        // 0 → 0.001: observed (87/0.001)^(1/3) − 1, required (100/0.001)^(1/3) − 1.
        let r = StatCanMethod.assess(
            .init(base: 0, baseTime: 2020, current: 87, currentTime: 2023, target: 100, targetTime: 2023))
        let expected = (44.3088 - 1) / (46.4159 - 1)  // 87000^(1/3) = 44.3088, 100000^(1/3) = 46.4159
        #expect(abs(r.value! - expected) < 1e-4)
        #expect(r.status == .substantialProgress)
    }

    @Test func withoutTargetThresholdsAndScores() {
        // pv = CAGR: 2% a year ≥ 1.5% → on track; score min(500·0.02 − 5, 5) = 5.
        let fast = StatCanMethod.assess(.init(base: 100, baseTime: 2020, current: 100 * 1.02 * 1.02, currentTime: 2022))
        #expect(fast.status == .substantialProgress)
        #expect(abs(fast.score! - 5) < 1e-9)
        // 1% → moderate; score 250·0.01 − 1.25 = 1.25.
        let mid = StatCanMethod.assess(.init(base: 100, baseTime: 2020, current: 101, currentTime: 2021))
        #expect(mid.status == .moderateProgress)
        #expect(abs(mid.score! - 1.25) < 1e-9)
        // 0.2% → limited; score 500·0.002 − 2.5 = −1.5.
        let slow = StatCanMethod.assess(.init(base: 100, baseTime: 2020, current: 100.2, currentTime: 2021))
        #expect(slow.status == .limitedProgress)
        #expect(abs(slow.score! - -1.5) < 1e-9)
        // −1% → deterioration; score max(125·(−0.01) − 2.5, −5) = −3.75.
        let down = StatCanMethod.assess(.init(base: 100, baseTime: 2020, current: 99, currentTime: 2021))
        #expect(down.status == .deterioration)
        #expect(abs(down.score! - -3.75) < 1e-9)
    }

    @Test func limitCoefficientScalesThresholds() {
        // Base 90 against a limit of 100: C = 1 − 0.9^4.44 = 0.373622 (0.9^4.44 = 0.626378);
        // thresholds become 0.56% and 0.19%.
        let c = StatCanMethod.coefficient(base: 90, limit: 100)
        #expect(abs(c - 0.373622) < 1e-6)
        // 1% a year is on track near the limit, though only moderate without one.
        let r = StatCanMethod.assess(.init(base: 90, baseTime: 2020, current: 90.9, currentTime: 2021, limit: 100))
        #expect(r.status == .substantialProgress)
        // Beyond the limit: the minimum-limit branch, 1 − ((2L − b)/L)^4.44 = 1 − 0.5^4.44 = 0.953929.
        #expect(abs(StatCanMethod.coefficient(base: 150, limit: 100) - 0.953929) < 1e-6)
        #expect(StatCanMethod.coefficient(base: 250, limit: 100) == 1)
    }
}

/// Small counts (issue: 1 of 5 firms read 5.00, 5.00, then 0.74 with nothing changed): assessed by
/// the share of the distance covered against the share of the time elapsed.
@Suite struct SmallCountProgressTests {
    /// None in 2020, one firm from 2021 on, target 5 by 2025: covered 0.2 every year; elapsed
    /// 0.2 … 1.0; pv 1.0, 0.5, 0.333…, 0.25, 0.2; scores 50/7·1 − 30/7 = 2.857 (7.1429 − 4.2857),
    /// then 4.1667·pv − 2.5: −0.4167, −1.1111, −1.4583, −1.6667. It falls year by year, never jumps.
    @Test func nothingChangingFallsSteadily() {
        let expected: [(Double, ProgressStatus, Double)] = [
            (1.0, .substantialProgress, 2.8572), (0.5, .limitedProgress, -0.41665),
            (1.0 / 3, .limitedProgress, -1.111100),
            (0.25, .limitedProgress, -1.458325), (0.2, .limitedProgress, -1.66666)
        ]
        for (k, year) in (2021...2025).enumerated() {
            let r = StatCanMethod.assessDistance(
                base: 0, baseTime: 2020, current: 1, currentTime: Double(year),
                target: 5, targetTime: 2025, targetMet: false)
            #expect(abs(r.value! - expected[k].0) < 1e-9, "\(year)")
            #expect(r.status == expected[k].1, "\(year)")
            #expect(abs(r.score! - expected[k].2) < 1e-4, "\(year)")
        }
    }

    @Test func reachedAndUnavailable() {
        #expect(
            StatCanMethod.assessDistance(
                base: 0, baseTime: 2020, current: 5, currentTime: 2023, target: 5, targetTime: 2025, targetMet: true
            ).status == .targetAchieved)
        #expect(
            StatCanMethod.assessDistance(
                base: 0, baseTime: 2020, current: 1, currentTime: 2020, target: 5, targetTime: 2025, targetMet: false
            ).status == .notAvailable)
    }
}
