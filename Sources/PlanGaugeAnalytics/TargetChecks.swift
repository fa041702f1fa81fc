import PlanGaugeModel

/// Targets that look mistyped against the data: below the baseline of an indicator that should
/// rise, or a thousand times away from it (`≥ 500万` written for a 500亿 plan). The plan may be
/// right, so these are warnings (请核对目标单位), not errors.
public enum TargetChecks {
    /// A target this many times the baseline, or this many times smaller, is no plan but a unit slip.
    public static let factor = 1_000.0

    /// A target that looks mistyped, located at its indicator's line in the plan.
    public struct Warning: Sendable, Equatable, CustomStringConvertible {
        /// The plan file (the plan's id when it was not read from a file).
        public var file: String
        /// The line of the indicator in the plan file (0 when unknown).
        public var line: Int
        /// What looks wrong, naming the indicator, the target and the baseline year.
        public var message: String
        /// `file:line:1: warning: message`, as compilers print diagnostics.
        public var description: String { "\(file):\(line):1: warning: \(message)" }
    }

    /// The warnings for the level targets of `a` whose baseline is known and non-zero, in indicator order.
    public static func warnings(_ a: PlanAssessment) -> [Warning] {
        var out: [Warning] = []
        for i in a.indicators {
            guard let target = i.indicator.target, !target.isGrowthRate, let tl = i.targetLevel?.doubleValue,
                let b = i.baseline?.doubleValue, b != 0, tl != 0
            else { continue }
            let file = a.plan.source ?? a.plan.id, line = i.indicator.line ?? 0
            let ratio = tl / b
            if ratio >= factor || ratio <= 1 / factor {
                out.append(
                    Warning(
                        file: file, line: line,
                        message:
                            "indicator «\(i.indicator.id)»: target «\(target.text)» is \(ratio >= 1 ? "more than \(Int(factor))×" : "less than 1/\(Int(factor)) of") the \(i.baselineYear) baseline; 请核对目标单位 (check the target's unit)"
                    ))
            } else if i.indicator.direction == .higher && tl < b {
                out.append(
                    Warning(
                        file: file, line: line,
                        message:
                            "indicator «\(i.indicator.id)»: target «\(target.text)» is below the \(i.baselineYear) baseline of an indicator that should rise; 请核对目标 (check the target)"
                    ))
            }
        }
        return out
    }
}
