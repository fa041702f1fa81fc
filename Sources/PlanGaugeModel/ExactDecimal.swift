/// A decimal number as written (`2003.5`, `12.4`, `-3.75`): an integer and a count of decimal places.
/// Used for series values and targets, whose units are not always money.
public struct ExactDecimal: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The digits as an integer: `12.4` is 124 with scale 1.
    public let significand: Int64
    /// Digits after the decimal point, 0…18.
    public let scale: Int

    /// `significand` × 10^−`scale`.
    public init(significand: Int64, scale: Int) {
        self.significand = significand
        self.scale = scale
    }

    /// The whole number `integer`.
    public init(_ integer: Int64) { self.init(significand: integer, scale: 0) }

    /// Parses plain decimal text: optional sign, digits, optional fraction. No grouping, no units.
    public init?(_ text: some StringProtocol) {
        var sig: Int64 = 0
        var scale = 0
        var seenDigit = false, seenPoint = false, negative = false
        for (i, c) in text.enumerated() {
            if i == 0 && (c == "-" || c == "+") { negative = c == "-"; continue }
            if c == "." && !seenPoint { seenPoint = true; continue }
            guard let d = c.wholeNumberValue, c.isASCII else { return nil }
            let (m, o1) = sig.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int64(d))
            guard !o1, !o2, scale < 18 else { return nil }
            sig = a
            seenDigit = true
            if seenPoint { scale += 1 }
        }
        guard seenDigit else { return nil }
        self.init(significand: negative ? -sig : sig, scale: scale)
    }

    /// The nearest Double, for display and charts only.
    public var doubleValue: Double {
        var d = Double(significand)
        for _ in 0..<scale { d /= 10 }
        return d
    }

    /// The value as an amount of `unit`, or nil when it has more decimals than whole 分 allow.
    public func amount(in unit: MoneyUnit) -> Amount? {
        var factor = unit.fen
        var s = scale
        var sig = significand
        while s > 0 && factor % 10 == 0 { factor /= 10; s -= 1 }
        while s > 0 && sig % 10 == 0 { sig /= 10; s -= 1 }  // trailing zeros: 1.50 亿元
        guard s == 0 else { return nil }
        let (fen, overflow) = sig.multipliedReportingOverflow(by: factor)
        return overflow ? nil : Amount(fen: fen)
    }

    /// The digits as written, trailing zeros kept: `2003.5`, `-3.75`.
    public var description: String {
        guard scale > 0 else { return String(significand) }
        let digits = String(significand.magnitude)
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let cut = padded.index(padded.endIndex, offsetBy: -scale)
        return (significand < 0 ? "-" : "") + padded[..<cut] + "." + padded[cut...]
    }

    /// Orders by value, exactly at a common scale.
    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        // Exactly, at a common scale (doubles tie beyond 2⁵³); doubles only when rescaling overflows.
        let s = max(a.scale, b.scale)
        if let x = a.rescaled(to: s), let y = b.rescaled(to: s) { return x < y }
        return a.doubleValue < b.doubleValue
    }

    /// Equal by value: `1.50 == 1.5`.
    public static func == (a: ExactDecimal, b: ExactDecimal) -> Bool {
        // 1.50 == 1.5: compare at a common scale.
        let s = max(a.scale, b.scale)
        return a.rescaled(to: s) == b.rescaled(to: s)
    }

    /// Hashes the value, trailing zeros dropped, consistently with `==`.
    public func hash(into h: inout Hasher) {
        var sig = significand, s = scale
        while s > 0 && sig % 10 == 0 { sig /= 10; s -= 1 }
        h.combine(sig)
        h.combine(s)
    }

    private func rescaled(to s: Int) -> Int64? {
        var v = significand
        for _ in scale..<s {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = m
        }
        return v
    }
}
