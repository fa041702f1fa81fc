/// A sum of money held exactly, in 分 (0.01 元).
///
/// Statistics are reported in 元, 千元, 万元 or 亿元; all of them convert to whole 分 without
/// rounding for up to 2, 5, 6 or 10 decimals. Sums are integer additions, so a total of exactly
/// 250亿 is exactly 250亿. Rounding happens only for display, half away from zero (四舍五入).
public struct Amount: Hashable, Comparable, Sendable, AdditiveArithmetic {
    /// The sum in 分 (0.01 元).
    public var fen: Int64

    /// A sum of `fen` 分.
    @inlinable public init(fen: Int64) { self.fen = fen }

    /// No money: 0 分.
    public static let zero = Amount(fen: 0)
    /// `v` 元.
    public static func yuan(_ v: Int64) -> Amount { Amount(fen: v * 100) }
    /// `v` 万元.
    public static func wan(_ v: Int64) -> Amount { Amount(fen: v * 1_000_000) }
    /// `v` 亿元.
    public static func yi(_ v: Int64) -> Amount { Amount(fen: v * 10_000_000_000) }

    /// The exact sum.
    public static func + (a: Amount, b: Amount) -> Amount { Amount(fen: a.fen + b.fen) }
    /// The exact difference.
    public static func - (a: Amount, b: Amount) -> Amount { Amount(fen: a.fen - b.fen) }
    /// Adds `b` exactly.
    public static func += (a: inout Amount, b: Amount) { a.fen += b.fen }
    /// Subtracts `b` exactly.
    public static func -= (a: inout Amount, b: Amount) { a.fen -= b.fen }
    /// The same sum with the opposite sign.
    public static prefix func - (a: Amount) -> Amount { Amount(fen: -a.fen) }
    /// Orders by 分.
    public static func < (a: Amount, b: Amount) -> Bool { a.fen < b.fen }

    /// The value in `unit` as a Double, for ratios and charts only, never for sums.
    public func value(in unit: MoneyUnit) -> Double { Double(fen) / Double(unit.fen) }

    /// The value in `unit` rounded half away from zero to `decimals` places, as digits:
    /// `Amount.yi(250).formatted(in: .yi, decimals: 2) == "250.00"`.
    public func formatted(in unit: MoneyUnit, decimals: Int = 2, grouping: Bool = false) -> String {
        formatted(in: unit, DecimalFormat(places: decimals, grouping: grouping))
    }

    /// The value in `unit` written by `format`, exactly: whole 分 are the unit's value shifted by
    /// its ``MoneyUnit/exactDecimals`` places, so no digit passes through a binary fraction.
    public func formatted(in unit: MoneyUnit, _ format: DecimalFormat) -> String {
        format.string(significand: fen, scale: unit.exactDecimals)
    }
}

/// The money units of Chinese statistics.
public enum MoneyUnit: String, Sendable, CaseIterable {
    /// 元: 100 分.
    case yuan = "元"
    /// 千元: 1,000 元.
    case qian = "千元"
    /// 万元: 10,000 元.
    case wan = "万元"
    /// 亿元: 100,000,000 元.
    case yi = "亿元"

    /// 分 in one unit.
    public var fen: Int64 {
        switch self {
        case .yuan: 100
        case .qian: 100_000
        case .wan: 1_000_000
        case .yi: 10_000_000_000
        }
    }

    /// Decimal places that still land on whole 分: one unit is 10^exactDecimals 分.
    public var exactDecimals: Int {
        switch self {
        case .yuan: 2
        case .qian: 5
        case .wan: 6
        case .yi: 10
        }
    }
}
