/// A `Page` as one self-contained HTML file: inline CSS and SVG, no script, no external
/// resource, readable from `file://`, printable on A4. Well-formed XML (XHTML syntax) so tests
/// can parse it.
public enum HTMLRenderer {
    /// The whole HTML document of `page`, `footer` as the last line (the generator, dataset and time).
    public static func render(_ page: Page, footer: String) -> String {
        let lang = page.language == .zh ? "zh-CN" : "en"
        var h = "<!DOCTYPE html>\n<html lang=\"\(lang)\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
        h += "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        h += "<meta name=\"generator\" content=\"PlanGauge\"/>\n"
        h += "<title>\(HTML.escape(page.title))</title>\n<style>\n\(Stylesheet.css)\n</style>\n</head>\n"
        h += page.printLayout == .flow ? "<body>\n" : "<body class=\"\(page.printLayout.rawValue)\">\n"
        h += "<header>\n<h1>\(HTML.escape(page.title))</h1>\n<ul class=\"meta\">"
        for m in page.meta { h += "<li>\(HTML.escape(m))</li>" }
        h += "</ul>\n"
        if !page.links.isEmpty {
            h +=
                "<nav class=\"links\">"
                + page.links.map { "<a href=\"\(HTML.escape($0.href))\">\(HTML.escape($0.title))</a>" }.joined()
                + "</nav>\n"
        }
        h += "</header>\n<main>\n"
        for section in page.sections { h += render(section, page: page) }
        h += "</main>\n<footer>\(HTML.escape(footer))</footer>\n</body>\n</html>\n"
        return h
    }

    static func render(_ s: Section, page: Page) -> String {
        // Placement classes matter to the one-page print only; flowing pages keep plain sections.
        var classes: [String] = s.style == .normal ? [] : [s.style.rawValue]
        if case .chart = s.content { classes.append("chart") }
        if page.printLayout == .flow { classes = [] }
        var h =
            "<section id=\"\(HTML.escape(s.id))\"\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>\n"
        h += "<h2>\(HTML.escape(s.title))</h2>\n"
        if let note = s.note { h += "<p class=\"note\">\(HTML.escape(note))</p>\n" }
        switch s.content {
        case .paragraphs(let ps):
            for p in ps { h += "<p class=\"narrative\">\(HTML.escape(p))</p>\n" }
        case .kpis(let tiles):
            h += kpis(tiles)
        case .progress(let bars):
            h += progressBars(bars)
        case .chart(let c):
            h += "<figure>\n\(SVGChart.render(c))\n<figcaption>\(HTML.escape(c.summary))</figcaption>\n</figure>\n"
            h += table(c.table, limit: nil) + csvLink(c.table, page)
        case .bars(let c):
            h += "<figure>\n\(SVGBarChart.render(c))\n<figcaption>\(HTML.escape(c.summary))</figcaption>\n</figure>\n"
            h += table(c.table, limit: nil) + csvLink(c.table, page)
        case .table(let t):
            h += tableSection(t, page: page)
        }
        h += "</section>\n"
        return h
    }

    /// The KPI tiles: label, value, detail and status with score, in a grid.
    static func kpis(_ tiles: [KPITile]) -> String {
        var h = "<div class=\"tiles\">\n"
        for t in tiles {
            h += "<div class=\"tile \(t.tone.rawValue)\"><div class=\"label\">\(HTML.escape(t.label))</div>"
            h += "<div class=\"value\">\(HTML.escape(t.value))</div>"
            if let d = t.detail { h += "<div class=\"detail\">\(HTML.escape(d))</div>" }
            if let st = t.status {
                h +=
                    "<div class=\"status\">\(HTML.escape(st))\(t.score.map { " · " + HTML.escape($0) } ?? "")</div>"
            }
            h += "</div>\n"
        }
        h += "</div>\n"
        return h
    }

    /// The progress bars: each bar with its goal, time and season markers, then its figures.
    static func progressBars(_ bars: [ProgressBar]) -> String {
        // Bars that also say each figure's basis and change get a wider text column.
        var h =
            bars.contains { $0.basis != nil || $0.change != nil }
            ? "<div class=\"bars detailed\">\n" : "<div class=\"bars\">\n"
        for b in bars {
            h += "<div class=\"bar-label\">\(HTML.escape(b.label))</div>"
            let width = min(100, max(0, (b.completion ?? 0) / 1.2 * 100))
            h +=
                "<div class=\"bar\" role=\"img\" aria-label=\"\(HTML.escape("\(b.label) \(NumberFormat.percent(b.completion))"))\">"
            h += "<div class=\"fill \(b.tone.rawValue)\" style=\"width:\(HTML.number(width))%\"></div>"
            h += "<div class=\"goal\" style=\"left:\(HTML.number(100 / 1.2))%\"></div>"
            if let c = b.calendarMarker {
                h += "<div class=\"time\" style=\"left:\(HTML.number(min(1, c) / 1.2 * 100))%\"></div>"
            }
            if let s = b.seasonalMarker {
                h += "<div class=\"season\" style=\"left:\(HTML.number(min(1, s) / 1.2 * 100))%\"></div>"
            }
            h += "</div>"
            h +=
                "<div class=\"bar-figures\">\(HTML.escape(NumberFormat.percent(b.completion))) · \(HTML.escape(b.valueText)) / \(HTML.escape(b.targetText))"
            if let c = b.change { h += " · <span class=\"change\">\(HTML.escape(c))</span>" }
            h +=
                "<br/><span class=\"status \(b.tone.rawValue)\">\(HTML.escape(b.status))\(b.score.map { " · " + HTML.escape($0) } ?? "")</span>"
            if let basis = b.basis { h += "<br/><span class=\"basis\">\(HTML.escape(basis))</span>" }
            h += "</div>\n"
        }
        h += "</div>\n"
        return h
    }

    /// A table section's table, the print-only line when a one-page print caps it, and its CSV link.
    static func tableSection(_ t: ReportTable, page: Page) -> String {
        // A one-page print lists the first `printRows` rows; the screen and the CSV have them all.
        let capped = page.printLayout == .onePage && t.rows.count > printRows
        var h = table(t, limit: CityPageBuilder.pageRows, capped: capped)
        if capped {
            let text = PageChromeText(l: L10n(lang: page.language))
            h +=
                "<p class=\"print-only\">\(HTML.escape(text.printCapped(shown: printRows, of: t.rows.count)))</p>\n"
        }
        h += csvLink(t, page)
        return h
    }

    /// The link to the table's CSV file under the table (every row, raw values); "" when the
    /// page's tables are not written.
    static func csvLink(_ t: ReportTable, _ page: Page) -> String {
        guard let path = page.csvPath(t), let href = page.csvHref(t) else { return "" }
        let text = PageChromeText(l: L10n(lang: page.language))
        return
            "<p class=\"csv\">\(text.dataFile)<a href=\"\(HTML.escape(href))\">\(HTML.escape(path))</a></p>\n"
    }

    /// Rows of a table printed on a one-page report.
    static let printRows = 15

    static func table(_ t: ReportTable, limit: Int?, capped: Bool = false) -> String {
        var h = capped ? "<table class=\"capped\">\n<thead><tr>" : "<table>\n<thead><tr>"
        for c in t.columns { h += "<th\(c.numeric ? " class=\"num\"" : "") scope=\"col\">\(HTML.escape(c.title))</th>" }
        h += "</tr></thead>\n<tbody>\n"
        for row in t.rows.prefix(limit ?? .max) {
            h += "<tr>"
            for (i, cell) in row.enumerated() {
                let numeric = i < t.columns.count && t.columns[i].numeric
                let nowrap = !numeric && i < t.columns.count && t.columns[i].nowrap
                h +=
                    "<td\(numeric ? " class=\"num\"" : nowrap ? " class=\"nowrap\"" : "")>\(HTML.escape(cell.text))</td>"
            }
            h += "</tr>\n"
        }
        h += "</tbody>\n</table>\n"
        return h
    }
}
