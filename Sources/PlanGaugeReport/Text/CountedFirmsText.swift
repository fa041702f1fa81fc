import PlanGaugeModel

/// Every word the tables of counted firms and pipelines write (on the city page and a park's page),
/// in Chinese and English. `name` is the indicator's name as the page writes it.
struct CountedFirmsText {
    let l: L10n
    // Counted firms
    func countedTitle(_ name: String, _ n: Int) -> String {
        l.t("\(name)：计入企业（\(n) 家）", "\(name): firms counted (\(n))")
    }
    /// "按近12个月营业收入从大到小。"; `pageRows` when the page shows only the first rows of the CSV `file`.
    func countedNote(by short: String, pageRows: Int?, file: String) -> String {
        let more =
            pageRows.map {
                l.t("，页面列前 \($0) 家，完整名单见 data/\(file)", "; the page lists the first \($0), data/\(file) has all")
            } ?? ""
        return l.t("按\(short)从大到小\(more)。", "By \(short), largest first\(more).")
    }

    // Pipeline
    func candidatesTitle(_ name: String, _ n: Int) -> String {
        l.t("\(name)：储备企业（\(n) 家）", "\(name): candidates (\(n))")
    }
    func closeToThresholdTitle(_ name: String, _ n: Int) -> String {
        l.t("\(name)：接近门槛的企业（\(n) 家）", "\(name): close to the threshold (\(n))")
    }
    /// The note under a plan's own candidate rule; `rule`: its conditions as `conditionText` writes them.
    func candidatesNote(rule: [String], by short: String) -> String {
        let said = rule.joined(separator: SharedText(l: l).listSeparator)
        return l.t(
            "按计划规定的候选规则（\(said)）列出、尚未计入的企业，按\(short)从大到小。",
            "Firms not counted yet that meet the plan's candidate rule (\(said)), by \(short), largest first."
        )
    }
    func closeToThresholdNote(by short: String) -> String {
        l.t(
            "距门槛 20% 以内、最可能下一步跨过门槛的企业，按\(short)从大到小。",
            "Within 20% below the threshold: the firms most likely to cross next, by \(short), largest first."
        )
    }

    // Ranked by
    var marketCapColumn: String { l.t("期末市值（亿元）", "Market cap (\(l.moneyUnit))") }
    var marketCap: String { l.t("期末市值", "market cap") }
    var revenueColumn: String { l.t("近12个月营业收入（亿元）", "Revenue, last 12 months (\(l.moneyUnit))") }
    var revenue: String { l.t("近12个月营业收入", "revenue over the last 12 months") }

    // Conditions
    func tag(_ t: String) -> String { l.t("标签「\(t)」", "tag «\(t)»") }
    func revenueAtLeast(_ amount: String) -> String {
        l.t("近12个月营业收入 ≥ ", "revenue over the last 12 months ≥ ") + amount
    }
    func marketCapAtLeast(_ amount: String) -> String { l.t("期末市值 ≥ ", "market cap ≥ ") + amount }

    // Columns
    var enterprise: String { l.t("企业", "Enterprise") }
    var park: String { l.t("园区", "Park") }
    var ofThreshold: String { l.t("达门槛", "Of threshold") }
}
