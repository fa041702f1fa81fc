import PlanGaugeRecords

/// A table cell as the workbook writes it: the CSV file's value (`raw`, else the text), as a
/// number when it is one, with a number format that shows it as the page does.
struct SheetCell: Equatable {
    /// What the cell holds.
    var value: XLSXCell
    /// The Excel number format of a number (nil: General, and always nil for text).
    var numberFormat: String?
    /// The text the cell shows, for fitting the column's width.
    var shown: String

    init(_ cell: ReportTable.Cell) {
        let csv = cell.raw ?? cell.text
        guard let number = Self.number(csv) else {
            value = csv.isEmpty ? .blank : .text(Self.fitted(csv))
            numberFormat = nil
            shown = csv
            return
        }
        value = .number(number)
        numberFormat = DisplayedNumber(cell.text).flatMap { $0.format(showing: number) }
        shown = numberFormat == nil ? csv : cell.text
    }

    /// Excel's limit on a cell's text, in UTF-16 units (libxlsxwriter counts characters, never more).
    static let maxText = 32_767

    /// `s` cut to what a cell can hold, ending in `…` when cut: a name of 40,000 characters in a
    /// hostile file must not stop the report (the CSV file keeps it whole).
    static func fitted(_ s: String) -> String {
        guard s.utf16.count > maxText else { return s }
        return SheetNames.truncated(s, to: maxText - 1) + "…"
    }

    /// `csv` as a number when it is one written plainly (`191.424766`, `-3`, `0.043695`) and a
    /// double holds it exactly as written: at most 15 significant digits, no leading zero (`007`
    /// is a code), no sign but minus, no grouping, no exponent. Anything else stays text, so an
    /// 18-digit code is never rounded.
    static func number(_ csv: String) -> Double? {
        let body = csv.hasPrefix("-") ? csv.dropFirst() : Substring(csv)
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.allSatisfy(\.isASCIIDigit) else { return nil }
        if whole.count > 1 && whole.hasPrefix("0") { return nil }
        var digits = whole.drop { $0 == "0" }.count
        if parts.count == 2 {
            let fraction = parts[1]
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            digits += digits == 0 ? fraction.drop { $0 == "0" }.count : fraction.count
        }
        guard digits <= 15, let n = Double(csv), n.isFinite else { return nil }
        return n
    }
}

/// The number a page shows in a cell's text (`+4.4%`, `1,234.56`, `第3位`): its sign, decimals,
/// grouping and percent sign, from which the cell's number format is made.
struct DisplayedNumber: Equatable {
    /// The value as shown (`4.4` for `+4.4%`), signed.
    var value: Double
    /// Decimal places shown.
    var decimals: Int
    /// Thousands separated by commas.
    var grouping: Bool
    /// Written with a `+` before a positive value.
    var plusSign: Bool
    /// Followed by `%`.
    var percent: Bool

    /// The first number in `text`, or nil when it shows none (`—`, a name).
    init?(_ text: String) {
        let pattern = #/(?<sign>[+\-−]?)(?<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<fraction>\d+))?(?<percent>%?)/#
        guard let m = text.firstMatch(of: pattern) else { return nil }
        let whole = m.output.whole.replacingOccurrences(of: ",", with: "")
        let fraction = m.output.fraction.map(String.init)
        guard let magnitude = Double(whole + (fraction.map { "." + $0 } ?? "")) else { return nil }
        value = m.output.sign.isEmpty || m.output.sign == "+" ? magnitude : -magnitude
        decimals = fraction?.count ?? 0
        grouping = m.output.whole.contains(",")
        plusSign = m.output.sign == "+"
        percent = !m.output.percent.isEmpty
    }

    /// The number format that shows `number` as this text does, or nil when the text is no
    /// rounding of it (a value in other units, a rank change shown as an arrow): General then.
    /// A fraction shown ×100 (a percentage, or percentage points in a column that says so)
    /// becomes a percent format; a value already in percent keeps a literal `%`.
    func format(showing number: Double) -> String? {
        let asPercent = signed(digits + "%")
        let asShown = signed(percent ? digits + "\"%\"" : digits)
        // The text's own unit first: `0` under a plain column is 0, not 0%.
        for (scale, code) in percent ? [(100.0, asPercent), (1, asShown)] : [(1, asShown), (100, asPercent)]
        where shows(number * scale) {
            return code
        }
        return nil
    }

    /// Whether `x` rounds to the value shown (half a unit of the last decimal, and a hair for
    /// the double's own error).
    private func shows(_ x: Double) -> Bool {
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        return abs(x - value) <= unit / 2 + 1e-9 * max(1, abs(value))
    }

    /// `0.00`, `#,##0`: the digits shown.
    private var digits: String {
        (grouping ? "#,##0" : "0") + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : "")
    }

    /// `+0.0%;-0.0%;0.0%` when the page writes a plus sign, else the code alone.
    private func signed(_ code: String) -> String {
        plusSign ? "+\(code);-\(code);\(code)" : code
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
