import PlanGaugeRecords

extension CSVSyntaxError {
    /// The diagnostic for a broken record. An unclosed quote is noticed at the end of the file;
    /// the place to fix it is where it opened.
    func diagnostic(file: String) -> Diagnostic {
        Diagnostic(
            file: file, line: kind == .unterminatedQuote ? recordLine : line, column: column, severity: .error,
            message: message, expected: expected)
    }

    var message: String {
        let start = recordLine == line ? "" : " (the record starts on line \(recordLine))"
        switch kind {
        case .malformedQuote:
            return "malformed CSV: a quote inside an unquoted field, or text after a closing quote" + start
        case .unterminatedQuote:
            return "malformed CSV: a quoted field opened on line \(recordLine) is never closed"
        case .tooLarge(let what):
            return "record too large: \(what)" + start
        case .other(let text):
            return "libcsv: \(text)" + start
        }
    }

    var expected: String {
        switch kind {
        case .malformedQuote: "a field either unquoted without \" or wholly in quotes, with inner quotes doubled (\"\")"
        case .unterminatedQuote: "a closing quote"
        case .tooLarge: "fields and rows within --max-field-bytes and --max-fields"
        case .other: "well-formed CSV"
        }
    }
}
