import Foundation

/// `plangauge quarterly` for a terminal.
public enum QuarterlyTextRenderer {
    /// Who is in 同口径 and who is not: 新纳入 and 新入驻 (with their effect), 退出, 未报 and 迁出 (with
    /// theirs), then the late returns and the moves by name.
    static func comparableLines(_ c: QuarterlyReport.Comparable) -> String {
        let yi = { (v: Double) in NumberFormat.fixed(v, places: 2) + "亿元" }
        let sum = { (list: [QuarterlyReport.Firm]) in list.reduce(0) { $0 + ($1.value ?? 0) } }
        var arrived = "新纳入 \(c.entered) 家（\(yi(c.enteredValue))）"
        if !c.joined.isEmpty { arrived += "、新入驻 \(c.joined.count) 家（\(yi(sum(c.joined)))）" }
        var gone = "退出 \(c.left) 家（上年同期 \(yi(c.leftValue))）"
        if !c.unreported.isEmpty { gone += "、未报 \(c.unreported.count) 家（上年同期 \(yi(sum(c.unreported)))）" }
        if !c.movedOut.isEmpty { gone += "、迁出 \(c.movedOut.count) 家（上年同期 \(yi(sum(c.movedOut)))）" }
        var out = "同口径：\(c.firms) 家两期均有数据；\(arrived)，影响 \(points(c.entryEffect))；\(gone)，影响 \(points(c.exitEffect))\n"
        let named = { (list: [QuarterlyReport.Firm]) in
            list.prefix(12).map { f in f.name + (f.date.map { "（\($0)）" } ?? "") }.joined(separator: "、")
                + (list.count > 12 ? " 等" : "")
        }
        for (label, list) in [("未报（近12个月报过数、本期未报，不是退出）", c.unreported), ("新入驻", c.joined), ("迁出", c.movedOut)]
        where !list.isEmpty {
            out += "\(label)：\(named(list))\n"
        }
        return out
    }

    /// The narrative, the 累计 and 当季 totals with their growth, the 同口径 split, the breakdowns and the district and park rankings (Chinese).
    public static func render(_ r: QuarterlyReport) -> String {
        var out = "本季度运行情况 · \(r.periodLabel)（口径：\(SharedText(l: L10n(lang: .zh)).fieldName(r.field))）\n\n"
        out += r.narrative.joined(separator: "\n") + "\n\n"
        var t = TextTable(
            headers: ["", "本期（亿元）", "上年同期", "同比", "同口径", "上期", "环比", "上期同比", "上年同期同比"],
            alignments: [.left] + Array(repeating: .right, count: 8))
        for (name, f) in [(r.yearToDateLabel + "累计", r.yearToDate), (r.periodLabel + "当季", r.quarter)] {
            t.rows.append([
                name, NumberFormat.fixed(f.total, places: 2),
                f.totalYearAgo.map { NumberFormat.fixed($0, places: 2) } ?? "—",
                signed(f.growth), signed(f.comparable?.growth),
                f.totalPrevious.map { NumberFormat.fixed($0, places: 2) } ?? "—",
                signed(f.chainGrowth), signed(f.growthPrevious), signed(f.growthYearAgo)
            ])
        }
        out += t.render()
        if let c = r.yearToDate.comparable { out += comparableLines(c) }
        let titles = ["segment": "分领域", "district": "分区", "park": "分园区", "enterprise": "重点企业（前10家）"]
        for b in r.breakdowns {
            out += "\n\(titles[b.dimension] ?? b.dimension)（\(r.yearToDateLabel)累计，拉动合计 \(points(b.totalGrowth))）\n"
            var t = TextTable(
                headers: ["", "本期（亿元）", "上年同期", "同比", "占比", "贡献率", "拉动"],
                alignments: [.left] + Array(repeating: .right, count: 6))
            for row in b.rows {
                t.rows.append([
                    row.name, NumberFormat.fixed(row.value, places: 2), NumberFormat.fixed(row.valueYearAgo, places: 2),
                    signed(row.growth) + (row.partYearBase && row.growth != nil ? "（首年不足12个月）" : ""),
                    NumberFormat.percent(row.share), NumberFormat.percent(row.contributionRate),
                    points(row.pull)
                ])
            }
            out += t.render()
        }
        for (title, rows) in [("区排名", r.districtRanking), ("园区排名", r.parkRanking)] where !rows.isEmpty {
            out += "\n\(title)（按累计规模；位次变化与上季度比）\n"
            var t = TextTable(
                headers: ["位次", "", "累计（亿元）", "同比", "规模位次变化", "增速位次", "增速位次变化"],
                alignments: [.right, .left, .right, .right, .right, .right, .right])
            for row in rows {
                t.rows.append([
                    String(row.scaleRank), row.name, NumberFormat.fixed(row.value, places: 2), signed(row.growth),
                    move(row.scaleRankChange), row.growthRank.map(String.init) ?? "—", move(row.growthRankChange)
                ])
            }
            out += t.render()
        }
        if r.seriesIssues > 0 { out += "\n注：\(r.seriesIssues) 处企业数据序列缺期或口径不一致（`plangauge check` 列出），相关数值未计入。\n" }
        return out
    }

    static func signed(_ f: Double?) -> String { f.map { ($0 >= 0 ? "+" : "") + NumberFormat.percent($0) } ?? "—" }
    static func points(_ f: Double?) -> String { f.map { NumberFormat.fixed($0 * 100, places: 1) + "个百分点" } ?? "—" }
    static func move(_ n: Int?) -> String {
        guard let n else { return "—" }
        return n == 0 ? "—" : (n > 0 ? "↑\(n)" : "↓\(-n)")
    }
}

/// `quarterly --format json`: the report model as stable JSON (schema `plangauge.quarterly/1`).
public enum QuarterlyJSONRenderer {
    /// The report as stable JSON (`StableJSON`).
    public static func render(_ r: QuarterlyReport) throws -> String { try StableJSON.string(r) }
}

/// One row per part of every breakdown and per ranked district and park: tidy, for Excel.
public enum QuarterlyCSVRenderer {
    /// The CSV: the two totals, every breakdown row and every ranked district and park, values in 亿元 and rates as fractions, LF line ends.
    public static func render(_ r: QuarterlyReport) -> String {
        var lines = [
            "period,table,name,value_yi,value_year_ago_yi,growth,share,contribution_rate,pull,scale_rank,scale_rank_change"
        ]
        func n(_ d: Double?) -> String { d.map { NumberFormat.fixed($0, places: 6, trimmingZeros: true) } ?? "" }
        func i(_ x: Int?) -> String { x.map(String.init) ?? "" }
        for (name, f) in [("total_ytd", r.yearToDate), ("total_quarter", r.quarter)] {
            lines.append(
                [r.period, name, "全市", n(f.total), n(f.totalYearAgo), n(f.growth), "1", "1", n(f.growth), "", ""].map(
                    CSVCell.escape
                ).joined(separator: ","))
        }
        for b in r.breakdowns {
            for row in b.rows {
                lines.append(
                    [
                        r.period, b.dimension, row.name, n(row.value), n(row.valueYearAgo), n(row.growth), n(row.share),
                        n(row.contributionRate), n(row.pull), "", ""
                    ].map(CSVCell.escape).joined(separator: ","))
            }
        }
        for (table, rows) in [("district_ranking", r.districtRanking), ("park_ranking", r.parkRanking)] {
            for row in rows {
                lines.append(
                    [
                        r.period, table, row.name, n(row.value), "", n(row.growth), "", "", "", String(row.scaleRank),
                        i(row.scaleRankChange)
                    ].map(CSVCell.escape).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
