/// What `plangauge uscc` says about one argument: a valid 统一社会信用代码, a 17-character body
/// completed with its check character, or what is wrong in words (and the right code when it can be
/// known: the check character or the capitals corrected).
public struct USCCCheck: Sendable, Equatable, Codable {
    /// Whether the argument is a usable code.
    public enum Status: String, Sendable, Codable {
        /// 18 characters, check character right.
        case valid
        /// 17 characters of the alphabet: the body, completed with its check character.
        case completed
        /// Neither: see `problem` and `message`.
        case invalid
    }

    /// What is wrong with an invalid argument.
    public enum Problem: String, Sendable, Codable {
        /// Wrong length, a character outside the alphabet, or lowercase letters.
        case length, character, lowercase
        /// The check character does not match the first 17 characters.
        case checkCharacter = "check_character"
    }

    /// The argument as given (surrounding white space removed).
    public var input: String
    /// Valid, completed or invalid.
    public var status: Status
    /// What is wrong; nil unless the status is `invalid`.
    public var problem: Problem?
    /// One line in words.
    public var message: String
    /// The valid code: the input, the completed body, or the corrected code (check character, capitals).
    public var code: String?
    /// 1-based position of the offending character (`character` problems).
    public var position: Int?
    /// The offending character: the one outside the alphabet, or the wrong check character.
    public var character: String?
    /// The check character the first 17 characters give (wrong check character, completed body).
    public var checkCharacter: String?
    /// Characters 3–8 of a valid (or corrected) code: the 登记管理机关行政区划码.
    public var divisionCode: String?

    /// Whether the argument gives a code: valid, or a body completed.
    public var isAcceptable: Bool { status != .invalid }

    /// Examines `text` (trimmed of surrounding white space first).
    public static func examine(_ raw: String) -> USCCCheck {
        let text = raw.trimmingWhiteSpace
        var check = USCCCheck(input: text, status: .invalid, message: "")
        let count = text.count
        guard count == 17 || count == 18 else {
            check.problem = .length
            check.message =
                "\(count) \(count == 1 ? "character" : "characters"); a code has 18 (17 without its check character)"
            return check
        }
        // A body is checked as a code with a placeholder check character: the same character problems.
        switch USCC.validate(count == 17 ? text + "0" : text) {
        case .success(let u):
            check.status = .valid
            check.message = "valid"
            check.code = u.code
        case .failure(.checkCharacter(let found, let expected)):
            check.settleCheckCharacter(of: text, found: found, expected: expected)
        case .failure(.lowercase):
            let upper = examine(text.uppercased())
            check.problem = .lowercase
            check.code = upper.code
            check.checkCharacter = upper.checkCharacter
            check.message =
                "lowercase letters; a code is written in capitals: "
                + (upper.status == .valid ? "\(upper.input) is valid" : "\(upper.input): \(upper.message)")
        case .failure(.character(let c, let position)):
            check.describeBadCharacter(c, at: position, of: text)
        case .failure(.length(let n)):  // not reached: the length is checked above
            check.problem = .length
            check.message = "\(n) characters; a code has 18 (17 without its check character)"
        }
        if let code = check.code {
            let division = code.dropFirst(2).prefix(6)
            if division.allSatisfy(\.isASCIIDigitCharacter) { check.divisionCode = String(division) }
        }
        return check
    }

    /// A body of 17 characters completed with its check character, or an 18th character that is not
    /// the one the first 17 give, corrected.
    private mutating func settleCheckCharacter(of text: String, found: Character, expected: Character) {
        if text.count == 17 {
            status = .completed
            code = text + String(expected)
            checkCharacter = String(expected)
            message =
                "17 characters, no check character: the full code is \(code!) (check character «\(expected)»)"
        } else {
            problem = .checkCharacter
            character = String(found)
            checkCharacter = String(expected)
            code = String(text.dropLast()) + String(expected)
            message =
                "check character is «\(found)» but the first 17 characters give «\(expected)»: the corrected code is \(code!)"
        }
    }

    /// A character outside the code alphabet at `position`, with a hint; in the check character's
    /// place, the corrected code too.
    private mutating func describeBadCharacter(_ c: Character, at position: Int, of text: String) {
        problem = .character
        self.position = position
        character = String(c)
        message =
            "character \(position) is «\(c)», not in the code alphabet (0-9 and capitals but I, O, S, V, Z)"
            + Self.hint(c)
        if text.count == 18, position == 18, let expected = USCC.checkCharacter(forPrefix: String(text.prefix(17))) {
            checkCharacter = String(expected)
            code = String(text.prefix(17)) + String(expected)
            message += "; the first 17 characters give «\(expected)»: the corrected code is \(code!)"
        }
    }

    /// What the character was probably meant to be.
    static func hint(_ c: Character) -> String {
        if let s = c.unicodeScalars.first, c.unicodeScalars.count == 1, (0xFF01...0xFF5E).contains(s.value),
            let half = Unicode.Scalar(s.value - 0xFEE0)
        {
            return "; it is full-width: write «\(Character(half).uppercased())»"
        }
        switch c {
        case "O", "o": return "; the letter O is not used: the digit 0?"
        case "I", "i": return "; the letter I is not used: the digit 1?"
        case "Z", "z": return "; the letter Z is not used: the digit 2?"
        case "S", "s": return "; the letter S is not used: the digit 5?"
        case "V", "v": return "; the letter V is not used: U?"
        case " ", "\u{3000}", "\u{A0}": return "; a space inside the code"
        case "-": return "; a code has no hyphens"
        default: return ""
        }
    }
}

private extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}

private extension String {
    var trimmingWhiteSpace: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace || f == "\u{FEFF}" { s.removeFirst() }
        while let l = s.last, l.isWhitespace || l == "\u{FEFF}" { s.removeLast() }
        return String(s)
    }
}
