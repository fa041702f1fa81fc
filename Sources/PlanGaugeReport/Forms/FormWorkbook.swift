import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeRecords

/// Lays one form out as an .xlsx workbook (PlanGaugeRecords' libxlsxwriter writer).
///
/// Sheet `填报表`: a merged title row, the unit line, the frozen header row, then one row per
/// enterprise: code, name, period, 口径 and last period's 营业收入 pre-filled and locked (grey);
/// the figures asked for unlocked (light yellow), formatted as numbers, each range validated
/// (numbers ≥ 0, head counts whole) with an input message giving the unit. The sheet is protected,
/// so only the input cells can be typed into. Sheet `填报说明` explains every column, the deadline
/// and whom to call, and is protected whole.
struct FormWorkbook {
    let set: FormSet
    let form: FormSet.Form
    let deadline: CalendarDate?
    let contact: String?
    /// The creation time stamped in the file, in seconds since 1970 (UTC).
    let created: Int64

    /// Rows of the form sheet, 0-based: title, unit line, header, then the data.
    static let titleRow = 0, unitRow = 1, headerRow = 2, firstDataRow = 3

    private var unitName: String { FormText.unitName(form.unit, grouping: set.grouping) }

    /// Writes the workbook at `path`.
    func write(to path: String) throws {
        let book = try XLSXWorkbook(path: path)
        try book.setProperties(
            XLSXDocumentProperties(
                title: FormText.title(set.period, unit: unitName), subject: FormText.subject, author: "PlanGauge",
                keywords: "\(set.period) \(unitName)", comments: "plangauge template --period \(set.period)",
                created: created))
        try writeForm(try book.addSheet(named: FormText.formSheet))
        try writeInstructions(try book.addSheet(named: FormText.instructionsSheet))
        try book.close()
    }

    private func writeForm(_ sheet: XLSXSheet) throws {
        let columns = FormColumn.all
        let lastColumn = columns.count - 1
        try sheet.merge(
            XLSXRange(rows: Self.titleRow...Self.titleRow, columns: 0...lastColumn),
            text: FormText.title(set.period, unit: unitName), style: Styles.title)
        try sheet.setRowHeight(Self.titleRow, 30)
        try sheet.write(row: Self.unitRow, column: 0, .text(FormText.unitLine), style: Styles.note)
        for (c, column) in columns.enumerated() {
            try sheet.write(row: Self.headerRow, column: c, .text(column.header), style: Styles.header)
        }
        try sheet.setRowHeight(Self.headerRow, 36)
        for (i, row) in form.rows.enumerated() {
            for (c, column) in columns.enumerated() {
                try sheet.write(row: Self.firstDataRow + i, column: c, cell(column, row), style: Styles.of(column))
            }
        }
        for (c, column) in columns.enumerated() {
            let shown = form.rows.map { row -> String in
                switch column.value(row, in: set) {
                case .text(let s): s
                case .amount(let a): a.formatted(in: .wan, decimals: 2, grouping: true)
                case .empty: ""
                }
            }
            try sheet.setColumnWidth(c, FormLayout.columnWidth(column, values: shown))
        }
        try validate(sheet, columns)
        try sheet.freezePanes(row: Self.firstDataRow, column: 2)
        try sheet.printSetup(landscape: true, fitToWidth: true, repeatRows: Self.headerRow...Self.headerRow)
        try sheet.protect()
    }

    private func cell(_ column: FormColumn, _ row: FormSet.Row) -> XLSXCell {
        switch column.value(row, in: set) {
        case .text(let s): .text(s)
        case .amount(let a): .number(a.value(in: .wan))
        case .empty: .blank
        }
    }

    /// One rule per input column over the data rows.
    private func validate(_ sheet: XLSXSheet, _ columns: [FormColumn]) throws {
        guard !form.rows.isEmpty else { return }
        let rows = Self.firstDataRow...(Self.firstDataRow + form.rows.count - 1)
        for (c, column) in columns.enumerated() {
            let rule: XLSXValidation
            switch column.content {
            case .amountInput:
                rule = XLSXValidation(
                    kind: .decimal, minimum: 0, inputTitle: FormText.amountInputTitle,
                    inputMessage: FormText.amountInputMessage, errorTitle: FormText.amountErrorTitle,
                    errorMessage: FormText.amountErrorMessage)
            case .headcountInput:
                rule = XLSXValidation(
                    kind: .wholeNumber, minimum: 0, inputTitle: FormText.employeesInputTitle,
                    inputMessage: FormText.employeesInputMessage, errorTitle: FormText.employeesErrorTitle,
                    errorMessage: FormText.employeesErrorMessage)
            default: continue
            }
            try sheet.validate(XLSXRange(rows: rows, columns: c...c), rule)
        }
    }

    private func writeInstructions(_ sheet: XLSXSheet) throws {
        let items = FormText.instructions(
            set, unit: unitName, rows: form.rows.count, deadline: deadline, contact: contact)
        let itemWidth = 28.0, textWidth = 80.0
        try sheet.merge(
            XLSXRange(rows: 0...0, columns: 0...1), text: FormText.instructionsSheet, style: Styles.title)
        try sheet.setRowHeight(0, 30)
        for (i, (item, text)) in items.enumerated() {
            try sheet.write(row: i + 1, column: 0, .text(item), style: Styles.instructionItem)
            try sheet.write(row: i + 1, column: 1, .text(text), style: Styles.instructionText)
            // Wrapped text needs its lines' height: Excel does not grow a row written with a file.
            let lines = max(
                (FormLayout.displayWidth(text) + Int(textWidth) - 3) / (Int(textWidth) - 2),
                (FormLayout.displayWidth(item) + Int(itemWidth) - 3) / (Int(itemWidth) - 2), 1)
            try sheet.setRowHeight(i + 1, Double(lines) * 16 + 6)
        }
        try sheet.setColumnWidth(0, itemWidth)
        try sheet.setColumnWidth(1, textWidth)
        try sheet.printSetup(landscape: false, fitToWidth: true)
        try sheet.protect()
    }
}

/// The cell styles of a form.
private enum Styles {
    static let grey: UInt32 = 0xF2_F2_F2
    static let referenceGrey: UInt32 = 0xD9_D9_D9
    static let inputYellow: UInt32 = 0xFF_F2_CC
    static let headerBlue: UInt32 = 0xDD_EB_F7
    static let amountFormat = "#,##0.00"

    static let title = XLSXStyle(bold: true, fontSize: 14, horizontal: .center)
    static let note = XLSXStyle(horizontal: .left)
    static let header = XLSXStyle(bold: true, wrap: true, fill: headerBlue, border: .thin, horizontal: .center)
    static let prefilled = XLSXStyle(fill: grey, border: .thin, horizontal: .left)
    static let prefilledCentered = XLSXStyle(fill: grey, border: .thin, horizontal: .center)
    static let reference = XLSXStyle(
        numberFormat: amountFormat, fill: referenceGrey, fontColor: 0x59_59_59, border: .thin, horizontal: .right)
    static let amountInput = XLSXStyle(
        locked: false, numberFormat: amountFormat, fill: inputYellow, border: .thin, horizontal: .right)
    static let headcountInput = XLSXStyle(
        locked: false, numberFormat: "#,##0", fill: inputYellow, border: .thin, horizontal: .right)
    static let instructionItem = XLSXStyle(bold: true, wrap: true, border: .thin, vertical: .top)
    static let instructionText = XLSXStyle(wrap: true, border: .thin, vertical: .top)

    static func of(_ column: FormColumn) -> XLSXStyle {
        switch column.content {
        case .code, .name: prefilled
        case .period, .basis: prefilledCentered
        case .previousRevenue: reference
        case .amountInput: amountInput
        case .headcountInput: headcountInput
        }
    }
}
