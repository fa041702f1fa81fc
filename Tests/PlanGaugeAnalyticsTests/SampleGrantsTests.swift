import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import Testing

/// The shipped sample's grants ledger: the checks find the planted violations and nothing else
/// (the list in Sources/PlanGaugeSynth/GrantLedger.swift).
@Suite struct SampleGrantsTests {
    @Test func thePlantedViolationsAndNoOther() throws {
        var options = IngestOptions()
        options.policies = try PolicyFile.loadFolder(PlanFileTests.path("Data/policies"))
        let (dataset, report) = try DatasetLoader.load(folder: PlanFileTests.path("Data/sample"), options: options)
        #expect(report.exitStatus == 0)
        #expect((20...45).contains(dataset.grants.count))
        let found = GrantChecks.run(dataset).flatMap { r in r.findings.map { "\(r.grant.id) \($0.kind.rawValue)" } }
        #expect(
            found == [
                "PT2024-001 outside_validity",  // applied 2024-12-16, before 2025-01-01
                "PT2025-002 condition_not_met",  // 经营异常 2025-02-10, five days before applying: 信用记录良好
                "PT2025-006 overlap", "PT2025-007 payment_beyond_schedule",
                "PT2025-009 credit_exclusion", "PT2025-014 above_entitlement",
                "PT2026-004 condition_not_met",  // a settling-in award to a firm founded 2002
                "PT2026-010 credit_during_support",
                "PT2026-010 condition_not_met",  // an office purchase by a firm founded 2012: not 新设立或新引进
                "PT2026-011 above_entitlement",  // rent support 300万 for 30万 of rent a year
                "PT2026-015 possible_overlap",
                "PT2026-016 missing_base",  // rent support without the rent
                "PT2026-018 possible_overlap",  // PT2025-020 again a year later, 事项 blank
                "PT2027-001 outside_validity"  // applied 2027-01-01, a day after the policy expired
            ])
        // The heuristic case: PT2026-015 (software c8-carriers-b, no item, 30% × 320万 = 96万) against
        // PT2026-007 (cyber c9-carrier-upgrade, 50% × 320万 = 160万, applied 2026-03-11), one firm.
        let reviews = GrantChecks.run(dataset)
        let possible = reviews.first { $0.grant.id == "PT2026-015" }!.findings[0]
        #expect(
            possible.detail
                == .possibleOverlap(
                    kept: "PT2026-007", keptPolicy: "putuo-cybersecurity-2025",
                    keptClause: "c9-carrier-upgrade", keptAmount: Amount(fen: 160 * 1_000_000),
                    base: Amount(fen: 320 * 1_000_000), applied: CalendarDate(iso: "2026-05-22")!,
                    keptApplied: CalendarDate(iso: "2026-03-11")!))
        #expect(possible.amount == Amount(fen: 96 * 1_000_000))
        // The credit record during support: the office purchase (240万 in three instalments, 80万 paid in
        // 2026) with 严重失信 on 2026-08-27; in question the 240 − 80 = 160万 unpaid, instalments to 2028.
        let during = reviews.first { $0.grant.id == "PT2026-010" }!.findings[0]
        #expect(during.kind == .creditDuringSupport && during.amount == Amount(fen: 160 * 1_000_000))
        if case .creditDuringSupport(let flag, let lastYear, _) = during.detail {
            #expect(flag.date == CalendarDate(iso: "2026-08-27") && lastYear == 2028)
        } else {
            Issue.record("expected creditDuringSupport")
        }
        // Every grant is under a Putuo policy, applied by a Putuo firm.
        let firms = Dictionary(dataset.enterprises.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(dataset.grants.allSatisfy { $0.policy.hasPrefix("putuo-") && firms[$0.enterprise]?.district == "普陀区" })
        // The 2026 instalment awards leave outlays for 2027 and 2028.
        let budget = GrantBudget.build(GrantChecks.run(dataset).map(\.terms), asOf: CalendarDate(iso: "2026-09-30")!)
        #expect(budget.years.filter { $0.year > 2026 }.map(\.year) == [2027, 2028])
        #expect(budget.future > .zero)
        // At risk (from the last instalment backwards, at most what is still to pay), in 分:
        //   PT2025-006 (overlap, 300万 in question; 100万 of 300万 paid in 2025): 100万 in 2026, 100万 in 2027;
        //   PT2026-015 (possible_overlap, 96万, unpaid lump sum): 96万 in 2026;
        //   PT2026-018 (possible_overlap, 300万, unpaid lump sum): 300万 in 2026;
        //   PT2026-004 (condition_not_met, 500万 in three instalments from 2026, unpaid): 500,000,000 分 / 3
        //     = 166,666,666 in 2026 and 2027, 166,666,668 in 2028 (the odd 分 to the last);
        //   PT2026-011 (above_entitlement, 210万 of 300万 = 100万 a year 2026–2028, unpaid): 100万 in 2028,
        //     100万 in 2027, 10万 in 2026;
        //   PT2026-016 (missing_base, 80万 over the clause's three years, unpaid): 26,666,666 in 2026 and
        //     2027, 26,666,668 in 2028;
        //   PT2026-010 (credit_during_support, 160万 unpaid): 80万 in 2027, 80万 in 2028;
        //   PT2027-001 (outside_validity, applied 2027-01-01) is not in a budget as of 2026-09-30.
        //   2026: 100,000,000 + 96,000,000 + 300,000,000 + 166,666,666 + 10,000,000 + 26,666,666 = 699,333,332;
        //   2027: 100,000,000 + 166,666,666 + 100,000,000 + 26,666,666 + 80,000,000 = 473,333,332;
        //   2028: 166,666,668 + 100,000,000 + 26,666,668 + 80,000,000 = 373,333,336; total 1,546,000,000 (1546万).
        let atRisk = GrantBudget.build(GrantChecks.run(dataset), asOf: CalendarDate(iso: "2026-09-30")!)
        #expect(
            atRisk.years.filter { $0.year >= 2026 }.map(\.atRisk.fen) == [699_333_332, 473_333_332, 373_333_336])
        #expect(atRisk.atRisk.fen == 1_546_000_000 && atRisk.futureAtRisk.fen == 846_666_668)
    }
}
