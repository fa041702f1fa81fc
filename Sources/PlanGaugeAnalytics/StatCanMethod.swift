import Foundation
import PlanGaugeModel

/// Statistics Canada's progress measure as used by Open SDG (sdg-build `ProgressMeasure`),
/// exactly as PlanGaugeAnalytics.docc (ProgressMethods) states it.
public enum StatCanMethod {
    /// One indicator's values and times as the measure needs them; times are decimal years (the end of year y is y.0).
    public struct Input: Sendable {
        /// The baseline level (0 is taken as 0.001).
        public var base: Double
        /// When the baseline was observed: the baseline year's end.
        public var baseTime: Double
        /// The current level.
        public var current: Double
        /// When the current level was observed.
        public var currentTime: Double
        /// The target level; nil for an indicator without a target (assessed on its own growth).
        public var target: Double?
        /// The target's deadline; nil without a target.
        public var targetTime: Double?
        /// Whether higher or lower values are progress.
        public var direction: Direction
        /// A natural limit the level cannot pass (e.g. 100%); without a target, the thresholds shrink near it.
        public var limit: Double?
        /// Decided exactly by the caller (a total of exactly 250亿 meets "at least 250亿").
        public var targetMet: Bool

        /// An input with every value given; without a target, direction higher and no limit by default.
        public init(
            base: Double, baseTime: Double, current: Double, currentTime: Double, target: Double? = nil,
            targetTime: Double? = nil, direction: Direction = .higher, limit: Double? = nil, targetMet: Bool = false
        ) {
            self.base = base
            self.baseTime = baseTime
            self.current = current
            self.currentTime = currentTime
            self.target = target
            self.targetTime = targetTime
            self.direction = direction
            self.limit = limit
            self.targetMet = targetMet
        }
    }

    static let withTarget = (high: 0.95, med: 0.60, low: 0.0)
    static let withoutTarget = (high: 0.015, med: 0.005, low: 0.0)

    /// Status, score (−5…5) and pv: observed against required CAGR with a target, observed CAGR alone without.
    public static func assess(_ i: Input) -> ProgressResult {
        if i.target != nil && i.targetMet { return .achieved }
        // "Fewer than two years": the worked vector 2015 → 2016 is assessed, so one year apart is
        // enough and anything less is not.
        guard i.currentTime - i.baseTime >= 1 else { return .notAvailable }
        let base = i.base == 0 ? 0.001 : i.base
        guard base * i.current >= 0 else { return .notAvailable }
        let sign: Double = base < 0 ? -1 : 1
        let d = i.direction.sign
        // No change is no growth, whatever the base: 0 → 0 firms scores as 4 → 4 does (0 stands for 0.001 above).
        guard let observed = i.current == i.base ? 0 : cagr(i.current, base, i.currentTime - i.baseTime) else {
            return .notAvailable
        }

        if let rawTarget = i.target, let targetTime = i.targetTime {
            let target = rawTarget == 0 ? 0.001 : rawTarget
            guard let required = cagr(target, base, targetTime - i.baseTime), required != 0 else {
                return .notAvailable
            }
            let pv = sign * d * observed / abs(required)
            let score = pv >= withTarget.med ? min(7.1429 * pv - 4.2857, 5) : max(4.1667 * pv - 2.5, -5)
            return ProgressResult(
                status: status(pv, withTarget.high, withTarget.med, withTarget.low), score: score, value: pv)
        }

        let pv = sign * d * observed
        let c = i.limit.map { coefficient(base: base, limit: $0) } ?? 1
        let high = withoutTarget.high * c, med = withoutTarget.med * c, low = withoutTarget.low
        let score: Double
        if pv < low {
            score = max(125 * pv - 2.5, -5)
        } else if c == 0 {
            score = 5
        } else if pv >= high {
            score = min(500 * pv / c - 5, 5)
        } else if pv >= med {
            score = 250 * pv / c - 1.25
        } else {
            score = 500 * pv / c - 2.5
        }
        return ProgressResult(status: status(pv, high, med, low), score: score, value: pv)
    }

    /// Counts below this baseline (and any baseline of 0) are assessed by distance over time: a
    /// growth rate of 0 → 1 firms is 100,000% (0 becomes 0.001), of 1 → 2 firms 100%, so the
    /// statuses of small counts jumped with nothing changed.
    public static let smallCount = 5.0

    /// The share of the distance from baseline to target covered, against the share of the time
    /// from baseline to deadline elapsed: pv = covered / elapsed, judged with the same thresholds
    /// and score as a target's pv (0.95 on track, 0.60 moderate, 0 limited). With nothing changing,
    /// pv falls steadily as time passes; it never jumps.
    public static func assessDistance(
        base: Double, baseTime: Double, current: Double, currentTime: Double,
        target: Double, targetTime: Double, targetMet: Bool
    ) -> ProgressResult {
        if targetMet { return .achieved }
        guard targetTime > baseTime, currentTime > baseTime, target != base else { return .notAvailable }
        let covered = (current - base) / (target - base)
        let elapsed = min(1, (currentTime - baseTime) / (targetTime - baseTime))
        let pv = covered / elapsed
        let score = pv >= withTarget.med ? min(7.1429 * pv - 4.2857, 5) : max(4.1667 * pv - 2.5, -5)
        return ProgressResult(
            status: status(pv, withTarget.high, withTarget.med, withTarget.low), score: score, value: pv)
    }

    /// Why `assess` finds the input not available, in the order it checks; nil when it is available.
    public static func unavailableReason(_ i: Input) -> UnavailableReason? {
        if i.target != nil && i.targetMet { return nil }
        if i.currentTime - i.baseTime < 1 { return .lessThanAYear }
        let base = i.base == 0 ? 0.001 : i.base
        if base * i.current < 0 { return .signChange }
        if let rawTarget = i.target, let targetTime = i.targetTime {
            let target = rawTarget == 0 ? 0.001 : rawTarget
            guard let required = cagr(target, base, targetTime - i.baseTime) else {
                return targetTime <= i.baseTime ? .deadlineNotAfterBase : .signChange
            }
            if required == 0 { return .targetIsBaseline }
        }
        return nil
    }

    /// Why `assessDistance` finds the input not available; nil when it is available.
    public static func distanceUnavailableReason(
        base: Double, baseTime: Double, currentTime: Double, target: Double,
        targetTime: Double, targetMet: Bool
    ) -> UnavailableReason? {
        if targetMet { return nil }
        if targetTime <= baseTime { return .deadlineNotAfterBase }
        if currentTime <= baseTime { return .lessThanAYear }
        if target == base { return .targetIsBaseline }
        return nil
    }

    /// The limit coefficient C: thresholds shrink as the base nears a natural limit.
    public static func coefficient(base: Double, limit: Double) -> Double {
        let b = abs(base), l = abs(limit)
        guard l > 0 else { return 1 }
        if b <= l { return 1 - pow(b / l, 4.44) }
        if b < 2 * l { return 1 - pow((2 * l - b) / l, 4.44) }
        return 1
    }

    static func cagr(_ v1: Double, _ v0: Double, _ years: Double) -> Double? {
        guard years > 0, v0 != 0, v1 / v0 >= 0 else { return nil }
        return pow(v1 / v0, 1 / years) - 1
    }

    private static func status(_ pv: Double, _ high: Double, _ med: Double, _ low: Double) -> ProgressStatus {
        if pv >= high { return .substantialProgress }
        if pv >= med { return .moderateProgress }
        if pv >= low { return .limitedProgress }
        return .deterioration
    }
}
