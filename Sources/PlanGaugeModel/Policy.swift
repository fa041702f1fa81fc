/// A subsidy policy (扶持政策) as data: clauses that pay a ratio of a base, capped, on a schedule,
/// within a validity window (`Data/policies/*.yaml`, format in `Data/policies/README.md`).
public struct Policy: Sendable, Equatable {
    public var id: String
    public var title: String
    public var document: String
    public var issued: CalendarDate?
    public var validFrom: CalendarDate
    public var validTo: CalendarDate
    /// 从高不重复: overlapping supports pay the higher one only.
    public var highestOfOverlapping: Bool
    /// Years before an application in which a serious credit breach (严重失信) excludes it.
    public var creditExclusionYears: Int?
    public var clauses: [PolicyClause]

    public init(id: String, title: String, document: String, issued: CalendarDate?, validFrom: CalendarDate, validTo: CalendarDate,
                highestOfOverlapping: Bool, creditExclusionYears: Int?, clauses: [PolicyClause]) {
        self.id = id
        self.title = title
        self.document = document
        self.issued = issued
        self.validFrom = validFrom
        self.validTo = validTo
        self.highestOfOverlapping = highestOfOverlapping
        self.creditExclusionYears = creditExclusionYears
        self.clauses = clauses
    }

    /// Whether a date falls in the policy's validity window (both ends included).
    public func isValid(on date: CalendarDate) -> Bool { validFrom <= date && date <= validTo }
}

public struct PolicyClause: Sendable, Equatable {
    /// What the ratio applies to.
    public enum Base: String, Sendable, Equatable, CaseIterable {
        case investment, rent
        case purchasePrice = "purchase_price"
        case fee, premium
        case matchedGrant = "matched_grant"
        case nationalGrant = "national_grant"
        case prize, revenue, sales
        /// A guarantor's compensation payments (贷款担保代偿).
        case compensation
        /// A fixed sum up to the cap.
        case none
    }

    public enum Schedule: Sendable, Equatable {
        case lumpSum
        /// The grant paid in N equal instalments, one a year.
        case instalments(Int)
        /// Paid every year, for up to N years (nil: the document sets no limit); the cap applies per year.
        case perYear(Int?)
        /// The clause names no sum to pay (an 一定资助 or a non-monetary support).
        case unspecified
    }

    public var id: String
    /// Where the clause stands in the document, e.g. 二（一）2.
    public var number: String
    public var title: String
    /// The clause's words as the document writes them.
    public var text: String
    public var base: Base
    /// The share of the base, exactly (50% = 1/2, 1:1 = 1); nil for a fixed sum.
    public var ratio: Rational?
    public var ratioText: String?
    public var capOnce: Amount?
    public var capPerYear: Amount?
    public var capTotal: Amount?
    public var schedule: Schedule
    public var conditions: [String]

    public init(id: String, number: String, title: String, text: String, base: Base, ratio: Rational?, ratioText: String?,
                capOnce: Amount?, capPerYear: Amount?, capTotal: Amount?, schedule: Schedule, conditions: [String]) {
        self.id = id
        self.number = number
        self.title = title
        self.text = text
        self.base = base
        self.ratio = ratio
        self.ratioText = ratioText
        self.capOnce = capOnce
        self.capPerYear = capPerYear
        self.capTotal = capTotal
        self.schedule = schedule
        self.conditions = conditions
    }

    /// What one application can receive: min(ratio × base, cap), rounded down to whole 分 (a grant
    /// never exceeds its share). A fixed-sum clause gives its cap. nil when the clause needs a base
    /// and none is given, or has no cap and no ratio.
    public func entitlement(base amount: Amount?) -> Amount? {
        let cap = capOnce ?? capTotal ?? capPerYear
        guard let ratio else { return cap }
        guard let amount else { return nil }
        let share = Rational(amount) * ratio
        let fen = Int64(share.numerator / share.denominator)       // toward zero: down for a positive base
        let computed = Amount(fen: fen)
        guard let cap else { return computed }
        return min(computed, cap)
    }
}

extension PolicyClause {
    /// `schedule: {per_year: N}`: the cap and the base are yearly.
    public var isPaidEachYear: Bool {
        if case .perYear = schedule { return true }
        return false
    }
}
