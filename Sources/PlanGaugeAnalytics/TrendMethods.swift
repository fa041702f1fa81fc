import Foundation
import PlanGaugeModel

/// The UNSD progress-chart ratio: how much of the required change the observed trend delivers.
public enum UNSDMethod {
    /// R = (projected − base) / (target − base): ≥ 0.95 on track, ≥ 0.10 moderate, otherwise off
    /// track — reported as limited progress when the projection still moves toward the target
    /// (R ≥ 0) and as deterioration when it moves away.
    public static func assess(base: Double, projected: Double, target: Double, targetMet: Bool) -> ProgressResult {
        if targetMet { return .achieved }
        guard target != base else { return .notAvailable }
        let r = (projected - base) / (target - base)
        let status: ProgressStatus =
            r >= 0.95
            ? .substantialProgress
            : r >= 0.10
                ? .moderateProgress
                : r >= 0 ? .limitedProgress : .deterioration
        return ProgressResult(status: status, value: r)
    }
}

/// Linear extrapolation of the last five years' average change.
public enum LinearMethod {
    /// `averageChange` per year; projected = current + averageChange × years left. A miss of less
    /// than 5% of the remaining gap is on track, 5–20% moderate, more is limited progress; a
    /// change in the wrong direction is deterioration.
    public static func assess(
        current: Double, averageChange: Double, yearsLeft: Double, target: Double,
        direction: Direction, targetMet: Bool
    ) -> ProgressResult {
        if targetMet { return .achieved }
        let d = direction.sign
        if d * averageChange < 0 { return ProgressResult(status: .deterioration, value: nil) }
        let projected = current + averageChange * max(0, yearsLeft)
        let gap = abs(target - current)
        guard gap > 0 else { return .achieved }
        let miss = max(0, d * (target - projected)) / gap
        let status: ProgressStatus =
            miss < 0.05 ? .substantialProgress : miss < 0.20 ? .moderateProgress : .limitedProgress
        return ProgressResult(status: status, value: miss)
    }
}
