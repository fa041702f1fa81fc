import PlanGaugeModel

/// Why a figure or an assessment is not available (无法评估), in words for the reader: in Chinese
/// for the text, the JSON and the Chinese pages, in English for the English pages.
public struct UnavailableReason: Sendable, Equatable, CustomStringConvertible {
    /// The reason in Chinese (text, JSON and the Chinese pages).
    public var chinese: String
    /// The reason in English (the English pages).
    public var english: String

    /// A reason worded in both languages.
    public init(_ chinese: String, _ english: String) {
        self.chinese = chinese
        self.english = english
    }

    /// The Chinese wording.
    public var description: String { chinese }

    /// The reason with what it is about in front: `基期（2020年末）：…`.
    public func prefixed(_ chinese: String, _ english: String) -> UnavailableReason {
        UnavailableReason(chinese + "：" + self.chinese, english + ": " + self.english)
    }
}

/// The reasons measures and assessments give.
extension UnavailableReason {
    static func noSeries(_ name: String) -> UnavailableReason {
        .init("数据集没有名为「\(name)」的序列（series.csv）", "no series named «\(name)» in series.csv")
    }

    static func seriesHasNoValue(_ name: String, at p: Period, earliest: Period?) -> UnavailableReason {
        .init(
            "序列「\(name)」没有\(p.chineseLabel)及以前的数值" + (earliest.map { "（最早为\($0.chineseLabel)）" } ?? ""),
            "series «\(name)» has no value for \(p) or a year before it" + (earliest.map { " (earliest: \($0))" } ?? "")
        )
    }

    static func noMilestones(_ kind: String) -> UnavailableReason {
        .init(
            "数据集没有「\(kind)」类里程碑（milestones.csv）", "the dataset records no milestones of kind «\(kind)» (milestones.csv)"
        )
    }

    static func unrecordedTag(_ tags: [String]) -> UnavailableReason {
        let list = tags.joined(separator: "、")
        return .init(
            "没有企业带有标签「\(list)」：数据集未记录该标签（或计划写错）",
            "no enterprise carries the tag «\(tags.joined(separator: ", "))»: the dataset does not record it (or the plan misspells it)"
        )
    }

    static func noIndicator(_ id: String) -> UnavailableReason {
        .init("计划中没有 id 为「\(id)」的指标", "the plan has no indicator «\(id)»")
    }

    static let referenceCycle = UnavailableReason("指标互相引用成环", "indicators refer to each other in a cycle")

    static func noFirmsInScope(_ filter: EnterpriseFilter, at p: Period) -> UnavailableReason {
        .init(
            "\(filter.chineseScope)在\(p.chineseLabel)末没有企业",
            "no enterprise in \(filter.englishScope) at the end of \(p)")
    }

    static func noFirmReported(_ filter: EnterpriseFilter, firms: Int, at p: Period) -> UnavailableReason {
        .init(
            "\(filter.chineseScope)的\(firms)家企业都没有\(p.chineseLabel)的数据",
            "none of the \(firms) enterprises in \(filter.englishScope) has a figure for \(p)")
    }

    static func noEnterpriseData(at p: Period, range: ClosedRange<Period>?) -> UnavailableReason {
        guard let range else { return .init("数据集没有企业营收数据", "the dataset has no revenue data") }
        return .init(
            "企业数据不覆盖\(p.chineseLabel)（数据为\(range.lowerBound.chineseLabel)至\(range.upperBound.chineseLabel)）",
            "the enterprises' data do not cover \(p) (they run from \(range.lowerBound) to \(range.upperBound))")
    }

    static let zeroDenominator = UnavailableReason("分母为0", "the denominator is 0")

    static func growthFromZero(_ base: Int) -> UnavailableReason {
        .init(
            "基期（\(base)年）值为0或与当前值符号相反，算不出增速",
            "the base year (\(base)) value is 0 or of the other sign, so no growth rate")
    }

    static func notAfterBase(_ base: Int) -> UnavailableReason {
        .init("评估期不晚于基期（\(base)年）", "the period is not after the base year \(base)")
    }
}

extension EnterpriseFilter {
    /// `园区 PT-DEMO、细分领域 数据安全` for reasons; `全市` for no filter.
    var chineseScope: String {
        let parts = [("园区", parks), ("区", districts), ("细分领域", segments), ("标签", tags)]
            .filter { !$0.1.isEmpty }.map { "\($0.0) \($0.1.joined(separator: "、"))" }
        return parts.isEmpty ? "全市" : parts.joined(separator: "、")
    }

    var englishScope: String {
        let parts = [("park", parks), ("district", districts), ("segment", segments), ("tag", tags)]
            .filter { !$0.1.isEmpty }.map { "\($0.0) \($0.1.joined(separator: ", "))" }
        return parts.isEmpty ? "the whole dataset" : parts.joined(separator: "; ")
    }
}

/// The reasons an assessment gives when the measure has a level but the method cannot use it.
extension UnavailableReason {
    static let lessThanAYear = UnavailableReason(
        "距基期不足一年（只有基期一个观测），算不出增速",
        "less than a year since the base year (a single observation), so no growth rate")
    static let signChange = UnavailableReason(
        "基期值与当前值（或目标值）符号相反，算不出增速",
        "the base and current (or target) values have opposite signs, so no growth rate")
    static let deadlineNotAfterBase = UnavailableReason("目标年不晚于基期", "the target year is not after the base year")
    static let targetIsBaseline = UnavailableReason(
        "目标值与基期值相同，无从衡量进展", "the target equals the base value, so progress cannot be measured")
    static let noCurrentValue = UnavailableReason("本期没有数值", "no value for the period")

    static func noBaseline(_ year: Int, _ why: UnavailableReason?) -> UnavailableReason {
        let base = UnavailableReason("基期（\(year)年末）没有数值", "no value at the base year's end (\(year))")
        guard let why else { return base }
        return UnavailableReason(base.chinese + "：" + why.chinese, base.english + ": " + why.english)
    }

    static func needsTarget(_ method: AssessmentMethod) -> UnavailableReason {
        .init(
            "监测指标（未设目标），\(method.rawValue)方法需要目标值",
            "a monitoring-only indicator (no target); the \(method.rawValue) method needs one")
    }

    static let noEarlierValue = UnavailableReason(
        "评估期前五年没有同期数值，算不出年均变化",
        "no value for the same period in the five years before, so no average change")
}
