/// A period label as written in an office file, with the basis the wording implies.
///
/// `2023年1-9月` and `2023年前三季度` are year-to-date by themselves (`impliedBasis == .cumulative`);
/// `2023Q3` or `2023年9月` say nothing about the basis, which then comes from the 口径 column.
public struct PeriodLabel: Hashable, Sendable {
    /// The period the label names.
    public let period: Period
    /// `.cumulative` when the wording says year to date (`1-9月`, `前三季度`, `…累计`); nil when it says nothing.
    public let impliedBasis: Basis?

    /// A label for `period`, implying `impliedBasis` (nil: none).
    public init(period: Period, impliedBasis: Basis? = nil) {
        self.period = period
        self.impliedBasis = impliedBasis
    }

    /// The forms this parser accepts, for error messages.
    public static let expectedForms =
        "a period such as 2023Q1, 2023-Q1, 2023H1, 2023-03, 2023, 2023年一季度, 2023年第1季度, 2023年3月, 2023年1-3月, 2023年上半年, 2023年前三季度 or 2023年"

    /// Parses every label form of `expectedForms` (PlanGaugeAnalytics.docc, PeriodsAndBases); nil when it
    /// is none of them.
    public init?(_ text: some StringProtocol) {
        var s = Substring.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x3000: continue  // spaces, incl. ideographic
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF0D, 0xFF0F, 0xFF0E, 0xFF5E:
                s.append(Unicode.Scalar(scalar.value - 0xFEE0)!)  // full-width → ASCII
            default: s.append(scalar)
            }
        }
        var rest = Substring(s)
        guard let year = Self.takeNumber(&rest, maxDigits: 4), year >= 1000 else { return nil }
        if rest.isEmpty {
            self.init(period: .year(year)!)
            return
        }
        if rest.first == "年" {
            rest.removeFirst()
            guard let label = Self.parseChinese(year: year, rest) else { return nil }
            self = label
            return
        }
        guard let label = Self.parseCompact(year: year, rest) else { return nil }
        self = label
    }

    // `Q1`, `-Q1`, `H2`, `-03`, `/3`, `.03`, `M03`
    private static func parseCompact(year: Int, _ text: Substring) -> PeriodLabel? {
        var rest = text
        let hadSeparator = rest.first.map { "-/._".contains($0) } ?? false
        if hadSeparator { rest.removeFirst() }
        guard let marker = rest.first else { return nil }
        switch marker {
        case "Q", "q":
            rest.removeFirst()
            guard let n = takeNumber(&rest, maxDigits: 1), rest.isEmpty else { return nil }
            return Period.quarter(year, n).map { PeriodLabel(period: $0) }
        case "H", "h":
            rest.removeFirst()
            guard let n = takeNumber(&rest, maxDigits: 1), rest.isEmpty else { return nil }
            return Period.half(year, n).map { PeriodLabel(period: $0) }
        case "M", "m":
            rest.removeFirst()
            guard let n = takeNumber(&rest, maxDigits: 2), rest.isEmpty else { return nil }
            return Period.month(year, n).map { PeriodLabel(period: $0) }
        default:
            guard hadSeparator, let n = takeNumber(&rest, maxDigits: 2), rest.isEmpty else { return nil }
            return Period.month(year, n).map { PeriodLabel(period: $0) }
        }
    }

    // What follows `2023年`. A label that ends in 累计 says so whatever it names: `9月累计` is 1-9月 and
    // `三季度累计` is 前三季度, never the month or quarter alone.
    private static func parseChinese(year: Int, _ text: Substring) -> PeriodLabel? {
        var rest = text
        guard rest.hasSuffix("累计") else { return parseChineseWords(year: year, rest) }
        rest.removeLast(2)  // 1-9月累计, 1-9月份累计, 9月累计
        return parseChineseWords(year: year, rest).map { PeriodLabel(period: $0.period, impliedBasis: .cumulative) }
    }

    private static func parseChineseWords(year: Int, _ text: Substring) -> PeriodLabel? {
        var rest = text
        if rest.hasSuffix("份") { rest.removeLast() }  // 7月份, 1—7月份
        switch rest {
        case "", "度", "全年", "年度": return PeriodLabel(period: .year(year)!)
        case "上半年": return PeriodLabel(period: .half(year, 1)!)
        case "下半年": return PeriodLabel(period: .half(year, 2)!)
        default: break
        }
        if rest.hasPrefix("前") {  // 前三季度, 前3季度
            rest.removeFirst()
            guard let n = takeNumber(&rest, maxDigits: 1), isQuarterWord(rest) else { return nil }
            return Period.quarter(year, n).map { PeriodLabel(period: $0, impliedBasis: .cumulative) }
        }
        if rest.hasPrefix("第") { rest.removeFirst() }
        guard let first = takeNumber(&rest, maxDigits: 2) else { return nil }
        if isQuarterWord(rest) {  // 一季度, 第1季度, 1季度
            return Period.quarter(year, first).map { PeriodLabel(period: $0) }
        }
        if rest == "月" {
            return Period.month(year, first).map { PeriodLabel(period: $0) }
        }
        // A range: 1-3月, 1—7月, 1~7月, 1至7月, 1-3季度. Only year-to-date ranges are statistics.
        guard let dash = rest.first, "-—–~〜至到－".contains(dash), first == 1 else { return nil }
        rest.removeFirst()
        if rest.first == "—" { rest.removeFirst() }  // a doubled em dash ——
        guard let last = takeNumber(&rest, maxDigits: 2) else { return nil }
        if rest == "月" {
            return Period.month(year, last).map { PeriodLabel(period: $0, impliedBasis: .cumulative) }
        }
        if isQuarterWord(rest) {
            return Period.quarter(year, last).map { PeriodLabel(period: $0, impliedBasis: .cumulative) }
        }
        return nil
    }

    private static func isQuarterWord(_ s: Substring) -> Bool { s == "季度" || s == "季" }

    /// Reads a leading number in ASCII digits (at most `maxDigits`) or Chinese numerals up to 十二.
    private static func takeNumber(_ s: inout Substring, maxDigits: Int) -> Int? {
        var value = 0
        var digits = 0
        while let c = s.first, let d = c.wholeNumberValue, c.isASCII, digits < maxDigits {
            value = value * 10 + d
            digits += 1
            s.removeFirst()
        }
        if digits > 0 {
            if let c = s.first, c.isASCII, c.isNumber { return nil }  // too many digits
            return value
        }
        let numerals: [Character: Int] = [
            "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
            "七": 7, "八": 8, "九": 9
        ]
        if s.first == "十" {
            s.removeFirst()
            if let c = s.first, let n = numerals[c], n <= 2 { s.removeFirst(); return 10 + n }
            return 10
        }
        if let c = s.first, let n = numerals[c] {
            s.removeFirst()
            return n
        }
        return nil
    }
}
