import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

/// Committed, scheduled, paid and still to pay, by year and by clause, worked out by hand.
@Suite struct GrantBudgetTests {
    typealias F = GrantFixtures

    @Test func budgetByYearAndClause() {
        let grants = [
            // 500万 in three: 166,666,666 / 166,666,666 / 166,666,668 分 in 2025–2027; the first paid.
            F.grant(
                "settle", "settle", applied: "2025-04-01", granted: .wan(500),
                paid: [("2025-07-01", Amount(fen: 166_666_666))]),
            // 20万 applied 2026, not paid yet.
            F.grant("award", "award", firm: 2, applied: "2026-02-01", granted: .wan(20)),
            // 90万 applied and paid in 2025.
            F.grant(
                "platform", "platform", firm: 3, applied: "2025-05-01", base: .wan(180), granted: .wan(90),
                paid: [("2025-06-01", .wan(90))]),
            // A payment after the as-of day does not count.
            F.grant(
                "later", "award", firm: 4, applied: "2026-08-01", granted: .wan(10), paid: [("2026-10-15", .wan(10))])
        ]
        let d = F.dataset(grants)
        let terms = GrantChecks.run(d).map(\.terms)
        let b = GrantBudget.build(terms, asOf: F.day("2026-09-30"))
        // committed: 2025 = 500万 + 90万 = 590,000,000 分; 2026 = 20万 + 10万 = 30,000,000 分.
        // scheduled: 2025 = 166,666,666 + 90,000,000; 2026 = 166,666,666 + 20,000,000 + 10,000,000 (the later award's
        //   schedule starts at its first payment's year, 2026); 2027 = 166,666,668.
        // paid (to 2026-09-30): 2025 = 166,666,666 + 90,000,000 = 256,666,666.
        // to pay: 2026 = (333,333,332 − 166,666,666) + 20,000,000 + 10,000,000 = 196,666,666; 2027 = 500,000,000 − 333,333,332.
        #expect(
            b.years == [
                .init(
                    year: 2025, committed: Amount(fen: 590_000_000), scheduled: Amount(fen: 256_666_666),
                    paid: Amount(fen: 256_666_666), toPay: .zero),
                .init(
                    year: 2026, committed: Amount(fen: 30_000_000), scheduled: Amount(fen: 196_666_666), paid: .zero,
                    toPay: Amount(fen: 196_666_666)),
                .init(
                    year: 2027, committed: .zero, scheduled: Amount(fen: 166_666_668), paid: .zero,
                    toPay: Amount(fen: 166_666_668))
            ])
        // Σ to pay = Σ (granted − paid) = (500万 − 166,666,666) + 20万 + 10万 = 363,333,334 分.
        #expect(b.toPay == Amount(fen: 363_333_334))
        #expect(b.future == Amount(fen: 166_666_668))
        #expect(b.committed == Amount(fen: 620_000_000) && b.paid == Amount(fen: 256_666_666))
        // Σ scheduled = 256,666,666 + 196,666,666 + 166,666,668 = 620,000,000: every grant's schedule adds up to its award.
        #expect(b.scheduled == Amount(fen: 620_000_000))
        // Clauses in the policy file's order: platform, settle, award.
        #expect(b.clauses.map(\.clause) == ["platform", "settle", "award"])
        #expect(
            b.clauses[1]
                == .init(
                    policy: "p", clause: "settle", title: "settle", grants: 1, committed: .wan(500),
                    entitlement: .wan(500),
                    paid: Amount(fen: 166_666_666), remaining: Amount(fen: 333_333_334)))
        #expect(b.clauses[2].grants == 2 && b.clauses[2].committed == .wan(30) && b.clauses[2].remaining == .wan(30))
    }

    /// Money paid beyond an award (多拨) is in "paid" but owed by nobody: it does not reduce what other
    /// grants are still to be paid, so Σ to pay = committed − paid + overpaid.
    @Test func overpaidIsPaidButOwedByNobody() {
        let grants = [
            // A 20万 award paid twice (20万 + 20万 in 2025): 40万 paid, 20万 beyond the award, nothing to pay.
            F.grant(
                "twice", "award", applied: "2025-03-01", granted: .wan(20),
                paid: [("2025-05-01", .wan(20)), ("2025-08-01", .wan(20))]),
            // 50% of 180万 = 90万 (lump sum), 30万 paid in 2025: 60万 still to pay.
            F.grant(
                "platform", "platform", firm: 2, applied: "2025-04-01", base: .wan(180), granted: .wan(90),
                paid: [("2025-06-01", .wan(30))])
        ]
        let b = GrantBudget.build(GrantChecks.run(F.dataset(grants)).map(\.terms), asOf: F.day("2025-12-31"))
        // committed = 20 + 90 = 110万; paid = 20 + 20 + 30 = 70万; overpaid = 40 − 20 = 20万;
        // to pay = max(0, 20 − 40) + (90 − 30) = 0 + 60 = 60万 = 110 − 70 + 20.
        #expect(b.committed == .wan(110) && b.paid == .wan(70))
        #expect(b.overpaid == .wan(20))
        #expect(b.toPay == .wan(60))
        #expect(b.toPay == b.committed - b.paid + b.overpaid)
    }

    @Test func paidAheadLeavesNothingForLaterYears() {
        // 300万 in three instalments, all paid in 2025: nothing left in 2026 or 2027.
        let g = F.grant("all", "settle", granted: .wan(300), paid: [("2025-05-01", .wan(300))])
        let b = GrantBudget.build(GrantChecks.run(F.dataset([g])).map(\.terms), asOf: F.day("2025-12-31"))
        #expect(b.years.map(\.toPay) == [.zero, .zero, .zero])
        #expect(b.years.map(\.scheduled) == [.wan(100), .wan(100), .wan(100)])
    }

    /// "As recorded" and "of which at risk": money still to pay on grants whose award a finding
    /// questions, at most the amount in question, from the last year owed backwards.
    @Test func toPayAtRiskByYear() {
        let grants = [
            // 600万 under "settle" (cap 500万): above entitlement by 100万. Three instalments of 200万 from 2025,
            // 200万 paid in 2025 → owed 200万 in 2026 and 200万 in 2027; 100万 at risk, taken from 2027.
            F.grant("over", "settle", applied: "2025-03-01", granted: .wan(600), paid: [("2025-05-01", .wan(200))]),
            // Rent 100万 a year × 3 = 300万 to a firm with 严重失信 in 2024 (within three years): the whole grant is in
            // question; 100万 paid in 2025 → 100万 owed in 2026 and 100万 in 2027, all at risk.
            F.grant(
                "credit", "rent", firm: 3, applied: "2025-03-01", base: .wan(150), granted: .wan(300), years: 3,
                paid: [("2025-06-01", .wan(100))]),
            // 20万 award applied in 2025, unpaid: owed in 2025 (the as-of year), no finding.
            F.grant("clean", "award", firm: 4, applied: "2025-06-01", granted: .wan(20)),
            // 300万 in three, 200万 paid in 2025 (ahead of schedule: a payment finding, which does not question the award):
            // nothing owed in 2026 (200万 due by then, 200万 paid), 100万 in 2027, none at risk.
            F.grant(
                "ahead", "settle", firm: 5, applied: "2025-03-01", granted: .wan(300), paid: [("2025-05-01", .wan(200))]
            )
        ]
        let d = F.dataset(grants, flags: [3: [CreditFlag(kind: "严重失信", date: F.day("2024-01-01"))]])
        let reviews = GrantChecks.run(d)
        #expect(
            reviews.map { $0.findings.map(\.kind) } == [
                [.aboveEntitlement], [.creditExclusion], [], [.paymentBeyondSchedule]
            ])
        let b = GrantBudget.build(reviews, asOf: F.day("2025-12-31"))
        // To pay: 2025 = 20万; 2026 = 200万 + 100万 + 0 = 300万; 2027 = 200万 + 100万 + 100万 = 400万.
        // At risk: 2025 = 0; 2026 = 100万 (credit); 2027 = 100万 (over) + 100万 (credit) = 200万.
        #expect(b.years.map(\.year) == [2025, 2026, 2027])
        #expect(b.years.map(\.toPay) == [.wan(20), .wan(300), .wan(400)])
        #expect(b.years.map(\.atRisk) == [.zero, .wan(100), .wan(200)])
        // Totals: to pay 720万 = Σ (granted − paid) = 400 + 200 + 20 + 100; at risk 300万, all of it in later years.
        #expect(b.toPay == .wan(720) && b.atRisk == .wan(300) && b.futureAtRisk == .wan(300) && b.future == .wan(700))
    }
}
