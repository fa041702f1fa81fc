import PlanGaugeModel

/// 贡献率 and 拉动 of the parts of a total (PlanGaugeAnalytics.docc, GrowthAndContribution): 贡献率 = Δpart / Δtotal;
/// 拉动 = Δpart / total of the base period (in 个百分点 when × 100). Over a partition the 拉动
/// add up to the total's growth rate.
public struct Breakdown: Sendable, Equatable {
    /// What the total is split by: 细分领域 (segment), district, park (the one each value was in at its period), or the ten largest enterprises and the rest.
    public enum Dimension: String, Sendable, CaseIterable, Codable { case segment, district, park, enterprise }

    /// What the total is split by.
    public var dimension: Dimension
    /// The parts, largest now first, the catch-all parts (未注明, 园区外, 其他企业) last.
    public var rows: [Part]
    /// Σ 拉动 of the rows, which equals the total's growth (the test of a partition).
    public var totalGrowth: Double?

    /// One part of the total: its values now and a year ago (上年同期), and what it did to the total's growth.
    public struct Part: Sendable, Equatable {
        /// The group's name (segment, district, park or enterprise name), or a catch-all such as （未注明）.
        public var name: String
        /// For enterprise parts: the 统一社会信用代码 (names need not be unique).
        public var id: String?
        /// Σ of the part's values at the period.
        public var now: Amount
        /// Σ of the part's values a year earlier (上年同期).
        public var before: Amount
        /// 同比 of the part, now / before − 1, as a fraction; nil when it had nothing a year ago.
        public var growth: Double?
        /// Share of the total now.
        public var share: Double?
        /// Δpart / Δtotal.
        public var contributionRate: Double?
        /// Δpart / total before (a fraction: 0.012 = 1.2 个百分点).
        public var pull: Double?
        /// For enterprise parts: the base is a first part-year (its first reported year began after
        /// January), so its growth compares a full period with part of one (首年不足12个月).
        public var partYearBase = false
    }
}

enum Decomposition {
    /// Unassigned enterprises form their own part so every breakdown is a partition.
    static let unassigned = "（未注明）"
    static let outsideParks = "（园区外）"
    static let others = "（其他企业）"

    /// `partYearBase`: whether an enterprise's base year is a first part-year (flagged on its row).
    static func all(
        firms: [Enterprise], value: (Enterprise, Period) -> Amount?, at p: Period, index: DatasetIndex,
        partYearBase: (Enterprise) -> Bool = { _ in false }
    ) -> [Breakdown] {
        let parkNames = Dictionary(index.dataset.parks.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var out = [
            breakdown(.segment, firms, value, p) { e, _ in e.segment ?? unassigned },
            breakdown(.district, firms, value, p) { e, _ in e.district ?? unassigned },
            // Each value in the park the enterprise was in at its period: a firm that moved counts
            // in its old park a year ago and in its new one now.
            breakdown(.park, firms, value, p) { e, q in e.park(atEndOf: q).flatMap { parkNames[$0] } ?? outsideParks }
        ]
        // The ten largest enterprises now, and the rest as one part.
        let ranked = firms.compactMap { e in value(e, p).map { (e, $0) } }.sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
        let top = Set(ranked.prefix(10).map(\.0.id))
        var largest = breakdown(.enterprise, firms, value, p) { e, _ in top.contains(e.id) ? e.id.code : others }
        let byCode = Dictionary(firms.map { ($0.id.code, $0) }, uniquingKeysWith: { a, _ in a })
        for i in largest.rows.indices where largest.rows[i].name != others {
            let e = byCode[largest.rows[i].name]
            largest.rows[i].id = largest.rows[i].name
            largest.rows[i].name = e?.name ?? largest.rows[i].name
            largest.rows[i].partYearBase = largest.rows[i].before.fen != 0 && e.map(partYearBase) == true
        }
        out.append(largest)
        return out
    }

    static func breakdown(
        _ d: Breakdown.Dimension, _ firms: [Enterprise], _ value: (Enterprise, Period) -> Amount?, _ p: Period,
        key: (Enterprise, Period) -> String
    ) -> Breakdown {
        var now: [String: Amount] = [:], before: [String: Amount] = [:]
        var totalNow = Amount.zero, totalBefore = Amount.zero
        for e in firms {
            if let v = value(e, p) { now[key(e, p), default: .zero] += v; totalNow += v }
            if let w = value(e, p.yearAgo) { before[key(e, p.yearAgo), default: .zero] += w; totalBefore += w }
        }
        let delta = totalNow - totalBefore
        var rows = Set(now.keys).union(before.keys).map { k -> Breakdown.Part in
            let n = now[k] ?? .zero, b = before[k] ?? .zero
            return Breakdown.Part(
                name: k, id: nil, now: n, before: b, growth: b.fen == 0 ? nil : Double(n.fen - b.fen) / Double(b.fen),
                share: totalNow.fen == 0 ? nil : Double(n.fen) / Double(totalNow.fen),
                contributionRate: delta.fen == 0 ? nil : Double((n - b).fen) / Double(delta.fen),
                pull: totalBefore.fen == 0 ? nil : Double((n - b).fen) / Double(totalBefore.fen))
        }
        // Largest first; the catch-all parts last.
        rows.sort { a, b in
            let ca = [unassigned, outsideParks, others].contains(a.name),
                cb = [unassigned, outsideParks, others].contains(b.name)
            if ca != cb { return !ca }
            return (a.now, b.name) > (b.now, a.name)
        }
        let sum = rows.allSatisfy { $0.pull != nil } ? rows.reduce(0.0) { $0 + $1.pull! } : nil
        return Breakdown(dimension: d, rows: rows, totalGrowth: sum)
    }
}

/// Places by scale and by growth, with the change of place since the previous quarter.
public struct RankRow: Sendable, Equatable {
    /// The group (district or park name).
    public var name: String
    /// Σ of the group's values at the period.
    public var value: Amount
    /// 同比 of the group, as a fraction; nil when it had nothing a year ago.
    public var growth: Double?
    /// Place by `value`, 1 = largest.
    public var scaleRank: Int
    /// Positive: moved up that many places since the previous quarter.
    public var scaleRankChange: Int?
    /// Place by `growth`, 1 = fastest; nil without a growth.
    public var growthRank: Int?
    /// Positive: moved up that many places by growth since the previous quarter; nil when either place is missing.
    public var growthRankChange: Int?
}

enum Ranking {
    /// `key`: the group an enterprise's value at a period goes to (a district; the park it was in
    /// then), nil for none.
    static func rank(
        _ firms: [Enterprise], key: (Enterprise, Period) -> String?, value: (Enterprise, Period) -> Amount?,
        at p: Period
    ) -> [RankRow] {
        func table(_ q: Period) -> [String: (Amount, Double?)] {
            var now: [String: Amount] = [:], before: [String: Amount] = [:]
            for e in firms {
                if let v = value(e, q), let k = key(e, q) { now[k, default: .zero] += v }
                if let w = value(e, q.yearAgo), let k = key(e, q.yearAgo) { before[k, default: .zero] += w }
            }
            var out: [String: (Amount, Double?)] = [:]
            for (k, n) in now {
                out[k] = (n, before[k].flatMap { $0.fen != 0 ? Double(n.fen - $0.fen) / Double($0.fen) : nil })
            }
            return out
        }
        func places(_ t: [String: (Amount, Double?)]) -> (scale: [String: Int], growth: [String: Int]) {
            let byScale = t.sorted { ($0.value.0, $1.key) > ($1.value.0, $0.key) }.map(\.key)
            let byGrowth = t.filter { $0.value.1 != nil }.sorted { ($0.value.1!, $1.key) > ($1.value.1!, $0.key) }.map(
                \.key)
            return (
                Dictionary(uniqueKeysWithValues: byScale.enumerated().map { ($1, $0 + 1) }),
                Dictionary(uniqueKeysWithValues: byGrowth.enumerated().map { ($1, $0 + 1) })
            )
        }
        let now = table(p), before = table(p.previous)
        let (scaleNow, growthNow) = places(now), (scaleBefore, growthBefore) = places(before)
        return now.keys.map { name in
            RankRow(
                name: name, value: now[name]!.0, growth: now[name]!.1, scaleRank: scaleNow[name]!,
                scaleRankChange: scaleBefore[name].map { $0 - scaleNow[name]! },
                growthRank: growthNow[name],
                growthRankChange: growthNow[name].flatMap { g in growthBefore[name].map { $0 - g } })
        }.sorted { $0.scaleRank < $1.scaleRank }
    }
}
