import PlanGaugeModel
import Yams

/// Targets as plans write them: `> 250亿`, `≥ 100`, `25%`, `超过250亿元`, `不低于10%`, or
/// `{value: 250亿, year: 2023}` is not needed: `target_year` sets the year.
enum TargetText {
    static let expected = "a value with its unit and an optional comparison, e.g. \"> 250亿\", \">= 50\", \"10%\", \"不低于10%\""

    static func parse(_ node: Node, unit: IndicatorUnit, year: Int, growthRate: Bool, reader: PlanReader) throws -> Target {
        guard let raw = node.scalar?.string else { throw reader.fail(node, "a target must be text", expected: expected) }
        var text = Substring(CellText.halfWidth(CellText.trimmed(raw)))
        var comparison: Target.Comparison?
        let operators: [(String, Target.Comparison)] = [
            (">=", .atLeast), ("≥", .atLeast), ("不低于", .atLeast), ("至少", .atLeast), ("不少于", .atLeast),
            ("<=", .atMost), ("≤", .atMost), ("不高于", .atMost), ("不超过", .atMost),
            (">", .moreThan), ("超过", .moreThan), ("高于", .moreThan), ("<", .lessThan), ("低于", .lessThan),
        ]
        for (op, c) in operators where text.hasPrefix(op) {
            comparison = c
            text = text.dropFirst(op.count)
            break
        }
        text = Substring(CellText.trimmed(String(text)))
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
            for suffix in ["家", "个", "项"] where text.hasSuffix(suffix) { text.removeLast() }
            guard let d = AmountCell.parseNumber(text) else {
                throw reader.fail(node, "target «\(raw)» is not a number", expected: expected)
            }
            value = Rational(d)
        }
        return Target(value: value, comparison: comparison ?? .atLeast, year: year, isGrowthRate: growthRate, text: raw)
    }
}
