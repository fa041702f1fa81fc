import PlanGaugeAnalytics
import PlanGaugeModel

/// Every word the site's own pages (the root index and `latest/`) write, in Chinese and English;
/// `label` is a period's label as the index writes it.
struct SiteIndexText {
    let l: L10n
    // Document
    /// The `lang` attribute of the `html` element.
    var htmlLanguage: String { l.t("zh-CN", "en") }
    var title: String { l.t("产业目标监测 · 已发布报告", "PlanGauge · published reports") }
    var footer: String { l.t("由 PlanGauge 产业目标监测生成", "Made by PlanGauge") }

    // Head
    var noPeriods: String { l.t("共 0 期", "No periods") }
    func periods(_ n: Int, latest label: String) -> String {
        l.t("共 \(n) 期，最新：", "\(n) period\(n == 1 ? "" : "s"), latest: ") + label
    }
    func plan(_ title: String) -> String { l.t("计划：", "Plan: ") + title }
    /// The link to `latest/` and that page's title.
    func latest(_ label: String) -> String { l.t("最新一期：", "Latest: ") + label }

    // Periods
    var publishedPeriods: String { l.t("已发布的数据期", "Published periods") }
    var noneYet: String { l.t("尚无已发布的数据期。", "No period is published yet.") }
    /// The note over the table; a site of a park's own reports counts its park plan's statuses.
    func note(parkReports: Bool) -> String {
        parkReports
            ? l.t(
                "最新在前。指标状态为该期所评估计划（城市或园区）各指标的评估结果（个数）。",
                "Newest first. Statuses: how many indicators of the plan assessed (city or park) have each.")
            : l.t(
                "最新在前。指标状态为城市行动计划各指标的评估结果（个数）。",
                "Newest first. Statuses: how many indicators of the city plan have each.")
    }
    var columns: [String] {
        l.lang == .zh
            ? ["数据期", "目标评估", "产业规模（年初至今）", "同比", "报送企业", "指标状态", "文件"]
            : [
                "Period", "Plan assessed at", "Industry scale (year to date)", "YoY", "Reporting firms",
                "Indicator statuses", "Files"
            ]
    }

    // Cells
    func reporters(_ n: Int) -> String { l.t("\(n)家", "\(n)") }
    func status(_ s: ProgressStatus) -> String { l.t(s.chineseLabel, s.englishLabel) }
    var cityPage: String { l.t("城市页面", "City page") }
    var parkPage: String { l.t("园区页面", "Park page") }
    var policyFunds: String { l.t("政策兑现", "Policy funds") }
    var indicatorsCSV: String { l.t("指标表 CSV", "Indicators CSV") }

    // latest/
    func open(_ label: String) -> String { l.t("打开\(label)的报告", "Open the report for \(label)") }
    var allPeriods: String { l.t("全部期次", "All periods") }
}
