import PlanGaugeModel

/// The PDFs' own words (`report --pdf`), in Chinese and English: the running header at the top of
/// every printed page.
struct PdfText {
    let l: L10n

    /// The running header: the plan, the page when it is not the plan's own (a park, the policy
    /// funds), the data period. "上海市…行动计划（2021-2023年） · 上海市网络安全产业示范园 · 数据截至 2026年三季度".
    func runningHeader(plan: String, page: String, dataPeriod: Period) -> String {
        let period = l.t("数据截至 \(dataPeriod.chineseLabel)", "data as of \(dataPeriod)")
        return ([plan] + (page == plan || page.isEmpty ? [] : [page]) + [period]).joined(separator: " · ")
    }
}
