/// An exact fraction, for comparing values with targets without floating-point noise:
/// a total of exactly 250亿 meets "at least 250亿", and 125亿 × 1.25³ is exactly 244.140625亿.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The numerator, in lowest terms; carries the sign.
    public let numerator: Int128
    /// Always positive.
    public let denominator: Int128

    /// `numerator / denominator` in lowest terms; `denominator` must not be 0.
    public init(_ numerator: Int128, _ denominator: Int128 = 1) {
        precondition(denominator != 0, "zero denominator")
        let sign: Int128 = denominator < 0 ? -1 : 1
        let g = Self.gcd(numerator.magnitude, denominator.magnitude)
        let d = g == 0 ? 1 : Int128(g)
        self.numerator = sign * numerator / d
        self.denominator = sign * denominator / d
    }

    /// The whole number `int`.
    public init(_ int: Int) { self.init(Int128(int), 1) }
    /// An amount as a whole number of 分.
    public init(_ amount: Amount) { self.init(Int128(amount.fen), 1) }
    /// A decimal exactly: its significand over 10^scale.
    public init(_ d: ExactDecimal) {
        var den: Int128 = 1
        for _ in 0..<d.scale { den *= 10 }
        self.init(Int128(d.significand), den)
    }

    /// 0.
    public static let zero = Rational(0)
    /// 1.
    public static let one = Rational(1)

    /// The nearest Double, for display and charts only.
    public var doubleValue: Double { Double(numerator) / Double(denominator) }
    /// Whether the value is 0.
    public var isZero: Bool { numerator == 0 }
    /// Whether the value is below 0.
    public var isNegative: Bool { numerator < 0 }

    /// The exact sum.
    public static func + (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }
    /// The exact difference.
    public static func - (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
    }
    /// The exact product.
    public static func * (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.numerator, a.denominator * b.denominator)
    }
    /// nil when dividing by zero.
    public static func / (a: Rational, b: Rational) -> Rational? {
        b.numerator == 0 ? nil : Rational(a.numerator * b.denominator, a.denominator * b.numerator)
    }

    /// `self` raised to `n` (n ≥ 0; 1 for n ≤ 0), exactly.
    public func power(_ n: Int) -> Rational {
        var r = Rational.one
        for _ in 0..<n { r = r * self }
        return r
    }

    /// Orders exactly, by cross-multiplication.
    public static func < (a: Rational, b: Rational) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// `3` for a whole number, else `numerator/denominator`, e.g. `5/4`.
    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
