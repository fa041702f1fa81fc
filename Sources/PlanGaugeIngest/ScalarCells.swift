import PlanGaugeModel

/// Why a cell did not parse, in a few words ("not a date").
struct CellProblem: Error, ExpressibleByStringLiteral {
    let reason: String
    init(stringLiteral value: String) { reason = value }
}

/// Whole counts: employees, firms. `1,234`, `１２３`, `56人`, `12家`; missing forms as for amounts.
enum CountCell {
    static let expected = "a whole number such as 1,234, or - / empty for no data"

    static func parse(_ raw: String) -> Result<Int?, CellProblem> {
        var text = Substring(CellText.halfWidth(CellText.trimmed(raw)))
        if CellText.isMissing(text) { return .success(nil) }
        for suffix in ["人", "家", "个"] where text.hasSuffix(suffix) { text.removeLast() }
        guard let n = AmountCell.parseNumber(text), n.scale == 0 || n.significand % pow10(n.scale) == 0 else {
            return .failure("not a whole number")
        }
        let value = n.significand / pow10(n.scale)
        guard value >= 0 else { return .failure("a count cannot be negative") }
        guard value <= Int64(Int32.max) else { return .failure("count too large") }
        return .success(Int(value))
    }

    private static func pow10(_ k: Int) -> Int64 { (0..<k).reduce(1) { r, _ in r * 10 } }
}

/// Dates: `2021-12-16`, `2021/12/16`, `2021.12.16`, `2021年12月16日`, `20211216`; a month alone
/// (`2021-12`, `2021年12月`) means its first day.
enum DateCell {
    static let expected = "a date such as 2021-12-16, 2021/12/16, 2021年12月16日 or 2021-12"

    static func parse(_ raw: String) -> Result<CalendarDate?, CellProblem> {
        // The common form, 2021-12-16, straight from its bytes (the same reading as below).
        let u = raw.utf8.span
        if u.count == 10, u[4] == 0x2D, u[7] == 0x2D, u.indices.allSatisfy({ $0 == 4 || $0 == 7 || u[$0] &- 0x30 < 10 })
        {
            var n = [0, 0, 0]  // year, month, day
            for i in 0..<10 where i != 4 && i != 7 {
                let part = i < 4 ? 0 : i < 7 ? 1 : 2
                n[part] = n[part] * 10 + Int(u[i] &- 0x30)
            }
            guard let date = CalendarDate(year: n[0], month: n[1], day: n[2]) else {
                return .failure("no such day")
            }
            return .success(date)
        }
        let text = CellText.halfWidth(CellText.trimmed(raw))
        if CellText.isMissing(text) { return .success(nil) }
        var parts: [Int] = []
        if text.count == 8, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let d = Int(text)!
            parts = [d / 10000, d / 100 % 100, d % 100]
        } else {
            // 16日, 16号, and the 月 that ends a month alone (2021年12月)
            let trimmedSuffix =
                text.hasSuffix("日") || text.hasSuffix("号") || text.hasSuffix("月") ? String(text.dropLast()) : text
            let pieces = trimmedSuffix.split(omittingEmptySubsequences: false, whereSeparator: { "-/.年月".contains($0) })
            guard (2...3).contains(pieces.count),
                pieces.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } })
            else { return .failure("not a date") }
            parts = pieces.map { Int($0)! }
            guard pieces[0].count == 4 else { return .failure("not a date") }
            if parts.count == 2 { parts.append(1) }
        }
        guard let date = CalendarDate(year: parts[0], month: parts[1], day: parts[2]) else {
            return .failure("no such day")
        }
        return .success(date)
    }
}

/// 口径: 当期 or 累计, in the words files use.
enum BasisCell {
    static let expected = "当期 or 累计 (period or cumulative)"

    static func parse(_ raw: String) -> Result<Basis?, CellProblem> {
        let text = CellText.trimmed(raw).lowercased()
        if CellText.isMissing(text) { return .success(nil) }
        switch text {
        case "当期", "当期值", "当月", "当季", "本期", "本月", "本季", "period", "current":
            return .success(.period)
        case "累计", "累计值", "本年累计", "年累计", "cumulative", "ytd":
            return .success(.cumulative)
        default:
            return .failure("not a basis")
        }
    }
}

/// 企业标签: separated by `;` `；` `、` `,` `，` or `|`; blanks dropped, duplicates kept once.
enum TagsCell {
    private static let separators: Set<Character> = [";", "；", "、", ",", "，", "|"]

    static func parse(_ raw: String) -> [String] {
        if let tags = plainParse(raw) { return tags }
        var seen: Set<String> = []
        var tags: [String] = []
        for piece in raw.split(whereSeparator: { separators.contains($0) }) {
            let tag = String(CellText.trimmed(String(piece)))
            if !tag.isEmpty && seen.insert(tag).inserted { tags.append(tag) }
        }
        return tags
    }

    /// The same split by scalars, for text whose every scalar is a character by itself (printable
    /// ASCII, CJK ideographs and punctuation, full-width forms: no mark joins a separator to its
    /// neighbour), where it cannot differ from splitting by characters and comparing them; nil for
    /// any other text. Characters and hashing cost thousands of instructions per tags cell.
    private static func plainParse(_ raw: String) -> [String]? {
        var tags: [String] = []
        var piece = String.UnicodeScalarView()
        func finish() {
            let tag = String(CellText.trimmed(String(piece)))
            if !tag.isEmpty && !tags.contains(tag) { tags.append(tag) }
            piece = String.UnicodeScalarView()
        }
        for u in raw.unicodeScalars {
            switch u.value {
            case 0x3B, 0xFF1B, 0x3001, 0x2C, 0xFF0C, 0x7C:  // ; ； 、 , ， |
                finish()
            case 0x20...0x7E, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
                piece.append(u)
            default:
                return nil
            }
        }
        finish()
        return tags
    }
}
