/// Assessment categories, with the identifiers Open SDG uses (PlanGaugeAnalytics.docc, ProgressMethods).
public enum ProgressStatus: String, Sendable, Codable, CaseIterable {
    /// 已完成目标: the target was met.
    case targetAchieved = "target_achieved"
    /// On track.
    case substantialProgress = "substantial_progress"
    /// Progress made, acceleration needed.
    case moderateProgress = "moderate_progress"
    /// 进展有限: some progress, far from the required pace.
    case limitedProgress = "limited_progress"
    /// 逆向变化: moving away from the target.
    case deterioration
    /// 无法评估: too little data, or a value the method cannot assess.
    case notAvailable = "not_available"

    /// The status as the Chinese reports word it.
    public var chineseLabel: String {
        switch self {
        case .targetAchieved: "已完成目标"
        case .substantialProgress: "进度符合预期"
        case .moderateProgress: "有进展，需加快"
        case .limitedProgress: "进展有限"
        case .deterioration: "逆向变化"
        case .notAvailable: "无法评估"
        }
    }

    /// The status as Open SDG words it in English.
    public var englishLabel: String {
        switch self {
        case .targetAchieved: "Target achieved"
        case .substantialProgress: "On track"
        case .moderateProgress: "Progress, acceleration needed"
        case .limitedProgress: "Limited progress"
        case .deterioration: "Deterioration"
        case .notAvailable: "Not available"
        }
    }
}

/// The outcome of one method on one indicator.
public struct ProgressResult: Sendable, Equatable {
    /// The category the method assigns.
    public var status: ProgressStatus
    /// Statistics Canada's score, −5…5 (5 when achieved); nil for the other methods and when not available.
    public var score: Double?
    /// The method's progress value: pv (Statistics Canada), R (UNSD), the share of the remaining
    /// gap missed (linear).
    public var value: Double?

    /// A result; score and value default to nil.
    public init(status: ProgressStatus, score: Double? = nil, value: Double? = nil) {
        self.status = status
        self.score = score
        self.value = value
    }

    /// 无法评估, with no score or value.
    public static let notAvailable = ProgressResult(status: .notAvailable)
    /// 已完成目标, with the top score 5.
    public static let achieved = ProgressResult(status: .targetAchieved, score: 5)
}
