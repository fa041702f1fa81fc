import PlanGaugeModel

/// What one grant is entitled to under its clause, and when its granted amount falls due.
///
/// Entitlement (`PolicyClause.entitlement`): min(ratio × base, cap), floored to whole 分; a
/// clause with a base but no ratio (rent) min(base, cap); a fixed-sum clause gives its cap. A clause paid each year (`per_year: N`) is entitled to the
/// yearly amount for each year awarded, at most N years (and at most a `total` cap if it has one).
///
/// Schedule of the granted amount, one instalment a year from the start year:
/// - lump sum (and a clause that names no sum): the whole amount in the start year;
/// - `instalments: N`: N equal shares in 分, the remainder of the division added to the last one
///   (500万 / 3 = 166.666666万, 166.666666万, 166.666668万);
/// - `per_year: N`: one share per year awarded, split the same way.
/// The start year is the year of the first payment when there is one on or after the application
/// (money is scheduled from when it starts to flow), else the application year.
public struct GrantTerms: Sendable {
    /// One scheduled payment of the granted amount.
    public struct Instalment: Sendable, Equatable {
        /// The calendar year the instalment falls due.
        public var year: Int
        /// The instalment's amount (whole 分).
        public var amount: Amount
        /// An instalment of `amount` due in `year`.
        public init(year: Int, amount: Amount) {
            self.year = year
            self.amount = amount
        }
    }

    /// The grant, as recorded in the grants ledger.
    public let grant: Grant
    /// The policy the grant was made under.
    public let policy: Policy
    /// The clause of that policy the grant was made under.
    public let clause: PolicyClause
    /// The whole entitlement; nil when the clause names no sum (一定资助) or has no cap and no ratio.
    public let entitlement: Amount?
    /// For a clause paid each year: the yearly entitlement.
    public let yearlyEntitlement: Amount?
    /// Years awarded (per-year clauses) and the most the clause allows (nil: no limit stated).
    public let yearsAwarded: Int
    /// The most years (or instalments) the clause allows; nil when it states no limit (lump sum, unspecified, or `per_year` without N).
    public let yearsAllowed: Int?
    /// The granted amount by year, from the start year (the first payment's, else the application's).
    public let schedule: [Instalment]

    /// The terms of `grant` under `clause` of `policy`: entitlement and schedule as described above.
    public init(grant: Grant, policy: Policy, clause: PolicyClause) {
        self.grant = grant
        self.policy = policy
        self.clause = clause
        var count = 1
        var allowed: Int?
        switch clause.schedule {
        case .lumpSum, .unspecified:
            yearlyEntitlement = nil
            entitlement = clause.entitlement(base: grant.base)
        case .instalments(let n):
            count = n
            allowed = n
            yearlyEntitlement = nil
            entitlement = clause.entitlement(base: grant.base)
        case .perYear(let n):
            allowed = n
            count = grant.years ?? n ?? 1
            // The yearly cap governs the year; a total cap, if any, the whole award.
            var yearly: Amount?
            if let ratio = clause.ratio, let base = grant.base {
                let share = Rational(base) * ratio
                yearly = Amount(fen: Int64(share.numerator / share.denominator))
                if let cap = clause.capPerYear { yearly = min(yearly!, cap) }
            } else if clause.ratio == nil {
                // A yearly sum tied to a base without a ratio (rent): at most the base each year.
                yearly = clause.capPerYear
                if clause.needsBase, let base = grant.base, let cap = yearly { yearly = min(base, cap) }
            }
            yearlyEntitlement = yearly
            if let yearly {
                var total = Amount(fen: yearly.fen * Int64(min(count, n ?? count)))
                if let cap = clause.capTotal { total = min(total, cap) }
                entitlement = total
            } else {
                entitlement = nil
            }
        }
        yearsAwarded = count
        yearsAllowed = allowed
        let firstPaid = grant.payments.first.map(\.date.year)
        let start = firstPaid.map { max($0, grant.applied.year) } ?? grant.applied.year
        schedule = Self.split(grant.granted, into: count, from: start)
    }

    /// N equal shares in 分, the remainder to the last, one per year from `start`.
    public static func split(_ amount: Amount, into n: Int, from start: Int) -> [Instalment] {
        guard n > 1 else { return [Instalment(year: start, amount: amount)] }
        let share = amount.fen / Int64(n)
        return (0..<n).map { k in
            Instalment(year: start + k, amount: Amount(fen: k == n - 1 ? amount.fen - share * Int64(n - 1) : share))
        }
    }

    /// Scheduled through the end of `year` (cumulative).
    public func scheduled(through year: Int) -> Amount {
        schedule.filter { $0.year <= year }.reduce(.zero) { $0 + $1.amount }
    }

    /// Paid on or before `date`.
    public func paid(onOrBefore date: CalendarDate) -> Amount {
        grant.payments.filter { $0.date <= date }.reduce(.zero) { $0 + $1.amount }
    }
}

/// The policies as a lookup: policy id → policy, and its clauses by id.
public struct PolicyCatalog: Sendable {
    /// Every policy, in the order given.
    public let policies: [Policy]
    private let byID: [String: Policy]

    /// A catalog of `policies`; of two with the same id, the first is kept.
    public init(_ policies: [Policy]) {
        self.policies = policies
        byID = Dictionary(policies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The policy with this id; nil when there is none.
    public func policy(_ id: String) -> Policy? { byID[id] }

    /// The terms of a grant; nil when its policy or clause is unknown (ingest rejects such rows).
    public func terms(of grant: Grant) -> GrantTerms? {
        guard let p = byID[grant.policy], let c = p.clauses.first(where: { $0.id == grant.clause }) else { return nil }
        return GrantTerms(grant: grant, policy: p, clause: c)
    }
}
