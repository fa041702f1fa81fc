import PlanGaugeModel

/// The quarter's paragraph in the official order: 总量 + 同比 → 较上期/上年同期 提高或回落 X 个百分点
/// → 分领域 占比与拉动 → 分区排名.
enum QuarterlyNarrative {
    /// The name of a year-to-date span in reports: 一季度, 上半年, 前三季度, 全年, 1-M月.
    static func spanName(_ month: Int) -> String {
        switch month {
        case 3: "一季度"
        case 6: "上半年"
        case 9: "前三季度"
        case 12: "全年"
        default: "1-\(month)月"
        }
    }

    static func pct(_ f: Double) -> String { NumberFormat.percent(abs(f)) }
    static func up(_ f: Double) -> String { f >= 0 ? "增长" : "下降" }

    static func paragraphs(_ r: QuarterlyReport, _ p: Period, _ l: L10n) -> [String] {
        l.lang == .zh ? chinese(r, p) : english(r, p, l)
    }

    static func chinese(_ r: QuarterlyReport, _ p: Period) -> [String] {
        var out = [chineseTotals(r, p)]
        if let segments = chineseSegments(r) { out.append(segments) }
        let d = chineseDistricts(r) + chineseLeadingPark(r)
        if !d.isEmpty { out.append(d) }
        return out
    }

    /// 总量 + 同比 (with the 同口径 split), the quarter alone, then how the cumulative growth moved.
    private static func chineseTotals(_ r: QuarterlyReport, _ p: Period) -> String {
        let y = r.yearToDate, q = r.quarter
        var s = "\(r.yearToDateLabel)，全市网络安全产业累计实现产业收入\(NumberFormat.fixed(y.total, places: 2))亿元"
        if let g = y.growth { s += "，同比\(up(g))\(pct(g))" }
        if let c = y.comparable, let gc = c.growth {
            s += "（同口径\(up(gc))\(pct(gc))；新纳入企业\(c.entered)家、退出\(c.left)家"
            if !c.unreported.isEmpty { s += "、未报\(c.unreported.count)家" }
            if !c.joined.isEmpty { s += "、新入驻\(c.joined.count)家" }
            if !c.movedOut.isEmpty { s += "、迁出\(c.movedOut.count)家" }
            s += "）"
        }
        if p.index > 1 {
            s += "；其中\(["一", "二", "三", "四"][p.index - 1])季度实现\(NumberFormat.fixed(q.total, places: 2))亿元"
            if let g = q.growth { s += "，同比\(up(g))\(pct(g))" }
            if let c = q.chainGrowth { s += "，环比\(up(c))\(pct(c))" }
        }
        s += "。"
        var changes: [String] = []
        if let g = y.growth, let prev = y.growthPrevious {
            changes.append("较\(spanName(p.lastMonth - 3))\(change(g - prev))")
        }
        if let g = y.growth, let ago = y.growthYearAgo {
            changes.append("较上年同期\(change(g - ago))")
        }
        if !changes.isEmpty { s += "累计增速" + changes.joined(separator: "，") + "。" }
        return s
    }

    /// 分领域: the three largest named segments with their share and pull; nil when there are none.
    private static func chineseSegments(_ r: QuarterlyReport) -> String? {
        guard let seg = r.breakdowns.first(where: { $0.dimension == "segment" }) else { return nil }
        let top = seg.rows.filter { $0.name != "（未注明）" }.prefix(3)
        guard !top.isEmpty else { return nil }
        return "分领域看，"
            + top.map { row in
                var t =
                    "\(row.name)领域收入\(NumberFormat.fixed(row.value, places: 2))亿元，占全市的\(NumberFormat.percent(row.share))"
                if let pull = row.pull { t += "，拉动全市增长\(NumberFormat.fixed(pull * 100, places: 1))个百分点" }
                return t
            }.joined(separator: "；") + "。"
    }

    /// 分区: the three largest districts, the fastest growing, and those that changed place; "" without districts.
    private static func chineseDistricts(_ r: QuarterlyReport) -> String {
        let districts = r.districtRanking
        guard !districts.isEmpty else { return "" }
        var d = "分区看，" + districts.prefix(3).map(\.name).joined(separator: "、") + "规模居全市前\(min(3, districts.count))位"
        if let fastest = districts.filter({ $0.growth != nil }).min(by: {
            ($0.growthRank ?? 99) < ($1.growthRank ?? 99)
        }), let g = fastest.growth {
            d += "；\(fastest.name)增速最快，同比\(up(g))\(pct(g))"
        }
        let moved = districts.filter { ($0.scaleRankChange ?? 0) != 0 }
        if !moved.isEmpty {
            d +=
                "；"
                + moved.map {
                    "\($0.name)位次较上季度\($0.scaleRankChange! > 0 ? "上升" : "下降")\(abs($0.scaleRankChange!))位"
                }.joined(separator: "，")
        }
        d += "。"
        return d
    }

    /// The largest park with its cumulative value and share; "" without parks.
    private static func chineseLeadingPark(_ r: QuarterlyReport) -> String {
        guard let park = r.parkRanking.first else { return "" }
        // The park's share as the decomposition computed it (the narrative only words it).
        let share = r.breakdowns.first { $0.dimension == "park" }?.rows.first { $0.name == park.name }?.share
        return "园区中，\(park.name)规模居首，累计\(NumberFormat.fixed(park.value, places: 2))亿元"
            + (share.map { "，占全市的\(NumberFormat.percent($0))" } ?? "") + "。"
    }

    /// "提高1.2个百分点" / "回落0.8个百分点" / "持平".
    static func change(_ diff: Double) -> String {
        let pp = NumberFormat.fixed(abs(diff) * 100, places: 1)
        if pp == "0.0" { return "持平" }
        return (diff > 0 ? "提高" : "回落") + pp + "个百分点"
    }

    static func english(_ r: QuarterlyReport, _ p: Period, _ l: L10n) -> [String] {
        let y = r.yearToDate
        var s = "In \(YearToDate.englishLabel(p)) the industry earned \(l.money(yi: y.total))"
        if let g = y.growth { s += ", \(g >= 0 ? "up" : "down") \(pct(g)) year on year" }
        if let c = y.comparable, let gc = c.growth {
            s += " (\(pct(gc)) on a comparable basis; \(c.entered) firms entered, \(c.left) left"
            if !c.unreported.isEmpty { s += ", \(c.unreported.count) not yet reported" }
            if !c.joined.isEmpty { s += ", \(c.joined.count) moved in" }
            if !c.movedOut.isEmpty { s += ", \(c.movedOut.count) moved out" }
            s += ")"
        }
        if let g = y.growth, let prev = y.growthPrevious {
            let d = (g - prev) * 100
            s +=
                "; growth \(d >= 0 ? "rose" : "fell") \(NumberFormat.fixed(abs(d), places: 1)) points from the previous period"
        }
        s += "."
        var out = [s]
        if let seg = r.breakdowns.first(where: { $0.dimension == "segment" }), let top = seg.rows.first,
            let pull = top.pull
        {
            out.append(
                "By segment, \(l.name(top.name)) is the largest (\(NumberFormat.percent(top.share)) of the total) and added \(NumberFormat.fixed(pull * 100, places: 1)) points to growth."
            )
        }
        if let d = r.districtRanking.first { out.append("By district, \(l.name(d.name)) ranks first.") }
        return out
    }
}
