import PlanGaugeModel

/// Something in the grants ledger that the policy does not allow.
public struct GrantFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case aboveEntitlement = "above_entitlement"
        case outsideValidity = "outside_validity"
        case overlap
        case creditExclusion = "credit_exclusion"
        case paymentBeyondSchedule = "payment_beyond_schedule"
    }

    public enum Detail: Sendable, Equatable {
        /// Granted more than min(ratio × base, cap).
        case aboveEntitlement(granted: Amount, entitlement: Amount)
        /// A per-year award for more years than the clause allows.
        case moreYearsThanAllowed(awarded: Int, allowed: Int)
        /// Applied outside [valid_from, valid_to].
        case outsideValidity(applied: CalendarDate, from: CalendarDate, to: CalendarDate)
        /// 从高不重复: the same item also funded by `kept`, which pays more and stands.
        case overlap(item: String, kept: String, keptPolicy: String, keptClause: String, keptAmount: Amount)
        /// An excluding credit record within `years` before the application (or undated).
        case creditExclusion(flag: CreditFlag, years: Int)
        /// More paid in total than granted.
        case overpaid(paid: Amount, granted: Amount)
        /// More paid by the end of `year` than the schedule had fallen due.
        case aheadOfSchedule(year: Int, paid: Amount, scheduled: Amount)
        /// More paid within one calendar year than the clause's yearly entitlement.
        case aboveYearlyEntitlement(year: Int, paid: Amount, yearly: Amount)
        /// Payments in more calendar years than the instalments or years allowed.
        case tooManyPaymentYears(years: Int, allowed: Int)
        /// A payment dated before the application.
        case paidBeforeApplication(date: CalendarDate, applied: CalendarDate)
    }

    public var grant: String
    public var enterprise: USCC
    public var detail: Detail
    /// The money the finding puts in question (the excess, or the whole grant when the award itself
    /// should not have been made).
    public var amount: Amount

    public init(grant: String, enterprise: USCC, detail: Detail, amount: Amount) {
        self.grant = grant
        self.enterprise = enterprise
        self.detail = detail
        self.amount = amount
    }

    public var kind: Kind {
        switch detail {
        case .aboveEntitlement, .moreYearsThanAllowed: .aboveEntitlement
        case .outsideValidity: .outsideValidity
        case .overlap: .overlap
        case .creditExclusion: .creditExclusion
        case .overpaid, .aheadOfSchedule, .aboveYearlyEntitlement, .tooManyPaymentYears, .paidBeforeApplication: .paymentBeyondSchedule
        }
    }
}

/// Each grant with its terms and what is wrong with it.
public struct GrantReview: Sendable {
    public let terms: GrantTerms
    public let findings: [GrantFinding]
    public var grant: Grant { terms.grant }
}

/// `plangauge grants check`: every rule of the policies that the ledger lets us verify.
public enum GrantChecks {
    /// Reviews in ledger order. Grants whose policy or clause is unknown are skipped (ingest has
    /// rejected them already).
    public static func run(_ dataset: Dataset) -> [GrantReview] {
        let catalog = PolicyCatalog(dataset.policies)
        let enterprises = Dictionary(dataset.enterprises.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let terms = dataset.grants.compactMap(catalog.terms(of:))
        let overlaps = overlapFindings(terms)
        return terms.map { t in
            var f = entitlementFindings(t) + validityFindings(t)
            f += overlaps[t.grant.id] ?? []
            f += creditFindings(t, enterprises[t.grant.enterprise])
            f += paymentFindings(t)
            return GrantReview(terms: t, findings: f)
        }
    }

    static func entitlementFindings(_ t: GrantTerms) -> [GrantFinding] {
        let g = t.grant
        var out: [GrantFinding] = []
        if let allowed = t.yearsAllowed, t.clause.isPaidEachYear, t.yearsAwarded > allowed {
            out.append(GrantFinding(grant: g.id, enterprise: g.enterprise,
                                    detail: .moreYearsThanAllowed(awarded: t.yearsAwarded, allowed: allowed),
                                    amount: t.entitlement.map { max(.zero, g.granted - $0) } ?? .zero))
        }
        if let e = t.entitlement, g.granted > e {
            out.append(GrantFinding(grant: g.id, enterprise: g.enterprise, detail: .aboveEntitlement(granted: g.granted, entitlement: e),
                                    amount: g.granted - e))
        }
        return out
    }

    static func validityFindings(_ t: GrantTerms) -> [GrantFinding] {
        guard !t.policy.isValid(on: t.grant.applied) else { return [] }
        return [GrantFinding(grant: t.grant.id, enterprise: t.grant.enterprise,
                             detail: .outsideValidity(applied: t.grant.applied, from: t.policy.validFrom, to: t.policy.validTo),
                             amount: t.grant.granted)]
    }

    /// 从高不重复: grants to one enterprise for the same item (compared without spaces and case) are
    /// one support paid more than once, unless every policy involved allows cumulation. The grant
    /// that pays most stands (ties: the earlier application, then the smaller id); each other one is
    /// flagged for its whole amount.
    static func overlapFindings(_ terms: [GrantTerms]) -> [String: [GrantFinding]] {
        var groups: [String: [GrantTerms]] = [:]
        var order: [String] = []
        for t in terms {
            guard let item = t.grant.item else { continue }
            let key = t.grant.enterprise.code + "\u{1F}" + String(item.lowercased().filter { !$0.isWhitespace })
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(t)
        }
        var out: [String: [GrantFinding]] = [:]
        for key in order {
            let group = groups[key]!
            guard group.count > 1, group.contains(where: { $0.policy.highestOfOverlapping }) else { continue }
            let kept = group.min { a, b in
                (b.grant.granted.fen, a.grant.applied, a.grant.id) < (a.grant.granted.fen, b.grant.applied, b.grant.id)
            }!
            for t in group where t.grant.id != kept.grant.id {
                out[t.grant.id, default: []].append(GrantFinding(
                    grant: t.grant.id, enterprise: t.grant.enterprise,
                    detail: .overlap(item: t.grant.item ?? "", kept: kept.grant.id, keptPolicy: kept.policy.id,
                                     keptClause: kept.clause.id, keptAmount: kept.grant.granted),
                    amount: t.grant.granted))
            }
        }
        return out
    }

    /// 过去N年内存在严重失信行为或违法行为的，取消申请资格: a flag dated from the application day N
    /// years earlier through the application day, or undated, excludes the application.
    static func creditFindings(_ t: GrantTerms, _ enterprise: Enterprise?) -> [GrantFinding] {
        guard let years = t.policy.creditExclusionYears, let enterprise else { return [] }
        let applied = t.grant.applied
        let from = applied.addingYears(-years)
        return enterprise.creditFlags.filter { flag in
            guard flag.excludes else { return false }
            guard let d = flag.date else { return true }
            return from <= d && d <= applied
        }.map { GrantFinding(grant: t.grant.id, enterprise: t.grant.enterprise, detail: .creditExclusion(flag: $0, years: years),
                             amount: t.grant.granted) }
    }

    static func paymentFindings(_ t: GrantTerms) -> [GrantFinding] {
        let g = t.grant
        var out: [GrantFinding] = []
        func add(_ d: GrantFinding.Detail, _ a: Amount) { out.append(GrantFinding(grant: g.id, enterprise: g.enterprise, detail: d, amount: a)) }
        if let early = g.payments.first(where: { $0.date < g.applied }) {
            add(.paidBeforeApplication(date: early.date, applied: g.applied), early.amount)
        }
        let years = Array(Set(g.payments.map(\.date.year))).sorted()
        // Instalments and yearly awards are paid in at most that many years; a lump sum may be paid in stages.
        if let allowed = t.clause.isPaidEachYear ? min(t.yearsAwarded, t.yearsAllowed ?? t.yearsAwarded)
                                                 : (t.schedule.count > 1 ? t.schedule.count : nil),
           years.count > allowed {
            add(.tooManyPaymentYears(years: years.count, allowed: allowed), .zero)
        }
        // Ahead of schedule: the first year-end at which more had been paid than had fallen due.
        var cumulative = Amount.zero
        for y in years {
            let inYear = g.payments.filter { $0.date.year == y }.reduce(Amount.zero) { $0 + $1.amount }
            cumulative += inYear
            if let yearly = t.yearlyEntitlement, inYear > yearly {
                add(.aboveYearlyEntitlement(year: y, paid: inYear, yearly: yearly), inYear - yearly)
            }
            let due = t.scheduled(through: y)
            if cumulative > due && cumulative <= g.granted {
                add(.aheadOfSchedule(year: y, paid: cumulative, scheduled: due), cumulative - due)
                break
            }
        }
        let paid = g.paid
        if paid > g.granted { add(.overpaid(paid: paid, granted: g.granted), paid - g.granted) }
        return out
    }
}

extension CalendarDate {
    /// The same day `n` years later (or earlier); 29 February becomes the 28th in a common year.
    public func addingYears(_ n: Int) -> CalendarDate {
        let y = year + n
        return CalendarDate(year: y, month: month, day: min(day, CalendarDate.daysIn(year: y, month: month)))!
    }
}
