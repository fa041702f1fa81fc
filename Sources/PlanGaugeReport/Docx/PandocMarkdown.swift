import Foundation

/// The pieces of pandoc's Markdown the Word report is written in: literal text, headings, paragraphs
/// in a named Word style, and pipe tables with captions and column widths.
enum PandocMarkdown {
    /// The title as the document's metadata: pandoc sets it in the Title style and as the file's title.
    static func titleBlock(_ title: String) -> String {
        // A single-quoted YAML scalar is literal but for '' (one quote); pandoc then reads it as Markdown.
        "---\ntitle: '\(text(title).replacingOccurrences(of: "'", with: "''"))'\n---\n\n"
    }

    /// A level-1 heading with its bookmark `id`, never numbered by pandoc (the number is in the text).
    static func heading(_ title: String, id: String) -> String {
        "# \(text(title)) {#\(id) .unnumbered}\n\n"
    }

    /// One body paragraph.
    static func paragraph(_ s: String) -> String { text(s) + "\n\n" }

    /// Paragraphs in the reference document's paragraph style `style` (`Meta`, `Note`).
    static func styled(_ style: String, _ paragraphs: [String]) -> String {
        "::: {custom-style=\"\(style)\"}\n" + paragraphs.map(text).joined(separator: "\n\n") + "\n:::\n\n"
    }

    /// `s` as literal text: every ASCII punctuation mark escaped (pandoc's `all_symbols_escapable`),
    /// so no name in the data becomes markup, a list or a table; line breaks become spaces.
    static func text(_ s: String) -> String {
        var out = ""
        for c in s.trimmingCharacters(in: .whitespacesAndNewlines) {
            if c.isNewline {
                out.append(" ")
            } else if c.isASCII, c.isPunctuation || c.isSymbol {
                out += "\\" + String(c)
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// A pipe table of the first `limit` rows (nil: all) with `caption` after it. The separator line
    /// is long enough that pandoc spreads the table over the text width and takes the columns'
    /// relative widths from its dashes.
    static func table(_ t: ReportTable, caption: String, limit: Int? = nil) -> String {
        guard !t.columns.isEmpty else { return "" }
        let rows = t.rows.prefix(limit ?? .max).map { row in
            t.columns.indices.map { $0 < row.count ? row[$0].text : "" }
        }
        var m = "| " + t.columns.map { text($0.title) }.joined(separator: " | ") + " |\n"
        m +=
            "|"
            + zip(t.columns, dashes(t.columns, rows)).map { column, n in
                let line = String(repeating: "-", count: n)
                return column.numeric ? line + ":|" : ":" + line + "|"
            }.joined() + "\n"
        for row in rows { m += "| " + row.map(text).joined(separator: " | ") + " |\n" }
        return m + "\n: " + text(caption) + "\n\n"
    }

    /// Dashes per column, `total` in all, in proportion to the columns' widths in half-width characters,
    /// `textWidth` of which fit across the page at the tables' 10.5 pt. Each column wants its widest
    /// cell (a text column at most 40, a number 16); when they do not fit, numbers and one-line columns keep theirs
    /// and text columns wrap, each keeping at least seven wide characters (or its widest cell) and
    /// sharing the rest by what it wants more; when even that does not fit, the widest text columns
    /// give way, and only when they are down to four wide characters the numbers too.
    static func dashes(_ columns: [ReportTable.Column], _ rows: [[String]], total: Int = 120) -> [Int] {
        let padding = 2, textWidth = 84
        let fixed = columns.map { $0.numeric || $0.nowrap }
        let wanted = columns.indices.map { i in
            let cells = rows.map { displayWidth($0[i]) }.max() ?? 0
            let heading = displayWidth(columns[i].title)
            // A number's heading may wrap over two lines; its figures may not, but a remark after
            // one may (`+258.7%（首年不足12个月）`): no figure is wider than 16.
            return (fixed[i] ? min(max(cells, min(heading, 8)), 16) : min(max(cells, heading), 40)) + padding
        }
        let least = columns.indices.map { fixed[$0] ? wanted[$0] : min(wanted[$0], 14 + padding) }
        let weights: [Double]
        if wanted.reduce(0, +) <= textWidth {
            weights = wanted.map(Double.init)
        } else if least.reduce(0, +) <= textWidth {
            let extra = columns.indices.map { wanted[$0] - least[$0] }.reduce(0, +)
            let room = Double(textWidth - least.reduce(0, +))
            weights = columns.indices.map { Double(least[$0]) + room * Double(wanted[$0] - least[$0]) / Double(extra) }
        } else {
            // Too wide even so: the text columns give way first, down to four wide characters each.
            let fixedSum = columns.indices.filter { fixed[$0] }.map { wanted[$0] }.reduce(0, +)
            let room = textWidth - fixedSum, texts = columns.indices.filter { !fixed[$0] }
            if room >= texts.count * (8 + padding) {
                let shares = capped(texts.map { Double(least[$0]) }, to: Double(room))
                var w = wanted.map(Double.init)
                for (i, share) in zip(texts, shares) { w[i] = share }
                weights = w
            } else {
                weights = capped(least.map(Double.init), to: Double(textWidth))
            }
        }
        let sum = weights.reduce(0, +)
        return weights.map { max(3, Int(($0 * Double(total) / max(sum, 1)).rounded())) }
    }

    /// `widths` with the widest cut to one common cap so that they add up to `total`, the narrower
    /// kept as they are (widths that add up to no more than `total` come back unchanged).
    static func capped(_ widths: [Double], to total: Double) -> [Double] {
        guard widths.reduce(0, +) > total else { return widths }
        var kept = 0.0, left = widths.count
        for w in widths.sorted() {
            let cap = (total - kept) / Double(left)
            if w > cap { return widths.map { min($0, cap) } }
            kept += w
            left -= 1
        }
        return widths
    }

    /// Width in half-width characters: CJK, full-width forms, dashes and block glyphs count two.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2000 ? 2 : 1) }
    }
}
