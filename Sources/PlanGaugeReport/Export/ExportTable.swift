import Foundation

/// A tidy table for analysts: one fact per row, typed columns, written as CSV (UTF-8 with BOM, for
/// Excel) and as plain JSON (an array of objects, numbers as numbers, null for no value).
public struct ExportTable: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable { case text, number, integer, boolean }

    public struct Column: Sendable, Equatable {
        public var name: String
        public var kind: Kind
        public var description: String
    }

    public var name: String
    public var description: String
    public var columns: [Column]
    /// Cells as text (numbers in plain decimal notation); nil for no value.
    public var rows: [[String?]]

    public var csv: Data {
        var s = "\u{FEFF}" + columns.map(\.name).joined(separator: ",") + "\r\n"
        for row in rows { s += row.map { CSVCell.escape($0 ?? "") }.joined(separator: ",") + "\r\n" }
        return Data(s.utf8)
    }

    public var json: Data {
        var s = "[\n"
        for (n, row) in rows.enumerated() {
            s += "  {"
            for (i, column) in columns.enumerated() {
                if i > 0 { s += ", " }
                s += JSONText.string(column.name) + ": " + JSONText.value(row[i], column.kind)
            }
            s += n == rows.count - 1 ? "}\n" : "},\n"
        }
        return Data((s + "]\n").utf8)
    }
}

enum JSONText {
    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0}"..."\u{1F}": out += String(format: "\\u%04x", u.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    static func value(_ cell: String?, _ kind: ExportTable.Kind) -> String {
        guard let cell, !cell.isEmpty else { return "null" }
        switch kind {
        case .text: return string(cell)
        case .number, .integer: return cell
        case .boolean: return cell == "true" ? "true" : "false"
        }
    }
}

/// Plain decimal text for numbers in exports: no exponent, no grouping, trailing zeros dropped.
enum ExportNumber {
    static func text(_ d: Double?, places: Int = 10) -> String? {
        guard let d, d.isFinite else { return nil }
        return NumberFormat.fixed(d, places: places).trimmedZeros
    }
}
