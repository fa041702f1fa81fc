import PlanGaugeModel

/// Something in the grants ledger that the policy does not allow.
public struct GrantFinding: Sendable, Equatable {
    /// What kind of rule a finding breaks (its `rawValue` is the report's key).
    public enum Kind: String, Sendable, CaseIterable {
        /// Granted more than the clause entitles, or for more years than it allows.
        case aboveEntitlement = "above_entitlement"
        /// Applied for outside the policy's validity.
        case outsideValidity = "outside_validity"
        /// 从高不重复: the same named item also funded by a grant that pays more.
        case overlap
        /// The heuristic fallback of 从高不重复 when the ledger does not name the item: weaker than
        /// `overlap`, to be confirmed from the files.
        case possibleOverlap = "possible_overlap"
        /// An excluding credit record within the clause's look-back before the application.
        case creditExclusion = "credit_exclusion"
        /// An excluding credit record dated while the support runs (after the application, before
        /// the last instalment's year is over).
        case creditDuringSupport = "credit_during_support"
        /// Paid more, earlier, or in more years than the grant and its schedule allow, or before the application.
        case paymentBeyondSchedule = "payment_beyond_schedule"
        /// A condition of the clause or policy that the data shows unmet (`GrantConditions`).
        case conditionNotMet = "condition_not_met"
        /// The clause ties its support to an amount, and the ledger gives none.
        case missingBase = "missing_base"

        /// Findings that put the award itself (not only a payment) in question: the money still to
        /// pay on such a grant is "at risk" in the budget.
        public var questionsTheAward: Bool {
            switch self {
            case .aboveEntitlement, .outsideValidity, .overlap, .possibleOverlap, .creditExclusion,
                .creditDuringSupport, .conditionNotMet, .missingBase:
                true
            case .paymentBeyondSchedule: false
            }
        }
    }

    /// What exactly was found, with the figures that show it.
    public enum Detail: Sendable, Equatable {
        /// Granted more than min(ratio × base, cap).
        case aboveEntitlement(granted: Amount, entitlement: Amount)
        /// A per-year award for more years than the clause allows.
        case moreYearsThanAllowed(awarded: Int, allowed: Int)
        /// Applied outside [valid_from, valid_to].
        case outsideValidity(applied: CalendarDate, from: CalendarDate, to: CalendarDate)
        /// 从高不重复: the same item also funded by `kept`, which pays more and stands.
        case overlap(item: String, kept: String, keptPolicy: String, keptClause: String, keptAmount: Amount)
        /// Heuristic 从高不重复 (no `item` to compare): the same enterprise, the same kind of base and
        /// base amount, applied on `applied` under a clause of the same family as `kept` (another
        /// policy's, the same clause again, or another entry of the same clause number), which was
        /// applied on `keptApplied`, pays more and stands; both within the policies' validity.
        case possibleOverlap(
            kept: String, keptPolicy: String, keptClause: String, keptAmount: Amount, base: Amount?,
            applied: CalendarDate, keptApplied: CalendarDate)
        /// An excluding credit record within `years` before the application (or undated).
        case creditExclusion(flag: CreditFlag, years: Int)
        /// An excluding credit record dated after the application while instalments run (through the
        /// end of `lastYear`); `remaining` is what the ledger has not yet paid.
        case creditDuringSupport(flag: CreditFlag, lastYear: Int, remaining: Amount)
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
        /// The condition `condition` of clause `clauseNumber` ("" for the policy's own) does not hold;
        /// `quote`: the document's words for it.
        case conditionNotMet(condition: String, quote: String, clauseNumber: String, failure: ConditionFailure)
        /// The clause (`clauseNumber`) pays a share of, or at most, a `base` the grant does not give.
        case missingBase(base: PolicyClause.Base, clauseNumber: String)
    }

    /// The grant's id in the ledger.
    public var grant: String
    /// The enterprise granted.
    public var enterprise: USCC
    /// The rule broken and the figures that show it.
    public var detail: Detail
    /// The money the finding puts in question (the excess, or the whole grant when the award itself
    /// should not have been made).
    public var amount: Amount

    /// A finding with every field given.
    public init(grant: String, enterprise: USCC, detail: Detail, amount: Amount) {
        self.grant = grant
        self.enterprise = enterprise
        self.detail = detail
        self.amount = amount
    }

    /// The kind of rule the `detail` breaks.
    public var kind: Kind {
        switch detail {
        case .aboveEntitlement, .moreYearsThanAllowed: .aboveEntitlement
        case .outsideValidity: .outsideValidity
        case .overlap: .overlap
        case .possibleOverlap: .possibleOverlap
        case .creditExclusion: .creditExclusion
        case .creditDuringSupport: .creditDuringSupport
        case .conditionNotMet: .conditionNotMet
        case .missingBase: .missingBase
        case .overpaid, .aheadOfSchedule, .aboveYearlyEntitlement, .tooManyPaymentYears, .paidBeforeApplication:
            .paymentBeyondSchedule
        }
    }
}

/// Each grant with its terms and what is wrong with it.
public struct GrantReview: Sendable {
    /// The grant's entitlement and schedule under its clause.
    public let terms: GrantTerms
    /// What the checks found against it, in check order; empty when nothing is wrong.
    public let findings: [GrantFinding]
    /// The conditions a person must confirm for this grant (需人工核实), policy-wide first.
    public var manual: [ManualCheck] = []
    /// The grant, as recorded in the ledger.
    public var grant: Grant { terms.grant }
}

/// `plangauge grants check`: every rule of the policies that the ledger lets us verify.
public enum GrantChecks {
    /// Reviews in ledger order. Grants whose policy or clause is unknown are skipped (ingest has
    /// rejected them already). With `asOf`, the ledger as it stood on that day (`Dataset.grantsLedger(asOf:)`):
    /// the grants applied for by then, judged on the payments and credit records dated by then;
    /// and, whatever the day, a grant applied after it outside its policy's validity (applied
    /// 2027-01-01 under a policy valid to 2026-12-31): the application date alone decides that, so
    /// it is reviewed, as read, with its `outside_validity` finding only (`GrantsNotYetDue` lists
    /// it among the rows not yet due; budgets leave it out, as they leave out every later grant).
    /// Without `asOf`, the whole ledger as read.
    public static func run(_ dataset: Dataset, asOf day: CalendarDate? = nil) -> [GrantReview] {
        guard let day else { return review(dataset) }
        let known = Dictionary(
            review(dataset.grantsLedger(asOf: day)).map { ($0.grant.id, $0) }, uniquingKeysWith: { a, _ in a })
        let catalog = PolicyCatalog(dataset.policies)
        return dataset.grants.compactMap { g in
            if g.applied <= day { return known[g.id] }
            guard let t = catalog.terms(of: g) else { return nil }
            let f = validityFindings(t)
            return f.isEmpty ? nil : GrantReview(terms: t, findings: f)
        }
    }

    /// Every check on every grant of `dataset`, as read.
    static func review(_ dataset: Dataset) -> [GrantReview] {
        let catalog = PolicyCatalog(dataset.policies)
        let enterprises = Dictionary(dataset.enterprises.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let terms = dataset.grants.compactMap(catalog.terms(of:))
        let overlaps = overlapFindings(terms)
        let possible = possibleOverlapFindings(terms, flagged: Set(overlaps.keys))
        return terms.map { t in
            var f = entitlementFindings(t) + validityFindings(t)
            f += overlaps[t.grant.id] ?? []
            f += possible[t.grant.id] ?? []
            f += creditFindings(t, enterprises[t.grant.enterprise])
            f += creditDuringSupportFindings(t, enterprises[t.grant.enterprise])
            f += GrantConditions.baseFindings(t) + GrantConditions.findings(t, enterprises[t.grant.enterprise])
            f += paymentFindings(t)
            return GrantReview(terms: t, findings: f, manual: GrantConditions.manual(t))
        }
    }

    static func entitlementFindings(_ t: GrantTerms) -> [GrantFinding] {
        let g = t.grant
        var out: [GrantFinding] = []
        if let allowed = t.yearsAllowed, t.clause.isPaidEachYear, t.yearsAwarded > allowed {
            out.append(
                GrantFinding(
                    grant: g.id, enterprise: g.enterprise,
                    detail: .moreYearsThanAllowed(awarded: t.yearsAwarded, allowed: allowed),
                    amount: t.entitlement.map { max(.zero, g.granted - $0) } ?? .zero))
        }
        if let e = t.entitlement, g.granted > e {
            out.append(
                GrantFinding(
                    grant: g.id, enterprise: g.enterprise,
                    detail: .aboveEntitlement(granted: g.granted, entitlement: e),
                    amount: g.granted - e))
        }
        return out
    }

    static func validityFindings(_ t: GrantTerms) -> [GrantFinding] {
        guard !t.policy.isValid(on: t.grant.applied) else { return [] }
        return [
            GrantFinding(
                grant: t.grant.id, enterprise: t.grant.enterprise,
                detail: .outsideValidity(applied: t.grant.applied, from: t.policy.validFrom, to: t.policy.validTo),
                amount: t.grant.granted)
        ]
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
                out[t.grant.id, default: []].append(
                    GrantFinding(
                        grant: t.grant.id, enterprise: t.grant.enterprise,
                        detail: .overlap(
                            item: t.grant.item ?? "", kept: kept.grant.id, keptPolicy: kept.policy.id,
                            keptClause: kept.clause.id, keptAmount: kept.grant.granted),
                        amount: t.grant.granted))
            }
        }
        return out
    }

    /// 从高不重复 without an `item`: two grants to one enterprise are possibly the same support paid
    /// twice when (1) at least one of them has no `item` (two named items are compared by the exact
    /// rule alone), (2) their clauses are of one family — clauses of different policies (the
    /// policies' 从高不重复 is about support under this and other policies), the same clause of the
    /// same policy twice, or two entries of one clause number (the -a/-b entries of 二（一）2); two
    /// different clauses of one policy are side by side by design and do not —, (3) the clauses
    /// apply their ratio to the same kind of base (`base:`), (4) the base amounts are equal (both
    /// absent for fixed sums), and (5) both were applied for within the policies' validity (from
    /// the earlier start to the later end of the two): a repeat award for the same base a year
    /// later is as suspect as one the same year, and the policy's 从高不重复 holds for as long as it
    /// runs; and at least one policy involved is 从高不重复. The higher grant stands (ties: the
    /// earlier application, then the smaller id, as in `overlapFindings`); the other is flagged
    /// once, against the highest grant it overlaps. A heuristic: it can miss (different bases for
    /// one project) and can be wrong (two projects with equal costs), so it is its own, weaker kind.
    /// Grants already flagged by the exact rule are not flagged again.
    static func possibleOverlapFindings(_ terms: [GrantTerms], flagged: Set<String>) -> [String: [GrantFinding]] {
        func sameFamily(_ a: GrantTerms, _ b: GrantTerms) -> Bool {
            a.policy.id != b.policy.id || a.clause.id == b.clause.id
                || (!a.clause.number.isEmpty && a.clause.number == b.clause.number)
        }
        func withinValidity(_ a: GrantTerms, _ b: GrantTerms) -> Bool {
            let from = min(a.policy.validFrom, b.policy.validFrom), to = max(a.policy.validTo, b.policy.validTo)
            return [a.grant.applied, b.grant.applied].allSatisfy { from <= $0 && $0 <= to }
        }
        func overlapping(_ a: GrantTerms, _ b: GrantTerms) -> Bool {
            guard a.grant.enterprise == b.grant.enterprise, a.grant.item == nil || b.grant.item == nil,
                a.policy.highestOfOverlapping || b.policy.highestOfOverlapping, sameFamily(a, b),
                a.clause.base == b.clause.base, a.grant.base == b.grant.base, withinValidity(a, b)
            else { return false }
            return true
        }
        func higher(_ a: GrantTerms, _ b: GrantTerms) -> Bool {
            (b.grant.granted.fen, a.grant.applied, a.grant.id) < (a.grant.granted.fen, b.grant.applied, b.grant.id)
        }
        var out: [String: [GrantFinding]] = [:]
        for t in terms where !flagged.contains(t.grant.id) {
            let above = terms.filter { $0.grant.id != t.grant.id && overlapping($0, t) && higher($0, t) }
            guard let kept = above.min(by: higher) else { continue }
            out[t.grant.id] = [
                GrantFinding(
                    grant: t.grant.id, enterprise: t.grant.enterprise,
                    detail: .possibleOverlap(
                        kept: kept.grant.id, keptPolicy: kept.policy.id, keptClause: kept.clause.id,
                        keptAmount: kept.grant.granted,
                        base: t.grant.base, applied: t.grant.applied, keptApplied: kept.grant.applied),
                    amount: t.grant.granted)
            ]
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
        }.map {
            GrantFinding(
                grant: t.grant.id, enterprise: t.grant.enterprise, detail: .creditExclusion(flag: $0, years: years),
                amount: t.grant.granted)
        }
    }

    /// 普科合规范〔2024〕5号 四（二） and 〔2024〕3号 五（二） (实行产业专项资金全过程信用管理): "企业或机构在
    /// 享受扶持过程中存在失信行为，经查实的，按照有关规定报送市、区公共信用信息服务平台。扶持对象存在弄虚作假、
    /// 骗取专项资金等违法违规行为，经查实的，将立即取消一切资金拨付并追缴已拨付资金". The credit rule
    /// runs for the whole support, not only at application: an excluding record dated after the
    /// application and by the end of the year of the last scheduled instalment (or of the last
    /// payment, if later) is flagged for review — report it to the credit platform, and if it is
    /// 弄虚作假/骗取专项资金 stop the remaining instalments and recover what was paid. The texts do not
    /// suspend payments for every 失信 by themselves, so this is a finding to verify, not a verdict.
    /// Applies to the policies that carry the credit rule (`credit_exclusion_years`: the same 附则
    /// sets both). The amount in question is what is still unpaid.
    static func creditDuringSupportFindings(_ t: GrantTerms, _ enterprise: Enterprise?) -> [GrantFinding] {
        guard t.policy.creditExclusionYears != nil, let enterprise else { return [] }
        let g = t.grant
        let lastYear = max(
            t.schedule.map(\.year).max() ?? g.applied.year, g.payments.map(\.date.year).max() ?? g.applied.year)
        let end = CalendarDate(year: lastYear, month: 12, day: 31)!
        let remaining = max(.zero, g.granted - g.paid)
        return enterprise.creditFlags.filter { flag in
            guard flag.excludes, let d = flag.date else { return false }  // an undated one is credit_exclusion already
            return g.applied < d && d <= end
        }.map {
            GrantFinding(
                grant: g.id, enterprise: g.enterprise,
                detail: .creditDuringSupport(flag: $0, lastYear: lastYear, remaining: remaining),
                amount: remaining)
        }
    }

    static func paymentFindings(_ t: GrantTerms) -> [GrantFinding] {
        let g = t.grant
        var out: [GrantFinding] = []
        func add(_ d: GrantFinding.Detail, _ a: Amount) {
            out.append(GrantFinding(grant: g.id, enterprise: g.enterprise, detail: d, amount: a))
        }
        if let early = g.payments.first(where: { $0.date < g.applied }) {
            add(.paidBeforeApplication(date: early.date, applied: g.applied), early.amount)
        }
        let years = Array(Set(g.payments.map(\.date.year))).sorted()
        // Instalments and yearly awards are paid in at most that many years; a lump sum may be paid in stages.
        if let allowed = t.clause.isPaidEachYear
            ? min(t.yearsAwarded, t.yearsAllowed ?? t.yearsAwarded)
            : (t.schedule.count > 1 ? t.schedule.count : nil),
            years.count > allowed
        {
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
