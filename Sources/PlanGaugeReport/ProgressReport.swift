import PlanGaugeAnalytics
import PlanGaugeModel

/// The plan assessment as plain values in display units: what every renderer reads and what
/// `progress --format json` writes (schema `plangauge.progress/1`, README "progress JSON").
public struct ProgressReport: Sendable, Encodable {
    /// The JSON schema name and version.
    public var schema = "plangauge.progress/1"
    /// The plan assessed.
    public var plan: PlanInfo
    /// Canonical period label (`2023Q4`) and its Chinese form.
    public var period: String
    /// The period's official Chinese label (`2023年四季度`).
    public var periodLabel: String
    /// Where the plan stands at the period: `monitoring`, `midterm` or `final`.
    public var phase: String
    /// `phase` in Chinese (监测, 中期评估, 终期评估).
    public var phaseLabel: String
    /// The latest complete period in the data (may lie after `period` for a final evaluation); nil when the data have none.
    public var latestPeriod: String?
    /// The dataset as the outputs name it (`sample`).
    public var dataset: String
    /// The plan's default assessment method: `statcan`, `unsd` or `linear`.
    public var method: String
    /// One row per indicator, in plan order.
    public var indicators: [IndicatorRow]

    /// The plan as its file describes it.
    public struct PlanInfo: Sendable, Encodable {
        /// The plan's id.
        public var id: String
        /// The plan's title as issued (Chinese).
        public var title: String
        /// The English title; nil when the plan gives none.
        public var titleEn: String?
        /// Issuing document number (沪经信软〔2021〕1155号); nil when not given.
        public var document: String?
        /// Date issued (ISO); nil when not given.
        public var issued: String?
        /// The area the plan covers as its file writes it: a park id (`PT-DEMO`) or a place (上海市); nil when not given.
        public var scope: String?
        /// Baseline year (基期): 2020 for a 2021–2023 plan.
        public var baseline: Int
        /// Deadline year: targets are due at its end unless an indicator says otherwise.
        public var deadline: Int
        /// The plan file, relative to the dataset folder in published output; nil when not known.
        public var source: String?
    }
}

/// One indicator. Values are in the indicator's display unit (亿元, %, 家); rates, completions
/// and time progress are fractions (0.948 = 94.8%).
public struct IndicatorRow: Sendable, Encodable {
    /// The indicator's id in the plan.
    public var id: String
    /// The indicator's name as the plan writes it.
    public var name: String
    /// English name; nil when the plan gives none.
    public var nameEn: String?
    /// The indicator's display unit (亿元, %, 家 …; empty for a plain number).
    public var unit: String
    /// The unit of value, baseline, target level, projection and history (differs from `unit`
    /// only for a growth-rate indicator, whose levels are those of what grows).
    public var levelUnit: String
    /// The clause of the document the target comes from (二、主要目标); nil when not given.
    public var clause: String?
    /// The plan's note on the indicator; nil when none.
    public var note: String?
    /// The assessment method used for this indicator: `statcan`, `unsd` or `linear`.
    public var method: String
    /// The progress status id (Open SDG): `target_achieved`, `substantial_progress` … `not_available`.
    public var status: String
    /// `status` in Chinese (进度符合预期 …).
    public var statusLabel: String
    /// `status` in English (On track …).
    public var statusLabelEn: String
    /// Statistics Canada score, −5 to 5 (5 whenever the target is met, whatever the method); otherwise nil for `unsd` and `linear` and when not assessed.
    public var score: Double?
    /// The method's progress value (pv for `statcan`, R for `unsd`, the share of the gap missed for `linear`); nil when not assessed.
    public var progressValue: Double?
    /// At or after the target year: whether the target was met (the final result).
    public var targetMet: Bool?
    /// The level at the period (flows: the year, or the twelve months to the period's end) in `levelUnit`; nil when there is none.
    public var value: Double?
    /// Money indicators: the exact value in 分, as a decimal string.
    public var valueFen: String?
    /// For flows: the year-to-date (累计) value in `levelUnit`; nil otherwise.
    public var yearToDate: Double?
    /// The baseline year (the plan's, or the indicator's own).
    public var baselineYear: Int
    /// The level in the baseline year, in `levelUnit`; nil when the data lack it.
    public var baseline: Double?
    /// The target; nil for a monitoring-only indicator.
    public var target: TargetInfo?
    /// For a growth-rate target: the observed rate (fraction) beside the level assessment.
    public var observedRate: Double?
    /// 完成度: value / target level (fraction); nil without both.
    public var completion: Double?
    /// The share of the distance from baseline to target covered, (value − baseline) / (target − baseline), a fraction.
    public var distanceCovered: Double?
    /// For flows: year-to-date / target level (完成年度目标), a fraction.
    public var annualCompletion: Double?
    /// 时间进度: elapsed months of the year / 12.
    public var calendarTimeProgress: Double
    /// The share of the plan period elapsed (baseline year end → target year end), 0…1.
    public var planTimeProgress: Double
    /// For flows: last year's same-period share of its full year, the seasonal benchmark for `annualCompletion`; nil otherwise.
    public var seasonalTimeProgress: Double?
    /// Compound annual growth from the baseline to now, a fraction; nil when it cannot be computed.
    public var observedCagr: Double?
    /// Compound annual growth needed from now to the target by its deadline, a fraction; nil past the deadline or with less than a year left.
    public var requiredCagr: Double?
    /// With less than a year to the deadline, what is still to be added (display units).
    public var remaining: Double? = nil
    /// For a series whose latest figure is older than the period assessed: that figure's period
    /// (`2023`) and year; the indicator is assessed as of then (数据截至2023年).
    public var dataPeriod: String? = nil
    /// The year of `dataPeriod`; nil when the figure is for the period assessed.
    public var dataYear: Int? = nil
    /// Tags counted with today's meaning at an earlier period (the baseline, a past year): firms
    /// that carry them without a date were taken to have held them then (按现有标签回溯).
    public var tagsBackdated: [String] = []
    /// The level at the deadline on the method's trend, in `levelUnit`; nil when there is no trend.
    public var projection: Double?
    /// Active enterprises in scope without a figure this period (late returns), left out of it.
    public var missingReporters: [NamedFirm]
    /// For counts: the enterprises counted, largest first.
    public var counted: [FirmItem]
    /// For counts with a threshold: enterprises within 20% below it, closest first.
    public var pipeline: [FirmItem]
    /// Year-end levels from the baseline year to the last full year in the data, in `levelUnit`.
    public var history: [Point]
    /// Levels after the period up to the latest complete period (what happened after a deadline), in `levelUnit`.
    public var later: [Point]
    /// Why the status is not available (无法评估), in Chinese and in English; null whenever it is available.
    public var reason: String? = nil
    /// `reason` in English.
    public var reasonEn: String? = nil
    /// No target: a monitoring-only indicator (监测指标), reported with its level and trend.
    public var monitoringOnly = false

    enum CodingKeys: String, CodingKey {
        case reason, reasonEn, monitoringOnly
        case id, name, nameEn, unit, levelUnit, clause, note, method, status, statusLabel, statusLabelEn, score,
            progressValue, targetMet, value, valueFen, yearToDate, baselineYear, baseline, target, observedRate,
            completion, distanceCovered, annualCompletion, calendarTimeProgress, planTimeProgress, seasonalTimeProgress,
            observedCagr, requiredCagr, remaining, dataPeriod, dataYear, tagsBackdated, projection, missingReporters,
            counted, pipeline, history, later
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

    /// The plan's target for the indicator.
    public struct TargetInfo: Sendable, Encodable {
        /// The target as written in the plan (`> 250亿`).
        public var text: String
        /// `at_least`, `at_most`, `more_than` or `less_than`.
        public var comparison: String
        /// The year the target is due (at its end).
        public var year: Int
        /// The level the target asks for, in display units (for a growth-rate target: the implied level).
        public var level: Double?
        /// For a growth-rate target: the rate asked for, a fraction (0.25 = 25%); nil otherwise.
        public var growthRate: Double?
        /// The value the target names, in `unit` (250 for `> 250亿`, 25 for `> 25%`, 10 for `>= 10家`).
        public var value: Double
        /// The unit the pages show the target in: the indicator's, `%` for a growth rate.
        public var unit: IndicatorUnit

        enum CodingKeys: String, CodingKey { case text, comparison, year, level, growthRate, value, unit }

        /// Encodes every key, `null` when there is no value.
        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(text, forKey: .text)
            try c.encode(comparison, forKey: .comparison)
            try c.encode(year, forKey: .year)
            try c.encode(level, forKey: .level)
            try c.encode(growthRate, forKey: .growthRate)
            try c.encode(value, forKey: .value)
            try c.encode(unit.rawValue, forKey: .unit)
        }
    }

    /// An enterprise named in a note: `{id, name}`.
    public struct NamedFirm: Sendable, Encodable, Equatable {
        /// 统一社会信用代码 (USCC).
        public var id: String
        /// The enterprise's name.
        public var name: String

        /// An enterprise by its code and name.
        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// An enterprise in a count or pipeline, with the value that decided it.
    public struct FirmItem: Sendable, Encodable, Equatable {
        /// 统一社会信用代码 (USCC).
        public var id: String
        /// The enterprise's name.
        public var name: String
        /// The enterprise's park id; nil when it has none.
        public var park: String?
        /// The park's name; nil when the park is not named in the dataset.
        public var parkName: String?
        /// In 亿元.
        public var value: Double?
        /// The value divided by the count's threshold (0.87: at 87% of the line); nil without a threshold.
        public var shareOfThreshold: Double?

        enum CodingKeys: String, CodingKey { case id, name, park, parkName, value, shareOfThreshold }

        /// Encodes every key, `null` when there is no value.
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

    /// One level at one period.
    public struct Point: Sendable, Encodable, Equatable {
        /// The period (`2023`, `2023Q4`).
        public var period: String
        /// The level in the indicator's `levelUnit`.
        public var value: Double
    }
}
