import PlanGaugeAnalytics
import PlanGaugeModel

/// The plan assessment as plain values in display units: what every renderer reads and what
/// `progress --format json` writes (schema `plangauge.progress/1`, README "progress JSON").
public struct ProgressReport: Sendable, Encodable {
    public var schema = "plangauge.progress/1"
    public var plan: PlanInfo
    /// Canonical period label (`2023Q4`) and its Chinese form.
    public var period: String
    public var periodLabel: String
    public var phase: String
    public var phaseLabel: String
    public var latestPeriod: String?
    public var dataset: String
    public var method: String
    public var indicators: [IndicatorRow]

    public struct PlanInfo: Sendable, Encodable {
        public var id: String
        public var title: String
        public var titleEn: String?
        public var document: String?
        public var issued: String?
        public var scope: String?
        public var baseline: Int
        public var deadline: Int
        public var source: String?
    }
}

/// One indicator. Values are in the indicator's display unit (亿元, %, 家); rates, completions
/// and time progress are fractions (0.948 = 94.8%).
public struct IndicatorRow: Sendable, Encodable {
    public var id: String
    public var name: String
    public var nameEn: String?
    public var unit: String
    /// The unit of value, baseline, target level, projection and history (differs from `unit`
    /// only for a growth-rate indicator, whose levels are those of what grows).
    public var levelUnit: String
    public var clause: String?
    public var note: String?
    public var method: String
    public var status: String
    public var statusLabel: String
    public var statusLabelEn: String
    public var score: Double?
    public var progressValue: Double?
    /// At or after the target year: whether the target was met (the final result).
    public var targetMet: Bool?
    public var value: Double?
    /// Money indicators: the exact value in 分, as a decimal string.
    public var valueFen: String?
    public var yearToDate: Double?
    public var baselineYear: Int
    public var baseline: Double?
    public var target: TargetInfo?
    /// For a growth-rate target: the observed rate (fraction) beside the level assessment.
    public var observedRate: Double?
    public var completion: Double?
    public var distanceCovered: Double?
    public var annualCompletion: Double?
    public var calendarTimeProgress: Double
    public var seasonalTimeProgress: Double?
    public var observedCagr: Double?
    public var requiredCagr: Double?
    public var projection: Double?
    public var missingReporters: Int
    public var counted: [FirmItem]
    public var pipeline: [FirmItem]
    public var history: [Point]
    public var later: [Point]

    public struct TargetInfo: Sendable, Encodable {
        public var text: String
        public var comparison: String
        public var year: Int
        /// The level the target asks for, in display units (for a growth-rate target: the implied level).
        public var level: Double?
        public var growthRate: Double?
    }

    public struct FirmItem: Sendable, Encodable, Equatable {
        public var id: String
        public var name: String
        public var park: String?
        /// In 亿元.
        public var value: Double?
        public var shareOfThreshold: Double?
    }

    public struct Point: Sendable, Encodable, Equatable {
        public var period: String
        public var value: Double
    }
}
