import PlanGaugeModel

/// Every word the city page's quarter sections ("本季度运行情况") write, in Chinese and English.
/// `periodLabel` and `yearToDateLabel` are the quarter's Chinese labels (`2024年二季度`, `2024年1-6月`).
struct QuarterlyText {
    let l: L10n
    // Paragraph
    var thisQuarter: String { l.t("本季度运行情况", "This quarter") }
    func quarterNote(periodLabel: String, period: String) -> String {
        l.t("\(periodLabel)；同口径为两期均有数据的企业。", "\(period); comparable basis: firms with data in both periods.")
    }

    // Totals and growth
    var totals: String { l.t("总量与增速", "Totals and growth") }
    func yearToDateRow(_ yearToDateLabel: String) -> String { l.t("\(yearToDateLabel)累计", "Year to date") }
    func quarterRow(_ periodLabel: String) -> String { l.t("\(periodLabel)当季", "Quarter") }
    var now: String { l.t("本期（亿元）", "Now (CNY bn)") }
    var yearAgo: String { l.t("上年同期", "A year ago") }
    var comparable: String { l.t("同口径", "Comparable") }
    var qoq: String { l.t("环比", "QoQ") }
    var entered: String { l.t("新纳入", "Entered") }
    var left: String { l.t("退出", "Left") }
    var notReported: String { l.t("未报", "Not yet reported") }

    // 累计增速走势
    var growthPath: String { l.t("累计增速走势", "Year-to-date growth by quarter") }
    var growthPathNote: String {
        l.t("各季度末累计同比，本年与上年。", "Year-on-year growth of the year to each quarter-end, this year and last.")
    }
    /// The year to the end of quarter `k` (1…4): "1-3月" … "1-12月".
    func quarterEnd(_ k: Int) -> String {
        l.t("1-\(3 * k)月", ["Jan–Mar", "Jan–Jun", "Jan–Sep", "Jan–Dec"][min(max(k, 1), 4) - 1])
    }
    var yearTo: String { l.t("累计期", "Year to") }
    /// A year as a column and a line's name: "2026年".
    func year(_ y: Int) -> String { l.t("\(y)年", "\(y)") }
    /// The chart's description: each year's growths in order, `—` for a year with none.
    func growthPathSummary(year: Int, thisYear: [String], lastYear: [String]) -> String {
        let list = { (items: [String]) in items.isEmpty ? "—" : items.joined(separator: l.t("、", ", ")) }
        return l.t(
            "累计同比（%）：\(year)年 \(list(thisYear))；\(year - 1)年 \(list(lastYear))。",
            "Year-to-date growth (%): \(year) \(list(thisYear)); \(year - 1) \(list(lastYear)).")
    }

    // Contributions
    /// The title of a breakdown by `segment`, `district` or `enterprise`; nil for any other dimension.
    func breakdownTitle(_ dimension: String) -> String? {
        let titles: [String: (String, String)] = [
            "segment": ("分领域贡献", "By segment"), "district": ("分区贡献", "By district"),
            "enterprise": ("重点企业拉动（前10家）", "Largest enterprises")
        ]
        return titles[dimension].map { l.t($0.0, $0.1) }
    }
    /// `points`: the pulls' sum in percentage points, formatted.
    func breakdownNote(yearToDateLabel: String, points: String) -> String {
        l.t(
            "\(yearToDateLabel)累计；拉动合计 \(points) 个百分点，等于全市增速。",
            "Year to date; the pulls add up to \(points) points, the city's growth.")
    }
    /// The bars' headings: the year to date, and the pull with its unit.
    var yearToDateBars: String { l.t("累计", "Year to date") }
    var pullBars: String { l.t("拉动", "Pull") }
    var pointsUnit: String { l.t("个百分点", "points") }
    /// A breakdown chart's description: what it draws, the largest and the smallest pull.
    func breakdownSummary(
        _ dimension: String, yearToDateLabel: String, largest: (String, String)?, smallest: (String, String)?
    ) -> String {
        let zh = dimension == "segment" ? "领域" : "区", en = dimension == "segment" ? "segment" : "district"
        var s = l.t(
            "各\(zh)\(yearToDateLabel)累计（\(l.moneyUnit)，左）及其对全市增速的拉动（个百分点，右；负拉动在零线左侧）",
            "Each \(en)'s year-to-date value (\(l.moneyUnit), left) and its pull on the city's growth (points, right; negative pulls left of zero)"
        )
        if let largest, let smallest {
            s += l.t(
                "；拉动最大为\(largest.0)（\(largest.1)），最小为\(smallest.0)（\(smallest.1)）",
                "; largest pull \(largest.0) (\(largest.1)), smallest \(smallest.0) (\(smallest.1))")
        }
        return s + l.t("。", ".")
    }
    var share: String { l.t("占比", "Share") }
    var contribution: String { l.t("贡献率", "Contribution") }
    var pull: String { l.t("拉动（个百分点）", "Pull (points)") }

    // Districts ranked
    var districtsRanked: String { l.t("分区排名", "Districts ranked") }
    var districtsNote: String {
        l.t("按累计规模排名，位次变化与上季度比。", "By year-to-date scale; change of place since the previous quarter.")
    }
    var rank: String { l.t("位次", "Rank") }
    var district: String { l.t("区", "District") }
    var yearToDateColumn: String { l.t("累计（亿元）", "YTD (CNY bn)") }
    var move: String { l.t("位次变化", "Rank move") }
    var growthRank: String { l.t("增速位次", "Growth rank") }
    var growthMove: String { l.t("增速位次变化", "Growth rank move") }
}
