import PlanGaugeModel

/// A measure's value at one period, with what explains it.
public struct MeasureReading: Sendable {
    /// The level: for flows the year (at a December) or the twelve months to the period's end;
    /// for stocks, counts and series the value at the period's end.
    public var level: Quantity?
    /// For flows: the year-to-date (累计) value.
    public var yearToDate: Quantity?
    /// Whether the measure is a flow (a level over twelve months, with a year to date).
    public var isFlow = false
    /// For counts: the enterprises counted, largest first.
    public var counted: [CountedEnterprise] = []
    /// For counts with a threshold: enterprises within 20% below it, closest first.
    public var pipeline: [CountedEnterprise] = []
    /// Enterprises in scope that were active (reported within the twelve months to the period's
    /// end) but have no value for the period: late returns (未报), left out of the figure.
    public var missingReporters: [NamedEnterprise] = []
    /// For a series read at a later period: the period its latest figure is for. The figure is as of
    /// then, and growth and progress are measured to then, not to the period asked for.
    public var observedAt: Period?
    /// Tags counted with today's meaning at an earlier period: firms that carry them without a date
    /// were taken to have held them then (按现有标签回溯), so the figure may overstate the past.
    public var backdatedTags: [String] = []
    /// Why there is no level (nil when there is one, or when nothing more can be said).
    public var reason: UnavailableReason?

    /// A reading of `level` (and, for flows, `yearToDate`), with nothing else to explain.
    public init(level: Quantity?, yearToDate: Quantity? = nil, isFlow: Bool = false) {
        self.level = level
        self.yearToDate = yearToDate
        self.isFlow = isFlow
    }

    /// No level, and nothing said why.
    public static let unavailable = MeasureReading(level: nil)

    /// No level, and why.
    public static func unavailable(_ reason: UnavailableReason?) -> MeasureReading {
        var r = MeasureReading(level: nil)
        r.reason = reason
        return r
    }

    /// Tags of two readings, each once, in order of first appearance.
    public static func union(_ a: [String], _ b: [String]) -> [String] {
        a + b.filter { !a.contains($0) }
    }
}

/// An enterprise named in a note: its code and its name.
public struct NamedEnterprise: Sendable, Equatable {
    /// The enterprise's 统一社会信用代码.
    public var id: USCC
    /// The enterprise's name.
    public var name: String

    /// A named enterprise.
    public init(id: USCC, name: String) {
        self.id = id
        self.name = name
    }

    /// The enterprises of two lists, each once, in order of first appearance.
    public static func union(_ a: [NamedEnterprise], _ b: [NamedEnterprise]) -> [NamedEnterprise] {
        let seen = Set(a.map(\.id))
        return a + b.filter { !seen.contains($0.id) }
    }
}

/// An enterprise in a count, with the value that decided it.
public struct CountedEnterprise: Sendable, Equatable {
    /// The enterprise's 统一社会信用代码.
    public var id: USCC
    /// The enterprise's name.
    public var name: String
    /// The id (parks.csv) of the park it was in at the period's end; nil when in none.
    public var park: String?
    /// The value compared with the threshold (annual revenue, market cap), if any.
    public var value: Amount?
    /// value / threshold, for the pipeline ("at 87% of 1亿").
    public var shareOfThreshold: Double?

    /// A counted enterprise with every field given.
    public init(id: USCC, name: String, park: String?, value: Amount?, shareOfThreshold: Double?) {
        self.id = id
        self.name = name
        self.park = park
        self.value = value
        self.shareOfThreshold = shareOfThreshold
    }
}

extension Period {
    /// The moment a period ends, in years: 2023 for December 2023, 2022.75 for 2023Q3. Growth
    /// rates and projections use it so that a mid-year twelve-month level sits where it belongs.
    public var endTime: Double { Double(year) + Double(lastMonth) / 12 - 1 }

    /// The December of a year, as the period a year-end level is read at.
    public static func yearEnd(_ year: Int) -> Period { .quarter(year, 4)! }
}
