import PlanGaugeModel

/// The funds as a budget: what was committed and paid each year and under each clause, and what
/// the schedules still owe, year by year, as of a date: the ledger as it stood that day (grants
/// applied and payments dated on or before it, see `Dataset.grantsLedger(asOf:)`).
///
/// - committed: the amounts granted, in the year of application;
/// - scheduled: the instalments as the schedule places them (`GrantTerms`, from the first payment
///   made by the as-of date);
/// - paid: payments dated in the year (up to the as-of date);
/// - to pay: in the as-of year, everything fallen due by its end and not yet paid (arrears
///   included); in each later year, that year's instalments less what was paid ahead of them.
///   Over all years this sums to Σ max(0, granted − paid) per grant: what was paid beyond a grant's
///   amount (`overpaid`, to be recovered) does not reduce what other grants are owed, so
///   Σ to pay = committed − paid + overpaid.
/// - at risk: the part of "to pay" on grants whose award a finding questions (above entitlement,
///   outside validity, double funding exact or possible, credit exclusion or a credit record during
///   support). Per grant it is the largest amount such a finding questions (the excess over the
///   entitlement, or the whole grant), at most what is still to pay, and it is taken from the last
///   years first (the excess is what the last instalments should not pay). "To pay" stays as
///   recorded; "at risk" is the share of it a budget officer should not count on paying.
public struct GrantBudget: Sendable {
    /// One calendar year's row of the budget.
    public struct Year: Sendable, Equatable {
        /// The calendar year.
        public var year: Int
        /// Granted on applications dated in this year.
        public var committed: Amount
        /// Instalments the schedules place in this year.
        public var scheduled: Amount
        /// Payments dated in this year, up to the as-of date.
        public var paid: Amount
        /// Still to pay in this year: in the as-of year all that has fallen due and is unpaid (arrears included); later, the year's instalments less what was paid ahead.
        public var toPay: Amount
        /// Of `toPay`, what is on grants with findings against the award.
        public var atRisk: Amount

        /// A row with every figure given; `atRisk` defaults to zero.
        public init(
            year: Int, committed: Amount, scheduled: Amount, paid: Amount, toPay: Amount, atRisk: Amount = .zero
        ) {
            self.year = year
            self.committed = committed
            self.scheduled = scheduled
            self.paid = paid
            self.toPay = toPay
            self.atRisk = atRisk
        }
    }

    /// One policy clause's totals over its grants, payments to the as-of date.
    public struct Clause: Sendable, Equatable {
        /// The policy's id.
        public var policy: String
        /// The clause's id within the policy.
        public var clause: String
        /// The clause's title, as in the policy file.
        public var title: String
        /// Number of grants under the clause.
        public var grants: Int
        /// Σ granted.
        public var committed: Amount
        /// Σ entitlement over the grants whose entitlement is known.
        public var entitlement: Amount
        /// Σ paid to the as-of date (overpayments included).
        public var paid: Amount
        /// Σ max(0, granted − paid) per grant: what the clause's grants are still owed.
        public var remaining: Amount

        /// A row with every figure given.
        public init(
            policy: String, clause: String, title: String, grants: Int, committed: Amount, entitlement: Amount,
            paid: Amount,
            remaining: Amount
        ) {
            self.policy = policy
            self.clause = clause
            self.title = title
            self.grants = grants
            self.committed = committed
            self.entitlement = entitlement
            self.paid = paid
            self.remaining = remaining
        }
    }

    /// The day the ledger is taken as it stood.
    public var asOf: CalendarDate
    /// One row per year with any commitment, instalment, payment or amount to pay, in year order.
    public var years: [Year]
    /// One row per clause with grants, in policy order then clause order within the policy file.
    public var clauses: [Clause]
    /// Σ max(0, paid − granted) per grant, payments to the as-of day: paid beyond the award (多拨,
    /// to be recovered). It is in `paid` and owed by nobody, hence Σ to pay = committed − paid + overpaid.
    public var overpaid: Amount = .zero

    /// Σ committed over all years.
    public var committed: Amount { years.reduce(.zero) { $0 + $1.committed } }
    /// Σ scheduled over all years.
    public var scheduled: Amount { years.reduce(.zero) { $0 + $1.scheduled } }
    /// Σ paid over all years, up to the as-of date.
    public var paid: Amount { years.reduce(.zero) { $0 + $1.paid } }
    /// Σ to pay over all years: committed − paid + overpaid.
    public var toPay: Amount { years.reduce(.zero) { $0 + $1.toPay } }
    /// Still to pay in the years after the as-of year (the outlays later budgets must carry).
    public var future: Amount { years.filter { $0.year > asOf.year }.reduce(.zero) { $0 + $1.toPay } }
    /// Σ at risk over all years: the part of `toPay` a budget officer should not count on paying.
    public var atRisk: Amount { years.reduce(.zero) { $0 + $1.atRisk } }
    /// Of `future`, the part at risk.
    public var futureAtRisk: Amount { years.filter { $0.year > asOf.year }.reduce(.zero) { $0 + $1.atRisk } }

    /// The budget of the dataset's grants ledger as it stood on `asOf` (`GrantChecks.run(_:asOf:)`).
    public static func build(_ dataset: Dataset, asOf: CalendarDate) -> GrantBudget {
        build(GrantChecks.run(dataset, asOf: asOf), asOf: asOf)
    }

    /// The budget of `reviews`: their terms, and the findings that put money at risk. The findings
    /// should be judged on the same day (`GrantChecks.run(dataset, asOf: asOf)`); grants applied
    /// after `asOf` and payments dated after it are left out here in any case.
    public static func build(_ reviews: [GrantReview], asOf: CalendarDate) -> GrantBudget {
        var questioned: [String: Amount] = [:]
        for r in reviews where r.grant.applied <= asOf {
            for f in r.findings where f.kind.questionsTheAward {
                questioned[r.grant.id] = max(questioned[r.grant.id] ?? .zero, f.amount)
            }
        }
        return build(reviews.map(\.terms), asOf: asOf, questioned: questioned)
    }

    /// `questioned`: grant id → the award money a finding questions (see "at risk" above). The terms
    /// are taken as they stood on `asOf` (`GrantTerms.asOf`): grants applied after it are left out,
    /// and schedules start from the first payment dated by then.
    public static func build(_ terms: [GrantTerms], asOf: CalendarDate, questioned: [String: Amount] = [:])
        -> GrantBudget
    {
        let terms = terms.compactMap { $0.asOf(asOf) }
        var committed: [Int: Amount] = [:], scheduled: [Int: Amount] = [:], paid: [Int: Amount] = [:],
            toPay: [Int: Amount] = [:]
        var atRisk: [Int: Amount] = [:]
        var overpaid = Amount.zero
        for t in terms {
            let g = t.grant
            committed[g.applied.year, default: .zero] += g.granted
            for i in t.schedule { scheduled[i.year, default: .zero] += i.amount }
            for p in g.payments { paid[p.date.year, default: .zero] += p.amount }
            let paidSoFar = g.paid
            overpaid += max(.zero, paidSoFar - g.granted)
            var owed: [(year: Int, amount: Amount)] = []
            let now = max(.zero, t.scheduled(through: asOf.year) - paidSoFar)
            if now > .zero { owed.append((asOf.year, now)) }
            for i in t.schedule where i.year > asOf.year {
                let due = t.scheduled(through: i.year) - max(t.scheduled(through: i.year - 1), paidSoFar)
                if due > .zero { owed.append((i.year, due)) }
            }
            for o in owed { toPay[o.year, default: .zero] += o.amount }
            // At risk: the questioned amount, from the last year owed backwards.
            var risk = questioned[g.id] ?? .zero
            for o in owed.reversed() where risk > .zero {
                let part = min(risk, o.amount)
                atRisk[o.year, default: .zero] += part
                risk -= part
            }
        }
        let all = Set(committed.keys).union(scheduled.keys).union(paid.keys).union(toPay.keys)
        let years = all.sorted().map { y in
            Year(
                year: y, committed: committed[y] ?? .zero, scheduled: scheduled[y] ?? .zero, paid: paid[y] ?? .zero,
                toPay: toPay[y] ?? .zero,
                atRisk: atRisk[y] ?? .zero)
        }
        return GrantBudget(asOf: asOf, years: years, clauses: clauses(of: terms), overpaid: overpaid)
    }

    /// One row per clause the terms fall under, summed: clauses in policy order, then clause order
    /// within the policy file.
    private static func clauses(of terms: [GrantTerms]) -> [Clause] {
        var rows: [String: Clause] = [:]
        var order: [(Int, Int, String)] = []
        var policyRank: [String: Int] = [:]
        for t in terms {
            let key = t.policy.id + "\u{1F}" + t.clause.id
            if rows[key] == nil {
                let rank = policyRank[t.policy.id] ?? policyRank.count
                policyRank[t.policy.id] = rank
                order.append((rank, t.policy.clauses.firstIndex { $0.id == t.clause.id } ?? 0, key))
                rows[key] = Clause(
                    policy: t.policy.id, clause: t.clause.id, title: t.clause.title, grants: 0, committed: .zero,
                    entitlement: .zero, paid: .zero, remaining: .zero)
            }
            let paidSoFar = t.grant.paid
            rows[key]!.grants += 1
            rows[key]!.committed += t.grant.granted
            rows[key]!.entitlement += t.entitlement ?? .zero
            rows[key]!.paid += paidSoFar
            rows[key]!.remaining += max(.zero, t.grant.granted - paidSoFar)
        }
        return order.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { rows[$0.2]! }
    }
}
