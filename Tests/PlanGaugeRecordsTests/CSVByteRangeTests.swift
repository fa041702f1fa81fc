@testable import PlanGaugeRecords
import Testing

/// Each record knows its exact bytes (for the rejects file): line ends included, quoted
/// newlines included, a broken record up to the end of the line where parsing stopped.
@Suite struct CSVByteRangeTests {
    static func ranges(_ text: String) -> (records: [String], errors: [String]) {
        let bytes = Array(text.utf8)
        var records: [String] = [], errors: [String] = []
        _ = bytes.withUnsafeBytes { raw in
            CSVReader().read(
                raw,
                onRecord: { r in
                    records.append(String(decoding: bytes[r.byteRange], as: UTF8.self))
                },
                onError: { e in
                    errors.append(String(decoding: bytes[e.byteRange], as: UTF8.self))
                })
        }
        return (records, errors)
    }

    @Test func recordsCarryTheirLineEnds() {
        #expect(Self.ranges("a,b\r\nc,d\ne,f").records == ["a,b\r\n", "c,d\n", "e,f"])
    }

    @Test func aQuotedNewlineStaysInsideItsRecord() {
        #expect(Self.ranges("h\n1,\"x\ny\",2\n3\n").records == ["h\n", "1,\"x\ny\",2\n", "3\n"])
    }

    @Test func blankLinesBelongToNoRecord() {
        #expect(Self.ranges("a\n\n\nb\n").records == ["a\n", "b\n"])
    }

    @Test func brokenRecordsAreCutAtTheirLine() {
        let r = Self.ranges("ok\nbad\"quote,1\nnext\n\"open")
        #expect(r.records == ["ok\n", "next\n"])
        #expect(r.errors == ["bad\"quote,1\n", "\"open"])
    }

    @Test func manyFieldsOverTheRecordLimit() {
        // Fields of 4 bytes are fine; 12 of them hold 48 bytes, over the record limit of 40.
        let line = Array(repeating: "abcd", count: 12).joined(separator: ",") + "\n"
        var errors: [CSVSyntaxError] = []
        _ = Array(("h\n" + line + "ok\n").utf8).withUnsafeBytes { raw in
            CSVReader(limits: .init(maxFieldBytes: 8, maxRecordBytes: 40)).read(
                raw, onRecord: { _ in }, onError: { errors.append($0) })
        }
        #expect(
            errors == [
                CSVSyntaxError(
                    kind: .tooLarge("a record of more than 40 bytes exceeds the limit of 40"), recordLine: 2, line: 2,
                    column: 1)
            ])
    }

    @Test func aHugeLineIsStoppedWithoutBufferingIt() {
        // 3 MiB of one unquoted field with a 1 MiB field limit: one error, then the next line parses.
        let big = String(repeating: "x", count: 3 << 20)
        var count = 0, errors: [CSVSyntaxError] = []
        let bytes = Array(("h\n" + big + "\nafter\n").utf8)
        _ = bytes.withUnsafeBytes { raw in
            CSVReader().read(raw, onRecord: { _ in count += 1 }, onError: { errors.append($0) })
        }
        #expect(count == 2)  // h, after
        #expect(errors.count == 1)
        #expect(errors.first?.recordLine == 2)
        if case .tooLarge(let what) = errors.first?.kind {
            #expect(what == "a field of more than 1048576 bytes exceeds the limit of 1048576")
        } else {
            Issue.record("not tooLarge")
        }
    }
}
