import PlanGaugeAnalytics
import PlanGaugeModel

/// The as-of day and the rows dated after it, in words, Chinese and English: for the terminal
/// lines of every `plangauge grants` subcommand (`PolicyFundsTextRenderer.asOfLines`) and the
/// policy page's section (`NotYetDueSection`).
enum AsOfText {
    /// "截至 2026-09-30（由 --as-of 指定）".
    static func given(_ day: CalendarDate, _ lang: ReportLanguage) -> String {
        L10n(lang: lang).t("截至 \(day)（由 --as-of 指定）", "As of \(day) (given with --as-of)")
    }

    /// "截至 2026-09-30（数据最新完整季度 2026Q3 的最后一天）".
    static func dataPeriod(_ period: Period, _ lang: ReportLanguage) -> String {
        let quarter = period.unit == .quarter
        return L10n(lang: lang).t(
            "截至 \(period.lastDay)（数据最新完整\(quarter ? "季度" : "期") \(period) 的最后一天）",
            "As of \(period.lastDay) (the last day of the data's latest complete \(quarter ? "quarter" : "period"), \(period))"
        )
    }

    /// A row's kind in words: `grant`, `payment`, `credit_record` (other values as they are).
    static func rowKind(_ kind: String, _ lang: ReportLanguage) -> String {
        let l = L10n(lang: lang)
        switch kind {
        case "grant": return l.t("申报", "grant applied")
        case "payment": return l.t("拨付", "payment")
        case "credit_record": return l.t("信用记录", "credit record")
        default: return kind
        }
    }

    /// The note on a payment left out because its grant was applied after the day.
    static func grantAppliedLater(_ lang: ReportLanguage) -> String {
        L10n(lang: lang).t("项目截至日后申报", "grant applied after the as-of day")
    }

    /// "截至日后的记录，未计入：申报 1 项（20.00万元），拨付 2 笔（36.00万元），信用记录 1 条", or that there are none.
    static func notYetDueSummary(
        _ counts: (grants: Int, payments: Int, credit: Int), granted: Amount, paid: Amount, _ lang: ReportLanguage
    ) -> String {
        let l = L10n(lang: lang)
        guard counts.grants + counts.payments + counts.credit > 0 else {
            return l.t(
                "截至日后的记录：无（申报、拨付、信用记录均不晚于截至日）",
                "Rows dated after the as-of day: none (no grant applied, payment or credit record after it)")
        }
        var parts: [String] = []
        if counts.grants > 0 {
            parts.append(
                l.t(
                    "申报 \(counts.grants) 项（\(FindingText.money(granted, lang))）",
                    "\(counts.grants) grant\(counts.grants == 1 ? "" : "s") applied (\(FindingText.money(granted, lang)))"
                ))
        }
        if counts.payments > 0 {
            parts.append(
                l.t(
                    "拨付 \(counts.payments) 笔（\(FindingText.money(paid, lang))）",
                    "\(counts.payments) payment\(counts.payments == 1 ? "" : "s") (\(FindingText.money(paid, lang)))"))
        }
        if counts.credit > 0 {
            parts.append(
                l.t("信用记录 \(counts.credit) 条", "\(counts.credit) credit record\(counts.credit == 1 ? "" : "s")"))
        }
        return l.t("截至日后的记录，未计入：", "Not yet due, dated after the as-of day and not counted: ")
            + parts.joined(separator: l.t("，", ", "))
    }

    /// The policy page's head lines: the as-of day with its source, and the rows dated after it in one sentence.
    static func pageMeta(_ r: PolicyFundsReport, _ lang: ReportLanguage) -> [String] {
        lang == .zh ? [r.asOfSource.label, r.notYetDue.summary] : [r.asOfSource.labelEn, r.notYetDue.summaryEn]
    }

    // The policy page's section of rows dated after the as-of day.
    static func sectionTitle(_ l: L10n) -> String {
        l.t("截至日后的记录（未计入）", "Rows dated after the as-of day (not counted)")
    }
    /// What the section's rows count in: nothing, and what is flagged whatever the day.
    static func sectionRule(_ l: L10n) -> String {
        l.t(
            "。这些记录晚于截至日，不计入核定、拨付、预算和评估；但申报日期超出政策有效期的项目，无论截至日为何，均列为“超出有效期”。",
            ". These rows are later than the as-of day and count in no figure (committed, paid, budget, evaluation); a grant applied outside its policy's validity is flagged as such whatever the day."
        )
    }
    static func fullStop(_ l: L10n) -> String { l.t("。", ". ") }
    static func noteSeparator(_ l: L10n) -> String { l.t("；", "; ") }
    static func tableTitle(_ l: L10n) -> String { l.t("截至日后的记录", "Rows after the as-of day") }
    /// Row, grant, enterprise, date, amount, note, where.
    static func columns(_ l: L10n) -> [String] {
        l.t(
            ["类型", "项目编号", "企业", "日期", "金额（万元）", "说明", "位置"],
            ["Row", "Grant", "Enterprise", "Date", "Amount (CNY m)", "Note", "Where"])
    }
}
