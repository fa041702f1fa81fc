import PlanGaugeModel

/// Parses money cells: `1,234.56`, `12.3亿`, `5000万元`, `１２３`, `-3.7`, with `-`/`—`/`…`/empty as
/// missing. The unit comes from the cell when it carries one, else from the column header, else 万元.
public enum AmountCell {
    /// What a money cell held.
    public enum Outcome: Equatable {
        /// No data: empty, `-`, `—`, `…` and the like.
        case missing
        /// The amount, exact to the 分.
        case value(Amount)
        /// Exact to 分 only after rounding half away from zero; the value is the rounded one.
        case rounded(Amount)
        /// Not an amount; `reason` says why, for the diagnostic.
        case invalid(reason: String)
    }

    /// What a money cell may hold, for diagnostics.
    public static let expected = "an amount such as 1,234.56, 12.3亿, 5000万元, or - / — / empty for no data"

    /// Reads `raw` in the cell's own unit, else `defaultUnit` (the column header's).
    public static func parse(_ raw: String, defaultUnit: MoneyUnit) -> Outcome {
        let text = CellText.halfWidth(CellText.trimmed(raw))
        if CellText.isMissing(text) { return .missing }
        var body = Substring(text)
        var unit = defaultUnit
        for candidate in ["亿元", "万元", "千元", "亿", "万", "元"] where body.hasSuffix(candidate) {
            body = body.dropLast(candidate.count)
            unit = MoneyUnit.fromShortName(candidate)!
            break
        }
        while let c = body.last, CellText.isSpace(c) { body.removeLast() }
        guard let number = parseNumber(body) else {
            if isScientific(body) {
                return .invalid(reason: "scientific notation loses digits; format the column as a plain number")
            }
            // Well-formed but more digits than 64 bits hold: say so rather than "not an amount".
            if let digits = numberText(body) {
                let whole = digits.drop { $0 == "-" }.prefix { $0 != "." }.drop { $0 == "0" }
                return .invalid(
                    reason: whole.count > 18 ? "amount too large" : "too many digits to hold exactly (at most 18)")
            }
            return .invalid(reason: "not an amount")
        }
        if let exact = number.amount(in: unit) { return .value(exact) }
        return roundToFen(number, unit: unit).map { .rounded($0) } ?? .invalid(reason: "amount too large")
    }

    /// `1.23457E+11`: what Excel writes for a large number in a narrow General cell.
    static func isScientific(_ s: Substring) -> Bool {
        let parts = s.split(whereSeparator: { $0 == "e" || $0 == "E" })
        guard parts.count == 2, parseNumber(parts[0]) != nil else { return false }
        var exp = parts[1]
        if exp.first == "+" || exp.first == "-" { exp.removeFirst() }
        return !exp.isEmpty && exp.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// Digits with optional sign, `,` thousands grouping (groups of three) and a decimal point.
    static func parseNumber(_ s: Substring) -> ExactDecimal? {
        numberText(s).flatMap { ExactDecimal($0) }
    }

    /// The plain decimal text of a well-formed number (`-1234.5` for `-1,234.5`), however many digits.
    static func numberText(_ s: Substring) -> String? {
        var body = s
        var sign = ""
        if let c = body.first, c == "-" || c == "+" {
            sign = c == "-" ? "-" : ""
            body.removeFirst()
        }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let intPart = parts.first, !intPart.isEmpty || parts.count == 2 else { return nil }
        var digits = ""
        if intPart.contains(",") {
            let groups = intPart.split(separator: ",", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                groups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
            digits = groups.joined()
        } else {
            digits = String(intPart)
        }
        if digits.isEmpty { digits = "0" }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        var text = sign + digits
        if parts.count == 2 {
            let frac = parts[1]
            guard !frac.isEmpty, frac.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            text += "." + frac
        }
        return text
    }

    private static func roundToFen(_ n: ExactDecimal, unit: MoneyUnit) -> Amount? {
        // value in 分 = significand × unit.fen / 10^scale, rounded half away from zero.
        var num = n.significand.magnitude
        var factor = UInt64(unit.fen)
        var divisor: UInt64 = 1
        for _ in 0..<n.scale { divisor *= 10 }
        while factor % 10 == 0 && divisor % 10 == 0 { factor /= 10; divisor /= 10 }
        let (product, overflow) = num.multipliedReportingOverflow(by: factor)
        guard !overflow else { return nil }
        num = product / divisor + (product % divisor * 2 >= divisor ? 1 : 0)
        guard num <= UInt64(Int64.max) else { return nil }
        return Amount(fen: n.significand < 0 ? -Int64(num) : Int64(num))
    }
}
