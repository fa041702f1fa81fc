import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import Testing

/// The shipped sample's evaluation checks, against figures worked out here from the sample's files
/// (enterprises, grants, revenue as read by the loader) without the evaluation's code.
@Suite struct SampleEvaluationChecksTests {
    static let asOf = CalendarDate(iso: "2026-09-30")!
    static let dataPeriod = Period.quarter(2026, 3)!

    static func sample() throws -> DatasetIndex {
        var options = IngestOptions()
        options.policies = try PolicyFile.loadFolder(PlanFileTests.path("Data/policies"))
        return DatasetIndex(try DatasetLoader.load(folder: PlanFileTests.path("Data/sample"), options: options).0)
    }

    /// The support-year window's comparison firms by district, matched here from scratch: cohort T =
    /// year of a firm's first grant applied by the as-of day; a firm counts when it reported in T−3
    /// and its revenue over the compared months of T−2, T−1 is positive and T is there; cells by
    /// segment and size band of full-year R(T−1) (2000万, 1亿); a cell counts with ≥ 3 comparison firms.
    @Test func comparisonFirmsMostlyFromOtherDistricts() throws {
        let index = try Self.sample()
        let d = index.dataset, ledger = index.revenue
        var first: [USCC: Int] = [:]
        for g in d.grants where g.applied <= Self.asOf {
            first[g.enterprise] = min(first[g.enterprise] ?? .max, g.applied.year)
        }
        struct Key: Hashable { let segment: String; let band: Int }
        func key(_ e: Enterprise, _ t: Int, months m: Int) -> Key? {
            guard let s = e.segment, ledger.reported(e.id, in: t - 3),
                let r2 = ledger.yearToDate(e.id, year: t - 2, month: m), r2 > .zero,
                let r1 = ledger.yearToDate(e.id, year: t - 1, month: m), r1 > .zero,
                ledger.yearToDate(e.id, year: t, month: m) != nil,
                let full = ledger.yearToDate(e.id, year: t - 1, month: 12)
            else { return nil }
            return Key(segment: s, band: full < .wan(2000) ? 0 : full < .yi(1) ? 1 : 2)
        }
        var same = Set<USCC>(), used = Set<USCC>()
        for t in Set(first.values) where t <= 2026 {
            let m = t < 2026 ? 12 : 9
            var supportedDistricts: [Key: Set<String>] = [:], controls: [Key: [Enterprise]] = [:]
            for e in d.enterprises {
                guard let k = key(e, t, months: m) else { continue }
                if first[e.id] == t {
                    supportedDistricts[k, default: []].insert(e.district ?? "")
                } else if first[e.id] == nil {
                    controls[k, default: []].append(e)
                }
            }
            for (k, districts) in supportedDistricts where (controls[k]?.count ?? 0) >= 3 {
                for c in controls[k]! {
                    used.insert(c.id)
                    if let cd = c.district, districts.contains(cd) { same.insert(c.id) }
                }
            }
        }
        // The audit found 152 comparison firms, 142 of them outside the supported firms'
        // district, on the 35-grant ledger; the ledger's planted cases since (40 grants) make it 160 and 150.
        #expect(used.count == 160 && same.count == 10)
        let w = PolicyEvaluation.run(index, at: Self.dataPeriod, asOf: Self.asOf).supportYear
        #expect(w.districts.supportedDistricts == ["普陀区"])
        #expect(w.districts.sameDistrict == same.count)
        #expect(w.districts.otherDistricts + w.districts.noDistrict == used.count - same.count)
        #expect(w.districts.otherDistricts == 150 && w.districts.noDistrict == 0)
    }

    /// The audit: in the year-after window the supported firms grew 4.5 points faster than
    /// their comparison in T−1 (firm-weighted cell means; see PolicyEvaluationChecksTests).
    @Test func yearAfterSupportedFirmsGrewFasterBeforeSupport() throws {
        let w = PolicyEvaluation.run(try Self.sample(), at: Self.dataPeriod, asOf: Self.asOf).yearAfter
        let p = try #require(w.preGrowth)
        #expect(abs(p.gap - 0.045) < 0.0005 && p.isMaterial)
    }
}
