import Foundation
import PlanGaugeModel
import PlanGaugeRecords

/// `data/tables.xlsx`: every table of a report run in one workbook, for an office to paste from.
///
/// First a cover sheet (`说明` / `About`): the report's title, data period, dataset, the generation
/// time when the run was given one, and the list of sheets with each one's page, table title and
/// the CSV file it mirrors. Then one sheet per table, pages in order (the main page, the parks'
/// pages, the policy page): row 1 the table's title merged across, row 2 the header (frozen), then
/// the CSV file's rows, numbers as numbers formatted as the page shows them (`SheetCell`).
/// Sheet names come from the table titles (`SheetNames`); a park page's are prefixed `园区1 `,
/// `园区2 ` … in page order, the cover saying which park each is. The creation time is fixed
/// (`OutputTime`), so the same inputs give byte-identical files.
struct TablesWorkbook {
    /// A page whose tables become sheets, and the prefix of their names (`""`: none).
    struct Part {
        var page: Page
        var sheetPrefix: String
    }

    /// One data sheet: its name, and the page and table it holds.
    struct Sheet {
        var name: String
        var page: Page
        var table: ReportTable
    }

    /// The workbook's path in the period folder.
    static let path = "data/tables.xlsx"
    /// Rows of a data sheet, 0-based: the table's title, the header, then the data.
    static let titleRow = 0, headerRow = 1, firstDataRow = 2

    var language: ReportLanguage
    /// The report's title (its main page's).
    var title: String
    var dataPeriod: Period
    var dataset: String
    /// `--generated-at` or SOURCE_DATE_EPOCH as the pages show it; nil: no time written.
    var generatedAt: String?
    var parts: [Part]

    private var text: TablesWorkbookText { TablesWorkbookText(l: L10n(lang: language)) }

    /// The workbook of a run: `main` (the city's page, or a park's own report's page) first, then
    /// the parks' pages, numbered, then the policy page.
    init(_ input: ReportInput, main: Page, parks: [Page] = [], policy: Page? = nil) {
        let text = TablesWorkbookText(l: L10n(lang: input.language))
        self.init(
            language: input.language, title: main.title, dataPeriod: input.facts.dataPeriod, dataset: input.dataset,
            generatedAt: input.generatedAt,
            parts: [Part(page: main, sheetPrefix: "")]
                + parks.enumerated().map { Part(page: $1, sheetPrefix: text.parkPrefix($0 + 1)) }
                + (policy.map { [Part(page: $0, sheetPrefix: "")] } ?? []))
    }

    init(
        language: ReportLanguage, title: String, dataPeriod: Period, dataset: String, generatedAt: String?,
        parts: [Part]
    ) {
        self.language = language
        self.title = title
        self.dataPeriod = dataPeriod
        self.dataset = dataset
        self.generatedAt = generatedAt
        self.parts = parts
    }

    /// Every table's sheet, named, in page order.
    var sheets: [Sheet] {
        var names = SheetNames()
        names.reserve(text.coverSheet)
        var sheets: [Sheet] = []
        for part in parts {
            for table in part.page.tables {
                let name = names.name(
                    part.sheetPrefix + table.title, fallback: part.sheetPrefix + text.untitled(sheets.count + 1))
                sheets.append(Sheet(name: name, page: part.page, table: table))
            }
        }
        return sheets
    }

    /// The workbook's bytes, written through a temporary file (libxlsxwriter writes a path).
    func data() throws -> Data {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("plangauge-tables-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            try write(to: url.path)
            return try Data(contentsOf: url)
        } catch let error as XLSXWriteError {
            throw TablesWorkbookError(reason: error.message)
        } catch {
            throw TablesWorkbookError(reason: "\(error)")
        }
    }

    /// Writes the workbook at `path`.
    func write(to path: String) throws {
        let book = try XLSXWorkbook(path: path)
        try book.setProperties(
            XLSXDocumentProperties(
                title: title, subject: text.subject, author: "PlanGauge", keywords: dataPeriod.description,
                comments: dataset, created: OutputTime.created(generatedAt: generatedAt, dataPeriod: dataPeriod)))
        let sheets = self.sheets
        try writeCover(try book.addSheet(named: text.coverSheet), sheets: sheets)
        for sheet in sheets { try writeTable(sheet.table, on: try book.addSheet(named: sheet.name)) }
        try book.close()
    }

    /// The cover's lines above its list of sheets: label and value.
    var coverLines: [(String, String)] {
        [(text.dataPeriod, text.period(dataPeriod)), (text.dataset, dataset)]
            + (generatedAt.map { [(text.generatedAt, $0)] } ?? [])
    }

    private func writeCover(_ cover: XLSXSheet, sheets: [Sheet]) throws {
        let header = [text.sheet, text.page, text.table, text.csvFile]
        let list = sheets.map { [$0.name, $0.page.title, $0.table.title, $0.page.csvPath($0.table) ?? ""] }
        try cover.merge(
            XLSXRange(rows: 0...0, columns: 0...header.count - 1), text: SheetCell.fitted(title), style: Styles.title)
        try cover.setRowHeight(0, 24)
        var row = 1
        for (label, value) in coverLines {
            try cover.write(row: row, column: 0, .text(label), style: Styles.label)
            try cover.write(row: row, column: 1, .text(SheetCell.fitted(value)))
            row += 1
        }
        row += 1
        try cover.write(row: row, column: 0, .text(text.contents), style: Styles.label)
        try cover.write(row: row, column: 1, .text(text.contentsNote))
        row += 1
        for (c, title) in header.enumerated() {
            try cover.write(row: row, column: c, .text(title), style: Styles.header)
        }
        for (i, line) in list.enumerated() {
            for (c, value) in line.enumerated() {
                try cover.write(row: row + 1 + i, column: c, .text(SheetCell.fitted(value)), style: Styles.text)
            }
        }
        // The labels and the list set the widths; the title and the note run over empty cells.
        let labels = coverLines.map(\.0) + [text.contents]
        for c in header.indices {
            try cover.setColumnWidth(
                c, Self.width([header[c]] + list.map { $0[c] } + (c == 0 ? labels : []), minimum: 10))
        }
        try cover.freezePanes(row: row + 1, column: 0)
    }

    private func writeTable(_ table: ReportTable, on sheet: XLSXSheet) throws {
        let columns = max(table.columns.count, 1)
        if columns > 1 {
            try sheet.merge(
                XLSXRange(rows: Self.titleRow...Self.titleRow, columns: 0...columns - 1),
                text: SheetCell.fitted(table.title), style: Styles.title)
        } else {
            try sheet.write(row: Self.titleRow, column: 0, .text(SheetCell.fitted(table.title)), style: Styles.title)
        }
        try sheet.setRowHeight(Self.titleRow, 24)
        for (c, column) in table.columns.enumerated() {
            try sheet.write(row: Self.headerRow, column: c, .text(SheetCell.fitted(column.title)), style: Styles.header)
        }
        var shown = table.columns.map { [$0.title] }
        for (r, row) in table.rows.enumerated() {
            for (c, cell) in row.enumerated() {
                let value = SheetCell(cell)
                let style = value.numberFormat.map(Styles.number) ?? (value.value.isText ? Styles.text : Styles.plain)
                try sheet.write(row: Self.firstDataRow + r, column: c, value.value, style: style)
                if c < shown.count { shown[c].append(value.shown) }
            }
        }
        for (c, values) in shown.enumerated() { try sheet.setColumnWidth(c, Self.width(values, minimum: 6)) }
        try sheet.freezePanes(row: Self.firstDataRow, column: 0)
    }

    /// A column's width in characters (a CJK character counts two): the widest value and a
    /// margin, between `minimum` and 60 (longer text wraps).
    static func width(_ values: [String], minimum: Int) -> Double {
        let widest = values.map(FormLayout.displayWidth).max() ?? 0
        return Double(min(max(widest + 2, minimum), 60))
    }
}

/// `data/tables.xlsx` could not be written (exit status 74): libxlsxwriter's or the system's reason.
public struct TablesWorkbookError: ExitStatusError {
    /// What went wrong.
    public var reason: String
    /// 74: a write that failed.
    public var exitStatus: ExitStatus { .ioError }
    /// `data/tables.xlsx: cannot write the workbook: …`.
    public var description: String { "\(TablesWorkbook.path): cannot write the workbook: \(reason)" }
}

extension XLSXCell {
    /// Whether the cell holds text (not a number, not blank).
    fileprivate var isText: Bool {
        if case .text = self { true } else { false }
    }
}

/// The cell styles of the tables workbook.
private enum Styles {
    static let title = XLSXStyle(bold: true, fontSize: 13, horizontal: .left)
    static let label = XLSXStyle(bold: true)
    static let header = XLSXStyle(bold: true, fill: 0xDD_EB_F7, border: .thin, horizontal: .center)
    static let text = XLSXStyle(wrap: true, border: .thin)
    static let plain = XLSXStyle(border: .thin)
    static func number(_ format: String) -> XLSXStyle { XLSXStyle(numberFormat: format, border: .thin) }
}
