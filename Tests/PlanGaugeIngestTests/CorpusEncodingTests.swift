import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeRecords
@testable import PlanGaugeModel

/// Corpus: bytes that are not the text they should be.
@Suite struct CorpusEncodingTests {
    static let bomRemoved =
        "invisible byte-order mark (U+FEFF) removed from the value; files saved with a BOM were probably joined"

    /// Two files saved as "CSV UTF-8" (each with a BOM) joined with `cat` or pasted together: the
    /// second BOM lands inside the data, here at the start of line 3 of revenue.csv (inside the id)
    /// and in the middle of a name. It is invisible and meaningless: removed, with a warning.
    @Test func byteOrderMarkInsideAField() throws {
        let c = try Corpus("bom-inside-field")
        #expect(
            c.briefs() == [
                "enterprises.csv:3:2: warning: name: \(Self.bomRemoved)",
                "revenue.csv:3:1: warning: id: \(Self.bomRemoved)"
            ])
        #expect(c.diagnostic("revenue.csv", 3, 1)?.value == "\u{FEFF}91350100M000100Y43")
        #expect(c.counts("enterprises.csv") == [2, 2, 0, 0, 1])
        #expect(c.counts("revenue.csv") == [2, 2, 0, 0, 1])
        #expect(c.dataset.enterprises.map(\.name) == ["甲公司", "乙公司"])
        #expect(c.dataset.revenue.map(\.enterprise.code) == [Codes.a, Codes.a])
        #expect(c.report.files.map(\.encoding) == [.utf8, .utf8])  // no BOM at the start: plain UTF-8
        #expect(c.report.exitStatus == 0)
    }

    /// Bytes FF FE 80 in a name (a UTF-16 byte-order mark and a stray continuation byte pasted into
    /// an ASCII file): not UTF-8, so the file is read as GB18030, where FF is never a valid byte
    /// either (GB18030 lead bytes are 81–FE). FE 80 alone would be valid GB18030 (U+4723 䜣).
    @Test func invalidUTF8ThatIsNotGB18030Either() throws {
        let gb = TextDecoder(encoding: .gb18030)
        #expect([UInt8]([0xFF, 0xFE, 0x80]).withUnsafeBytes { gb.decode($0) } == nil)
        #expect([UInt8]([0xFE, 0x80]).withUnsafeBytes { gb.decode($0) } == "\u{4723}")
        #expect([UInt8]([0x80]).withUnsafeBytes { gb.decode($0) } == nil)

        let c = try Corpus("invalid-utf8-not-gb18030")
        #expect(c.briefs() == ["enterprises.csv:3:2: error: name: bytes are not valid gb18030 text"])
        #expect(c.diagnostic("enterprises.csv", 3, 2)?.value == "\u{FFFD}\u{FFFD}\u{FFFD}Corp")
        #expect(summary(c.report, "enterprises.csv")?.encoding == .gb18030)
        #expect(summary(c.report, "enterprises.csv")?.encodingReason == .notUTF8)
        #expect(c.counts("enterprises.csv") == [2, 1, 1, 1, 0])
        #expect(c.dataset.enterprises.map(\.name) == ["Acme"])
        #expect(c.report.exitStatus == 65)
    }

    /// A NUL byte inside a name and inside an amount: a damaged file (or a UTF-16 one read as
    /// bytes). No cell holds a control character, so the row is rejected rather than carrying an
    /// invisible NUL into reports.
    @Test func nulByteInsideAField() throws {
        let c = try Corpus("nul-byte")
        let message = "control character U+0000 in the value; the file is damaged or is not UTF-8 or GB18030 text"
        #expect(
            c.briefs() == [
                "enterprises.csv:3:2: error: name: \(message)",
                "revenue.csv:3:3: error: revenue: \(message)"
            ])
        #expect(c.diagnostic("enterprises.csv", 3, 2)?.value == "乙\u{0}公司")
        #expect(c.diagnostic("revenue.csv", 3, 3).map { Diagnostic.shown($0.value ?? "") } == "1\\u{0}00")
        #expect(c.counts("enterprises.csv") == [2, 1, 1, 1, 0])
        #expect(c.counts("revenue.csv") == [2, 1, 1, 1, 0])
        #expect(c.dataset.enterprises.map(\.name) == ["甲公司"])
        #expect(c.report.exitStatus == 65)
    }

    /// Excel's "Unicode text" is UTF-16LE: `FF FE i 00 d 00 , 00 …`. Read as bytes, every header
    /// cell holds NULs. Line 2 (the data row, after the 0A of line 1's `0A 00`) and line 3 (the
    /// lone 00 after the last 0A) are the records the file has; both are rejected with the header.
    @Test func utf16File() throws {
        let c = try Corpus("utf16-file")
        #expect(
            c.briefs("enterprises.csv") == [
                "enterprises.csv:1:0: error: the header holds NUL bytes: the file is probably UTF-16, which is not read; no row of this file can be read"
            ])
        #expect(c.counts("enterprises.csv") == [2, 0, 2, 1, 0])
        #expect(c.briefs("revenue.csv") == ["revenue.csv:2:1: error: id: unknown enterprise: not in enterprises.csv"])
        #expect(c.report.exitStatus == 65)
    }
}
