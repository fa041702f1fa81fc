import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

/// `--as-of D`: the ledger as it stood on D. Grants applied after D do not exist yet, payments dated
/// after D have not been made, credit records dated after D are not yet known; every figure and
/// finding comes from that state. Each number below is worked out by hand.
@Suite struct GrantsAsOfTests {
    typealias F = GrantFixtures

    /// q: another policy (from 高不重复 like p) with a 50万 fixed-sum clause.
    static let q = F.policy("q", clauses: [F.clause("prize", once: .wan(50))])

    /// Four grants around D = 2025-12-31:
    /// - A: firm 1, p/award 20万, item 赛事A, applied 2025-03-01; paid 20万 on 2025-05-01 and again 20万 on
    ///   2026-02-01 (after D);
    /// - S: firm 2, p/settle 300万 in three instalments, applied 2025-04-01; first paid 100万 on 2026-03-01
    ///   (after D); firm 2 has 严重失信 dated 2026-06-01 (after D);
    /// - late: firm 3, p/award 20万, applied 2026-01-10 (after D), paid 20万 on 2026-02-01;
    /// - dup: firm 1, q/prize 50万 for the same item 赛事A as A, applied 2026-02-01 (after D), unpaid.
    static func ledger() -> Dataset {
        let grants = [
            F.grant(
                "A", "award", item: "赛事A", applied: "2025-03-01", granted: .wan(20),
                paid: [("2025-05-01", .wan(20)), ("2026-02-01", .wan(20))]),
            F.grant(
                "S", "settle", firm: 2, applied: "2025-04-01", granted: .wan(300), paid: [("2026-03-01", .wan(100))]),
            F.grant(
                "late", "award", firm: 3, applied: "2026-01-10", granted: .wan(20), paid: [("2026-02-01", .wan(20))]),
            F.grant("dup", "prize", policy: "q", item: "赛事A", applied: "2026-02-01", granted: .wan(50))
        ]
        return F.dataset(
            grants, policies: [F.standard, q], flags: [2: [CreditFlag(kind: "严重失信", date: F.day("2026-06-01"))]])
    }

    static let d = F.day("2025-12-31")

    @Test func checkSeesOnlyWhatWasKnownOnTheDay() {
        let reviews = GrantChecks.run(Self.ledger(), asOf: Self.d)
        // Grants: A and S (applied by D); late and dup are applied in 2026 → 2 grants.
        #expect(reviews.map(\.grant.id) == ["A", "S"])
        // Paid: A 20万 (the 2026-02-01 payment is not made yet), S nothing (its first payment is 2026-03-01).
        #expect(reviews.map(\.grant.paid) == [.wan(20), .zero])
        #expect(reviews[0].grant.payments.map(\.date) == [F.day("2025-05-01")])
        // S's schedule starts in its application year, 2025, as nothing was paid by D: 100万 in 2025, 2026, 2027.
        #expect(
            reviews[1].terms.schedule == [
                .init(year: 2025, amount: .wan(100)), .init(year: 2026, amount: .wan(100)),
                .init(year: 2027, amount: .wan(100))
            ])
        // Findings: none. A is not overpaid (20万 of 20万 paid) and not an overlap (dup, the higher grant for
        // 赛事A, does not exist yet); S's credit record of 2026-06-01 is not known yet.
        #expect(reviews.map(\.findings) == [[], []])

        // The whole ledger (no as-of) for contrast: A is overpaid (40万 of 20万) and overlaps dup (50万 > 20万,
        // the higher stands, A flagged for its 20万); S's schedule starts at its first payment (2026–2028) and the
        // 2026-06-01 record falls while it runs, for the 300 − 100 = 200万 unpaid.
        let all = Dictionary(GrantChecks.run(Self.ledger()).map { ($0.grant.id, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(all.count == 4)
        #expect(all["A"]!.findings.map(\.kind) == [.overlap, .paymentBeyondSchedule])
        #expect(all["A"]!.findings.map(\.amount) == [.wan(20), .wan(20)])
        #expect(all["S"]!.findings.map(\.kind) == [.creditDuringSupport] && all["S"]!.findings[0].amount == .wan(200))
        #expect(all["S"]!.terms.schedule.map(\.year) == [2026, 2027, 2028])
        #expect(all["late"]!.findings == [] && all["dup"]!.findings == [])
    }

    @Test func aRecordOrPaymentOnTheDayItselfCounts() {
        // D = 2026-06-01, the day of firm 2's record: known, so S is flagged (credit_during_support) for the
        // 300 − 100 = 200万 unpaid; S's schedule runs 2026–2028 from its 2026-03-01 payment.
        let s = GrantChecks.run(Self.ledger(), asOf: F.day("2026-06-01")).first { $0.grant.id == "S" }!
        #expect(s.findings.map(\.kind) == [.creditDuringSupport] && s.findings[0].amount == .wan(200))
        // A payment dated D is paid on D: A as of 2026-02-01 has both payments (40万), so it is overpaid.
        let a = GrantChecks.run(Self.ledger(), asOf: F.day("2026-02-01")).first { $0.grant.id == "A" }!
        #expect(a.grant.paid == .wan(40))
        #expect(a.findings.map(\.detail).contains(.overpaid(paid: .wan(40), granted: .wan(20))))
        // A day earlier, 2026-01-31: the second payment is not made, dup not applied → A has no finding.
        #expect(GrantChecks.run(Self.ledger(), asOf: F.day("2026-01-31")).first { $0.grant.id == "A" }!.findings == [])
    }

    @Test func budgetFromTheLedgerOnTheDay() {
        let b = GrantBudget.build(Self.ledger(), asOf: Self.d)
        // Committed: 2025 = A 20万 + S 300万 = 320万; nothing in 2026 (late and dup not applied yet).
        // Scheduled: 2025 = A 20万 + S 100万 = 120万; 2026 = S 100万; 2027 = S 100万.
        // Paid: 2025 = A 20万; nothing else by D.
        // To pay: 2025 (the as-of year) = S's 100万 fallen due and unpaid (A is paid); 2026 = 100万; 2027 = 100万.
        //   Σ 300万 = committed 320 − paid 20 + overpaid 0. No finding → nothing at risk.
        #expect(
            b.years == [
                .init(year: 2025, committed: .wan(320), scheduled: .wan(120), paid: .wan(20), toPay: .wan(100)),
                .init(year: 2026, committed: .zero, scheduled: .wan(100), paid: .zero, toPay: .wan(100)),
                .init(year: 2027, committed: .zero, scheduled: .wan(100), paid: .zero, toPay: .wan(100))
            ])
        #expect(b.toPay == .wan(300) && b.future == .wan(200) && b.overpaid == .zero && b.atRisk == .zero)
        // Clauses in p's file order (settle before award); q's prize has no grant yet.
        #expect(b.clauses.map(\.clause) == ["settle", "award"])
        #expect(
            b.clauses.map(\.grants) == [1, 1] && b.clauses.map(\.paid) == [.zero, .wan(20)]
                && b.clauses.map(\.remaining) == [.wan(300), .zero])
        // The same from terms read off the whole ledger: the budget takes them as they stood on D.
        #expect(GrantBudget.build(GrantChecks.run(Self.ledger()).map(\.terms), asOf: Self.d).years == b.years)
    }

    @Test func budgetAYearLater() {
        let b = GrantBudget.build(Self.ledger(), asOf: F.day("2026-12-31"))
        // All four grants. Committed: 2025 = 320万; 2026 = late 20万 + dup 50万 = 70万.
        // Scheduled: A 20万 in 2025; S 100万 a year 2026–2028 (from its 2026 payment); late 20万 and dup 50万 in 2026
        //   → 2025: 20万; 2026: 100 + 20 + 50 = 170万; 2027: 100万; 2028: 100万.
        // Paid: 2025: 20万 (A); 2026: A 20万 + S 100万 + late 20万 = 140万.
        // To pay: 2026 = A 0 (overpaid) + S 0 (100万 due, 100万 paid) + late 0 + dup 50万 = 50万; 2027 100万; 2028 100万.
        //   Σ 250万 = committed 390 − paid 160 + overpaid 20.
        // At risk: A's overlap (20万) has nothing left to pay; S's credit record questions its 200万 unpaid:
        //   100万 in 2028, 100万 in 2027.
        #expect(
            b.years == [
                .init(year: 2025, committed: .wan(320), scheduled: .wan(20), paid: .wan(20), toPay: .zero),
                .init(year: 2026, committed: .wan(70), scheduled: .wan(170), paid: .wan(140), toPay: .wan(50)),
                .init(
                    year: 2027, committed: .zero, scheduled: .wan(100), paid: .zero, toPay: .wan(100), atRisk: .wan(100)
                ),
                .init(
                    year: 2028, committed: .zero, scheduled: .wan(100), paid: .zero, toPay: .wan(100), atRisk: .wan(100)
                )
            ])
        #expect(b.overpaid == .wan(20) && b.toPay == .wan(250) && b.toPay == b.committed - b.paid + b.overpaid)
    }

    /// The evaluation's support cohorts: grants applied by D; a firm whose first grant is later was
    /// unsupported on D and stays a comparison firm. Subsidy: payments by D (and the window's end).
    @Test func evaluationCohortsAndPaymentsAsOf() throws {
        // The hand-built panel (PolicyEvaluationTests): firms 1, 2, 6, 7, 8, 9, 10 applied 2024-05-01, paid 10万
        // each on 2024-07-01; firms 3, 4, 5 are the comparison of the 中 cell. Add a grant to firm 3 applied
        // 2025-01-15, after D = 2024-12-31.
        var data = PolicyEvaluationTests.panel().dataset
        data.grants.append(F.grant("G3", "award", firm: 3, applied: "2025-01-15", granted: .wan(10)))
        let index = DatasetIndex(data)
        // As of D: firm 3 is a comparison firm, as in the panel: 5 firms evaluated, 3 controls, estimate 0.15,
        // paid 5 × 10万 = 50万; one cohort, 2024.
        let e = PolicyEvaluation.run(index, at: .year(2024)!, asOf: F.day("2024-12-31"))
        #expect(e.firms.count == 5 && e.controlsUsed == 3 && e.paid == .wan(50))
        #expect(abs(try #require(e.estimate) - 0.15) < 1e-12)
        #expect(e.cohorts.map(\.year) == [2024])
        // The whole ledger: firm 3 is supported (cohort 2025, beyond the 2024 data), leaving 2 comparison firms
        // (< 3) in the cell → no firm evaluated, no estimate.
        let all = PolicyEvaluation.run(index, at: .year(2024)!)
        #expect(all.cohorts.map(\.year) == [2024, 2025] && all.firms.isEmpty && all.estimate == nil)
        // As of 2024-06-30: the grants are applied but the 2024-07-01 payments not made → the same firms, nothing paid.
        let early = PolicyEvaluation.run(index, at: .year(2024)!, asOf: F.day("2024-06-30"))
        #expect(early.firms.count == 5 && early.paid == .zero && early.subsidyPerYiGrowth == 0)
        // As of 2024-04-30 nobody has applied yet: no cohort.
        #expect(PolicyEvaluation.run(index, at: .year(2024)!, asOf: F.day("2024-04-30")).cohorts.isEmpty)
    }
}
