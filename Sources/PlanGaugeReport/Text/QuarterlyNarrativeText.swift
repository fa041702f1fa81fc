import PlanGaugeModel

/// Every word of the quarter's paragraph (QuarterlyNarrative), in Chinese and English. The Chinese
/// paragraph follows the official order in full; the English one says less, so several entries are
/// empty in English. Numbers and names arrive already formatted; `rising` says which way a rate went.
struct QuarterlyNarrativeText {
    let l: L10n
    // Totals
    /// "2024年1-6月，全市网络安全产业累计实现产业收入120.00亿元" / "In Jan–Jun 2024 (YTD) the industry earned
    /// CNY 12.00 bn"; `yearToDateLabel` is the Chinese label of the span.
    func earned(_ money: String, field: String, yearToDateLabel: String, period p: Period) -> String {
        l.t(
            "\(yearToDateLabel)，全市网络安全产业累计实现\(SharedText(l: l).fieldName(field))\(money)",
            "In \(YearToDate.englishLabel(p)) the industry earned \(money)")
    }
    /// "，同比增长5.0%" / ", up 5.0% year on year"; `change` comes without its sign.
    func yearOnYear(rising: Bool, by change: String) -> String {
        l.t("，同比\(rising ? "增长" : "下降")\(change)", ", \(rising ? "up" : "down") \(change) year on year")
    }
    /// The opening of the comparable-basis note; `change` comes without its sign.
    func comparable(rising: Bool, by change: String, entered: Int, left: Int) -> String {
        l.t(
            "（同口径\(rising ? "增长" : "下降")\(change)；新纳入企业\(entered)家、退出\(left)家",
            " (\(rising ? "up" : "down") \(change) on a comparable basis; \(entered) firm\(entered == 1 ? "" : "s") entered, \(left) left"
        )
    }
    func notYetReported(_ n: Int) -> String { l.t("、未报\(n)家", ", \(n) not yet reported") }
    func movedIn(_ n: Int) -> String { l.t("、新入驻\(n)家", ", \(n) moved in") }
    func movedOut(_ n: Int) -> String { l.t("、迁出\(n)家", ", \(n) moved out") }
    var comparableEnd: String { l.t("）", ")") }

    // The quarter alone (Chinese only)
    /// "；其中二季度实现60.00亿元".
    func quarterAlone(_ quarter: Int, earned money: String) -> String {
        l.t("；其中\(["一", "二", "三", "四"][quarter - 1])季度实现\(money)", "")
    }
    func quarterYearOnYear(rising: Bool, by change: String) -> String {
        l.t("，同比\(rising ? "增长" : "下降")\(change)", "")
    }
    func quarterOnQuarter(rising: Bool, by change: String) -> String {
        l.t("，环比\(rising ? "增长" : "下降")\(change)", "")
    }

    // How cumulative growth moved
    /// Growth against the year to date one quarter earlier, `diff` a fraction: "较上半年提高1.2个百分点" /
    /// "rose 1.2 points from the previous period"; `month` ends that earlier span.
    func sincePrevious(month: Int, diff: Double) -> String {
        let d = diff * 100
        return l.t(
            "较\(Self.spanName(month))\(Self.change(diff))",
            "\(d >= 0 ? "rose" : "fell") \(NumberFormat.fixed(abs(d), places: 1)) points from the previous period")
    }
    /// Growth against the same span a year earlier: "较上年同期回落0.8个百分点"; nil in English, which does
    /// not say it.
    func sinceYearAgo(_ diff: Double) -> String? { l.lang == .zh ? "较上年同期\(Self.change(diff))" : nil }
    /// The end of the totals' paragraph with the moves from `sincePrevious` and `sinceYearAgo`:
    /// "。累计增速较上半年提高1.2个百分点，较上年同期回落0.8个百分点。" / "; growth rose 1.2 points from the previous period.".
    func growthMoved(_ changes: [String]) -> String {
        l.t(
            "。" + (changes.isEmpty ? "" : "累计增速" + changes.joined(separator: "，") + "。"),
            (changes.isEmpty ? "" : "; growth " + changes.joined(separator: ", ")) + ".")
    }

    // Segments
    /// A named segment, Chinese only: "软件领域收入12.00亿元，占全市的30.0%，拉动全市增长1.2个百分点".
    /// `pull` comes without its sign, `down` says it held growth back ("下拉全市增速0.9个百分点").
    func segment(_ name: String, money: String, share: String, pull: String?, down: Bool) -> String {
        let said = pull.map { down ? "，下拉全市增速\($0)个百分点" : "，拉动全市增长\($0)个百分点" }
        return l.t("\(name)领域收入\(money)，占全市的\(share)" + (said ?? ""), "")
    }
    /// The largest segment, English only: "By segment, software is the largest (30.0% of the total) and
    /// added 1.2 points to growth.".
    func largestSegment(_ name: String, share: String, pull: String) -> String {
        l.t("", "By segment, \(name) is the largest (\(share) of the total) and added \(pull) points to growth.")
    }
    /// The segments' sentence: Chinese joins the named segments' clauses, English has the largest's
    /// sentence; nil when there is nothing to say.
    func segments(_ named: [String], largest: String?) -> String? {
        guard l.lang == .zh else { return largest }
        return named.isEmpty ? nil : "分领域看，" + named.joined(separator: "；") + "。"
    }

    // Districts
    /// "分区看，浦东新区、徐汇区、闵行区规模居全市前3位" / "By district, Pudong New Area ranks first";
    /// `names` the largest districts, at most three.
    func leadingDistricts(_ names: [String]) -> String {
        l.t(
            "分区看，" + names.joined(separator: "、") + "规模居全市前\(names.count)位",
            "By district, \(names.first ?? "") ranks first")
    }
    /// Chinese only: "；徐汇区增速最快，同比增长12.0%".
    func fastestDistrict(_ name: String, rising: Bool, by change: String) -> String {
        l.t("；\(name)增速最快，同比\(rising ? "增长" : "下降")\(change)", "")
    }
    /// Chinese only: "浦东新区位次较上季度上升1位"; `places` up when positive.
    func districtMoved(_ name: String, places: Int) -> String {
        l.t("\(name)位次较上季度\(places > 0 ? "上升" : "下降")\(abs(places))位", "")
    }
    /// Chinese only: the moves from `districtMoved`, after a "；".
    func districtMoves(_ moves: [String]) -> String { l.t("；" + moves.joined(separator: "，"), "") }

    // Parks
    /// Chinese only: "园区中，张江园区规模居首，累计30.00亿元，占全市的25.0%。".
    func leadingPark(_ name: String, money: String, share: String?) -> String {
        l.t("园区中，\(name)规模居首，累计\(money)" + (share.map { "，占全市的\($0)" } ?? "") + "。", "")
    }

    /// The name of a year-to-date span: 一季度, 上半年, 前三季度, 全年, 1-M月.
    private static func spanName(_ month: Int) -> String {
        switch month {
        case 3: "一季度"
        case 6: "上半年"
        case 9: "前三季度"
        case 12: "全年"
        default: "1-\(month)月"
        }
    }

    /// "提高1.2个百分点" / "回落0.8个百分点" / "持平".
    private static func change(_ diff: Double) -> String {
        let pp = NumberFormat.fixed(abs(diff) * 100, places: 1)
        if pp == "0.0" { return "持平" }
        return (diff > 0 ? "提高" : "回落") + pp + "个百分点"
    }
}
