/// A subsidy policy (扶持政策) as data: clauses that pay a ratio of a base, capped, on a schedule,
/// within a validity window (`Data/policies/*.yaml`, format in `Data/policies/README.md`).
public struct Policy: Sendable, Equatable {
    /// The policy's identifier: its file name without `.yaml`.
    public var id: String
    /// The document's title.
    public var title: String
    /// The document number, e.g. 普科合规范〔2024〕5号.
    public var document: String
    /// The date the document was issued, if given.
    public var issued: CalendarDate?
    /// First day the policy applies (施行).
    public var validFrom: CalendarDate
    /// Last day the policy applies (有效期至).
    public var validTo: CalendarDate
    /// 从高不重复: overlapping supports pay the higher one only.
    public var highestOfOverlapping: Bool
    /// Years before an application in which a serious credit breach (严重失信) excludes it.
    public var creditExclusionYears: Int?
    /// The support clauses, in file order.
    public var clauses: [PolicyClause]
    /// Conditions of the whole policy (扶持对象: 信用记录良好 …), applied to every clause's grants.
    public var conditions: [PolicyCondition] = []

    /// A policy from its parts.
    public init(
        id: String, title: String, document: String, issued: CalendarDate?, validFrom: CalendarDate,
        validTo: CalendarDate,
        highestOfOverlapping: Bool, creditExclusionYears: Int?, clauses: [PolicyClause]
    ) {
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

/// One support clause of a policy: a ratio of a base, capped, paid on a schedule.
public struct PolicyClause: Sendable, Equatable {
    /// What the ratio applies to.
    public enum Base: String, Sendable, Equatable, CaseIterable {
        /// An investment or a rent paid by the applicant.
        case investment, rent
        /// The price of a purchase.
        case purchasePrice = "purchase_price"
        /// A fee or an insurance premium paid by the applicant.
        case fee, premium
        /// A grant from another level of government, matched (配套).
        case matchedGrant = "matched_grant"
        /// A national grant.
        case nationalGrant = "national_grant"
        /// A prize, the applicant's revenue, or its sales.
        case prize, revenue, sales
        /// A guarantor's compensation payments (贷款担保代偿).
        case compensation
        /// A fixed sum up to the cap.
        case none
    }

    /// How a clause's sum is paid out.
    public enum Schedule: Sendable, Equatable {
        /// Paid at once.
        case lumpSum
        /// The grant paid in N equal instalments, one a year.
        case instalments(Int)
        /// Paid every year, for up to N years (nil: the document sets no limit); the cap applies per year.
        case perYear(Int?)
        /// The clause names no sum to pay (an 一定资助 or a non-monetary support).
        case unspecified
    }

    /// The clause's identifier, unique within the policy file.
    public var id: String
    /// Where the clause stands in the document, e.g. 二（一）2.
    public var number: String
    /// The clause's heading, e.g. 鼓励优势企业集聚.
    public var title: String
    /// The clause's words as the document writes them.
    public var text: String
    /// What `ratio` applies to (`none`: a fixed sum).
    public var base: Base
    /// The share of the base, exactly (50% = 1/2, 1:1 = 1); nil for a fixed sum.
    public var ratio: Rational?
    /// The ratio as the text writes it ("50%", "1:1"); nil for a fixed sum.
    public var ratioText: String?
    /// The most one application can receive (`cap: {once:}`), if capped so.
    public var capOnce: Amount?
    /// The most paid in one year (`cap: {per_year:}`), if capped so.
    public var capPerYear: Amount?
    /// The most paid in all (`cap: {total:}`), if capped so.
    public var capTotal: Amount?
    /// How the sum is paid out.
    public var schedule: Schedule
    /// The clause's eligibility conditions, each checked from the data or marked manual.
    public var conditions: [PolicyCondition]
    /// Whether the text fixes the share (按…50%) rather than setting a ceiling on it (50%以内,
    /// 不超过…50%). The entitlement is the same min(ratio × base, cap); the report says which.
    public var shareIsFixed: Bool = false

    /// A clause from its parts.
    public init(
        id: String, number: String, title: String, text: String, base: Base, ratio: Rational?, ratioText: String?,
        capOnce: Amount?, capPerYear: Amount?, capTotal: Amount?, schedule: Schedule,
        conditions: [PolicyCondition] = []
    ) {
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
    /// never exceeds its share). A clause with a base but no ratio (rent support up to 100万) pays
    /// at most the base: min(base, cap). A fixed-sum clause gives its cap. nil when the clause
    /// needs a base for a ratio and none is given, or has no cap and no ratio.
    public func entitlement(base amount: Amount?) -> Amount? {
        let cap = capOnce ?? capTotal ?? capPerYear
        guard let ratio else {
            // Support tied to an amount never exceeds the amount itself.
            if base != .none, let amount, let cap { return min(amount, cap) }
            return cap
        }
        guard let amount else { return nil }
        let share = Rational(amount) * ratio
        let fen = Int64(share.numerator / share.denominator)  // toward zero: down for a positive base
        let computed = Amount(fen: fen)
        guard let cap else { return computed }
        return min(computed, cap)
    }
}

extension PolicyClause {
    /// Whether the text ties the support to an amount (`base` other than `none`): the grant must
    /// carry that amount.
    public var needsBase: Bool { base != .none }

    /// `schedule: {per_year: N}`: the cap and the base are yearly.
    public var isPaidEachYear: Bool {
        if case .perYear = schedule { return true }
        return false
    }
}
