import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import Testing

/// The shipped sample's grants ledger: the checks find the seven planted violations and nothing else.
@Suite struct SampleGrantsTests {
    @Test func theSevenPlantedViolationsAndNoOther() throws {
        var options = IngestOptions()
        options.policies = try PolicyFile.loadFolder(PlanFileTests.path("Data/policies"))
        let (dataset, report) = try DatasetLoader.load(folder: PlanFileTests.path("Data/sample"), options: options)
        #expect(report.exitStatus == 0)
        #expect((20...40).contains(dataset.grants.count))
        let found = GrantChecks.run(dataset).flatMap { r in r.findings.map { "\(r.grant.id) \($0.kind.rawValue)" } }
        #expect(
            found == [
                "PT2024-001 outside_validity", "PT2025-006 overlap", "PT2025-007 payment_beyond_schedule",
                "PT2025-009 credit_exclusion", "PT2025-014 above_entitlement",
                "PT2026-009 credit_during_support", "PT2026-013 possible_overlap"
            ])
        // The heuristic case: PT2026-013 (software c8-carriers-b, no item, 30% × 320万 = 96万) against
        // PT2026-006 (cyber c9-carrier-upgrade, 50% × 320万 = 160万), one firm, both applied in 2026.
        let reviews = GrantChecks.run(dataset)
        let possible = reviews.first { $0.grant.id == "PT2026-013" }!.findings[0]
        #expect(
            possible.detail
                == .possibleOverlap(
                    kept: "PT2026-006", keptPolicy: "putuo-cybersecurity-2025",
                    keptClause: "c9-carrier-upgrade", keptAmount: Amount(fen: 160 * 1_000_000),
                    base: Amount(fen: 320 * 1_000_000), year: 2026))
        #expect(possible.amount == Amount(fen: 96 * 1_000_000))
        // The credit record during support: the office purchase (240万 in three instalments, 80万 paid in
        // 2026) with 严重失信 on 2026-08-27; in question the 240 − 80 = 160万 unpaid, instalments to 2028.
        let during = reviews.first { $0.grant.id == "PT2026-009" }!.findings[0]
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
        // At risk (from the last instalment backwards, at most what is still to pay):
        //   PT2025-006 (overlap, 300万 in question; 100万 of 300万 paid in 2025): 100万 in 2026, 100万 in 2027;
        //   PT2026-013 (possible_overlap, 96万, unpaid lump sum): 96万 in 2026;
        //   PT2026-009 (credit_during_support, 160万 unpaid): 80万 in 2027, 80万 in 2028.
        //   2026: 100 + 96 = 196万; 2027: 100 + 80 = 180万; 2028: 80万; total 456万.
        let atRisk = GrantBudget.build(GrantChecks.run(dataset), asOf: CalendarDate(iso: "2026-09-30")!)
        let wan: Int64 = 1_000_000
        #expect(atRisk.years.filter { $0.year >= 2026 }.map(\.atRisk.fen) == [196 * wan, 180 * wan, 80 * wan])
        #expect(atRisk.atRisk.fen == 456 * wan && atRisk.futureAtRisk.fen == 260 * wan)
    }
}
