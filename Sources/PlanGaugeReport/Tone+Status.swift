import PlanGaugeAnalytics

extension Tone {
    init(_ status: ProgressStatus) {
        switch status {
        case .targetAchieved: self = .achieved
        case .substantialProgress: self = .onTrack
        case .moderateProgress: self = .moderate
        case .limitedProgress: self = .limited
        case .deterioration: self = .deterioration
        case .notAvailable: self = .neutral
        }
    }
}
