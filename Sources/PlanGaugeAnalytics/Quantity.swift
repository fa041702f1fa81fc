import PlanGaugeModel

/// A measured value in the indicator's base quantity (分 for money, a fraction for shares,
/// a count for firms): exact where the inputs were exact, approximate where a power or root
/// was involved (growth rates).
public enum Quantity: Sendable, Equatable, CustomStringConvertible {
    /// An exact rational value (sums, counts, ratios of them).
    case exact(Rational)
    /// An approximate value (after a power or root, e.g. a CAGR).
    case approximate(Double)

    /// An amount of money, exactly, in 分.
    public init(_ a: Amount) { self = .exact(Rational(a)) }
    /// A count, exactly.
    public init(_ n: Int) { self = .exact(Rational(n)) }

    /// The value as a `Double` (rounded when exact).
    public var doubleValue: Double {
        switch self {
        case .exact(let r): r.doubleValue
        case .approximate(let d): d
        }
    }

    /// The exact value; nil when approximate.
    public var exactValue: Rational? {
        if case .exact(let r) = self { return r }
        return nil
    }

    /// The exact fraction or the approximate number, unformatted.
    public var description: String {
        switch self {
        case .exact(let r): r.description
        case .approximate(let d): "\(d)"
        }
    }

    /// Compares with a target exactly when possible; approximate values get a relative
    /// tolerance of 1e-9 so floating-point noise cannot flip a status.
    public func meets(_ target: Target) -> Bool {
        if let r = exactValue { return target.isMet(by: r) }
        let v = doubleValue, t = target.value.doubleValue
        let tolerance = 1e-9 * max(1, abs(t))
        switch target.comparison {
        case .atLeast: return v >= t - tolerance
        case .moreThan: return v > t + tolerance
        case .atMost: return v <= t + tolerance
        case .lessThan: return v < t - tolerance
        }
    }

    /// a ÷ b, exact when both are; nil when b is zero.
    public static func / (a: Quantity, b: Quantity) -> Quantity? {
        if let x = a.exactValue, let y = b.exactValue { return (x / y).map(Quantity.exact) }
        let d = b.doubleValue
        return d == 0 ? nil : .approximate(a.doubleValue / d)
    }
}
