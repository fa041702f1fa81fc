/// An exact fraction, for comparing values with targets without floating-point noise:
/// a total of exactly 250亿 meets "at least 250亿", and 125亿 × 1.25³ is exactly 244.140625亿.
public struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int128
    /// Always positive.
    public let denominator: Int128

    public init(_ numerator: Int128, _ denominator: Int128 = 1) {
        precondition(denominator != 0, "zero denominator")
        let sign: Int128 = denominator < 0 ? -1 : 1
        let g = Self.gcd(numerator.magnitude, denominator.magnitude)
        let d = g == 0 ? 1 : Int128(g)
        self.numerator = sign * numerator / d
        self.denominator = sign * denominator / d
    }

    public init(_ int: Int) { self.init(Int128(int), 1) }
    public init(_ amount: Amount) { self.init(Int128(amount.fen), 1) }
    public init(_ d: ExactDecimal) {
        var den: Int128 = 1
        for _ in 0..<d.scale { den *= 10 }
        self.init(Int128(d.significand), den)
    }

    public static let zero = Rational(0)
    public static let one = Rational(1)

    public var doubleValue: Double { Double(numerator) / Double(denominator) }
    public var isZero: Bool { numerator == 0 }
    public var isNegative: Bool { numerator < 0 }

    public static func + (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator)
    }
    public static func - (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator)
    }
    public static func * (a: Rational, b: Rational) -> Rational {
        Rational(a.numerator * b.numerator, a.denominator * b.denominator)
    }
    /// nil when dividing by zero.
    public static func / (a: Rational, b: Rational) -> Rational? {
        b.numerator == 0 ? nil : Rational(a.numerator * b.denominator, a.denominator * b.numerator)
    }

    public func power(_ n: Int) -> Rational {
        var r = Rational.one
        for _ in 0..<n { r = r * self }
        return r
    }

    public static func < (a: Rational, b: Rational) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    private static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }
}
