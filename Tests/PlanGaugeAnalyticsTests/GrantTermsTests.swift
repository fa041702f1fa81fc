import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

/// Entitlement = min(ratio × base floored to 分, cap); schedules split in 分 with the remainder last.
@Suite struct GrantTermsTests {
    typealias F = GrantFixtures

    func terms(_ g: Grant, _ p: Policy = F.standard) -> GrantTerms { PolicyCatalog([p]).terms(of: g)! }

    @Test func shareOfTheBaseUpToTheCap() {
        // 50% × 123.45万 = 61.725万 (61,725,000 分): under the 100万 cap.
        #expect(
            terms(F.grant("a", "platform", base: Amount(fen: 123_450_000), granted: .wan(60))).entitlement
                == Amount(fen: 61_725_000))
        // 50% × 260万 = 130万 > 100万: the cap.
        #expect(terms(F.grant("b", "platform", base: .wan(260), granted: .wan(100))).entitlement == .wan(100))
        // 50% × 1,000,001 分 = 500,000.5 分: floored, a grant never exceeds its share.
        #expect(
            terms(F.grant("c", "platform", base: Amount(fen: 1_000_001), granted: .zero)).entitlement
                == Amount(fen: 500_000))
        // A fixed sum: its cap.
        #expect(terms(F.grant("d", "award", granted: .wan(20))).entitlement == .wan(20))
    }

    @Test func instalmentsSplitInFenWithTheRemainderLast() {
        // 500万 = 500,000,000 分; / 3 = 166,666,666 remainder 2 → the last is 166,666,668.
        let t = terms(F.grant("s", "settle", applied: "2025-04-01", granted: .wan(500)))
        #expect(
            t.schedule == [
                .init(year: 2025, amount: Amount(fen: 166_666_666)),
                .init(year: 2026, amount: Amount(fen: 166_666_666)),
                .init(year: 2027, amount: Amount(fen: 166_666_668))
            ])
        // The first payment in 2026 starts the schedule there.
        let late = terms(
            F.grant(
                "s", "settle", applied: "2025-11-01", granted: .wan(500),
                paid: [("2026-02-01", Amount(fen: 166_666_666))]))
        #expect(late.schedule.map(\.year) == [2026, 2027, 2028])
        #expect(late.scheduled(through: 2027) == Amount(fen: 333_333_332))
    }

    @Test func yearlyClausesCountTheYearsAwardedUpToTheLimit() {
        // No ratio: 100万 a year; 3 years → 300万.
        let three = terms(F.grant("r", "rent", base: .wan(150), granted: .wan(300), years: 3))
        #expect(three.yearlyEntitlement == .wan(100) && three.entitlement == .wan(300) && three.yearsAllowed == 3)
        #expect(three.schedule.map(\.amount) == [.wan(100), .wan(100), .wan(100)])
        // Four years awarded: the entitlement still counts three (300万); the schedule has four shares of 100万.
        let four = terms(F.grant("r", "rent", base: .wan(150), granted: .wan(400), years: 4))
        #expect(four.entitlement == .wan(300) && four.yearsAwarded == 4 && four.schedule.count == 4)
        // Years not given: the clause's limit.
        #expect(terms(F.grant("r", "rent", granted: .wan(300))).yearsAwarded == 3)
    }
}
