/// Assessment categories, with the identifiers Open SDG uses (PlanGaugeAnalytics.docc, ProgressMethods).
public enum ProgressStatus: String, Sendable, Codable, CaseIterable {
    case targetAchieved = "target_achieved"
    /// On track.
    case substantialProgress = "substantial_progress"
    /// Progress made, acceleration needed.
    case moderateProgress = "moderate_progress"
    case limitedProgress = "limited_progress"
    case deterioration
    case notAvailable = "not_available"

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
    public var status: ProgressStatus
    public var score: Double?
    /// The method's progress value: pv (Statistics Canada), R (UNSD), the share of the remaining
    /// gap missed (linear).
    public var value: Double?

    public init(status: ProgressStatus, score: Double? = nil, value: Double? = nil) {
        self.status = status
        self.score = score
        self.value = value
    }

    public static let notAvailable = ProgressResult(status: .notAvailable)
    public static let achieved = ProgressResult(status: .targetAchieved, score: 5)
}
