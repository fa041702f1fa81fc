import Foundation

/// Sheet names Excel accepts, made from table titles: at most 31 characters (UTF-16 units, as
/// Excel counts them), none of `[]:*?/\` (see `valid`), no apostrophe at
/// either end, and unique without regard to case (a repeat gets ` (2)`, ` (3)` … within the 31).
struct SheetNames {
    static let maxLength = 31
    /// Names in use, lowercased; Excel reserves `History` for itself.
    private var taken: Set<String> = ["history"]

    /// Reserves `name` (the cover sheet's) so no table takes it.
    mutating func reserve(_ name: String) {
        taken.insert(name.lowercased())
    }

    /// A new name for `title`, `fallback` when the title leaves nothing.
    mutating func name(_ title: String, fallback: String) -> String {
        var base = Self.valid(title)
        if base.isEmpty { base = Self.valid(fallback) }
        var name = base
        var n = 1
        while taken.contains(name.lowercased()) {
            n += 1
            let suffix = " (\(n))"
            name = Self.truncated(base, to: Self.maxLength - suffix.utf16.count) + suffix
        }
        taken.insert(name.lowercased())
        return name
    }

    /// `title` with Excel's forbidden characters replaced (an English `a: b` as `a - b`, a colon
    /// without a space full-width, slashes as hyphens, brackets as parentheses), line breaks as
    /// spaces, cut to 31.
    static func valid(_ title: String) -> String {
        let replacements: [Character: Character] = [
            "[": "(", "]": ")", ":": "：", "*": "＊", "?": "？", "/": "-", "\\": "-", "\n": " ", "\r": " ", "\t": " "
        ]
        var s = String(title.replacingOccurrences(of: ": ", with: " - ").map { replacements[$0] ?? $0 })
        s = truncated(s.trimmingSpaces, to: maxLength)
        while s.hasPrefix("'") { s.removeFirst() }
        while s.hasSuffix("'") { s.removeLast() }
        return s.trimmingSpaces
    }

    /// The longest prefix of `s` (whole characters) of at most `length` UTF-16 units.
    static func truncated(_ s: String, to length: Int) -> String {
        var out = "", units = 0
        for c in s {
            units += c.utf16.count
            if units > length { break }
            out.append(c)
        }
        return out.trimmingSpaces
    }
}

extension String {
    /// Without spaces at either end.
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
