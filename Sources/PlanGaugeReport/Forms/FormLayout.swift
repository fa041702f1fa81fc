import PlanGaugeAnalytics
import PlanGaugeModel

/// One column of a form, in the order the form shows them: what it holds and whether the
/// receiver types into it. The workbook and the CSV form share these.
struct FormColumn: Sendable {
    enum Content: Sendable {
        case code, name, period, basis, previousRevenue
        /// An amount in 万元 to be typed in.
        case amountInput
        /// A head count to be typed in.
        case headcountInput
    }

    let header: String
    let content: Content

    var isInput: Bool {
        switch content {
        case .amountInput, .headcountInput: true
        default: false
        }
    }

    /// Code, name, period and 口径 pre-filled, last period's 营业收入 beside the figure it helps to
    /// check, then the figures asked for.
    static let all: [FormColumn] = [
        FormColumn(header: FormText.code, content: .code),
        FormColumn(header: FormText.name, content: .name),
        FormColumn(header: FormText.period, content: .period),
        FormColumn(header: FormText.basis, content: .basis),
        FormColumn(header: FormText.previousRevenue, content: .previousRevenue),
        FormColumn(header: FormText.revenue, content: .amountInput),
        FormColumn(header: FormText.industryRevenue, content: .amountInput),
        FormColumn(header: FormText.rdExpense, content: .amountInput),
        FormColumn(header: FormText.employees, content: .headcountInput)
    ]

    /// What a pre-filled cell holds: text, an amount, or nothing (inputs, an unknown last value).
    enum Value: Equatable {
        case text(String)
        case amount(Amount)
        case empty
    }

    func value(_ row: FormSet.Row, in set: FormSet) -> Value {
        switch content {
        case .code: .text(row.id.code)
        case .name: .text(row.name)
        case .period: .text(set.period.chineseLabel)
        case .basis: .text(Basis.period.chineseName)
        case .previousRevenue: row.previousRevenue.map(Value.amount) ?? .empty
        case .amountInput, .headcountInput: .empty
        }
    }
}

/// Sizes and plain-text forms of values, for laying a form out.
enum FormLayout {
    /// How wide text shows, in Excel's character units: a Chinese (wide) character takes two.
    static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + (isWide($1) ? 2 : 1) }
    }

    /// CJK ideographs and punctuation, full-width forms, Hangul: the East Asian wide ranges forms meet.
    private static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default: false
        }
    }

    /// A column's width: its widest value, or half its header (headers wrap onto two lines), plus
    /// a margin; between 10 (14 for an input column, room for `123,456.78`) and 50 characters.
    static func columnWidth(_ column: FormColumn, values: [String]) -> Double {
        let widest = values.map(displayWidth).max() ?? 0
        let header = (displayWidth(column.header) + 1) / 2
        return Double(min(max(max(widest, header) + 3, column.isInput ? 14 : 10), 50))
    }

    /// An amount in 万元 as exact decimal text: `1234.5` → `1234.50`, `0.000001` kept to the 分
    /// (a 分 is 0.000001 万元), trailing zeros past the second decimal dropped; no grouping.
    static func wanText(_ a: Amount) -> String {
        let fenPerWan = MoneyUnit.wan.fen
        let magnitude = a.fen.magnitude
        let whole = magnitude / UInt64(fenPerWan)
        var fraction = String(magnitude % UInt64(fenPerWan))
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.count > 2 && fraction.hasSuffix("0") { fraction.removeLast() }
        return (a.fen < 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}
