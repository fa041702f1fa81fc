import PlanGaugeModel
import Yams

/// Targets as plans write them: `> 250亿`, `≥ 100`, `25%`, `超过250亿元`, `不低于10%`, `达到500亿元`, `前10位`,
/// `突破500亿元`, `力争超过50家`, `500亿元以上`, `20%以上`, `3家以内` (`target_year` sets the year).
///
/// Words as policy documents use them: 达到, 不低于, 不少于, 至少 and a trailing 以上 include the
/// value (≥); 超过, 超, 突破, 高于 exceed it (>); 不超过, 不高于 and a trailing 以下 or 以内 are ≤;
/// 低于 and 少于 are <. 力争 (strive to) and 约 (about) say nothing about the comparison and are read
/// past. A word that is none of these is named as the problem, with the words that are accepted.
enum TargetText {
    static let expected =
        "a value with its unit and an optional comparison, e.g. \"> 250亿\", \">= 50\", \"10%\", \"不低于10%\""

    static func parse(_ node: Node, unit: IndicatorUnit, year: Int, growthRate: Bool, reader: PlanReader) throws
        -> Target
    {
        guard let raw = node.scalar?.string else {
            throw reader.fail(node, "a target must be text", expected: expected)
        }
        var text = Substring(CellText.halfWidth(CellText.trimmed(raw)))
        var comparison: Target.Comparison?
        for filler in ["力争", "争取", "约"] where text.hasPrefix(filler) {
            text = Substring(CellText.trimmed(String(text.dropFirst(filler.count))))
        }
        if let place = RankTarget.place(in: text) {
            guard unit == .rank, !growthRate else {
                throw reader.fail(
                    node,
                    "target «\(raw)» is a place in a ranking, but the indicator's unit is \(unit == .number ? "none" : unit.rawValue)",
                    expected: "`unit: 位` on an indicator whose series holds the rank (1 = first)")
            }
            return Target(value: Rational(place), comparison: .atMost, year: year, text: raw)
        }
        // Longest words first: 不超过 before 超过 before 超.
        for (op, c) in operators where text.hasPrefix(op) {
            comparison = c
            text = text.dropFirst(op.count)
            break
        }
        text = Substring(CellText.trimmed(String(text)))
        for (word, c) in trailing where text.hasSuffix(word) {
            if comparison != nil && comparison != c {
                throw reader.fail(node, "target «\(raw)» says two different comparisons", expected: expected)
            }
            comparison = c
            text = Substring(CellText.trimmed(String(text.dropLast(word.count))))
            break
        }
        if unit == .rank, text.hasPrefix("第") { text.removeFirst() }
        if let word = unknownWord(text) {
            throw reader.fail(
                node, "target «\(raw)»: unknown word «\(word)»",
                expected: "one of " + acceptedWords + ", then a value with its unit")
        }
        let value = try targetValue(of: text, raw: raw, node: node, unit: unit, growthRate: growthRate, reader: reader)
        // A place in a ranking is better the lower it is: 第8位 asks for 8th place or better.
        let plain: Target.Comparison = unit == .rank ? .atMost : .atLeast
        return Target(value: value, comparison: comparison ?? plain, year: year, isGrowthRate: growthRate, text: raw)
    }

    /// The target's value without its comparison words: an amount in the indicator's money unit, a
    /// percentage for a percent or a growth rate, else a number (a count word such as 家 dropped).
    private static func targetValue(
        of text: Substring, raw: String, node: Node, unit: IndicatorUnit, growthRate: Bool, reader: PlanReader
    ) throws -> Rational {
        var text = text
        let value: Rational
        if unit.money != nil {
            guard case .value(let a) = AmountCell.parse(String(text), defaultUnit: unit.money!) else {
                throw reader.fail(node, "target «\(raw)» is not an amount", expected: expected)
            }
            value = Rational(a)
        } else if unit == .percent || growthRate {
            guard text.hasSuffix("%"), let d = AmountCell.parseNumber(text.dropLast()) else {
                throw reader.fail(node, "target «\(raw)» is not a percentage", expected: "e.g. \"> 25%\"")
            }
            value = (Rational(d) / Rational(100))!
        } else {
            for suffix in ["家", "个", "项", "位", "名"] where text.hasSuffix(suffix) { text.removeLast() }
            guard let d = AmountCell.parseNumber(text) else {
                throw reader.fail(node, "target «\(raw)» is not a number", expected: expected)
            }
            value = Rational(d)
        }
        return value
    }

    static let operators: [(String, Target.Comparison)] = [
        (">=", .atLeast), ("≥", .atLeast), ("不低于", .atLeast), ("至少", .atLeast), ("不少于", .atLeast), ("达到", .atLeast),
        ("<=", .atMost), ("≤", .atMost), ("不高于", .atMost), ("不超过", .atMost),
        (">", .moreThan), ("超过", .moreThan), ("高于", .moreThan), ("突破", .moreThan), ("超", .moreThan),
        ("<", .lessThan), ("低于", .lessThan), ("少于", .lessThan)
    ]

    static let trailing: [(String, Target.Comparison)] = [("以上", .atLeast), ("以下", .atMost), ("以内", .atMost)]

    static var acceptedWords: String {
        (operators.map(\.0) + trailing.map { "…" + $0.0 } + ["力争…"]).joined(separator: ", ")
    }

    /// A run of Chinese characters left in front of the value that is no unit: a comparison word
    /// this reader does not know (`大于`, `确保`), which must not be read past.
    static func unknownWord(_ text: Substring) -> String? {
        let lead = text.prefix { $0.unicodeScalars.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }
        return lead.isEmpty ? nil : String(lead)
    }
}
