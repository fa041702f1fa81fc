import Testing
@testable import PlanGaugeRecords

/// The reader's limits protect memory from a runaway quote or a file that is not CSV at all.
@Suite struct CSVReaderLimitsTests {
    @Test func fieldAtTheLimitPassesOneByteMoreFails() {
        let r = parseCSV("abcd,x\nabcde,y\nok,z\n", limits: .init(maxFieldBytes: 4))
        #expect(r.records == [ParsedRecord(line: 1, fields: ["abcd", "x"]), ParsedRecord(line: 3, fields: ["ok", "z"])])
        #expect(
            r.errors == [
                CSVSyntaxError(
                    kind: .tooLarge("a field of 5 bytes exceeds the limit of 4"),
                    recordLine: 2, line: 2, column: 1)
            ])
        #expect(r.count == 3)
    }

    @Test func fieldLimitCountsBytesNotCharacters() {
        // 网络 is two characters but six UTF-8 bytes.
        let r = parseCSV("网络\n", limits: .init(maxFieldBytes: 5))
        #expect(r.records.isEmpty)
        #expect(r.errors.first?.kind == .tooLarge("a field of 6 bytes exceeds the limit of 5"))
    }

    @Test func fieldCountAtTheLimitPassesOneMoreFails() {
        let r = parseCSV("a,b,c\na,b,c,d\ne,f,g\n", limits: .init(maxFields: 3))
        #expect(r.records.map(\.line) == [1, 3])
        #expect(
            r.errors == [
                CSVSyntaxError(
                    kind: .tooLarge("a record with more than 3 fields"),
                    recordLine: 2, line: 2, column: 1)
            ])
    }

    @Test func oversizedLastRecordWithoutNewline() {
        // The field is still open when the input ends: it is cut at the limit, its size unknown.
        let r = parseCSV("a,b\nabcde", limits: .init(maxFieldBytes: 4))
        #expect(r.records == [ParsedRecord(line: 1, fields: ["a", "b"])])
        #expect(
            r.errors == [
                CSVSyntaxError(
                    kind: .tooLarge("a field of more than 4 bytes exceeds the limit of 4"),
                    recordLine: 2, line: 2, column: 1)
            ])
        #expect(r.count == 2)
    }

    @Test func oversizedFieldBeforeAMultiLineFieldCostsOneRecord() {
        // The record of lines 1–2 is too large; line 2 is still inside its quoted field and must not
        // be read as a record of its own.
        let r = parseCSV("abcdefg,\"x\ny\"\nnext,1\n", limits: .init(maxFieldBytes: 4))
        #expect(
            r.errors == [
                CSVSyntaxError(
                    kind: .tooLarge("a field of 7 bytes exceeds the limit of 4"),
                    recordLine: 1, line: 2, column: 1)
            ])
        #expect(r.records == [ParsedRecord(line: 3, fields: ["next", "1"])])
        #expect(r.count == 2)
    }

    @Test func defaultLimits() {
        let limits = CSVReader.Limits()
        #expect(limits.maxFieldBytes == 1_048_576)
        #expect(limits.maxFields == 4096)
    }
}
