import Foundation
import PlanGaugeModel

/// A tidy table for analysts: one fact per row, typed columns, written as CSV (UTF-8 with BOM, for
/// Excel) and as plain JSON (an array of objects, numbers as numbers, null for no value).
public struct ExportTable: Sendable, Equatable {
    /// A column's type in `schema.json` and in the JSON: `text` (a string), `number`, `integer`, `boolean` (`true`/`false`).
    public enum Kind: String, Sendable, Equatable { case text, number, integer, boolean }

    /// One typed column.
    public struct Column: Sendable, Equatable {
        /// The column name: the CSV header and the JSON key.
        public var name: String
        /// How the JSON writes its cells.
        public var kind: Kind
        /// What the column holds, for `schema.json` (units included).
        public var description: String
    }

    /// The table's name: its files are `<name>.csv` and `<name>.json`.
    public var name: String
    /// What one row is, for `schema.json`.
    public var description: String
    /// The columns, left to right.
    public var columns: [Column]
    /// Cells as text (numbers in plain decimal notation); nil for no value.
    public var rows: [[String?]]

    /// The table as CSV: UTF-8 with BOM, CRLF line ends, an empty cell for no value.
    public var csv: Data {
        var s = "\u{FEFF}" + columns.map(\.name).joined(separator: ",") + "\r\n"
        for row in rows { s += row.map { CSVCell.escape($0 ?? "") }.joined(separator: ",") + "\r\n" }
        return Data(s.utf8)
    }

    /// The table as a JSON array of objects, one per row, keys in column order; `null` for no value.
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

/// Plain decimal text for numbers in exports: no exponent, no grouping, no trailing zeros, and no
/// binary-float tails (`106.5`, never `106.5000000001`).
enum ExportNumber {
    /// A double by its digits to 15 significant places (all a double holds for certain), so the
    /// noise of its last bits is rounded away (0.9399999999999999 is 0.94) and a value read from
    /// the files comes back as written.
    static func text(_ d: Double?) -> String? {
        guard let d, d.isFinite else { return nil }
        if d == 0 { return "0" }
        return plain(String(format: "%.14e", d))
    }

    /// An exact value in plain decimals: exactly when it ends within `places` decimals (a money
    /// value in 亿元 always does, 分 being 10⁻¹⁰ 亿元), else rounded half away from zero to them.
    static func text(_ r: Rational, places: Int = 12) -> String {
        let negative = r.numerator < 0
        let n = r.numerator.magnitude, den = r.denominator.magnitude
        var scale: UInt128 = 1
        for _ in 0..<places { scale *= 10 }
        // n/den × 10^places, rounded: the quotient and remainder, kept within 128 bits.
        let whole = n / den, rest = n % den
        let (scaled, overflow) = rest.multipliedReportingOverflow(by: scale)
        // a denominator beyond 10^26: no exact digits to keep
        guard !overflow else { return text(r.doubleValue) ?? "0" }
        let (q, carry) = scaled.quotientAndRemainder(dividingBy: den)
        var frac = q + (carry * 2 >= den ? 1 : 0)
        var intPart = whole
        if frac == scale { intPart += 1; frac = 0 }
        let digits = String(frac)
        let exact =
            (negative ? "-" : "") + String(intPart) + "." + String(repeating: "0", count: max(0, places - digits.count))
            + digits
        return DecimalFormat.plain.string(decimalText: exact) ?? exact  // trailing zeros and a "-0" go
    }

    /// `-1.06500000000000e+02` → `-106.5`.
    static func plain(_ scientific: String) -> String {
        DecimalFormat.plain.string(decimalText: scientific) ?? scientific
    }
}
