/// A plan (规划/行动计划) with quantified targets, as read from `Data/plans/*.yaml`.
public struct Plan: Sendable, Equatable {
    /// The plan's identifier from its file, e.g. `shanghai-cybersecurity-2021-2023`.
    public var id: String
    /// The official Chinese title.
    public var title: String
    /// An English title (`title_en`), if the file gives one.
    public var titleEnglish: String?
    /// Issuing document number, e.g. 沪经信软〔2021〕1155号.
    public var document: String?
    /// The date the document was issued, if given.
    public var issued: CalendarDate?
    /// The area the plan covers, e.g. 上海市.
    public var scope: String?
    /// Baseline year (the plan's 基期): 2020 for a 2021–2023 plan.
    public var baseline: Int
    /// Deadline year: targets are due at its end unless an indicator says otherwise.
    public var deadline: Int
    /// How progress is judged, unless an indicator says otherwise (default Statistics Canada).
    public var method: AssessmentMethod
    /// The quantified goals, in file order.
    public var indicators: [Indicator]
    /// The file the plan came from, for messages.
    public var source: String?

    /// A plan from its parts; `method` defaults to `.statcan`.
    public init(
        id: String, title: String, titleEnglish: String? = nil, document: String? = nil, issued: CalendarDate? = nil,
        scope: String? = nil, baseline: Int, deadline: Int, method: AssessmentMethod = .statcan,
        indicators: [Indicator], source: String? = nil
    ) {
        self.id = id
        self.title = title
        self.titleEnglish = titleEnglish
        self.document = document
        self.issued = issued
        self.scope = scope
        self.baseline = baseline
        self.deadline = deadline
        self.method = method
        self.indicators = indicators
        self.source = source
    }
}

/// One quantified goal of a plan.
public struct Indicator: Sendable, Equatable {
    /// The indicator's identifier, unique in the plan (e.g. `scale`); other indicators refer to it.
    public var id: String
    /// The indicator's Chinese name, e.g. 网络安全产业规模.
    public var name: String
    /// An English name (`name_en`), if given.
    public var nameEnglish: String?
    /// How the indicator's value is computed from the data.
    public var measure: Measure
    /// The unit the indicator is stated and shown in.
    public var unit: IndicatorUnit
    /// Whether higher or lower values are progress.
    public var direction: Direction
    /// The quantified target; nil: a monitoring-only indicator (tracked, not assessed).
    public var target: Target?
    /// Overrides the plan's baseline year.
    public var baseline: Int?
    /// A natural limit (100% for a share), which scales the Statistics Canada thresholds.
    public var limit: Rational?
    /// Overrides the plan's assessment method; nil: the plan's.
    public var method: AssessmentMethod?
    /// The clause of the document the target comes from, e.g. 二、主要目标.
    public var clause: String?
    /// A free-text note on the indicator (e.g. where a denominator comes from), shown in reports.
    public var note: String?
    /// Line in the plan file, for messages.
    public var line: Int?
    /// For a count: which firms its pipeline lists (the plan's `pipeline:`); nil: the default.
    public var pipeline: PipelineRule? = nil

    /// An indicator from its parts; higher is better unless `direction` says otherwise.
    public init(
        id: String, name: String, nameEnglish: String? = nil, measure: Measure, unit: IndicatorUnit,
        direction: Direction = .higher, target: Target? = nil, baseline: Int? = nil, limit: Rational? = nil,
        method: AssessmentMethod? = nil, clause: String? = nil, note: String? = nil, line: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.nameEnglish = nameEnglish
        self.measure = measure
        self.unit = unit
        self.direction = direction
        self.target = target
        self.baseline = baseline
        self.limit = limit
        self.method = method
        self.clause = clause
        self.note = note
        self.line = line
    }
}

/// Which way an indicator should move.
public enum Direction: String, Sendable, Equatable, Codable {
    /// `higher`: growth is progress; `lower`: decline is progress (e.g. a rank).
    case higher, lower

    /// d in the Statistics Canada formulas.
    public var sign: Double { self == .higher ? 1 : -1 }
}

/// The unit an indicator is stated and shown in.
public enum IndicatorUnit: String, Sendable, Equatable, Codable {
    /// Money, in 元, 万元 or 亿元.
    case yuan = "元", wan = "万元", yi = "亿元"
    /// A percentage; values are held as fractions (25% is 1/4).
    case percent = "%"
    /// A count of firms (家).
    case firms = "家"
    /// A count of items (个/项).
    case items = "个"
    /// A plain number, shown as it is (an indicator given no unit: a series of index values).
    case number = ""
    /// A place in a ranking (全国第9位), where lower is better: a target `前10位` is a rank ≤ 10.
    case rank = "位"

    /// The money unit, for 元/万元/亿元; nil for every other unit.
    public var money: MoneyUnit? {
        switch self {
        case .yuan: .yuan
        case .wan: .wan
        case .yi: .yi
        default: nil
        }
    }

    /// The unit written as in a plan file (`亿元`, `亿`, `%`, `家`, `项`, `位` …); nil when unknown.
    public init?(text: String) {
        switch text {
        case "元": self = .yuan
        case "万元", "万": self = .wan
        case "亿元", "亿": self = .yi
        case "%", "％", "percent": self = .percent
        case "家", "firms": self = .firms
        case "个", "项", "items", "count": self = .items
        case "", "number", "数值": self = .number
        case "位", "名", "rank", "位次", "排名": self = .rank
        default: return nil
        }
    }
}

/// A target: a level (or, for `.growthRate`, a compound annual growth rate) due at the end of `year`.
public struct Target: Sendable, Equatable {
    /// How a value is compared with the target.
    public enum Comparison: String, Sendable, Equatable, Codable {
        /// ≥ (不低于, 至少) or, for lower-is-better, ≤ (不高于).
        case atLeast = "at_least", atMost = "at_most"
        /// > (超过) or < (低于).
        case moreThan = "more_than", lessThan = "less_than"
    }

    /// In the indicator's base quantity: 分 for money, a fraction for %, a count for firms.
    public var value: Rational
    /// How a value must compare with `value` to meet the target.
    public var comparison: Comparison
    /// The year at whose end the target is due (`target_year`, else the plan's deadline).
    public var year: Int
    /// The target is a growth rate (年复合增长率 > 25%) assessed as the level it implies.
    public var isGrowthRate: Bool
    /// The text as written in the plan, e.g. "> 250亿".
    public var text: String

    /// A target from its parts; `isGrowthRate` defaults to false (a level).
    public init(value: Rational, comparison: Comparison, year: Int, isGrowthRate: Bool = false, text: String) {
        self.value = value
        self.comparison = comparison
        self.year = year
        self.isGrowthRate = isGrowthRate
        self.text = text
    }

    /// Whether `value` meets the target, exactly.
    public func isMet(by v: Rational) -> Bool {
        switch comparison {
        case .atLeast: v >= value
        case .moreThan: v > value
        case .atMost: v <= value
        case .lessThan: v < value
        }
    }
}

/// How progress is judged (PlanGaugeAnalytics.docc, ProgressMethods).
public enum AssessmentMethod: String, Sendable, Equatable, CaseIterable, Codable {
    /// Statistics Canada / Open SDG: observed CAGR against required CAGR (the default).
    case statcan
    /// UNSD progress chart: projected change over required change.
    case unsd
    /// The last five years' average change extrapolated linearly.
    case linear
}
