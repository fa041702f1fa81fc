/// 统一社会信用代码 (GB 32100-2015): 18 characters, the last a check character.
///
/// Held as 18 five-bit alphabet values in one integer: no allocation, no reference counting, so
/// millions of facts carrying an id copy and hash as plain bits. Order is the code's order.
public struct USCC: Hashable, Comparable, Sendable, CustomStringConvertible {
    private let packed: UInt128

    /// The code as written: 18 characters.
    public var code: String {
        String(
            decoding: (0..<18).map { Self.alphabetBytes[Int((packed >> UInt128(5 * (17 - $0))) & 31)] }, as: UTF8.self)
    }

    /// The alphabet, in value order: digits and 21 capitals (no I, O, S, V, Z).
    public static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    /// The weights of characters 1–17 in the check sum (GB 32100-2015, modulus 31).
    public static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    /// The alphabet as ASCII bytes, and each ASCII byte's value in it (-1: not in the alphabet).
    private static let alphabetBytes = alphabet.map { $0.asciiValue! }
    private static let byteValues: [Int8] = (0..<128).map { b in Int8(alphabetBytes.firstIndex(of: UInt8(b)) ?? -1) }

    /// Why text is not a valid code.
    public enum Problem: Error, Equatable, Sendable {
        /// Not 18 characters (the count found).
        case length(Int)
        /// A character outside the alphabet, at its 1-based position.
        case character(Character, position: Int)
        /// Lowercase letters where the code has capitals.
        case lowercase
        /// The last character is not the one the first 17 give.
        case checkCharacter(found: Character, expected: Character)
    }

    /// Validates `text` exactly as written (no case folding: a lower-case code is a problem to report).
    public static func validate(_ text: String) -> Result<USCC, Problem> {
        // Eighteen bytes of the alphabet (nearly every code): straight from the bytes. Anything
        // else goes the long way, which names the offending character.
        if let result = plain(text.utf8.span) { return result }
        let chars = Array(text)
        guard chars.count == 18 else { return .failure(.length(chars.count)) }
        var values: [Int] = []
        values.reserveCapacity(18)
        for (i, c) in chars.enumerated() {
            guard let v = value(of: c) else {
                if c.isLowercase, value(of: Character(c.uppercased())) != nil { return .failure(.lowercase) }
                return .failure(.character(c, position: i + 1))
            }
            values.append(v)
        }
        let expected = checkCharacter(values: values[0..<17])
        guard chars[17] == expected else { return .failure(.checkCharacter(found: chars[17], expected: expected)) }
        return .success(USCC(uncheckedCode: text))
    }

    /// Eighteen bytes of the alphabet: the code, or its wrong check character; nil for anything else
    /// (`validate` names what is wrong with it).
    public static func plain(_ bytes: Span<UInt8>) -> Result<USCC, Problem>? {
        guard bytes.count == 18 else { return nil }
        var packed: UInt128 = 0, sum = 0
        for i in 0..<18 {
            let b = bytes[i]
            guard b < 128 else { return nil }
            let v = Int(byteValues[Int(b)])
            guard v >= 0 else { return nil }
            if i < 17 { sum += v * weights[i] }
            packed = packed << 5 | UInt128(v)
        }
        let c = 31 - sum % 31, expected = c == 31 ? 0 : c, last = Int(packed & 31)
        return last == expected
            ? .success(USCC(packed: packed))
            : .failure(.checkCharacter(found: alphabet[last], expected: alphabet[expected]))
    }

    /// The code in `text`, or nil when `validate` finds a problem.
    public init?(_ text: String) {
        guard case .success(let u) = Self.validate(text) else { return nil }
        self = u
    }

    private init(packed: UInt128) { self.packed = packed }

    /// A code already known to be 18 characters of the alphabet (the validator's check is skipped).
    init(uncheckedCode: String) {
        var p: UInt128 = 0
        for c in uncheckedCode { p = p << 5 | UInt128(Self.value(of: c) ?? 0) }
        packed = p
    }

    /// The check character for the first 17 characters (used by the validator and the generator).
    public static func checkCharacter(forPrefix prefix: String) -> Character? {
        let values = prefix.compactMap(value(of:))
        guard values.count == 17, prefix.count == 17 else { return nil }
        return checkCharacter(values: values[...])
    }

    private static func checkCharacter(values: ArraySlice<Int>) -> Character {
        var sum = 0
        for (v, w) in zip(values, weights) { sum += v * w }
        let c = 31 - sum % 31
        return alphabet[c == 31 ? 0 : c]
    }

    private static func value(of c: Character) -> Int? {
        guard let a = c.asciiValue else { return nil }
        let v = byteValues[Int(a)]
        return v < 0 ? nil : Int(v)
    }

    /// The code as written.
    public var description: String { code }
    /// The code's order, character by character in alphabet order.
    public static func < (a: USCC, b: USCC) -> Bool { a.packed < b.packed }
}
