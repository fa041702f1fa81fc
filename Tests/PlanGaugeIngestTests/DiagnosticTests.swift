import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeRecords

/// The compiler-style line `plangauge check` prints, and the per-file cap on kept diagnostics.
@Suite struct DiagnosticTests {
    @Test func formatted() {
        let full = Diagnostic(
            file: "data/revenue.csv", line: 12, column: 5, severity: .error,
            message: "revenue: not an amount", value: "12,34", expected: "an amount")
        #expect(
            full.formatted == "data/revenue.csv:12:5: error: revenue: not an amount (value «12,34», expected an amount)"
        )
        let bare = Diagnostic(
            file: "a.csv", line: 1, column: 3, severity: .warning, message: "unknown column; it is ignored")
        #expect(bare.formatted == "a.csv:1:3: warning: unknown column; it is ignored")
        let expectedOnly = Diagnostic(file: "a.csv", line: 0, column: 0, severity: .error, message: "m", expected: "e")
        #expect(expectedOnly.formatted == "a.csv:0:0: error: m (expected e)")
        let note = Diagnostic(file: "a.csv", line: 3, column: 0, severity: .note, message: "m")
        #expect(note.formatted == "a.csv:3:0: note: m")
    }

    /// In a workbook the place is the sheet's A1 reference: column 5 of row 7 is E7, column 28 is AB.
    @Test func formattedInAWorkbook() {
        func at(_ line: Int, _ column: Int) -> String {
            Diagnostic(file: "r.xlsx", line: line, column: column, severity: .error, message: "m", sheet: "Sheet1")
                .formatted
        }
        #expect(at(7, 5) == "r.xlsx:Sheet1!E7: error: m")
        #expect(at(7, 28) == "r.xlsx:Sheet1!AB7: error: m")
        #expect(at(7, 0) == "r.xlsx:Sheet1!7:7: error: m")  // the whole row
        #expect(at(0, 0) == "r.xlsx:Sheet1: error: m")  // the whole sheet
    }

    @Test func valuesStayOnOneLine() {
        #expect(Diagnostic.shown("乙公司\n(集团)") == "乙公司\\n(集团)")
        #expect(Diagnostic.shown("a\r\tb\u{0}\u{FEFF}") == "a\\r\\tb\\u{0}\\u{FEFF}")
        #expect(Diagnostic.shown(String(repeating: "x", count: 80)) == String(repeating: "x", count: 80))
        #expect(Diagnostic.shown(String(repeating: "x", count: 81)) == String(repeating: "x", count: 80) + "…")
    }

    @Test func severityOrdersErrorsFirst() {
        #expect(Diagnostic.Severity.error < .warning && Diagnostic.Severity.warning < .note)
        #expect([Diagnostic.Severity.note, .warning, .error].sorted() == [.error, .warning, .note])
    }

    @Test func logKeepsTheFirstNPerFile() {
        var log = DiagnosticLog(limitPerFile: 2)
        for i in 1...4 { log.add(Diagnostic(file: "a.csv", line: i, column: 0, severity: .error, message: "e")) }
        log.add(Diagnostic(file: "b.csv", line: 1, column: 0, severity: .warning, message: "w"))
        #expect(log.kept.map { "\($0.file):\($0.line)" } == ["a.csv:1", "a.csv:2", "b.csv:1"])
        #expect(log.suppressed == ["a.csv": 2])
        #expect(log.errorCount == 2)  // of those kept
    }

    @Test func fileSummaryBalance() {
        var s = FileSummary(file: "a.csv", table: "parks")
        s.rowsRead = 3; s.accepted = 2; s.rejected = 1
        #expect(s.isBalanced)
        s.rejected = 0
        #expect(!s.isBalanced)
        s.skippedRows.blank = 1  // read = accepted + rejected + skipped
        #expect(s.skipped == 1 && s.isBalanced)
        s.skippedRows.totals = 1
        #expect(!s.isBalanced)
    }
}
