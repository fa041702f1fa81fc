import PlanGaugeRecords

/// A problem found in an input file, located as precisely as the file allows.
///
/// `line` is the physical line on which the record starts (1 = the header); `column` is the
/// 1-based field position in the record (0 = the row or file as a whole). For a CSV syntax
/// error, `column` is the byte position in the line at which libcsv stopped.
public struct Diagnostic: Sendable, Codable, Equatable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Codable, Comparable {
        /// The row is rejected (or the file cannot be read).
        case error
        /// The row is kept, but something in it needs a look.
        case warning
        /// What the reader did that a person should know (the header found below a title, a unit
        /// taken from a `单位：万元` line); counted neither as an error nor as a warning.
        case note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        /// Most serious first: error < warning < note.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// The file's path as shown to the user.
    public var file: String
    /// The physical line the record starts on (1: the header; 0: the file as a whole).
    public var line: Int
    /// The 1-based field in the record (0: the whole row or file); for a CSV syntax error, the byte in the line.
    public var column: Int
    /// Error, warning or note.
    public var severity: Severity
    /// What is wrong, in words.
    public var message: String
    /// The offending text as found in the file, if there is one.
    public var value: String?
    /// What would have been accepted.
    public var expected: String?
    /// For a workbook, the sheet: `line` is then the sheet's row and `column` its 1-based column,
    /// shown as an A1 reference (`Sheet1!E7`).
    public var sheet: String?

    /// A diagnostic at `file`:`line`:`column`.
    public init(
        file: String, line: Int, column: Int, severity: Severity, message: String,
        value: String? = nil, expected: String? = nil, sheet: String? = nil
    ) {
        self.sheet = sheet
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
        var s = "\(location): \(severity.rawValue): \(message)"
        var extra: [String] = []
        if let value { extra.append("value «\(Self.shown(value))»") }
        if let expected { extra.append("expected \(expected)") }
        if !extra.isEmpty { s += " (" + extra.joined(separator: ", ") + ")" }
        return s
    }

    /// `file:line:column`, or `file.xlsx:Sheet1!E7` in a workbook (`Sheet1!7:7` for a whole row).
    public var location: String {
        guard let sheet else { return "\(file):\(line):\(column)" }
        if line <= 0 { return "\(file):\(sheet)" }
        if column <= 0 { return "\(file):\(sheet)!\(line):\(line)" }
        return "\(file):\(sheet)!\(ExcelValues.columnLetters(column - 1))\(line)"
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
