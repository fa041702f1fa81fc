import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Corpus: broken CSV syntax and row shapes. Each case costs exactly the broken record; the rows
/// around it are read and counted. A = 91350100M000100Y43, B = 91110000100010433L.
@Suite struct CorpusCSVSyntaxTests {
    /// A closing quote deleted by hand in a text editor: the quote on line 3 is still open at the
    /// end of the file and swallows line 4, so the record of lines 3–4 is the one rejected.
    @Test func unterminatedQuote() throws {
        let c = try Corpus("unterminated-quote")
        #expect(
            c.briefs() == ["revenue.csv:3:1: error: malformed CSV: a quoted field opened on line 3 is never closed"])
        #expect(c.counts("revenue.csv") == [2, 1, 1, 1, 0])
        #expect(c.counts("enterprises.csv") == oneCleanRow)
        #expect(c.dataset.revenue.map(\.period) == [.quarter(2023, 1)!])
        #expect(c.report.exitStatus == 65)
    }

    /// The same unclosed quote, but a later line holds a quoted value: its first quote "closes" the
    /// field opened on line 3 and the `3` after it is the error. Line 4 is
    /// `91350100M000100Y43,2023Q3,"300"`: 18 + 1 + 6 + 1 = 26 bytes, the quote is byte 27, `3` byte 28.
    /// Line 5 starts afresh and is read.
    @Test func quoteClosedOnALaterLine() throws {
        let c = try Corpus("quote-closed-on-a-later-line")
        #expect(
            c.briefs() == [
                "revenue.csv:4:28: error: malformed CSV: a quote inside an unquoted field, or text after a closing quote (the record starts on line 3)"
            ])
        #expect(c.counts("revenue.csv") == [3, 2, 1, 1, 0])
        #expect(c.dataset.revenue.map(\.period) == [.quarter(2023, 1)!, .quarter(2023, 4)!])
        #expect(c.report.exitStatus == 65)
    }

    /// A nickname in quotes typed into a cell by a tool that does not escape quotes.
    /// Line 3 `91110000100010433L,乙"公司`: 19 bytes, 乙 = bytes 20–22, the quote is byte 23.
    /// Line 4 `913100000000000022,"丙公司"有限`: the quote at 20 opens, 丙公司 = 21–29, the quote at 30
    /// closes, and 有 at byte 31 is text after the closing quote.
    @Test func quoteInsideAnUnquotedField() throws {
        let c = try Corpus("quote-inside-unquoted-field")
        #expect(
            c.briefs() == [
                "enterprises.csv:3:23: error: malformed CSV: a quote inside an unquoted field, or text after a closing quote",
                "enterprises.csv:4:31: error: malformed CSV: a quote inside an unquoted field, or text after a closing quote"
            ])
        #expect(c.counts("enterprises.csv") == [4, 2, 2, 2, 0])
        #expect(c.dataset.enterprises.map(\.id.code) == [Codes.a, Codes.c])
        #expect(c.counts("revenue.csv") == oneCleanRow)
        #expect(c.report.exitStatus == 65)
    }

    /// A truncated row (line 3), a thousands separator typed without quotes (line 4: `1,234` makes
    /// four fields), a blank line (5: no record, not counted, but still a line) and a trailing comma
    /// from a script (line 6). The column is the first field past the shorter of row and header.
    @Test func raggedRows() throws {
        let c = try Corpus("ragged-rows")
        let shifted = "an unquoted comma in a value shifts every column after it"
        #expect(
            c.briefs() == [
                "revenue.csv:3:3: error: row has 2 fields but the header has 3; \(shifted)",
                "revenue.csv:4:4: error: row has 4 fields but the header has 3; \(shifted)",
                "revenue.csv:6:4: error: row has 4 fields but the header has 3; \(shifted)"
            ])
        #expect(c.diagnostic("revenue.csv", 4, 4)?.expected == "3 fields; quote values that contain commas")
        #expect(c.counts("revenue.csv") == [5, 2, 3, 3, 0])
        #expect(c.dataset.revenue.map(\.period) == [.quarter(2023, 1)!, .quarter(2024, 1)!])
        #expect(c.report.exitStatus == 65)
    }

    /// Excel keeps formatted but empty rows as `,,`: each is a row with no text in any cell, no
    /// data, so it is read and skipped as blank, neither accepted nor rejected, and says nothing.
    @Test func excelEmptyRows() throws {
        let c = try Corpus("excel-empty-rows")
        #expect(c.briefs() == [])
        #expect(c.counts("revenue.csv") == [3, 1, 0, 0, 0])
        let s = try #require(summary(c.report, "revenue.csv"))
        #expect(s.skipped == 2 && s.skippedRows.blank == 2)
        #expect(c.dataset.revenue.map(\.period) == [.quarter(2023, 1)!])
        #expect(c.report.exitStatus == 0)
    }

    /// Classic Mac OS line ends (CR only), as some old exporters still write them. Lines count at
    /// each CR, also inside a quoted value: 甲\r公司 spans lines 2–3, so the bad code is on line 5.
    /// 9131000000000000 1: Σ value × weight = 94, 31 − 94 mod 31 = 30 → Y, not X.
    @Test func crOnlyLineEnds() throws {
        let c = try Corpus("cr-line-ends")
        #expect(
            c.briefs("enterprises.csv") == [
                "enterprises.csv:5:1: error: id: check character is «X» but the first 17 characters give «Y»"
            ])
        #expect(c.counts("enterprises.csv") == [3, 2, 1, 1, 0])
        #expect(c.dataset.enterprises.map(\.name) == ["甲\r公司", "乙公司"])
        #expect(c.briefs("revenue.csv") == ["revenue.csv:4:3: error: revenue: not an amount"])
        #expect(c.diagnostic("revenue.csv", 4, 3)?.value == "abc")
        #expect(c.counts("revenue.csv") == [3, 2, 1, 1, 0])
        #expect(c.report.exitStatus == 65)
    }
}
