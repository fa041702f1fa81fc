/// A `Page` as pandoc Markdown for the Word report (`report --docx`): the title, the meta lines under
/// it, each section under a numbered heading (一、二、), paragraphs as paragraphs, and every table —
/// tiles, bars and charts included, as their data — numbered with its caption, notes under it.
/// Links and data files are left out: the document is edited and forwarded on its own.
public enum DocxMarkdownRenderer {
    /// The page as pandoc Markdown, `footer` (generator, dataset, period) as its last line.
    public static func render(_ page: Page, footer: String) -> String {
        let l = L10n(lang: page.language)
        var m = PandocMarkdown.titleBlock(page.title)
        if !page.meta.isEmpty { m += PandocMarkdown.styled("Meta", page.meta) }
        var tables = 0
        let ids = headingIDs(page.sections)
        for (i, s) in page.sections.enumerated() {
            m += section(s, number: i + 1, id: ids[i], tables: &tables, page: page, l)
        }
        m += PandocMarkdown.styled("Note", [footer])
        return m
    }

    /// A section: its numbered heading, its content, then its note.
    static func section(_ s: Section, number: Int, id: String, tables: inout Int, page: Page, _ l: L10n) -> String {
        let text = DocxText(l: l)
        var m = PandocMarkdown.heading(text.sectionNumber(number) + s.title, id: id)
        /// The next table, numbered through the document.
        func table(_ t: ReportTable, _ caption: String, limit: Int? = nil) -> String {
            tables += 1
            return PandocMarkdown.table(t, caption: text.caption(tables, caption), limit: limit)
        }
        var notes: [String] = s.note.map { [text.note($0)] } ?? []
        switch s.content {
        case .paragraphs(let ps):
            m += ps.map(PandocMarkdown.paragraph).joined()
        case .kpis(let tiles):
            m += table(DocxTables.tiles(tiles, l), s.title)
        case .progress(let bars):
            m += table(DocxTables.bars(bars, l), s.title)
        case .chart(let c):
            m +=
                PandocMarkdown.paragraph(c.summary) + table(c.table, chartCaption(c.title, unit: c.unit, c.table, text))
        case .bars(let c):
            m +=
                PandocMarkdown.paragraph(c.summary) + table(c.table, chartCaption(c.title, unit: c.unit, c.table, text))
        case .table(let t):
            let limit = CityPageBuilder.pageRows
            m += table(t, t.title.isEmpty ? s.title : t.title, limit: limit)
            // The page's own note says where a list it cuts goes on; one without a note gets this.
            if t.rows.count > limit, s.note == nil {
                notes.append(text.note(text.firstRows(limit, of: t.rows.count, file: page.csvPath(t))))
            }
        }
        if !notes.isEmpty { m += PandocMarkdown.styled("Note", notes) }
        return m
    }

    /// A chart's caption: its title, and its unit when neither the title nor a column heading says it.
    static func chartCaption(_ title: String, unit: String, _ t: ReportTable, _ text: DocxText) -> String {
        guard !unit.isEmpty, !title.contains(unit), !t.columns.contains(where: { $0.title.contains(unit) }) else {
            return title
        }
        return title + text.unit(unit)
    }

    /// The sections' bookmarks: their ids in letters, digits, `-` and `_`, each used once.
    static func headingIDs(_ sections: [Section]) -> [String] {
        var used: Set<String> = []
        return sections.enumerated().map { i, s in
            var id = s.id.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            if !(id.first?.isLetter ?? false) { id = "section-\(i + 1)" + (id.isEmpty ? "" : "-" + id) }
            var unique = id, n = 2
            while used.contains(unique) {
                unique = "\(id)-\(n)"
                n += 1
            }
            used.insert(unique)
            return unique
        }
    }
}
