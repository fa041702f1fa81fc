/// A `Page` as GitHub-flavoured Markdown that also reads well as plain text.
public enum MarkdownRenderer {
    /// The page as Markdown: title, meta lines, links (to the `.md` siblings), sections, and `footer` after a rule.
    public static func render(_ page: Page, footer: String) -> String {
        let l = L10n(lang: page.language)
        var m = "# \(inline(page.title))\n\n"
        for line in page.meta { m += "- \(inline(line))\n" }
        if !page.links.isEmpty {
            m +=
                "\n"
                + page.links.map { "[\(inline($0.title))](\($0.href.replacingOccurrences(of: ".html", with: ".md")))" }
                .joined(separator: " · ") + "\n"
        }
        for s in page.sections { m += section(s, page: page, l) }
        m += "\n---\n\n\(inline(footer))\n"
        return m
    }

    /// A section: its heading, its note in italics, then its content.
    static func section(_ s: Section, page: Page, _ l: L10n) -> String {
        var m = "\n## \(inline(s.title))\n\n"
        if let note = s.note { m += "_\(inline(note))_\n\n" }
        switch s.content {
        case .paragraphs(let ps):
            m += ps.map(inline).joined(separator: "\n\n") + "\n"
        case .kpis(let tiles):
            m += table(kpiTable(tiles, l), limit: nil)
        case .progress(let bars):
            m += table(progressTable(bars, l), limit: nil)
        case .chart(let c):
            m += "\(inline(c.summary))\n\n" + table(c.table, limit: nil) + csvLink(c.table, page)
        case .bars(let c):
            m += "\(inline(c.summary))\n\n" + table(c.table, limit: nil) + csvLink(c.table, page)
        case .table(let t):
            m += table(t, limit: CityPageBuilder.pageRows) + csvLink(t, page)
        }
        return m
    }

    /// The KPI tiles as a table: label, value, detail, status with score.
    static func kpiTable(_ tiles: [KPITile], _ l: L10n) -> ReportTable {
        let text = PageChromeText(l: l)
        return ReportTable(
            id: "", title: "",
            columns: [
                .init(text.indicator), .init(text.value, numeric: true), .init(text.detail), .init(text.status)
            ],
            rows: tiles.map {
                [
                    .init($0.label), .init($0.value), .init($0.detail ?? ""),
                    .init(($0.status ?? "") + ($0.score.map { " · " + $0 } ?? ""))
                ]
            })
    }

    /// The progress bars as a table with a text bar for 完成度.
    static func progressTable(_ bars: [ProgressBar], _ l: L10n) -> ReportTable {
        // What each value is and its change since the quarter before, where the page says them.
        let text = PageChromeText(l: l)
        let basis = bars.contains { $0.basis != nil }, change = bars.contains { $0.change != nil }
        var columns: [ReportTable.Column] = [
            .init(text.indicator), .init(text.done, numeric: true), .init(""),
            .init(text.currentValue, numeric: true), .init(text.targetValue, numeric: true), .init(text.status)
        ]
        if basis { columns.append(.init(text.basis)) }
        if change { columns.append(.init(text.change)) }
        return ReportTable(
            id: "", title: "", columns: columns,
            rows: bars.map { b in
                var row: [ReportTable.Cell] = [
                    .init(b.label), .init(NumberFormat.percent(b.completion)), .init(bar(b.completion)),
                    .init(b.valueText), .init(b.targetText),
                    .init(b.status + (b.score.map { " · " + $0 } ?? ""))
                ]
                if basis { row.append(.init(b.basis ?? "")) }
                if change { row.append(.init(b.change ?? "")) }
                return row
            })
    }

    /// A text bar of ten cells for 完成度 (capped at 100%).
    static func bar(_ completion: Double?) -> String {
        guard let c = completion else { return "" }
        let filled = Int((min(1, max(0, c)) * 10).rounded(.toNearestOrAwayFromZero))
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    }

    /// The link to the table's CSV file, after a blank line (a line right under a table would be
    /// read as one more row); "" when the page's tables are not written.
    static func csvLink(_ t: ReportTable, _ page: Page) -> String {
        guard let path = page.csvPath(t), let href = page.csvHref(t) else { return "" }
        let text = PageChromeText(l: L10n(lang: page.language))
        return "\n" + inline(text.dataFile) + "[\(inline(path))](\(href))\n"
    }

    static func table(_ t: ReportTable, limit: Int?) -> String {
        var m = "| " + t.columns.map { cell($0.title) }.joined(separator: " | ") + " |\n"
        m += "|" + t.columns.map { $0.numeric ? " ---: |" : " --- |" }.joined() + "\n"
        for row in t.rows.prefix(limit ?? .max) {
            m += "| " + row.map { cell($0.text) }.joined(separator: " | ") + " |\n"
        }
        return m
    }

    /// Table cells: pipes and line breaks would break the row.
    static func cell(_ s: String) -> String {
        inline(s).replacingOccurrences(of: "|", with: "\\|")
    }

    /// Markdown-significant characters in data are escaped so a name cannot become a link or HTML.
    static func inline(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#": out += "\\" + String(c)
            case "\n", "\r": out += " "
            default: out.append(c)
            }
        }
        return out
    }
}
