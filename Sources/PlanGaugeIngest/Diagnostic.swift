/// A problem found in an input file, located as precisely as the file allows.
///
/// `line` is the physical line on which the record starts (1 = the header); `column` is the
/// 1-based field position in the record (0 = the row or file as a whole). For a CSV syntax
/// error, `column` is the byte position in the line at which libcsv stopped.
public struct Diagnostic: Sendable, Codable, Equatable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning

        public static func < (a: Severity, b: Severity) -> Bool { a == .error && b == .warning }
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String
    /// The offending text as found in the file, if there is one.
    public var value: String?
    /// What would have been accepted.
    public var expected: String?

    public init(file: String, line: Int, column: Int, severity: Severity, message: String,
                value: String? = nil, expected: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.value = value
        self.expected = expected
    }

    /// `file:line:column: error: message (value «…», expected …)`, the compiler-style line editors jump to.
    public var formatted: String {
        var s = "\(file):\(line):\(column): \(severity.rawValue): \(message)"
        var extra: [String] = []
        if let value { extra.append("value «\(Self.shown(value))»") }
        if let expected { extra.append("expected \(expected)") }
        if !extra.isEmpty { s += " (" + extra.joined(separator: ", ") + ")" }
        return s
    }

    /// Long or control-laden values are shortened and made visible, so one line stays one line.
    static func shown(_ value: String) -> String {
        var out = ""
        var n = 0
        for scalar in value.unicodeScalars {
            if n == 80 { out += "…"; break }
            switch scalar.value {
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00..<0x20, 0x7F, 0xFEFF: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: out.unicodeScalars.append(scalar)
            }
            n += 1
        }
        return out
    }
}
