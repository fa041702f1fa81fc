/// A record libcsv could not parse. The reader skips to the next line and goes on.
package struct CSVSyntaxError: Error, Equatable, Sendable {
    package enum Kind: Equatable, Sendable {
        /// A quote inside an unquoted field, or text after a closing quote (libcsv strict mode).
        case malformedQuote
        /// A quoted field still open at the end of the file.
        case unterminatedQuote
        /// A field or a row larger than the reader's limits.
        case tooLarge(String)
        /// libcsv's own error text for anything else (e.g. out of memory).
        case other(String)
    }

    package let kind: Kind
    /// Line on which the broken record starts.
    package let recordLine: Int
    /// Line and 1-based byte column at which libcsv stopped.
    package let line: Int
    package let column: Int
    /// The broken record's bytes in the input (to the end of the line where parsing stopped).
    /// Not part of equality: two errors are the same error wherever the bytes lie.
    package var byteRange: Range<Int> = 0..<0

    package static func == (a: CSVSyntaxError, b: CSVSyntaxError) -> Bool {
        a.kind == b.kind && a.recordLine == b.recordLine && a.line == b.line && a.column == b.column
    }
}
