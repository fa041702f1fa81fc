/// How a decimal number is written: rounded half away from zero (四舍五入) to a number of places,
/// thousands optionally grouped, trailing zeros optionally trimmed.
///
/// The one number formatter of the package. It works on decimal digits, never on a binary fraction:
/// an ``Amount`` is its whole 分 shifted by the unit's places, an ``ExactDecimal`` its significand and
/// scale, and a `Double` the shortest text that reads back as the same double (`2.675`, not the
/// `2.67499999…` the double holds) to 15 significant digits, so `2.675` rounds to `2.68` as people
/// expect, with no epsilon.
///
/// ```swift
/// DecimalFormat(places: 2).string(significand: 2675, scale: 3)                 // "2.68"
/// DecimalFormat(places: 2, grouping: true).string(1234567.891)                  // "1,234,567.89"
/// DecimalFormat(places: 6, trimmingZeros: true).string(significand: 1250, scale: 2)  // "12.5"
/// ```
public struct DecimalFormat: Sendable, Hashable {
    /// Decimal places to round to; nil keeps every digit the value has.
    public var places: Int?
    /// Decimal places kept however many trailing zeros they end in. Equal to `places` when nothing is
    /// trimmed, 0 when every trailing zero goes (`3.000` → `3`).
    public var minimumPlaces: Int
    /// Thousands separated by commas in the whole part: `1,234,567.89`.
    public var grouping: Bool

    /// `places` decimals; with `trimmingZeros`, trailing zeros after the point are dropped, and the
    /// point with them when nothing follows it (`12.500` → `12.5`, `3.000` → `3`).
    public init(places: Int, grouping: Bool = false, trimmingZeros: Bool = false) {
        self.places = max(0, places)
        self.minimumPlaces = trimmingZeros ? 0 : max(0, places)
        self.grouping = grouping
    }

    /// `places` decimals, trailing zeros trimmed down to `minimumPlaces`: with 6 and 2,
    /// `1.500000` → `1.50` and `1.234500` → `1.2345`.
    public init(places: Int, keepingAtLeast minimumPlaces: Int, grouping: Bool = false) {
        self.places = max(0, places)
        self.minimumPlaces = max(0, minimumPlaces)
        self.grouping = grouping
    }

    /// Every digit the value has, without an exponent or trailing zeros: `1.06500e+02` → `106.5`.
    public static let plain = DecimalFormat(places: nil, minimumPlaces: 0, grouping: false)

    private init(places: Int?, minimumPlaces: Int, grouping: Bool) {
        self.places = places
        self.minimumPlaces = minimumPlaces
        self.grouping = grouping
    }

    /// The value `significand` × 10^−`scale`: `(12345, 2)` is 123.45. A negative scale appends zeros.
    public func string<T: BinaryInteger>(significand: T, scale: Int) -> String {
        let digits = String(significand.magnitude).utf8.map { $0 &- 48 }
        return render(negative: significand < 0, digits: digits, scale: scale)
    }

    /// An exact decimal, e.g. a series value or a target as written.
    public func string(_ value: ExactDecimal) -> String {
        string(significand: value.significand, scale: value.scale)
    }

    /// A double by its shortest round-trip text (Swift's `description`, `2.675` for the 2.67499… the
    /// double holds), cut to the 15 significant digits a double holds for certain, then rounded
    /// exactly; nil for NaN and infinities, which have no digits.
    ///
    /// Digits 16 and 17 of the text are the noise of binary arithmetic: 4.022695 / 10 is
    /// 0.40226949999999997, (2.4875 − 1) × 100 is 148.74999999999997. Rounded away first, they
    /// leave 0.4022695 and 148.75, which round to 0.402270 and 148.8 as a person would.
    public func string(_ value: Double) -> String? {
        guard value.isFinite, var d = Self.parse(value.description) else { return nil }
        if d.digits.count > Self.doubleDigits {
            let extra = d.digits.count - Self.doubleDigits
            Self.round(&d.digits, dropping: extra)
            d.scale -= extra
        }
        return render(negative: d.negative, digits: d.digits, scale: d.scale)
    }

    /// Significant decimal digits every double keeps (DBL_DIG): any 15-digit decimal survives the
    /// round trip through a double.
    static let doubleDigits = 15

    /// Decimal text as a person or `description` writes it — optional sign, digits, optional point and
    /// fraction, optional exponent (`-2.675`, `1e+21`, `5e-07`) — or nil when the text is not one.
    public func string(decimalText: some StringProtocol) -> String? {
        guard let d = Self.parse(decimalText) else { return nil }
        return render(negative: d.negative, digits: d.digits, scale: d.scale)
    }

    // MARK: - Digits

    /// Digits (0…9, most significant first) × 10^−scale, rounded, trimmed and written out.
    private func render(negative: Bool, digits: [UInt8], scale: Int) -> String {
        var digits = digits, scale = scale
        if scale < 0 {  // 1e+21: whole digits to append
            digits += repeatElement(0, count: -scale)
            scale = 0
        }
        let places = self.places ?? scale
        if scale > places {
            Self.round(&digits, dropping: scale - places)
        } else if scale < places {
            digits += repeatElement(0, count: places - scale)
        }
        // Now digits × 10^−places; at least one digit before the point.
        if digits.count <= places {
            digits.insert(contentsOf: repeatElement(0, count: places + 1 - digits.count), at: 0)
        }
        var whole = digits[..<(digits.count - places)]
        var fraction = digits[(digits.count - places)...]
        while whole.count > 1, whole.first == 0 { whole.removeFirst() }
        while fraction.count > minimumPlaces, fraction.last == 0 { fraction.removeLast() }

        var out: [UInt8] = []
        out.reserveCapacity(whole.count + fraction.count + whole.count / 3 + 2)
        // No "-0.00": the sign shows only when a digit other than zero does.
        if negative && digits.contains(where: { $0 != 0 }) { out.append(UInt8(ascii: "-")) }
        for (i, d) in whole.enumerated() {
            if grouping && i > 0 && (whole.count - i) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(d + 48)
        }
        if !fraction.isEmpty {
            out.append(UInt8(ascii: "."))
            for d in fraction { out.append(d + 48) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Drops the last `count` digits, rounding half away from zero on the magnitude: the first dropped
    /// digit decides (5 and above rounds up, whatever follows), so a tie goes away from zero.
    private static func round(_ digits: inout [UInt8], dropping count: Int) {
        let kept = digits.count - count
        guard kept >= 0 else { digits = []; return }  // below half a unit of the last place
        let up = digits[kept] >= 5
        digits.removeLast(count)
        guard up else { return }
        var i = digits.count - 1
        while i >= 0 {
            if digits[i] == 9 { digits[i] = 0; i -= 1 } else { digits[i] += 1; return }
        }
        digits.insert(1, at: 0)  // 9.995 → 10.00
    }

    /// Sign, digits and scale of decimal text; nil unless the whole text is a decimal number.
    static func parse(_ text: some StringProtocol) -> (negative: Bool, digits: [UInt8], scale: Int)? {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let s = bytes.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") {
            negative = s == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var fractionDigits = 0, seenPoint = false, seenDigit = false
        while let b = bytes.first, b != UInt8(ascii: "e") && b != UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if b == UInt8(ascii: ".") && !seenPoint { seenPoint = true; continue }
            guard b >= 48 && b <= 57 else { return nil }
            seenDigit = true
            digits.append(b - 48)
            if seenPoint { fractionDigits += 1 }
        }
        guard seenDigit else { return nil }
        var exponent = 0
        if !bytes.isEmpty {
            bytes = bytes.dropFirst()  // the e
            var expNegative = false
            if let s = bytes.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") {
                expNegative = s == UInt8(ascii: "-")
                bytes = bytes.dropFirst()
            }
            guard !bytes.isEmpty else { return nil }
            for b in bytes {
                guard b >= 48 && b <= 57 else { return nil }
                exponent = exponent * 10 + Int(b - 48)
                guard exponent <= 10_000 else { return nil }  // beyond any double; no runaway zeros
            }
            if expNegative { exponent = -exponent }
        }
        digits.removeFirst(digits.prefix(while: { $0 == 0 }).count)  // leading zeros (0.0012, 007) change no value
        return (negative, digits, fractionDigits - exponent)
    }
}
