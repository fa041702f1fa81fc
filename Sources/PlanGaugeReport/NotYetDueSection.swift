import PlanGaugeAnalytics
import PlanGaugeModel

/// The policy page's section of the ledger's rows dated after the as-of day (`NotYetDueReport`);
/// its words are `AsOfText`'s.
enum NotYetDueSection {
    /// The section; nil when no row is dated after the day (the page's head says so).
    static func build(_ r: PolicyFundsReport, language: ReportLanguage) -> Section? {
        let n = r.notYetDue
        guard !n.isEmpty else { return nil }
        let l = L10n(lang: language), zh = language == .zh
        let rows = n.rows.map { row -> [ReportTable.Cell] in
            let kinds = row.findings.map {
                GrantFinding.Kind(rawValue: $0).map { FindingText.kind($0, language) } ?? $0
            }
            let note = ([zh ? row.note : row.noteEn].compactMap { $0 } + kinds).joined(
                separator: AsOfText.noteSeparator(l))
            return [
                .init(zh ? row.kindLabel : row.kindLabelEn), .init(row.grant ?? ""), .init(row.enterpriseName),
                .init(row.date), .money(row.amountFen, language), .init(note),
                .init(row.file.map { "\($0):\(row.line ?? 0)" } ?? "")
            ]
        }
        let columns = AsOfText.columns(l)
        return Section(
            id: "not-yet-due", title: AsOfText.sectionTitle(l),
            note: (zh ? r.asOfSource.label : r.asOfSource.labelEn) + AsOfText.fullStop(l)
                + (zh ? n.summary : n.summaryEn) + AsOfText.sectionRule(l),
            content: .table(
                ReportTable(
                    id: "policy-not-yet-due", title: AsOfText.tableTitle(l),
                    columns: [
                        .init(columns[0]), .init(columns[1], nowrap: true), .init(columns[2]),
                        .init(columns[3], nowrap: true), .init(columns[4], numeric: true), .init(columns[5]),
                        .init(columns[6], nowrap: true)
                    ],
                    rows: rows)))
    }
}
