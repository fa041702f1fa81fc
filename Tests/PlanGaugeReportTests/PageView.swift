import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a reader sees of a page, read back from its HTML or Markdown: per section title, its one
/// table as cell texts — a table as drawn, KPI tiles as rows `[label, value, detail, status · score]`,
/// progress bars as rows `[label, completion, bar, value, target, status · score]` (the Markdown's
/// own columns; the HTML's bars are read into the same places). The figure tests compare these
/// cells with the model, so they read nothing of the builders.
struct PageView {
    struct Table {
        var header: [String] = []
        var rows: [[String]] = []
    }

    /// Section title → its table.
    var sections: [String: Table] = [:]

    /// The page's Markdown, read table by table under each `## ` heading.
    static func markdown(_ text: String) -> PageView {
        var view = PageView()
        var title: String?
        var table: Table?
        func close() {
            if let title, let table { view.sections[title] = table }
            table = nil
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                close()
                title = unescape(String(line.dropFirst(3)))
            } else if line.hasPrefix("| ") {
                let cells = cells(String(line))
                if table == nil {
                    table = Table(header: cells)
                } else if !cells.allSatisfy({ $0.hasPrefix("---") }) {
                    table!.rows.append(cells)
                }
            } else if table != nil {
                close()
            }
        }
        close()
        return view
    }

    /// A Markdown table row's cells: split at unescaped pipes, escapes undone, trimmed.
    static func cells(_ line: String) -> [String] {
        var out: [String] = [], cell = ""
        var escaped = false
        for c in line.dropFirst(1).dropLast(line.hasSuffix("|") ? 1 : 0) {
            if escaped {
                cell.append(c); escaped = false
            } else if c == "\\" {
                escaped = true
            } else if c == "|" {
                out.append(cell.trimmingCharacters(in: .whitespaces)); cell = ""
            } else {
                cell.append(c)
            }
        }
        out.append(cell.trimmingCharacters(in: .whitespaces))
        return out
    }

    static func unescape(_ s: String) -> String {
        var out = "", escaped = false
        for c in s {
            if !escaped && c == "\\" { escaped = true } else { out.append(c); escaped = false }
        }
        return out
    }

    /// The page's HTML, parsed as XML (the renderer writes XHTML syntax); nil when it does not parse.
    static func html(_ text: String) -> PageView? {
        let reader = HTMLTableReader()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = reader
        guard parser.parse() else { return nil }
        return reader.view
    }
}

/// Reads sections, tables, tiles and bars out of a page's HTML.
final class HTMLTableReader: NSObject, XMLParserDelegate {
    var view = PageView()
    private var title: String?
    private var table: PageView.Table?
    private var row: [String]?
    private var text: String?  // the text being collected, when inside a cell or a field
    private var classes: [String] = []  // the class of every open element
    private var tile: [String: String]?
    private var bar: (label: String, figures: String, status: String)?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let cls = attributes["class"] ?? ""
        classes.append(cls)
        switch name {
        case "section": title = nil; table = nil
        case "h2": text = ""
        case "table": table = PageView.Table()
        case "tr": row = []
        case "th", "td": text = ""
        case "br": if bar != nil, text != nil { text! += "\n" }
        case "div" where cls.hasPrefix("tile "): tile = [:]
        case "div" where tile != nil && ["label", "value", "detail", "status"].contains(cls): text = ""
        case "div" where cls == "bar-label": bar = (label: "", figures: "", status: ""); text = ""
        case "div" where cls == "bar-figures": text = ""
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if text != nil { text! += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let cls = classes.popLast() ?? ""
        switch name {
        case "h2": title = text; text = nil
        case "th": table?.header.append(text ?? ""); text = nil
        case "td": row?.append(text ?? ""); text = nil
        case "tr": if let row, !row.isEmpty { table?.rows.append(row) }; row = nil
        case "table": if let title, let table { view.sections[title] = table }
        case "div" where tile != nil && ["label", "value", "detail", "status"].contains(cls):
            tile![cls] = text; text = nil
        case "div" where cls.hasPrefix("tile "):
            let t = tile ?? [:]
            append([t["label"] ?? "", t["value"] ?? "", t["detail"] ?? "", t["status"] ?? ""])
            tile = nil
        case "div" where cls == "bar-label": bar?.label = text ?? ""; text = nil
        case "div" where cls == "bar-figures":
            if let b = bar { append(Self.barRow(label: b.label, figures: text ?? "")) }
            bar = nil; text = nil
        default: break
        }
    }

    /// `94.8% · 237.00亿元 / 250.00亿元[ · change]` then the status line: the Markdown's columns.
    static func barRow(label: String, figures: String) -> [String] {
        let lines = figures.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let head = lines.first ?? ""
        let parts = head.components(separatedBy: " · ")
        let completion = parts.first ?? ""
        let levels = parts.count > 1 ? parts[1].components(separatedBy: " / ") : []
        return [
            label, completion, "", levels.first ?? "", levels.count > 1 ? levels[1] : "",
            lines.count > 1 ? lines[1] : ""
        ]
    }

    /// Tiles and bars: rows of their section's one table.
    private func append(_ cells: [String]) {
        guard let title else { return }
        view.sections[title, default: PageView.Table()].rows.append(cells)
    }
}
