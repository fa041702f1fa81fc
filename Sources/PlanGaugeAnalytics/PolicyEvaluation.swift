import Foundation
import PlanGaugeModel

/// 绩效评估: did supported enterprises grow faster than comparable unsupported ones?
///
/// Difference in differences with exact matching on segment and size band, in two windows:
/// - cohort T: the year of an enterprise's first grant (its earliest application);
/// - outcome: revenue growth (营业收入), g(y) = R(y) / R(y−1) − 1, where R is the full year, or
///   January to the data's last month when the window's last year is not complete in the data (then
///   the same months for every year compared);
/// - pre = g(T−1) in both windows; post = g(A) with A = T (window "support year": the year the
///   support is granted and paid) or A = T + 1 (window "year after", when the data reach it);
/// - comparison: enterprises with no grant in the ledger, same segment, same size band by R(T−1)
///   full year: 小 < 2000万元 (the 规模以上 line of software), 中 2000万–1亿元, 大 ≥ 1亿元;
/// - each supported firm i: Δᵢ = postᵢ − preᵢ, dᵢ = Δᵢ − (mean Δ of its cell's comparison firms),
///   when the cell has at least `minControls` of them;
/// - a cell's difference D = mean Δ(supported) − mean Δ(comparison), with the Welch variance
///   V = s²ₛ/nₛ + s²꜀/n꜀ (sample variances of Δ); a cell with one supported firm cannot estimate
///   its own variance and borrows the comparison's (s²ₛ := s²꜀, the same spread assumed);
/// - the window's estimate: Σ wₖ Dₖ with wₖ = nₛ,ₖ / N (= the mean of dᵢ), shown when N is at least
///   `minTreated`; its standard error √(Σ wₖ² Vₖ) treats the cells as independent (a comparison
///   firm used in two cohorts' cells is counted in both; that covariance is ignored).
/// Firms must have reported in T−3, so that T−2 is a whole year (an entrant's first year is partial).
/// Each window also states its checks (`PolicyEvaluationChecks.swift`): the comparison firms' districts,
/// both groups' pre-support growth, its cells with a single supported firm, and a placebo estimate.
public struct PolicyEvaluation: Sendable {
    /// Fewest comparison firms a cell needs before its supported firms are evaluated.
    public static let minControls = 3
    /// Fewest evaluated supported firms a window needs before its estimate is shown.
    public static let minTreated = 5

    /// Enterprise size by full-year revenue R(T−1): 小 < 2000万元, 中 2000万–1亿元, 大 ≥ 1亿元.
    public enum SizeBand: String, Sendable, CaseIterable, Comparable {
        /// Bands in ascending order: 小, 中, 大.
        case small, medium, large

        /// The band of a full year's revenue (营业收入).
        public init(revenue: Amount) {
            self = revenue < .wan(2000) ? .small : revenue < .yi(1) ? .medium : .large
        }

        /// Orders bands small to large.
        public static func < (a: SizeBand, b: SizeBand) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// Which year after support is compared with the year before.
    public enum WindowKind: String, Sendable, CaseIterable {
        /// A = T: growth in the year the support is granted and paid.
        case supportYear = "support_year"
        /// A = T + 1: growth in the year after the first grant.
        case yearAfter = "year_after"

        /// A − T.
        public var offset: Int { self == .supportYear ? 0 : 1 }
    }

    /// One cohort T (firms whose first grant was applied for in that year) within a window.
    public struct Cohort: Sendable, Equatable {
        /// T: the year of these firms' first grant application.
        public var year: Int
        /// Months of the window compared: 12, or January to the data's last month (0: not observable).
        public var months: Int
        /// Firms whose first grant is in this year.
        public var supported: Int
        /// Of those, firms placed in a cell with at least `minControls` comparison firms.
        public var evaluated: Int
    }

    /// One exact-match cell: supported firms of one cohort, segment and size band, with their comparison firms.
    public struct Cell: Sendable, Equatable {
        /// The cohort year T.
        public var cohort: Int
        /// The enterprises' segment (细分领域), as in enterprises.csv.
        public var segment: String
        /// Size band by R(T−1) full year.
        public var band: SizeBand
        /// Supported firms in the cell with usable revenue.
        public var treated: Int
        /// Comparison (never-supported) firms in the same segment and band with usable revenue.
        public var controls: Int
        /// Mean pre (g(T−1)) and post (g(A)) growth of the supported firms, as fractions (0.1 = 10%).
        public var treatedPre, treatedPost: Double
        /// Mean pre and post growth of the comparison firms, as fractions; nil when the cell has none.
        public var controlPre, controlPost: Double?
        /// nil when the cell has fewer than `minControls` comparison firms.
        public var difference: Double?
        /// Welch: √(s²ₛ/nₛ + s²꜀/n꜀) of Δ = post − pre; nil with the difference.
        public var standardError: Double?
    }

    /// One evaluated supported firm and its difference against its cell's comparison firms.
    public struct Firm: Sendable, Equatable {
        /// The enterprise's 统一社会信用代码.
        public var id: USCC
        /// Its cohort year T (year of its first grant application).
        public var cohort: Int
        /// Its segment (细分领域).
        public var segment: String
        /// Its size band by R(T−1) full year.
        public var band: SizeBand
        /// Its growth g(T−1) and g(A), as fractions (0.1 = 10%).
        public var pre, post: Double
        /// dᵢ = (post − pre) − (comparison post − comparison pre) of its cell, in fraction points.
        public var difference: Double
        /// R(A−1) and R(A) over the window (A = T, or T + 1).
        public var before, after: Amount
        /// Payments dated by the end of year A (and the data's end).
        public var paid: Amount
    }

    /// Why a supported firm was left out of a window.
    public enum Reason: String, Sendable, Error {
        /// The window's last year is after the data's last period.
        case notYetObservable = "not_yet_observable"
        /// No report in T−3: an entrant, or a firm without history (e.g. the new-entrant clauses).
        case noHistory = "no_history"
        /// A revenue value of the windows is missing or not positive.
        case missingRevenue = "missing_revenue"
        /// The enterprise has no segment (or is not in enterprises.csv), so it has no cell.
        case noSegment = "no_segment"
        /// Its cell has fewer than `minControls` comparison firms.
        case tooFewControls = "too_few_controls"
    }

    /// A supported firm left out of a window, and why.
    public struct Excluded: Sendable, Equatable {
        /// The enterprise's 统一社会信用代码.
        public var id: USCC
        /// Its cohort year T.
        public var cohort: Int
        /// Why it was left out.
        public var reason: Reason
    }

    /// One comparison: pre = g(T−1), post = g(T + offset).
    public struct Window: Sendable, Equatable {
        /// Which window: support year or year after.
        public var kind: WindowKind
        /// Each cohort year with its counts, in year order.
        public var cohorts: [Cohort]
        /// Every cell formed, including those with too few comparison firms.
        public var cells: [Cell]
        /// The evaluated supported firms.
        public var firms: [Firm]
        /// Supported firms left out, by cohort then id.
        public var excluded: [Excluded]
        /// Distinct comparison firms in the cells used.
        public var controlsUsed: Int
        /// Σ wₖ Dₖ = mean dᵢ; nil when fewer than `minTreated` firms are evaluated.
        public var estimate: Double?
        /// Standard error of `estimate`, √(Σ wₖ² Vₖ); nil with it.
        public var standardError: Double?
        /// Paid to the evaluated firms up to the end of the window's last year A (at most the data
        /// period's end), and their revenue growth R(A) − R(A−1).
        public var paid: Amount
        /// Of the evaluated firms: Σ (R(A) − R(A−1)) over the window's months.
        public var revenueGrowth: Amount
        /// Σ dᵢ × R(A−1): revenue above what the comparison's growth would have given, in 分.
        public var excessGrowth: Double
        /// The comparison firms used, in or outside the supported firms' districts.
        public var districts: DistrictSplit
        /// Both groups' mean pre-support growth g(T−1); nil when no firm is evaluated.
        public var preGrowth: PreGrowth?
        /// Of `cells` (all formed), those holding a single supported firm.
        public var singleSupportedCells: Int
        /// The same estimate one year before support, on this window's cohorts.
        public var placebo: Placebo
        /// 元 of subsidy per 1亿元 of revenue growth; nil when growth is not positive.
        public var subsidyPerYiGrowth: Double? {
            revenueGrowth > .zero ? Double(paid.fen) / Double(revenueGrowth.fen) * 1e8 : nil
        }
        /// 元 of subsidy per 1亿元 of excess growth; nil when excess growth is not positive or there is no estimate.
        public var subsidyPerYiExcessGrowth: Double? {
            excessGrowth > 0 && estimate != nil ? Double(paid.fen) / excessGrowth * 1e8 : nil
        }
    }

    /// The data period revenue is read through; the last year compared is at most its year.
    public var dataPeriod: Period
    /// The support year, then the year after.
    public var windows: [Window]

    /// The support-year window (A = T).
    public var supportYear: Window { windows[0] }
    /// The year-after window (A = T + 1).
    public var yearAfter: Window { windows[1] }
    // The support-year window's figures, as before the second window existed.
    /// The support-year window's `cohorts`.
    public var cohorts: [Cohort] { supportYear.cohorts }
    /// The support-year window's `cells`.
    public var cells: [Cell] { supportYear.cells }
    /// The support-year window's `firms`.
    public var firms: [Firm] { supportYear.firms }
    /// The support-year window's `excluded`.
    public var excluded: [Excluded] { supportYear.excluded }
    /// The support-year window's `controlsUsed`.
    public var controlsUsed: Int { supportYear.controlsUsed }
    /// The support-year window's `estimate` (mean dᵢ, a fraction); nil when too few firms.
    public var estimate: Double? { supportYear.estimate }
    /// The support-year window's `standardError`.
    public var standardError: Double? { supportYear.standardError }
    /// The support-year window's `paid`.
    public var paid: Amount { supportYear.paid }
    /// The support-year window's `revenueGrowth`.
    public var revenueGrowth: Amount { supportYear.revenueGrowth }
    /// The support-year window's `excessGrowth`, in 分.
    public var excessGrowth: Double { supportYear.excessGrowth }
    /// The support-year window's `subsidyPerYiGrowth` (元 per 1亿元 of growth).
    public var subsidyPerYiGrowth: Double? { supportYear.subsidyPerYiGrowth }
    /// The support-year window's `subsidyPerYiExcessGrowth` (元 per 1亿元 of excess growth).
    public var subsidyPerYiExcessGrowth: Double? { supportYear.subsidyPerYiExcessGrowth }

    /// `asOf`: the grants ledger as it stood on that day (`Grant.asOf`): the supported firms and
    /// their cohorts are those with a grant applied for by then (a firm whose first grant is later
    /// was unsupported on that day, and may be a comparison firm), and only payments dated by then
    /// count. Revenue is read through `dataPeriod` either way. nil: the whole ledger.
    public static func run(_ index: DatasetIndex, at dataPeriod: Period, asOf: CalendarDate? = nil) -> PolicyEvaluation
    {
        let grants = asOf.map { day in index.dataset.grants.compactMap { $0.asOf(day) } } ?? index.dataset.grants
        return PolicyEvaluation(
            dataPeriod: dataPeriod, windows: WindowKind.allCases.map { window(index, grants, at: dataPeriod, $0) })
    }

    static func window(_ index: DatasetIndex, _ grants: [Grant], at dataPeriod: Period, _ kind: WindowKind) -> Window {
        var firstGrant: [USCC: Int] = [:]
        for g in grants { firstGrant[g.enterprise] = min(firstGrant[g.enterprise] ?? .max, g.applied.year) }
        let byCohort = Dictionary(grouping: firstGrant.keys, by: { firstGrant[$0]! })
        func tally(_ source: WindowSource) -> WindowTally {
            var tally = WindowTally()
            for t in byCohort.keys.sorted() {
                let supported = byCohort[t]!.sorted { $0.code < $1.code }
                tally.addCohort(t, supported: supported, firstGrant: firstGrant, source, index, at: dataPeriod)
            }
            return tally
        }
        let source = WindowSource(index: index, grants: grants, design: .window(kind), end: dataPeriod.lastDay)
        let placebo = tally(WindowSource(index: index, grants: grants, design: .placebo(kind), end: dataPeriod.lastDay))
        return tally(source).window(kind, source, placebo: placebo.placebo())
    }

    /// Which growths a comparison sets side by side, in years relative to the cohort year T:
    /// before = g(T + pre), after = g(T + post); the cohorts taken are those whose year T + horizon
    /// the data reach. A firm must have reported in T + pre − 2, so that g(T + pre) compares two
    /// whole years.
    struct Design {
        let pre, post, horizon: Int
        /// A window: before g(T−1), after g(T + offset).
        static func window(_ kind: WindowKind) -> Design { Design(pre: -1, post: kind.offset, horizon: kind.offset) }
        /// Its placebo: before g(T−2), after g(T−1), on the window's cohorts.
        static func placebo(_ kind: WindowKind) -> Design { Design(pre: -2, post: -1, horizon: kind.offset) }
    }

    /// One firm's growth before support (pre) and over the window (post), with its size band and its
    /// window's revenue, the year before A and A.
    private struct Observation {
        let band: SizeBand; let pre, post: Double; let before, after: Amount; var change: Double { post - pre }
    }

    /// A cell of firms compared: same segment and size band.
    private struct CellKey: Hashable { let segment: String; let band: SizeBand }

    /// The revenue ledger and the payments a window observes its firms and their subsidy in.
    private struct WindowSource {
        let index: DatasetIndex
        var ledger: FlowLedger<USCC> { index.revenue }
        /// The growths compared.
        let design: Design
        /// The window's offset: its last year A = T + k.
        var k: Int { design.horizon }
        /// The data's end (and the as-of day's): no payment later counts.
        let end: CalendarDate
        /// Each firm's payments, over all its grants.
        let payments: [USCC: [GrantPayment]]

        init(index: DatasetIndex, grants: [Grant], design: Design, end: CalendarDate) {
            self.index = index
            self.design = design
            self.end = end
            var payments: [USCC: [GrantPayment]] = [:]
            for g in grants { payments[g.enterprise, default: []] += g.payments }
            self.payments = payments
        }

        /// The firm's district, when enterprises.csv gives one.
        func district(_ id: USCC) -> String? { index.enterprise(id)?.district }

        /// Subsidy set against the window's growth: payments up to the end of its last year A = T + k
        /// (and the data's end, and the as-of day), not later instalments or later grants, which cannot
        /// have bought it.
        func paidTo(_ id: USCC, cohort t: Int) -> Amount {
            let through = min(end, CalendarDate(year: t + k, month: 12, day: 31)!)
            return (payments[id] ?? []).filter { $0.date <= through }.reduce(.zero) { $0 + $1.amount }
        }

        /// The firm's growth over the first `m` months of the design's years (T−2 → T−1 and A−1 → A
        /// for a window), or why there is none.
        func observe(_ id: USCC, cohort t: Int, months m: Int) -> Result<Observation, Reason> {
            let preYear = t + design.pre, postYear = t + design.post
            guard ledger.reported(id, in: preYear - 2) else { return .failure(.noHistory) }
            guard let r2 = ledger.yearToDate(id, year: preYear - 1, month: m),
                let r1 = ledger.yearToDate(id, year: preYear, month: m),
                let a1 = ledger.yearToDate(id, year: postYear - 1, month: m),
                let a0 = ledger.yearToDate(id, year: postYear, month: m),
                let full = ledger.yearToDate(id, year: t - 1, month: 12),
                r2 > .zero, r1 > .zero, a1 > .zero
            else { return .failure(.missingRevenue) }
            let pre = Double(r1.fen) / Double(r2.fen) - 1, post = Double(a0.fen) / Double(a1.fen) - 1
            return .success(Observation(band: SizeBand(revenue: full), pre: pre, post: post, before: a1, after: a0))
        }
    }

    /// A window's figures, gathered cohort by cohort and cell by cell.
    private struct WindowTally {
        var cohorts: [Cohort] = [], cells: [Cell] = [], firms: [Firm] = [], excluded: [Excluded] = []
        var controlIDs = Set<USCC>()
        /// Per cell used: weight nₛ and Welch variance V.
        var used: [(n: Int, variance: Double)] = []
        /// Per evaluated firm, in `firms` order: its cell's comparison mean pre-support growth.
        var comparisonPre: [Double] = []
        /// Per comparison firm used: whether it shares a district with a supported firm of some cell it serves.
        var sharesDistrict: [USCC: Bool] = [:]

        /// The cohort of firms first supported in year `t`: each in its cell against the unsupported
        /// firms of the same segment and size band, or excluded with the reason.
        mutating func addCohort(
            _ t: Int, supported: [USCC], firstGrant: [USCC: Int], _ source: WindowSource, _ index: DatasetIndex,
            at dataPeriod: Period
        ) {
            let k = source.k
            guard t + k <= dataPeriod.year else {
                excluded += supported.map { Excluded(id: $0, cohort: t, reason: .notYetObservable) }
                cohorts.append(Cohort(year: t, months: 0, supported: supported.count, evaluated: 0))
                return
            }
            let m = t + source.design.post < dataPeriod.year ? 12 : dataPeriod.lastMonth
            var controls: [CellKey: [(USCC, Observation)]] = [:]
            for e in index.dataset.enterprises where firstGrant[e.id] == nil {
                guard let s = e.segment, case .success(let o) = source.observe(e.id, cohort: t, months: m) else {
                    continue
                }
                controls[CellKey(segment: s, band: o.band), default: []].append((e.id, o))
            }
            var treated: [CellKey: [(USCC, Observation)]] = [:]
            for id in supported {
                guard let s = index.enterprise(id)?.segment else {
                    excluded.append(Excluded(id: id, cohort: t, reason: .noSegment)); continue
                }
                switch source.observe(id, cohort: t, months: m) {
                case .failure(let r): excluded.append(Excluded(id: id, cohort: t, reason: r))
                case .success(let o): treated[CellKey(segment: s, band: o.band), default: []].append((id, o))
                }
            }
            var evaluated = 0
            for key in treated.keys.sorted(by: { ($0.segment, $0.band) < ($1.segment, $1.band) }) {
                evaluated += addCell(key, cohort: t, members: treated[key]!, comparison: controls[key] ?? [], source)
            }
            cohorts.append(Cohort(year: t, months: m, supported: supported.count, evaluated: evaluated))
        }

        /// One cell's comparison, and its firms evaluated when it has enough comparison firms
        /// (excluded otherwise); returns how many were evaluated.
        mutating func addCell(
            _ key: CellKey, cohort t: Int, members: [(USCC, Observation)], comparison: [(USCC, Observation)],
            _ source: WindowSource
        ) -> Int {
            let cPre = comparison.isEmpty ? nil : mean(comparison.map(\.1.pre))
            let cPost = comparison.isEmpty ? nil : mean(comparison.map(\.1.post))
            let enough = comparison.count >= minControls
            let tPre = mean(members.map(\.1.pre)), tPost = mean(members.map(\.1.post))
            var cellSE: Double?
            if enough {
                let sc2 = variance(comparison.map(\.1.change))
                let st2 = members.count >= 2 ? variance(members.map(\.1.change)) : sc2
                let v = st2 / Double(members.count) + sc2 / Double(comparison.count)
                used.append((members.count, v))
                cellSE = v.squareRoot()
            }
            cells.append(
                Cell(
                    cohort: t, segment: key.segment, band: key.band, treated: members.count,
                    controls: comparison.count,
                    treatedPre: tPre, treatedPost: tPost, controlPre: cPre, controlPost: cPost,
                    difference: enough ? (tPost - tPre) - (cPost! - cPre!) : nil, standardError: cellSE))
            guard enough, let cPre, let cPost else {
                excluded += members.map { Excluded(id: $0.0, cohort: t, reason: .tooFewControls) }
                return 0
            }
            controlIDs.formUnion(comparison.map(\.0))
            let districts = Set(members.compactMap { source.district($0.0) })
            for (id, _) in comparison {
                let same = source.district(id).map(districts.contains) ?? false
                sharesDistrict[id] = (sharesDistrict[id] ?? false) || same
            }
            comparisonPre += Array(repeating: cPre, count: members.count)
            var evaluated = 0
            for (id, o) in members {
                firms.append(
                    Firm(
                        id: id, cohort: t, segment: key.segment, band: key.band, pre: o.pre, post: o.post,
                        difference: (o.post - o.pre) - (cPost - cPre), before: o.before, after: o.after,
                        paid: source.paidTo(id, cohort: t)))
                evaluated += 1
            }
            return evaluated
        }

        /// The mean dᵢ and its standard error, when enough firms were evaluated.
        func estimate() -> (estimate: Double, standardError: Double)? {
            guard firms.count >= minTreated else { return nil }
            let n = Double(firms.count)
            let se = used.reduce(0.0) { $0 + (Double($1.n) / n) * (Double($1.n) / n) * $1.variance }.squareRoot()
            return (mean(firms.map(\.difference)), se)
        }

        /// The window of what was gathered, with its estimate when enough firms were evaluated, its
        /// checks, and `placebo` (gathered by a placebo design).
        func window(_ kind: WindowKind, _ source: WindowSource, placebo: Placebo) -> Window {
            let e = estimate()
            return Window(
                kind: kind, cohorts: cohorts, cells: cells, firms: firms,
                excluded: excluded.sorted { ($0.cohort, $0.id.code) < ($1.cohort, $1.id.code) },
                controlsUsed: controlIDs.count, estimate: e?.estimate, standardError: e?.standardError,
                paid: firms.reduce(.zero) { $0 + $1.paid },
                revenueGrowth: firms.reduce(.zero) { $0 + ($1.after - $1.before) },
                excessGrowth: firms.reduce(0.0) { $0 + $1.difference * Double($1.before.fen) },
                districts: districtSplit(source),
                preGrowth: firms.isEmpty
                    ? nil : PreGrowth(supported: mean(firms.map(\.pre)), comparison: mean(comparisonPre)),
                singleSupportedCells: cells.filter { $0.treated == 1 }.count, placebo: placebo)
        }

        /// The comparison firms used, by whether they share a district with the supported firms they serve.
        func districtSplit(_ source: WindowSource) -> DistrictSplit {
            let unknown = sharesDistrict.keys.filter { source.district($0) == nil }.count
            let same = sharesDistrict.values.filter { $0 }.count
            return DistrictSplit(
                supportedDistricts: Set(firms.compactMap { source.district($0.id) }).sorted(),
                sameDistrict: same, otherDistricts: sharesDistrict.count - same - unknown, noDistrict: unknown)
        }

        /// What a placebo design gathered, as the window's placebo check.
        func placebo() -> Placebo {
            let e = estimate()
            return Placebo(
                cohorts: cohorts.filter { $0.months > 0 }.map(\.year), evaluated: firms.count,
                lackingHistory: excluded.filter { $0.reason == .noHistory }.count, controlsUsed: controlIDs.count,
                estimate: e?.estimate, standardError: e?.standardError)
        }
    }

    private static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }

    /// Sample variance (n − 1); 0 for fewer than two values.
    private static func variance(_ xs: [Double]) -> Double {
        guard xs.count > 1 else { return 0 }
        let mu = mean(xs)
        return xs.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / Double(xs.count - 1)
    }
}
