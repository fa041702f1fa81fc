import Testing
@testable import PlanGaugeRecords

/// libcsv in strict mode, fed one physical line at a time: fields, record start lines, line ends.
@Suite struct CSVReaderTests {
    @Test func plainRecordsCarryTheirLine() {
        let r = parseCSV("a,b\nc,d\n")
        #expect(r.records == [ParsedRecord(line: 1, fields: ["a", "b"]), ParsedRecord(line: 2, fields: ["c", "d"])])
        #expect(r.errors.isEmpty)
        #expect(r.count == 2)
    }

    @Test func emptyInputHasNoRecords() {
        let r = parseCSV([])
        #expect(r.records.isEmpty && r.errors.isEmpty && r.count == 0)
    }

    @Test func quotedCommaStaysInTheField() {
        let r = parseCSV("id,name,x\n1,\"Acme, Inc.\",y\n")
        #expect(r.records.last == ParsedRecord(line: 2, fields: ["1", "Acme, Inc.", "y"]))
    }

    @Test func doubledQuotesInsideQuotesAreOneQuote() {
        let r = parseCSV("\"he said \"\"hi\"\"\",2\n\"\"\"\",\"\"\n")
        #expect(
            r.records == [
                ParsedRecord(line: 1, fields: ["he said \"hi\"", "2"]),
                ParsedRecord(line: 2, fields: ["\"", ""])  // """" is one quote, "" is empty
            ])
        #expect(r.errors.isEmpty)
    }

    @Test func embeddedNewlineKeepsTheRecordStartLine() {
        // The quoted field spans lines 2–3, so the record after it starts on line 4.
        let r = parseCSV("h1,h2\na,\"x\ny\"\nb,c\n")
        #expect(
            r.records == [
                ParsedRecord(line: 1, fields: ["h1", "h2"]),
                ParsedRecord(line: 2, fields: ["a", "x\ny"]),
                ParsedRecord(line: 4, fields: ["b", "c"])
            ])
    }

    @Test func fieldSpanningThreeLinesWithCRLF() {
        let r = parseCSV("h\r\n\"one\r\ntwo\r\nthree\",z\r\nnext,1\r\n")
        #expect(
            r.records == [
                ParsedRecord(line: 1, fields: ["h"]),
                ParsedRecord(line: 2, fields: ["one\r\ntwo\r\nthree", "z"]),  // quoted line ends are data
                ParsedRecord(line: 5, fields: ["next", "1"])
            ])
    }

    @Test func crlfLineEndsAreNotData() {
        let r = parseCSV("a,b\r\nc,d\r\n")
        #expect(r.records == [ParsedRecord(line: 1, fields: ["a", "b"]), ParsedRecord(line: 2, fields: ["c", "d"])])
    }

    @Test func crOnlyLineEnds() {
        // Classic Mac line ends: each CR ends a line and a record.
        let r = parseCSV("a,b\rc,d\re,f\r")
        #expect(r.records.map(\.line) == [1, 2, 3])
        #expect(r.records.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"]])
    }

    @Test func mixedLineEndsCountOneLineEach() {
        let r = parseCSV("a\r\nb\rc\nd")
        #expect(
            r.records == [
                ParsedRecord(line: 1, fields: ["a"]), ParsedRecord(line: 2, fields: ["b"]),
                ParsedRecord(line: 3, fields: ["c"]), ParsedRecord(line: 4, fields: ["d"])
            ])
    }

    @Test func trailingRowWithoutNewline() {
        let r = parseCSV("a,b\nc,d")
        #expect(r.records == [ParsedRecord(line: 1, fields: ["a", "b"]), ParsedRecord(line: 2, fields: ["c", "d"])])
        let quoted = parseCSV("a,\"b, c\"")
        #expect(quoted.records == [ParsedRecord(line: 1, fields: ["a", "b, c"])])
        #expect(quoted.errors.isEmpty)
    }

    @Test func blankLinesAreSkippedButCounted() {
        // Lines 2–4 are blank (LF, CRLF, spaces only); the next record is on line 5.
        let r = parseCSV("a\n\n\r\n   \nb\n\n")
        #expect(r.records == [ParsedRecord(line: 1, fields: ["a"]), ParsedRecord(line: 5, fields: ["b"])])
        #expect(r.count == 2)
    }

    @Test func emptyFieldsAreKept() {
        let r = parseCSV(",\na,,b,\n")
        #expect(r.records.map(\.fields) == [["", ""], ["a", "", "b", ""]])
    }

    @Test func spacesAroundUnquotedFieldsAreTrimmedQuotedKept() {
        let r = parseCSV(" a , b ,\" c \" ,\"d\"\n")
        #expect(r.records.map(\.fields) == [["a", "b", " c ", "d"]])
    }

    @Test func unterminatedQuoteReportsTheRecordStart() {
        // The quote opened on line 2 swallows the rest of the file; libcsv notices at the end (line 3).
        let r = parseCSV("h\nx,\"abc\ny,z\n")
        #expect(r.records == [ParsedRecord(line: 1, fields: ["h"])])
        #expect(r.errors == [CSVSyntaxError(kind: .unterminatedQuote, recordLine: 2, line: 3, column: 1)])
        #expect(r.count == 2)
    }

    @Test func unterminatedQuoteWithoutFinalNewline() {
        let r = parseCSV("h\n\"abc")
        #expect(r.errors == [CSVSyntaxError(kind: .unterminatedQuote, recordLine: 2, line: 2, column: 1)])
    }

    @Test func strayQuoteInUnquotedFieldCostsOneRecord() {
        // `b"c`: the quote is byte 4 of line 1; the reader resumes on line 2.
        let r = parseCSV("a,b\"c,d\ne,f\n")
        #expect(r.errors == [CSVSyntaxError(kind: .malformedQuote, recordLine: 1, line: 1, column: 4)])
        #expect(r.records == [ParsedRecord(line: 2, fields: ["e", "f"])])
        #expect(r.count == 2)
    }

    @Test func textAfterClosingQuoteIsAnError() {
        // `"ab"c`: the `c` is byte 5.
        let r = parseCSV("\"ab\"c,d\nx\n")
        #expect(r.errors == [CSVSyntaxError(kind: .malformedQuote, recordLine: 1, line: 1, column: 5)])
        #expect(r.records == [ParsedRecord(line: 2, fields: ["x"])])
    }

    @Test func errorAfterMultiLineFieldNamesBothLines() {
        // Record starts on line 2; the junk after the closing quote is byte 3 of line 3.
        let r = parseCSV("h\nx,\"a\nb\"junk,z\nlast\n")
        #expect(r.errors == [CSVSyntaxError(kind: .malformedQuote, recordLine: 2, line: 3, column: 3)])
        #expect(r.records == [ParsedRecord(line: 1, fields: ["h"]), ParsedRecord(line: 4, fields: ["last"])])
    }

    @Test func severalErrorsEachCostOneRecord() {
        let r = parseCSV("a\"\nok1\n\"x\"y\nok2\n")
        #expect(r.errors.map(\.recordLine) == [1, 3])
        #expect(r.records.map(\.fields) == [["ok1"], ["ok2"]])
        #expect(r.count == 4)
    }

    @Test func readerCanBeReusedAfterAnError() {
        let reader = CSVReader()
        var lines: [Int] = []
        for text in ["\"open\n", "a,b\n"] {
            _ = Array(text.utf8).withUnsafeBytes { raw in
                reader.read(raw, onRecord: { lines.append($0.line) }, onError: { e in lines.append(-e.recordLine) })
            }
        }
        #expect(lines == [-1, 1])
    }

    @Test func shortRecordSubscriptIsEmpty() {
        var seen: [Int] = []
        _ = Array("a,b\n".utf8).withUnsafeBytes { raw in
            CSVReader().read(
                raw,
                onRecord: { record in
                    seen = [record.count, record[1].count, record[5].count]
                }, onError: { _ in })
        }
        #expect(seen == [2, 1, 0])
    }
}
