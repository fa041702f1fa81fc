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
    var move: String { l.t("位次变化", "Move") }
    var growthRank: String { l.t("增速位次", "Growth rank") }
    var growthMove: String { l.t("增速位次变化", "Move") }
}
