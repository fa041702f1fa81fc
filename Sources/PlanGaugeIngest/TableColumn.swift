import Foundation
import PlanGaugeModel

/// A column of one dataset table: its English name, Chinese aliases, and what it holds.
/// Each table is an enum of these; the raw value indexes arrays, so lookups per cell are free.
protocol TableColumn: CaseIterable, RawRepresentable<Int>, Hashable, SendableMetatype where AllCases == [Self] {
    /// English name first, then aliases (Chinese first among them). Matching ignores case, spaces,
    /// underscores and a unit suffix such as `(万元)`, `（亿元）` or `_wan`.
    var names: [String] { get }
    var isRequired: Bool { get }
    /// Amount columns take a money unit from the header; others ignore one.
    var isAmount: Bool { get }
}

extension TableColumn {
    var isAmount: Bool { false }
    var englishName: String { names[0] }
    /// `revenue / 营业收入`, for messages.
    var displayName: String { names.count > 1 ? "\(names[0]) / \(names[1])" : names[0] }
}

/// Which field of the file holds each column, and the unit the header gives amount columns.
struct ResolvedHeader<Column: TableColumn> {
    var fieldIndex: [Int?] = Array(repeating: nil, count: Column.allCases.count)
    var unit: [MoneyUnit?] = Array(repeating: nil, count: Column.allCases.count)
    var fieldCount = 0

    subscript(column: Column) -> Int? { fieldIndex[column.rawValue] }

    /// Matches header cells to columns, reporting unknown, duplicate and missing columns.
    /// Returns nil when the table cannot be read (a required column missing or a column twice).
    static func resolve(_ cells: [String], file: String, line: Int, report: (Diagnostic) -> Void) -> ResolvedHeader? {
        var header = ResolvedHeader()
        header.fieldCount = cells.count
        // `i\0d\0,\0`: UTF-16 (Excel's "Unicode text") read as bytes. Naming every column unknown and
        // every required one missing would hide the one thing to fix.
        if cells.contains(where: { $0.unicodeScalars.contains("\u{0}") }) {
            report(
                Diagnostic(
                    file: file, line: line, column: 0, severity: .error,
                    message:
                        "the header holds NUL bytes: the file is probably UTF-16, which is not read; no row of this file can be read",
                    expected: "a CSV file saved as UTF-8 (CSV UTF-8) or GB18030 (CSV)"))
            return nil
        }
        var usable = header.match(cells, file: file, line: line, report: report)
        header.warnDefaultUnits(cells, file: file, line: line, report: report)
        if !reportMissingRequired(header, file: file, line: line, report: report) { usable = false }
        return usable ? header : nil
    }

    /// Gives each header cell its column; false when a column appears twice or an amount column's
    /// unit is unknown.
    private mutating func match(_ cells: [String], file: String, line: Int, report: (Diagnostic) -> Void) -> Bool {
        var usable = true
        let lookup = Dictionary(
            Column.allCases.flatMap { c in c.names.map { (HeaderName.key($0), c) } },
            uniquingKeysWith: { a, _ in a })
        for (i, raw) in cells.enumerated() {
            let name = HeaderName(raw)
            guard let column = lookup[name.key] else {
                Self.reportUnknown(raw, name: name, at: i, file: file, line: line, report: report)
                continue
            }
            if let first = fieldIndex[column.rawValue] {
                report(
                    Diagnostic(
                        file: file, line: line, column: i + 1, severity: .error,
                        message:
                            "column \(column.displayName) appears twice (first in column \(first + 1)); the file cannot be read unambiguously",
                        value: raw))
                usable = false
                continue
            }
            fieldIndex[column.rawValue] = i
            if let unitText = name.unit {
                if let unit = MoneyUnit.fromShortName(unitText), column.isAmount {
                    self.unit[column.rawValue] = unit
                } else if column.isAmount {
                    report(
                        Diagnostic(
                            file: file, line: line, column: i + 1, severity: .error,
                            message: "unknown money unit in the header", value: raw,
                            expected: "元, 千元, 万元 or 亿元 (or _yuan, _qian, _wan, _yi)"))
                    usable = false
                }
            }
        }
        return usable
    }

    /// Warns of a header cell that names no column (or nothing at all); notes a reference or row-number column.
    private static func reportUnknown(
        _ raw: String, name: HeaderName, at i: Int, file: String, line: Int, report: (Diagnostic) -> Void
    ) {
        if name.key.isEmpty {
            report(
                Diagnostic(
                    file: file, line: line, column: i + 1, severity: .warning,
                    message: "empty column name; the column is ignored"))
        } else if raw.contains("参考") {
            // A form's reference column (上期营业收入（万元，参考）, pre-filled for checking): read by
            // nobody, as its name says; a note, not a warning on every return.
            report(
                Diagnostic(
                    file: file, line: line, column: i + 1, severity: .note,
                    message: "reference column (参考); it is ignored", value: raw))
        } else if ["序号", "行次", "no", "no.", "#"].contains(name.key) {
            // A row number (序号, 行次): every office form has one, and it holds no figure.
            report(
                Diagnostic(
                    file: file, line: line, column: i + 1, severity: .note,
                    message: "row-number column (序号); it is ignored", value: raw))
        } else {
            report(
                Diagnostic(
                    file: file, line: line, column: i + 1, severity: .warning,
                    message: "unknown column; it is ignored", value: raw,
                    expected: "one of " + Column.allCases.map(\.displayName).joined(separator: ", ")))
        }
    }

    /// A figure in 元 under a bare `营业收入` reads 10,000 times too large: the default unit is
    /// never taken without saying so.
    private func warnDefaultUnits(_ cells: [String], file: String, line: Int, report: (Diagnostic) -> Void) {
        for column in Column.allCases where column.isAmount {
            guard let i = self[column], unit[column.rawValue] == nil, HeaderName(cells[i]).unit == nil else {
                continue
            }
            report(
                Diagnostic(
                    file: file, line: line, column: i + 1, severity: .warning,
                    message:
                        "\(column.displayName) names no unit: cells without a unit of their own are read in 万元, the default; if the figures are in 元 (or 千元, 亿元), they will be 10,000 times off",
                    value: cells[i],
                    expected:
                        "the unit in the header, e.g. \(column.names.count > 1 ? column.names[1] : column.englishName)（万元）or （元）, or a line 单位：元 above the table"
                ))
        }
    }

    /// Reports each required column the header lacks; false when there is one.
    private static func reportMissingRequired(
        _ header: ResolvedHeader, file: String, line: Int, report: (Diagnostic) -> Void
    ) -> Bool {
        var usable = true
        for column in Column.allCases where column.isRequired && header[column] == nil {
            report(
                Diagnostic(
                    file: file, line: line, column: 0, severity: .error,
                    message: "required column \(column.displayName) is missing; no row of this file can be read",
                    expected: "a header naming "
                        + Column.allCases.filter(\.isRequired).map(\.displayName).joined(separator: ", ")))
            usable = false
        }
        return usable
    }
}

/// A header cell split into the column name and the unit it carries.
struct HeaderName {
    let key: String
    let unit: String?

    init(_ raw: String) {
        var text = CellText.halfWidth(CellText.trimmed(raw))
        if text.first == "\u{FEFF}" { text.removeFirst() }
        var unit: String?
        // 营业收入(万元), 营业收入（亿元）, revenue [wan]
        for (open, close) in [("(", ")"), ("[", "]"), ("【", "】")] where text.hasSuffix(close) {
            if let r = text.range(of: open, options: .backwards) {
                unit = String(text[r.upperBound..<text.index(before: text.endIndex)]).trimmingSpaces
                text = String(text[..<r.lowerBound])
                break
            }
        }
        var lower = text.lowercased()
        // revenue_wan, market_cap_yi
        if unit == nil {
            for suffix in ["_yuan", "_qian", "_wan", "_yi"] where lower.hasSuffix(suffix) {
                unit = String(suffix.dropFirst())
                lower.removeLast(suffix.count)
                break
            }
        }
        self.key = Self.key(lower)
        self.unit = unit
    }

    /// Lower case, with spaces, hyphens and underscores removed: `Industry Revenue` = `industry_revenue`.
    static func key(_ s: String) -> String {
        CellText.halfWidth(s).lowercased().filter { !" -_\u{FEFF}".contains($0) }
    }
}

private extension String {
    var trimmingSpaces: String { String(CellText.trimmed(self)) }
}
