import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

/// Each finding from the smallest ledger that shows it, and none where the policy is kept.
@Suite struct GrantChecksTests {
    typealias F = GrantFixtures

    func findings(_ grants: [Grant], policies: [Policy] = [F.standard], flags: [Int: [CreditFlag]] = [:]) -> [String:
        [GrantFinding]]
    {
        Dictionary(
            GrantChecks.run(F.dataset(grants, policies: policies, flags: flags)).map { ($0.grant.id, $0.findings) },
            uniquingKeysWith: { a, _ in a })
    }

    @Test func aGrantWithinItsTermsHasNoFinding() {
        let f = findings([
            F.grant("ok", "platform", base: .wan(180), granted: .wan(90), paid: [("2025-05-01", .wan(90))])
        ])
        #expect(f["ok"] == [])
    }

    @Test func aboveEntitlement() {
        // 50% × 260万 = 130万, cap 100万; granted 130万 → 30万 too much.
        let f = findings([F.grant("g", "platform", base: .wan(260), granted: .wan(130))])
        #expect(
            f["g"] == [
                GrantFinding(
                    grant: "g", enterprise: Tiny.id(1),
                    detail: .aboveEntitlement(granted: .wan(130), entitlement: .wan(100)),
                    amount: .wan(30))
            ])
        // Rent for four years where three are allowed: 400万 granted, 300万 due → 100万.
        let r = findings([F.grant("r", "rent", base: .wan(150), granted: .wan(400), years: 4)])["r"]!
        #expect(
            r.map(\.detail) == [
                .moreYearsThanAllowed(awarded: 4, allowed: 3),
                .aboveEntitlement(granted: .wan(400), entitlement: .wan(300))
            ])
    }

    @Test func outsideTheValidityWindowBothEndsIncluded() {
        // Four firms: two awards of one clause to one firm within the validity would be a possible_overlap.
        let f = findings([
            F.grant("before", "award", applied: "2024-12-31", granted: .wan(20)),
            F.grant("first", "award", firm: 2, applied: "2025-01-01", granted: .wan(20)),
            F.grant("last", "award", firm: 3, applied: "2026-12-31", granted: .wan(20)),
            F.grant("after", "award", firm: 4, applied: "2027-01-01", granted: .wan(20))
        ])
        #expect(f["before"]?.map(\.kind) == [.outsideValidity] && f["after"]?.map(\.kind) == [.outsideValidity])
        #expect(f["first"] == [] && f["last"] == [])
        #expect(f["before"]?.first?.amount == .wan(20))
    }

    @Test func sameItemUnderTwoPoliciesKeepsTheHigher() {
        let other = F.policy("q", clauses: [F.clause("settle", once: .wan(500), schedule: .instalments(3))])
        let grants = [
            F.grant("high", "settle", item: "新设立落户", granted: .wan(500)),
            F.grant("low", "settle", policy: "q", item: "新设立 落户", applied: "2025-04-01", granted: .wan(300)),
            F.grant("otherFirm", "settle", firm: 2, policy: "q", item: "新设立落户", granted: .wan(300))
        ]
        let f = findings(grants, policies: [F.standard, other])
        #expect(f["high"] == [] && f["otherFirm"] == [])
        #expect(
            f["low"] == [
                GrantFinding(
                    grant: "low", enterprise: Tiny.id(1),
                    detail: .overlap(
                        item: "新设立 落户", kept: "high", keptPolicy: "p", keptClause: "settle", keptAmount: .wan(500)),
                    amount: .wan(300))
            ])
        // Policies that allow cumulation: no finding.
        let cumulative = [
            F.policy(highest: false, clauses: [F.settle]), F.policy("q", highest: false, clauses: [F.settle])
        ]
        #expect(findings(grants, policies: cumulative)["low"] == [])
    }

    @Test func seriousCreditBreachWithinThreeYearsExcludes() {
        let applied = "2025-03-01"
        func check(_ flag: CreditFlag, creditYears: Int? = 3) -> [GrantFinding.Kind] {
            findings(
                [F.grant("g", "award", applied: applied, granted: .wan(20))],
                policies: [F.policy(creditYears: creditYears, clauses: [F.award])], flags: [1: [flag]])["g"]!.map(
                    \.kind)
        }
        // Exactly three years before the application day is within; a day earlier is not.
        #expect(check(CreditFlag(kind: "严重失信", date: F.day("2022-03-01"))) == [.creditExclusion])
        #expect(check(CreditFlag(kind: "严重失信", date: F.day("2022-02-28"))) == [])
        #expect(check(CreditFlag(kind: "经营异常", date: F.day("2024-06-01"))) == [])
        #expect(check(CreditFlag(kind: "严重失信", date: nil)) == [.creditExclusion])
        #expect(check(CreditFlag(kind: "违法违规", date: F.day("2025-01-10"))) == [.creditExclusion])
        // A policy without a credit rule: none. A flag the day after the application is not an
        // exclusion but falls while the (unpaid, 2025) award runs: credit_during_support.
        #expect(check(CreditFlag(kind: "严重失信", date: F.day("2024-01-01")), creditYears: nil) == [])
        #expect(check(CreditFlag(kind: "严重失信", date: F.day("2025-03-02"))) == [.creditDuringSupport])
    }

    @Test func paymentsBeyondTheSchedule() {
        // A 20万 award paid twice: 40万 paid, 20万 too much.
        let twice = findings([
            F.grant("twice", "award", granted: .wan(20), paid: [("2025-05-01", .wan(20)), ("2025-06-01", .wan(20))])
        ])
        #expect(twice["twice"]!.map(\.detail) == [.overpaid(paid: .wan(40), granted: .wan(20))])
        #expect(twice["twice"]!.map(\.amount) == [.wan(20)])
        // 300万 in three instalments from 2025, 200万 paid in 2025: 100万 then due, 100万 ahead.
        let settle = F.policy(clauses: [F.clause("settle", once: .wan(500), schedule: .instalments(3))])
        let ahead = findings(
            [
                F.grant(
                    "ahead", "settle", granted: .wan(300), paid: [("2025-05-01", .wan(100)), ("2025-09-01", .wan(100))])
            ],
            policies: [settle])
        #expect(ahead["ahead"]!.map(\.detail) == [.aheadOfSchedule(year: 2025, paid: .wan(200), scheduled: .wan(100))])
        // Four yearly payments of 75万 for three instalments: ahead never, but four years.
        let four = findings(
            [
                F.grant(
                    "four", "settle", granted: .wan(300),
                    paid: [
                        ("2025-05-01", .wan(75)), ("2026-05-01", .wan(75)),
                        ("2027-05-01", .wan(75)), ("2028-05-01", .wan(75))
                    ])
            ],
            policies: [settle])
        #expect(four["four"]!.map(\.detail) == [.tooManyPaymentYears(years: 4, allowed: 3)])
        // Rent: 150万 paid in 2025 where 100万 a year is the most; 300万 over 3 years → 100万 then due.
        let rent = findings([
            F.grant("rent", "rent", base: .wan(150), granted: .wan(300), years: 3, paid: [("2025-05-01", .wan(150))])
        ])
        #expect(
            rent["rent"]!.map(\.detail) == [
                .aboveYearlyEntitlement(year: 2025, paid: .wan(150), yearly: .wan(100)),
                .aheadOfSchedule(year: 2025, paid: .wan(150), scheduled: .wan(100))
            ])
        // Paid before the application.
        let early = findings([
            F.grant("early", "award", applied: "2025-03-01", granted: .wan(20), paid: [("2025-02-01", .wan(20))])
        ])
        #expect(
            early["early"]!.map(\.detail) == [
                .paidBeforeApplication(date: F.day("2025-02-01"), applied: F.day("2025-03-01"))
            ])
    }

    /// 普科合规范〔2024〕5号 四（二）: 失信 while the support runs is to be verified and reported, and
    /// fraud stops the remaining payments; the check flags a serious record dated after the
    /// application through the end of the last instalment's year, for the money still unpaid.
    @Test func seriousCreditRecordDuringTheSupport() {
        // 300万 in three instalments from 2025 (first paid 2025-05-01): support runs to 2027-12-31.
        let grant = F.grant("g", "settle", applied: "2025-03-01", granted: .wan(300), paid: [("2025-05-01", .wan(100))])
        func check(_ flag: CreditFlag, creditYears: Int? = 3) -> [GrantFinding] {
            findings([grant], policies: [F.policy(creditYears: creditYears, clauses: [F.settle])], flags: [1: [flag]])[
                "g"]!
        }
        let during = CreditFlag(kind: "严重失信", date: F.day("2026-06-01"))
        // Remaining = 300万 − 100万 paid = 200万.
        #expect(
            check(during) == [
                GrantFinding(
                    grant: "g", enterprise: Tiny.id(1),
                    detail: .creditDuringSupport(flag: during, lastYear: 2027, remaining: .wan(200)), amount: .wan(200))
            ])
        #expect(check(CreditFlag(kind: "违法违规", date: F.day("2027-12-31"))).map(\.kind) == [.creditDuringSupport])
        // After the last instalment's year, a record that excludes nobody, a policy without the credit rule: none.
        #expect(check(CreditFlag(kind: "严重失信", date: F.day("2028-01-01"))) == [])
        #expect(check(CreditFlag(kind: "经营异常", date: F.day("2026-06-01"))) == [])
        #expect(check(during, creditYears: nil) == [])
        // On the application day it is an exclusion, not a record during the support.
        #expect(check(CreditFlag(kind: "严重失信", date: F.day("2025-03-01"))).map(\.kind) == [.creditExclusion])
    }

    /// 从高不重复 without `item`: the heuristic flags the lower of two grants to one firm under
    /// overlapping clauses with the same kind and amount of base, both applied within the policies' validity.
    @Test func possibleDoubleFundingWithoutAnItem() {
        // q's clause pays 50% of an investment like p's "platform" (50% of the base, at most 100万).
        let q = F.policy("q", clauses: [F.clause("lab", ratio: Rational(1, 2), once: .wan(80)), F.award])
        let grants = [
            F.grant("a", "platform", base: .wan(180), granted: .wan(90)),  // p, 2025, base 180万
            // q, 2025, base 180万 → possible
            F.grant("b", "lab", policy: "q", applied: "2025-09-01", base: .wan(180), granted: .wan(60)),
            // the next year, still within both policies' validity (2025–2026): possible too
            F.grant("c", "lab", policy: "q", applied: "2026-02-01", base: .wan(180), granted: .wan(60)),
            F.grant("d", "lab", firm: 2, policy: "q", base: .wan(180), granted: .wan(60)),  // another firm: no
            // another base: no
            F.grant("e", "lab", policy: "q", item: "实验室", applied: "2025-10-01", base: .wan(160), granted: .wan(50)),
            // Two fixed sums of one policy (settle, award) side by side: different clauses of p, no.
            F.grant("f", "award", firm: 3, granted: .wan(20)),
            F.grant("g", "settle", firm: 3, granted: .wan(500))
        ]
        let f = findings(grants, policies: [F.standard, q])
        #expect(
            f["b"] == [
                GrantFinding(
                    grant: "b", enterprise: Tiny.id(1),
                    detail: .possibleOverlap(
                        kept: "a", keptPolicy: "p", keptClause: "platform", keptAmount: .wan(90),
                        base: .wan(180), applied: F.day("2025-09-01"), keptApplied: F.day("2025-03-01")),
                    amount: .wan(60))
            ])
        // c (60万) is below a (90万) and b (60万, applied earlier): flagged once, against the highest, a.
        #expect(
            f["c"]?.map(\.detail) == [
                .possibleOverlap(
                    kept: "a", keptPolicy: "p", keptClause: "platform", keptAmount: .wan(90), base: .wan(180),
                    applied: F.day("2026-02-01"), keptApplied: F.day("2025-03-01"))
            ])
        for id in ["a", "d", "e", "f", "g"] { #expect(f[id] == [], "\(id)") }
        // The same fixed-sum clause of two policies (p's and q's "award", no base), same firm and year: possible.
        let twice = findings(
            [
                F.grant("x", "award", granted: .wan(20)),
                F.grant("y", "award", policy: "q", applied: "2025-11-01", granted: .wan(20))
            ],
            policies: [F.standard, q])
        #expect(twice["x"] == [] && twice["y"]?.map(\.kind) == [.possibleOverlap])
        // Named items decide by the exact rule alone: different items, no finding; the same item, `overlap` and not both.
        let named = findings(
            [
                F.grant("x", "award", item: "赛事A", granted: .wan(20)),
                F.grant("y", "award", policy: "q", item: "赛事B", applied: "2025-11-01", granted: .wan(20))
            ], policies: [F.standard, q])
        #expect(named["y"] == [])
        let same = findings(
            [
                F.grant("x", "award", item: "赛事A", granted: .wan(20)),
                F.grant("y", "award", policy: "q", item: "赛事A", applied: "2025-11-01", granted: .wan(20))
            ], policies: [F.standard, q])
        #expect(same["y"]?.map(\.kind) == [.overlap])
        // Policies that allow cumulation: no finding.
        let cumulative = [
            F.policy(highest: false, clauses: [F.platform]),
            F.policy("q", highest: false, clauses: [F.clause("lab", ratio: Rational(1, 2), once: .wan(80))])
        ]
        #expect(findings(Array(grants.prefix(2)), policies: cumulative)["b"] == [])
    }
}
