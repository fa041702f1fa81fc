/// What an indicator measures, computed from a dataset at a period.
public indirect enum Measure: Sendable, Equatable {
    /// Σ of an amount over enterprises matching `filter` (year-to-date flows, period-end stocks).
    case sum(AmountField, EnterpriseFilter)
    /// Enterprises matching `filter` that meet every condition at the period.
    case count(EnterpriseFilter, [CountCondition])
    /// numerator / denominator.
    case ratio(Measure, Measure)
    /// A series of `series.csv`, its value for the period's year (or the period itself).
    case series(String)
    /// Milestones of a kind dated on or before the period's end, optionally in one park.
    case milestones(kind: String, park: String?)
    /// The compound annual growth rate of a measure from a base year to the period.
    case cagr(Measure, fromYear: Int?)
    /// A park office's own figure from `park_stats.csv`.
    case parkStat(park: String, field: ParkStatField)
    /// Another indicator of the same plan, by id.
    case indicator(String)
}

/// An enterprise amount from the revenue files that a measure can read.
public enum AmountField: String, Sendable, Equatable, CaseIterable {
    /// The industry's scale: 产业收入 where reported, else 营业收入.
    case scale
    /// 营业收入.
    case revenue
    /// 产业收入: the part of revenue in the tracked industry.
    case industryRevenue = "industry_revenue"
    /// 研发投入.
    case rdExpense = "rd_expense"
    /// 市值 at the period's end (a stock, not a flow).
    case marketCap = "market_cap"
    /// 从业人员 at the period's end (a count, not money).
    case employees
}

/// A figure of `park_stats.csv`.
public enum ParkStatField: String, Sendable, Equatable, CaseIterable {
    /// 营业收入, 入驻企业数 or 从业人员.
    case revenue, firms, employees
}

/// Which enterprises a measure covers. Empty fields mean no restriction.
public struct EnterpriseFilter: Sendable, Equatable {
    /// Keep enterprises in one of these segments (细分领域).
    public var segments: [String] = []
    /// Keep enterprises in one of these districts.
    public var districts: [String] = []
    /// Keep enterprises in one of these parks (by park id).
    public var parks: [String] = []
    /// Keep enterprises holding every one of these tags.
    public var tags: [String] = []

    /// A filter; every field empty (the default) keeps everyone.
    public init(segments: [String] = [], districts: [String] = [], parks: [String] = [], tags: [String] = []) {
        self.segments = segments
        self.districts = districts
        self.parks = parks
        self.tags = tags
    }

    /// Whether the filter keeps every enterprise.
    public var isEmpty: Bool { segments.isEmpty && districts.isEmpty && parks.isEmpty && tags.isEmpty }

    /// Whether the filter keeps the enterprise as it is now (its current park, every tag it carries
    /// or carried); measures at a period use `matches(_:atEndOf:)`.
    public func matches(_ e: Enterprise) -> Bool {
        (segments.isEmpty || e.segment.map(segments.contains) == true)
            && (districts.isEmpty || e.district.map(districts.contains) == true)
            && (parks.isEmpty || e.park.map(parks.contains) == true)
            && (tags.isEmpty || tags.allSatisfy(e.hasTag))
    }

    /// Whether the filter keeps the enterprise at `period`: its tags and its park as they held on
    /// the period's last day (see `Enterprise.hasTag(_:atEndOf:)` and `Enterprise.park(atEndOf:)`).
    public func matches(_ e: Enterprise, atEndOf period: Period) -> Bool {
        (segments.isEmpty || e.segment.map(segments.contains) == true)
            && (districts.isEmpty || e.district.map(districts.contains) == true)
            && (parks.isEmpty || e.park(atEndOf: period).map(parks.contains) == true)
            && (tags.isEmpty || tags.allSatisfy { e.hasTag($0, atEndOf: period) })
    }
}

/// A condition an enterprise must meet to be counted.
public enum CountCondition: Sendable, Equatable {
    /// Holds this tag at the period's end.
    case tag(String)
    /// Revenue over the twelve months to the period's end (the year, at a year end) ≥ threshold.
    case annualRevenueAtLeast(Amount)
    /// Market capitalisation at the period's end ≥ threshold.
    case marketCapAtLeast(Amount)

    /// The threshold of a numeric condition, for the "within 20%" pipeline.
    public var threshold: Amount? {
        switch self {
        case .tag: nil
        case .annualRevenueAtLeast(let a), .marketCapAtLeast(let a): a
        }
    }
}

extension Measure {
    /// The enterprise amounts the measure reads (following indicator references through `indicators`),
    /// so a reader can gather just those.
    public func amountFields(indicators: [String: Measure], depth: Int = 0) -> Set<AmountField> {
        guard depth < 8 else { return [] }
        switch self {
        case .sum(let field, _): return [field]
        case .count(_, let conditions):
            // Counting asks who reported revenue (active firms); thresholds read revenue or market cap.
            return Set(
                [.revenue]
                    + conditions.compactMap { c -> AmountField? in
                        switch c {
                        case .tag: nil
                        case .annualRevenueAtLeast: .revenue
                        case .marketCapAtLeast: .marketCap
                        }
                    })
        case .ratio(let a, let b):
            return a.amountFields(indicators: indicators, depth: depth + 1).union(
                b.amountFields(indicators: indicators, depth: depth + 1))
        case .cagr(let inner, _): return inner.amountFields(indicators: indicators, depth: depth + 1)
        case .indicator(let id): return indicators[id]?.amountFields(indicators: indicators, depth: depth + 1) ?? []
        case .series, .milestones, .parkStat: return []
        }
    }
}

extension Plan {
    /// The enterprise amounts the plan's indicators read.
    public var amountFields: Set<AmountField> {
        let byID = Dictionary(indicators.map { ($0.id, $0.measure) }, uniquingKeysWith: { a, _ in a })
        return indicators.reduce(into: Set<AmountField>()) { $0.formUnion($1.measure.amountFields(indicators: byID)) }
    }
}
