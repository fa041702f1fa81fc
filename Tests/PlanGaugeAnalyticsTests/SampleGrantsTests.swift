import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import Testing

/// The shipped sample's grants ledger: the checks find the five planted violations and nothing else.
@Suite struct SampleGrantsTests {
    @Test func theFivePlantedViolationsAndNoOther() throws {
        var options = IngestOptions()
        options.policies = try PolicyFile.loadFolder(PlanFileTests.path("Data/policies"))
        let (dataset, report) = try DatasetLoader.load(folder: PlanFileTests.path("Data/sample"), options: options)
        #expect(report.exitStatus == 0)
        #expect((20...40).contains(dataset.grants.count))
        let found = GrantChecks.run(dataset).flatMap { r in r.findings.map { "\(r.grant.id) \($0.kind.rawValue)" } }
        #expect(found == ["PT2024-001 outside_validity", "PT2025-006 overlap", "PT2025-007 payment_beyond_schedule",
                          "PT2025-009 credit_exclusion", "PT2025-014 above_entitlement"])
        // Every grant is under a Putuo policy, applied by a Putuo firm.
        let firms = Dictionary(dataset.enterprises.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(dataset.grants.allSatisfy { $0.policy.hasPrefix("putuo-") && firms[$0.enterprise]?.district == "普陀区" })
        // The 2026 instalment awards leave outlays for 2027 and 2028.
        let budget = GrantBudget.build(GrantChecks.run(dataset).map(\.terms), asOf: CalendarDate(iso: "2026-09-30")!)
        #expect(budget.years.filter { $0.year > 2026 }.map(\.year) == [2027, 2028])
        #expect(budget.future > .zero)
    }
}
