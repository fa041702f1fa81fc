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
    public var planTimeProgress: Double
    public var seasonalTimeProgress: Double?
    public var observedCagr: Double?
    public var requiredCagr: Double?
    /// With less than a year to the deadline, what is still to be added (display units).
    public var remaining: Double? = nil
    /// For a series whose latest figure is older than the period assessed: that figure's period
    /// (`2023`) and year; the indicator is assessed as of then (数据截至2023年).
    public var dataPeriod: String? = nil
    public var dataYear: Int? = nil
    /// Tags counted with today's meaning at an earlier period (the baseline, a past year): firms
    /// that carry them without a date were taken to have held them then (按现有标签回溯).
    public var tagsBackdated: [String] = []
    public var projection: Double?
    /// Active enterprises in scope without a figure this period (late returns), left out of it.
    public var missingReporters: [NamedFirm]
    public var counted: [FirmItem]
    public var pipeline: [FirmItem]
    public var history: [Point]
    public var later: [Point]
    /// Why the status is not available (无法评估), in Chinese and in English; null whenever it is available.
    public var reason: String? = nil
    public var reasonEn: String? = nil
    /// No target: a monitoring-only indicator (监测指标), reported with its level and trend.
    public var monitoringOnly = false

    enum CodingKeys: String, CodingKey {
        case reason, reasonEn, monitoringOnly
        case id, name, nameEn, unit, levelUnit, clause, note, method, status, statusLabel, statusLabelEn, score, progressValue, targetMet, value, valueFen, yearToDate, baselineYear, baseline, target, observedRate, completion, distanceCovered, annualCompletion, calendarTimeProgress, planTimeProgress, seasonalTimeProgress, observedCagr, requiredCagr, remaining, dataPeriod, dataYear, tagsBackdated, projection, missingReporters, counted, pipeline, history, later
    }

    /// Every key is always present (null when there is no value), so scripts can rely on the shape.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(nameEn, forKey: .nameEn)
        try c.encode(unit, forKey: .unit)
        try c.encode(levelUnit, forKey: .levelUnit)
        try c.encode(clause, forKey: .clause)
        try c.encode(note, forKey: .note)
        try c.encode(method, forKey: .method)
        try c.encode(status, forKey: .status)
        try c.encode(statusLabel, forKey: .statusLabel)
        try c.encode(statusLabelEn, forKey: .statusLabelEn)
        try c.encode(score, forKey: .score)
        try c.encode(progressValue, forKey: .progressValue)
        try c.encode(targetMet, forKey: .targetMet)
        try c.encode(value, forKey: .value)
        try c.encode(valueFen, forKey: .valueFen)
        try c.encode(yearToDate, forKey: .yearToDate)
        try c.encode(baselineYear, forKey: .baselineYear)
        try c.encode(baseline, forKey: .baseline)
        try c.encode(target, forKey: .target)
        try c.encode(observedRate, forKey: .observedRate)
        try c.encode(completion, forKey: .completion)
        try c.encode(distanceCovered, forKey: .distanceCovered)
        try c.encode(annualCompletion, forKey: .annualCompletion)
        try c.encode(calendarTimeProgress, forKey: .calendarTimeProgress)
        try c.encode(planTimeProgress, forKey: .planTimeProgress)
        try c.encode(seasonalTimeProgress, forKey: .seasonalTimeProgress)
        try c.encode(observedCagr, forKey: .observedCagr)
        try c.encode(requiredCagr, forKey: .requiredCagr)
        try c.encode(remaining, forKey: .remaining)
        try c.encode(dataPeriod, forKey: .dataPeriod)
        try c.encode(dataYear, forKey: .dataYear)
        try c.encode(tagsBackdated, forKey: .tagsBackdated)
        try c.encode(projection, forKey: .projection)
        try c.encode(missingReporters, forKey: .missingReporters)
        try c.encode(counted, forKey: .counted)
        try c.encode(pipeline, forKey: .pipeline)
        try c.encode(history, forKey: .history)
        try c.encode(later, forKey: .later)
        try c.encode(reason, forKey: .reason)
        try c.encode(reasonEn, forKey: .reasonEn)
        try c.encode(monitoringOnly, forKey: .monitoringOnly)
    }

    public struct TargetInfo: Sendable, Encodable {
        public var text: String
        public var comparison: String
        public var year: Int
        /// The level the target asks for, in display units (for a growth-rate target: the implied level).
        public var level: Double?
        public var growthRate: Double?

        enum CodingKeys: String, CodingKey { case text, comparison, year, level, growthRate }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
            try c.encode(comparison, forKey: .comparison)
            try c.encode(year, forKey: .year)
            try c.encode(level, forKey: .level)
            try c.encode(growthRate, forKey: .growthRate)
        }
    }

    /// An enterprise named in a note: `{id, name}`.
    public struct NamedFirm: Sendable, Encodable, Equatable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    public struct FirmItem: Sendable, Encodable, Equatable {
        public var id: String
        public var name: String
        public var park: String?
        public var parkName: String?
        /// In 亿元.
        public var value: Double?
        public var shareOfThreshold: Double?

        enum CodingKeys: String, CodingKey { case id, name, park, parkName, value, shareOfThreshold }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(park, forKey: .park)
            try c.encode(parkName, forKey: .parkName)
            try c.encode(value, forKey: .value)
            try c.encode(shareOfThreshold, forKey: .shareOfThreshold)
        }
    }

    public struct Point: Sendable, Encodable, Equatable {
        public var period: String
        public var value: Double
    }
}
