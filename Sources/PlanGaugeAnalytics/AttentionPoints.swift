import PlanGaugeModel

/// Figures a quarterly report points out as needing attention (需关注), beside the plan's lagging
/// targets and the districts falling in rank, which the progress and quarterly reports already
/// carry: the large firms with the steepest declines, and how concentrated the industry is.
///
/// All on the scale (产业收入, else 营业收入) from January to the period's end, exact in 分, against
/// the same months a year before.
public struct AttentionPoints: Sendable, Equatable {
    /// A large firm whose year to date fell.
    public struct Decline: Sendable, Equatable {
        /// The firm.
        public var enterprise: Enterprise
        /// Its year to date, and the same months a year before.
        public var now: Amount, yearAgo: Amount
        /// 同比, a fraction (negative).
        public var growth: Double
        /// What its fall took off the city's growth, a fraction (−0.004 = −0.4 个百分点): its change
        /// over the city's year-ago year to date.
        public var pull: Double
    }

    /// The share of the five largest firms in the city's year to date, now and a year before (each
    /// year's own five largest).
    public struct Concentration: Sendable, Equatable {
        /// A fraction of the city's year to date.
        public var topFiveShare: Double
        /// The same a year before; nil without figures then.
        public var topFiveShareYearAgo: Double?
    }

    /// "Large": among the firms with the largest year to date a year before.
    public static let largeFirms = 20
    /// "Steep": a fall of at least this much (10%).
    public static let steepDecline = -0.10
    /// At most this many declines are pointed out.
    public static let listed = 3

    /// The large firms that fell steeply, largest fall in 分 first (at most `listed`).
    public var declines: [Decline]
    /// The top five's share; nil when the period has fewer than five firms with figures.
    public var concentration: Concentration?

    /// What needs attention at `p`.
    public static func find(in index: DatasetIndex, at p: Period) -> AttentionPoints {
        var now: [(Enterprise, Amount)] = [], before: [(Enterprise, Amount)] = []
        for e in index.dataset.enterprises where index.isActive(e.id, at: p) {
            if let v = index.scale.yearToDate(e.id, year: p.year, month: p.lastMonth) { now.append((e, v)) }
            if let v = index.scale.yearToDate(e.id, year: p.year - 1, month: p.lastMonth) { before.append((e, v)) }
        }
        // Pulls on the base the quarterly tables use (拉动 there and here add up alike).
        let cityBefore =
            FlowSummary.of(.scale, at: p, in: index)?.yearToDateYearAgo ?? before.reduce(Amount.zero) { $0 + $1.1 }
        return AttentionPoints(
            declines: declines(now: now, before: before, cityBefore: cityBefore),
            concentration: concentration(now: now, before: before))
    }

    private static func declines(
        now: [(Enterprise, Amount)], before: [(Enterprise, Amount)], cityBefore: Amount
    ) -> [Decline] {
        guard cityBefore.fen > 0 else { return [] }
        let current = Dictionary(now.map { ($0.0.id, $0.1) }, uniquingKeysWith: { a, _ in a })
        let large = before.sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }.prefix(largeFirms)
        let fallen = large.compactMap { e, ago -> Decline? in
            guard ago.fen > 0, let v = current[e.id] else { return nil }
            let growth = Double(v.fen - ago.fen) / Double(ago.fen)
            guard growth <= steepDecline else { return nil }
            return Decline(
                enterprise: e, now: v, yearAgo: ago, growth: growth,
                pull: Double(v.fen - ago.fen) / Double(cityBefore.fen))
        }
        return Array(
            fallen.sorted { ($0.now - $0.yearAgo, $0.enterprise.id) < ($1.now - $1.yearAgo, $1.enterprise.id) }.prefix(
                listed))
    }

    private static func concentration(now: [(Enterprise, Amount)], before: [(Enterprise, Amount)]) -> Concentration? {
        func share(_ figures: [(Enterprise, Amount)]) -> Double? {
            let total = figures.reduce(Amount.zero) { $0 + $1.1 }
            guard figures.count >= 5, total.fen > 0 else { return nil }
            let top = figures.map(\.1).sorted(by: >).prefix(5).reduce(Amount.zero, +)
            return Double(top.fen) / Double(total.fen)
        }
        guard let current = share(now) else { return nil }
        return Concentration(topFiveShare: current, topFiveShareYearAgo: share(before))
    }
}
