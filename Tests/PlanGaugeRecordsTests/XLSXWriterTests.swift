import Foundation
import Testing
import ZIPFoundation
@testable import PlanGaugeRecords

/// The libxlsxwriter wrapper: what it writes reads back through the package's own workbook reader,
/// its styles, protection and validation are in the sheet's XML as Excel expects them, the same
/// calls give the same bytes, and failures name the file.
@Suite struct XLSXWriterTests {
    /// A fresh folder under the temporary directory, removed when released.
    final class Scratch {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-writer-\(UUID().uuidString)")
            .path
        init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: folder) }
        func path(_ name: String) -> String { folder + "/" + name }
    }

    static let unlocked = XLSXStyle(locked: false, numberFormat: "#,##0.00", fill: 0xFF_F2_CC, border: .thin)

    /// A small form: a merged title, a header, two rows with a code, a number and an input cell.
    static func writeSample(_ path: String, created: Int64 = 1_767_225_600) throws {
        let book = try XLSXWorkbook(path: path)
        try book.setProperties(XLSXDocumentProperties(title: "测试表", author: "PlanGauge", created: created))
        let sheet = try book.addSheet(named: "填报表")
        try sheet.merge(XLSXRange(rows: 0...0, columns: 0...3), text: "2025年四季度 测试表", style: XLSXStyle(bold: true))
        for (c, name) in ["统一社会信用代码", "企业名称", "营业收入（万元）", "从业人员"].enumerated() {
            try sheet.write(row: 2, column: c, .text(name), style: XLSXStyle(bold: true, wrap: true))
        }
        try sheet.write(row: 3, column: 0, .text("913100000000000022"))
        try sheet.write(row: 3, column: 1, .text("甲公司"))
        try sheet.write(row: 3, column: 2, .number(1234.56), style: XLSXStyle(numberFormat: "#,##0.00"))
        try sheet.write(row: 3, column: 3, .blank, style: unlocked)
        try sheet.write(row: 4, column: 0, .text("91310000000000001Y"))
        try sheet.write(row: 4, column: 1, .text("乙公司"))
        try sheet.write(row: 4, column: 2, .number(12_345_678.9))
        try sheet.write(row: 4, column: 3, .blank, style: unlocked)
        try sheet.setColumnWidth(1, 30)
        try sheet.setRowHeight(2, 36)
        try sheet.freezePanes(row: 3, column: 2)
        try sheet.validate(
            XLSXRange(rows: 3...4, columns: 3...3),
            XLSXValidation(kind: .decimal, minimum: 0, inputTitle: "单位", inputMessage: "万元", errorMessage: "只填数字"))
        try sheet.protect()
        try book.close()
    }

    /// Collects a sheet's rows as the reader hands them out.
    final class Rows {
        var byNumber: [Int: [String]] = [:]
    }

    static func readRows(_ path: String, sheet: String? = nil) throws -> [Int: [String]] {
        let book = try Workbook(path: path)
        let rows = Rows()
        let reader = SheetReader(workbook: book, maxCellBytes: 1 << 20, maxColumns: 64) { n, cells in
            rows.byNumber[n] = cells
        }
        try book.stream(try book.sheet(named: sheet), into: reader)
        if let failure = reader.failure { throw failure }
        return rows.byNumber
    }

    /// The text of one part of the workbook's ZIP container.
    static func part(_ path: String, _ name: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        guard let entry = archive[name] else { throw CocoaError(.fileNoSuchFile) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test func cellsReadBackThroughTheWorkbookReader() throws {
        let scratch = try Scratch()
        let path = scratch.path("form.xlsx")
        try Self.writeSample(path)
        let rows = try Self.readRows(path, sheet: "填报表")
        #expect(rows[1] == ["2025年四季度 测试表"])
        #expect(rows[3] == ["统一社会信用代码", "企业名称", "营业收入（万元）", "从业人员"])
        // An all-digit code stays text (a number would lose its last digits); blank input cells give no text.
        #expect(rows[4] == ["913100000000000022", "甲公司", "1234.56"])
        #expect(rows[5] == ["91310000000000001Y", "乙公司", "12345678.9"])
        #expect(try Workbook(path: path).sheets.map(\.name) == ["填报表"])
    }

    @Test func inputCellsAreUnlockedOnAProtectedSheetWithValidation() throws {
        let scratch = try Scratch()
        let path = scratch.path("form.xlsx")
        try Self.writeSample(path)
        let sheet = try Self.part(path, "xl/worksheets/sheet1.xml")
        // Protected, with resizing columns and rows still allowed (OOXML: "0" = not protected).
        #expect(
            sheet.contains(#"<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>"#))
        #expect(sheet.contains(#"<mergeCell ref="A1:D1"/>"#))
        #expect(sheet.contains(#"<pane xSplit="2" ySplit="3" topLeftCell="C4""#))
        #expect(
            sheet.contains(
                #"<dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showInputMessage="1" showErrorMessage="1" error="只填数字" promptTitle="单位" prompt="万元" sqref="D4:D5"><formula1>0</formula1></dataValidation>"#
            ))
        // The style of D4 and D5 is the one cellXfs entry that is unlocked.
        let styles = try Self.part(path, "xl/styles.xml")
        let cellXfs = try #require(
            styles.components(separatedBy: "<cellXfs").last?.components(separatedBy: "</cellXfs>").first)
        let xfs = cellXfs.components(separatedBy: "<xf ").dropFirst()
        let unlocked = xfs.indices.filter { xfs[$0].contains(#"<protection locked="0"/>"#) }.map { $0 - 1 }
        #expect(unlocked.count == 1)
        let s = try #require(unlocked.first)
        #expect(sheet.contains(#"<c r="D4" s="\#(s)"/>"#))
        #expect(sheet.contains(#"<c r="D5" s="\#(s)"/>"#))
        #expect(!sheet.contains(#"<c r="A4" s="\#(s)""#))
    }

    @Test func theSameCallsGiveTheSameBytes() throws {
        let scratch = try Scratch()
        try Self.writeSample(scratch.path("a.xlsx"))
        Thread.sleep(forTimeInterval: 1.1)  // a wall-clock stamp would now differ
        try Self.writeSample(scratch.path("b.xlsx"))
        try Self.writeSample(scratch.path("c.xlsx"), created: 1_767_312_000)
        let a = try Data(contentsOf: URL(fileURLWithPath: scratch.path("a.xlsx")))
        #expect(a == (try Data(contentsOf: URL(fileURLWithPath: scratch.path("b.xlsx")))))
        #expect(a != (try Data(contentsOf: URL(fileURLWithPath: scratch.path("c.xlsx")))))
        let core = try Self.part(scratch.path("a.xlsx"), "docProps/core.xml")
        #expect(core.contains(#"<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T00:00:00Z</dcterms:created>"#))
        #expect(core.contains("<dc:title>测试表</dc:title>"))
    }

    @Test func failuresNameTheFileAndTheReason() throws {
        let scratch = try Scratch()
        let missing = scratch.path("no-such-folder/form.xlsx")
        let book = try XLSXWorkbook(path: missing)
        _ = try book.addSheet(named: "表")
        let closing = #expect(throws: XLSXWriteError.self) { try book.close() }
        #expect(closing?.path == missing)
        #expect(closing?.description.hasPrefix("\(missing): cannot write the workbook: ") == true)
        #expect(closing?.description.contains("No such file or directory") == true)
        // Closed means closed: nothing reaches the freed workbook.
        #expect(throws: XLSXWriteError.self) { try book.close() }
        #expect(throws: XLSXWriteError.self) { _ = try book.addSheet(named: "又一张") }

        let other = try XLSXWorkbook(path: scratch.path("other.xlsx"))
        #expect(throws: XLSXWriteError.self) { _ = try other.addSheet(named: "a/b") }
        #expect(throws: XLSXWriteError.self) { _ = try other.addSheet(named: String(repeating: "长", count: 32)) }
        let sheet = try other.addSheet(named: "表")
        #expect(throws: XLSXWriteError.self) { _ = try other.addSheet(named: "表") }
        #expect(throws: XLSXWriteError.self) { try sheet.write(row: XLSXSheet.maxRows, column: 0, .blank) }
        #expect(throws: XLSXWriteError.self) { try sheet.write(row: 0, column: -1, .blank) }
        #expect(throws: XLSXWriteError.self) { try sheet.write(row: 0, column: 0, .number(.nan)) }
        #expect(throws: XLSXWriteError.self) {
            try sheet.write(row: 0, column: 0, .text(String(repeating: "x", count: 32_768)))
        }
        try other.close()
        #expect(FileManager.default.fileExists(atPath: scratch.path("other.xlsx")))
    }

    @Test func anUnclosedWorkbookWritesNothing() throws {
        let scratch = try Scratch()
        do {
            let book = try XLSXWorkbook(path: scratch.path("dropped.xlsx"))
            try book.addSheet(named: "表").write(row: 0, column: 0, .text("x"))
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.path("dropped.xlsx")))
    }
}
