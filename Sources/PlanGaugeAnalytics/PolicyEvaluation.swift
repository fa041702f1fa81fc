import Foundation
import PlanGaugeModel

/// 绩效评估: did supported enterprises grow faster than comparable unsupported ones?
///
/// Difference in differences with exact matching on segment and size band:
/// - cohort T: the year of an enterprise's first grant (its earliest application);
/// - outcome: revenue growth (营业收入) over a window, g(y) = R(y) / R(y−1) − 1, where R is the full
///   year, or January to the data's last month when year T is not complete in the data (then the
///   same months for every year compared);
/// - pre = g(T−1), post = g(T) (the year the support is granted and paid);
/// - comparison: enterprises with no grant in the ledger, same segment, same size band by R(T−1)
///   full year: 小 < 2000万元 (the 规模以上 line of software), 中 2000万–1亿元, 大 ≥ 1亿元;
/// - each supported firm i: dᵢ = (postᵢ − preᵢ) − (mean post − mean pre of its cell's comparison
///   firms), when the cell has at least `minControls` of them;
/// - estimate: the mean of dᵢ (the cells' differences weighted by their supported firms), shown
///   when at least `minTreated` firms are evaluated; its standard error sd(dᵢ)/√n treats the
///   comparison means as known, so it understates the uncertainty.
/// Firms must have reported in T−3, so that T−2 is a whole year (an entrant's first year is partial).
public struct PolicyEvaluation: Sendable {
    public static let minControls = 3
    public static let minTreated = 5

    public enum SizeBand: String, Sendable, CaseIterable, Comparable {
        case small, medium, large

        public init(revenue: Amount) {
            self = revenue < .wan(2000) ? .small : revenue < .yi(1) ? .medium : .large
        }

        public static func < (a: SizeBand, b: SizeBand) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    public struct Cohort: Sendable, Equatable {
        public var year: Int
        /// Months of the window compared: 12, or January to the data's last month.
        public var months: Int
        public var supported: Int
        public var evaluated: Int
    }

    public struct Cell: Sendable, Equatable {
        public var cohort: Int
        public var segment: String
        public var band: SizeBand
        public var treated: Int
        public var controls: Int
        public var treatedPre, treatedPost: Double
        public var controlPre, controlPost: Double?
        /// nil when the cell has fewer than `minControls` comparison firms.
        public var difference: Double?
    }

    public struct Firm: Sendable, Equatable {
        public var id: USCC
        public var cohort: Int
        public var segment: String
        public var band: SizeBand
        public var pre, post: Double
        public var difference: Double
        /// R(T−1) and R(T) over the window.
        public var before, after: Amount
        public var paid: Amount
    }

    public enum Reason: String, Sendable, Error {
        /// Year T is after the data's last period.
        case notYetObservable = "not_yet_observable"
        /// No report in T−3: an entrant, or a firm without history (e.g. the new-entrant clauses).
        case noHistory = "no_history"
        /// A revenue value of the windows is missing or not positive.
        case missingRevenue = "missing_revenue"
        case noSegment = "no_segment"
        case tooFewControls = "too_few_controls"
    }

    public struct Excluded: Sendable, Equatable {
        public var id: USCC
        public var cohort: Int
        public var reason: Reason
    }

    public var dataPeriod: Period
    public var cohorts: [Cohort]
    public var cells: [Cell]
    public var firms: [Firm]
    public var excluded: [Excluded]
    /// Distinct comparison firms in the cells used.
    public var controlsUsed: Int
    /// Mean dᵢ; nil when fewer than `minTreated` firms are evaluated.
    public var estimate: Double?
    public var standardError: Double?
    /// Paid to the evaluated firms up to the data period's end, and their revenue growth R(T) − R(T−1).
    public var paid: Amount
    public var revenueGrowth: Amount
    /// Σ dᵢ × R(T−1): revenue above what the comparison's growth would have given, in 分.
    public var excessGrowth: Double
    /// 元 of subsidy per 1亿元 of revenue growth; nil when growth is not positive.
    public var subsidyPerYiGrowth: Double? {
        revenueGrowth > .zero ? Double(paid.fen) / Double(revenueGrowth.fen) * 1e8 : nil
    }
    public var subsidyPerYiExcessGrowth: Double? {
        excessGrowth > 0 && estimate != nil ? Double(paid.fen) / excessGrowth * 1e8 : nil
    }

    public static func run(_ index: DatasetIndex, at dataPeriod: Period) -> PolicyEvaluation {
        let dataset = index.dataset
        let ledger = index.revenue
        var firstGrant: [USCC: Int] = [:]
        for g in dataset.grants { firstGrant[g.enterprise] = min(firstGrant[g.enterprise] ?? .max, g.applied.year) }
        let end = dataPeriod.lastDay
        var paidTo: [USCC: Amount] = [:]
        for g in dataset.grants { for p in g.payments where p.date <= end { paidTo[g.enterprise, default: .zero] += p.amount } }

        struct Observation { let band: SizeBand; let pre, post: Double; let before, after: Amount }
        func observe(_ id: USCC, cohort t: Int, months m: Int) -> Result<Observation, Reason> {
            guard ledger.reported(id, in: t - 3) else { return .failure(.noHistory) }
            guard let r2 = ledger.yearToDate(id, year: t - 2, month: m), let r1 = ledger.yearToDate(id, year: t - 1, month: m),
                  let r0 = ledger.yearToDate(id, year: t, month: m), let full = ledger.yearToDate(id, year: t - 1, month: 12),
                  r2 > .zero, r1 > .zero else { return .failure(.missingRevenue) }
            let pre = Double(r1.fen) / Double(r2.fen) - 1, post = Double(r0.fen) / Double(r1.fen) - 1
            return .success(Observation(band: SizeBand(revenue: full), pre: pre, post: post, before: r1, after: r0))
        }

        var cohorts: [Cohort] = [], cells: [Cell] = [], firms: [Firm] = [], excluded: [Excluded] = []
        var controlIDs = Set<USCC>()
        let byCohort = Dictionary(grouping: firstGrant.keys, by: { firstGrant[$0]! })
        for t in byCohort.keys.sorted() {
            let supported = byCohort[t]!.sorted { $0.code < $1.code }
            guard t <= dataPeriod.year else {
                excluded += supported.map { Excluded(id: $0, cohort: t, reason: .notYetObservable) }
                cohorts.append(Cohort(year: t, months: 0, supported: supported.count, evaluated: 0))
                continue
            }
            let m = t < dataPeriod.year ? 12 : dataPeriod.lastMonth
            struct Key: Hashable { let segment: String; let band: SizeBand }
            var controls: [Key: [(USCC, Observation)]] = [:]
            for e in dataset.enterprises where firstGrant[e.id] == nil {
                guard let s = e.segment, case .success(let o) = observe(e.id, cohort: t, months: m) else { continue }
                controls[Key(segment: s, band: o.band), default: []].append((e.id, o))
            }
            var treated: [Key: [(USCC, Observation)]] = [:]
            for id in supported {
                guard let s = index.enterprises[id]?.segment else { excluded.append(Excluded(id: id, cohort: t, reason: .noSegment)); continue }
                switch observe(id, cohort: t, months: m) {
                case .failure(let r): excluded.append(Excluded(id: id, cohort: t, reason: r))
                case .success(let o): treated[Key(segment: s, band: o.band), default: []].append((id, o))
                }
            }
            var evaluated = 0
            for key in treated.keys.sorted(by: { ($0.segment, $0.band) < ($1.segment, $1.band) }) {
                let members = treated[key]!
                let comparison = controls[key] ?? []
                let cPre = comparison.isEmpty ? nil : mean(comparison.map(\.1.pre))
                let cPost = comparison.isEmpty ? nil : mean(comparison.map(\.1.post))
                let enough = comparison.count >= minControls
                let tPre = mean(members.map(\.1.pre)), tPost = mean(members.map(\.1.post))
                cells.append(Cell(cohort: t, segment: key.segment, band: key.band, treated: members.count, controls: comparison.count,
                                  treatedPre: tPre, treatedPost: tPost, controlPre: cPre, controlPost: cPost,
                                  difference: enough ? (tPost - tPre) - (cPost! - cPre!) : nil))
                guard enough, let cPre, let cPost else {
                    excluded += members.map { Excluded(id: $0.0, cohort: t, reason: .tooFewControls) }
                    continue
                }
                controlIDs.formUnion(comparison.map(\.0))
                for (id, o) in members {
                    firms.append(Firm(id: id, cohort: t, segment: key.segment, band: key.band, pre: o.pre, post: o.post,
                                      difference: (o.post - o.pre) - (cPost - cPre), before: o.before, after: o.after,
                                      paid: paidTo[id] ?? .zero))
                    evaluated += 1
                }
            }
            cohorts.append(Cohort(year: t, months: m, supported: supported.count, evaluated: evaluated))
        }
        let d = firms.map(\.difference)
        var estimate: Double?, se: Double?
        if d.count >= minTreated {
            let mu = mean(d)
            estimate = mu
            let variance = d.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / Double(d.count - 1)
            se = variance.squareRoot() / Double(d.count).squareRoot()
        }
        return PolicyEvaluation(
            dataPeriod: dataPeriod, cohorts: cohorts, cells: cells, firms: firms,
            excluded: excluded.sorted { ($0.cohort, $0.id.code) < ($1.cohort, $1.id.code) },
            controlsUsed: controlIDs.count, estimate: estimate, standardError: se,
            paid: firms.reduce(.zero) { $0 + $1.paid }, revenueGrowth: firms.reduce(.zero) { $0 + ($1.after - $1.before) },
            excessGrowth: firms.reduce(0.0) { $0 + $1.difference * Double($1.before.fen) })
    }

    private static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
}
