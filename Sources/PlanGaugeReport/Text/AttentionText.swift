import PlanGaugeAnalytics
import PlanGaugeModel

/// Every word of the 需关注 section, in Chinese and English; figures arrive formatted, `rising`
/// and `down` say which way they went.
struct AttentionText {
    let l: L10n
    var title: String { l.t("需关注", "Needs attention") }
    var note: String {
        l.t(
            "由本期数据得出；“大企业”指上年同期累计规模居前 \(AttentionPoints.largeFirms) 位的企业，“明显下降”指同比下降 10% 及以上。",
            "Derived from the period's figures; large firms are the \(AttentionPoints.largeFirms) largest a year before, a steep fall is 10% or more."
        )
    }
    var nothing: String { l.t("本期未发现需特别关注的情况。", "Nothing stands out this period.") }

    /// A target behind its time schedule: "「安全需求开放」进展有限：完成目标的87.0%，时间进度已过100.0%".
    func lagging(_ name: String, status: String, completion: String, time: String) -> String {
        l.t(
            "「\(name)」\(status)：完成目标的\(completion)，时间进度已过\(time)",
            "\(name): \(status), \(completion) of the target with \(time) of the time gone")
    }
    /// What the rest of the plan period must deliver: "，剩余期间需年均增长12.3%".
    func stillNeeded(_ rate: String) -> String { l.t("，剩余期间需年均增长\(rate)", "; it needs \(rate) a year from here") }
    /// The end of a sentence.
    var end: String { l.t("。", ".") }

    /// A large firm's fall: "上海甲公司2026年1-9月产业收入3.20亿元，同比下降25.0%，下拉全市增速0.4个百分点。"
    func decline(_ firm: String, span: String, field: String, money: String, fall: String, pull: String) -> String {
        l.t(
            "\(firm)\(span)\(field)\(money)，同比下降\(fall)，下拉全市增速\(pull)个百分点。",
            "\(firm): \(money) in \(span), down \(fall) year on year, taking \(pull) points off the city's growth.")
    }
    /// "前5家企业占全市的38.2%，较上年同期提高1.5个百分点。"
    func concentration(_ share: String, change: String?, rising: Bool) -> String {
        let zh = change.map { "，较上年同期\(rising ? "提高" : "下降")\($0)个百分点" } ?? ""
        let en = change.map { ", \(rising ? "up" : "down") \($0) points on a year before" } ?? ""
        return l.t("前5家企业占全市的\(share)\(zh)。", "The five largest firms hold \(share) of the city\(en).")
    }
    /// "闵行区位次较上季度下降2位，静安区下降1位。"
    func fellInRank(_ falls: [(name: String, places: Int)]) -> String {
        let zh = falls.enumerated().map { n, f in n == 0 ? "\(f.name)位次较上季度下降\(f.places)位" : "\(f.name)下降\(f.places)位" }
        let en = falls.map { "\($0.name) fell \($0.places) place\($0.places == 1 ? "" : "s")" }
        return l.t(
            zh.joined(separator: "，") + "。", en.joined(separator: ", ") + " in the ranking since the previous quarter.")
    }
    /// A target the final evaluation found missed: "「安全需求开放」未达标（有进展，需加快）：完成目标的87.0%。"
    func missed(_ name: String, status: String, completion: String) -> String {
        l.t("「\(name)」未达标（\(status)）：完成目标的\(completion)。", "\(name): missed (\(status)), \(completion) of the target.")
    }
    /// "2026年三季度有12家企业未报送（名单见“未报送企业”）。"
    func missing(_ n: Int, period: Period) -> String {
        l.t(
            "\(period.chineseLabel)有\(n)家近一年报过数的企业未报送（名单见“未报送企业”）。",
            "\(n) firms that reported in the last year have not reported for \(period) (see Missing reporters).")
    }
    /// "有4行数据被拒绝，未计入（见“数据质量”）。"
    func rejected(_ n: Int) -> String {
        l.t("有\(n)行数据被拒绝，未计入（见“数据质量”）。", "\(n) rows were rejected and are not counted (see Data quality).")
    }
}
