import CLibXlsxWriter
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An .xlsx workbook being written with libxlsxwriter, behind safe types: sheets by name, cells
/// with a style (`XLSXStyle`), document properties, and `close()`, which writes the file.
///
/// Invariants (what makes the C calls below sound):
/// - `book` is the library's workbook from `init` until `close()` or `deinit`, and is freed exactly
///   once: `workbook_close` frees it whether or not writing succeeded, `deinit` frees an unclosed one
///   with `lxw_workbook_free` (nothing is written then). Every call checks `book` first, so nothing
///   reaches a freed workbook: after `close()` every call throws.
/// - Sheets and formats belong to the workbook and live exactly as long as it; an `XLSXSheet` keeps
///   its workbook alive (a strong reference) and asks it for `book` before each call.
/// - libxlsxwriter copies every string it is handed before the call returns (file name, sheet
///   names, cell text, number formats, validation messages, properties: `lxw_strdup` in 1.1.4), so
///   the temporary C strings of `withCString` are enough.
/// - Rows and columns are checked against Excel's limits before they are narrowed to the library's
///   `lxw_row_t` (UInt32) and `lxw_col_t` (UInt16).
/// - Not thread-safe: a workbook is written from one thread (the type is not Sendable).
///
/// Deterministic output: libxlsxwriter 1.1.4 stamps every ZIP entry 1980-01-01 00:00 (as Excel
/// does) and the creation time of docProps/core.xml from `XLSXDocumentProperties.created`; with
/// that set, the same calls give the same bytes.
package final class XLSXWorkbook {
    package let path: String
    private var book: UnsafeMutablePointer<lxw_workbook>?
    private var formats: [XLSXStyle: UnsafeMutablePointer<lxw_format>] = [:]
    private var sheetNames: [String] = []

    /// Starts a workbook that `close()` will write at `path` (nothing is written before).
    package init(path: String) throws {
        self.path = path
        var options = lxw_workbook_options(constant_memory: 0, tmpdir: nil, use_zip64: 0)
        book = path.withCString { workbook_new_opt($0, &options) }
        if book == nil { throw XLSXWriteError(path: path, message: "libxlsxwriter could not start a workbook") }
    }

    deinit {
        if let book { lxw_workbook_free(book) }
    }

    /// The open workbook, or an error once it was closed.
    fileprivate func open() throws -> UnsafeMutablePointer<lxw_workbook> {
        guard let book else { throw XLSXWriteError(path: path, message: "the workbook was already closed") }
        return book
    }

    /// Sets the document properties (title, author, creation time …).
    package func setProperties(_ p: XLSXDocumentProperties) throws {
        let book = try open()
        var strings = CStrings()
        defer { strings.release() }
        var props = lxw_doc_properties()
        props.title = strings.copy(p.title)
        props.subject = strings.copy(p.subject)
        props.author = strings.copy(p.author)
        props.company = strings.copy(p.company)
        props.keywords = strings.copy(p.keywords)
        props.comments = strings.copy(p.comments)
        props.created = time_t(max(p.created, 1))  // 0 would mean "now" to the library
        try check(workbook_set_properties(book, &props), "setting the document properties")
    }

    /// Adds a sheet after the others. Names must be unique, at most 31 characters, without `[]:*?/\`.
    package func addSheet(named name: String) throws -> XLSXSheet {
        let book = try open()
        if sheetNames.contains(name) { throw XLSXWriteError(path: path, message: "a second sheet named «\(name)»") }
        try check(name.withCString { workbook_validate_sheet_name(book, $0) }, "naming a sheet «\(name)»")
        guard let sheet = name.withCString({ workbook_add_worksheet(book, $0) }) else {
            throw XLSXWriteError(path: path, message: "libxlsxwriter could not add the sheet «\(name)»")
        }
        sheetNames.append(name)
        return XLSXSheet(workbook: self, sheet: sheet, name: name)
    }

    /// Writes the file and frees the workbook. Throws with the path and libxlsxwriter's reason (and
    /// the system's, for a file that cannot be created); the workbook is closed either way.
    package func close() throws {
        let book = try open()
        self.book = nil
        formats.removeAll()
        errno = 0
        let status = workbook_close(book)
        let system = errno
        guard status != LXW_NO_ERROR else { return }
        var message = Self.text(status)
        if system != 0, let reason = strerror(system) { message += " (\(String(cString: reason)))" }
        throw XLSXWriteError(path: path, message: message)
    }

    /// The format of a style, made once per distinct style.
    fileprivate func format(_ style: XLSXStyle?) throws -> UnsafeMutablePointer<lxw_format>? {
        guard let style else { return nil }
        if let made = formats[style] { return made }
        guard let format = workbook_add_format(try open()) else {
            throw XLSXWriteError(path: path, message: "libxlsxwriter could not add a cell format")
        }
        Self.apply(style, to: format)
        formats[style] = format
        return format
    }

    private static func apply(_ s: XLSXStyle, to f: UnsafeMutablePointer<lxw_format>) {
        if s.bold { format_set_bold(f) }
        if s.wrap { format_set_text_wrap(f) }
        if !s.locked { format_set_unlocked(f) }
        if let code = s.numberFormat { code.withCString { format_set_num_format(f, $0) } }
        if let fill = s.fill {
            format_set_pattern(f, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(f, lxw_color_t(fill))
        }
        if let color = s.fontColor { format_set_font_color(f, lxw_color_t(color)) }
        if let size = s.fontSize { format_set_font_size(f, size) }
        if s.border == .thin { format_set_border(f, UInt8(LXW_BORDER_THIN.rawValue)) }
        switch s.horizontal {
        case .general: break
        case .left: format_set_align(f, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(f, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(f, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        switch s.vertical {
        case .bottom: break
        case .center: format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue))
        case .top: format_set_align(f, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        }
    }

    /// Throws unless `status` is success, saying what was being done.
    fileprivate func check(_ status: lxw_error, _ doing: String) throws {
        guard status != LXW_NO_ERROR else { return }
        throw XLSXWriteError(path: path, message: "\(doing): \(Self.text(status))")
    }

    private static func text(_ status: lxw_error) -> String {
        guard let s = lxw_strerror(status) else { return "libxlsxwriter error \(status.rawValue)" }
        return String(cString: s)
    }
}

/// One sheet of an `XLSXWorkbook`. Rows and columns are 0-based.
package final class XLSXSheet {
    package let name: String
    private let workbook: XLSXWorkbook
    private let sheet: UnsafeMutablePointer<lxw_worksheet>

    fileprivate init(workbook: XLSXWorkbook, sheet: UnsafeMutablePointer<lxw_worksheet>, name: String) {
        self.workbook = workbook
        self.sheet = sheet
        self.name = name
    }

    /// Excel's sheet size: 1,048,576 rows, 16,384 columns.
    package static let maxRows = Int(LXW_ROW_MAX)
    package static let maxColumns = Int(LXW_COL_MAX)

    /// The sheet, once the workbook is known to be open (see the invariants on `XLSXWorkbook`).
    private func open() throws -> UnsafeMutablePointer<lxw_worksheet> {
        _ = try workbook.open()
        return sheet
    }

    private func place(_ row: Int, _ column: Int) throws -> (lxw_row_t, lxw_col_t) {
        guard (0..<Self.maxRows).contains(row), (0..<Self.maxColumns).contains(column) else {
            throw XLSXWriteError(
                path: workbook.path,
                message: "sheet «\(name)»: row \(row + 1), column \(column + 1) is outside Excel's sheet")
        }
        return (lxw_row_t(row), lxw_col_t(column))
    }

    /// Writes a cell with a style (nil: Excel's default, which is locked).
    package func write(row: Int, column: Int, _ value: XLSXCell, style: XLSXStyle? = nil) throws {
        let sheet = try open()
        let (r, c) = try place(row, column)
        let format = try workbook.format(style)
        let status: lxw_error
        switch value {
        case .text(let s): status = s.withCString { worksheet_write_string(sheet, r, c, $0, format) }
        case .number(let n):
            guard n.isFinite else {
                throw XLSXWriteError(
                    path: workbook.path,
                    message:
                        "sheet «\(name)» cell \(XLSXRange.cellName(row: row, column: column)): \(n) is no number Excel can hold"
                )
            }
            status = worksheet_write_number(sheet, r, c, n, format)
        case .blank: status = worksheet_write_blank(sheet, r, c, format)
        }
        try workbook.check(status, "sheet «\(name)» cell \(XLSXRange.cellName(row: row, column: column))")
    }

    /// Sets a column's width in characters of the default font (a Chinese character takes about two).
    package func setColumnWidth(_ column: Int, _ width: Double) throws {
        let sheet = try open()
        let (_, c) = try place(0, column)
        try workbook.check(worksheet_set_column(sheet, c, c, width, nil), "sheet «\(name)» column width")
    }

    /// Sets a row's height in points (the default is 15).
    package func setRowHeight(_ row: Int, _ points: Double) throws {
        let sheet = try open()
        let (r, _) = try place(row, 0)
        try workbook.check(worksheet_set_row(sheet, r, points, nil), "sheet «\(name)» row height")
    }

    /// Keeps the rows above `row` and the columns left of `column` in view while scrolling.
    package func freezePanes(row: Int, column: Int) throws {
        let sheet = try open()
        let (r, c) = try place(row, column)
        worksheet_freeze_panes(sheet, r, c)
    }

    /// Merges a range into one cell holding `text` (a title over the table).
    package func merge(_ range: XLSXRange, text: String, style: XLSXStyle? = nil) throws {
        let sheet = try open()
        let (r0, c0) = try place(range.rows.lowerBound, range.columns.lowerBound)
        let (r1, c1) = try place(range.rows.upperBound, range.columns.upperBound)
        let format = try workbook.format(style)
        let status = text.withCString { worksheet_merge_range(sheet, r0, c0, r1, c1, $0, format) }
        try workbook.check(status, "sheet «\(name)» merging \(range.reference)")
    }

    /// Adds a data-validation rule over a range: a value outside it is refused as it is typed.
    package func validate(_ range: XLSXRange, _ rule: XLSXValidation) throws {
        let sheet = try open()
        let (r0, c0) = try place(range.rows.lowerBound, range.columns.lowerBound)
        let (r1, c1) = try place(range.rows.upperBound, range.columns.upperBound)
        var strings = CStrings()
        defer { strings.release() }
        var v = lxw_data_validation()
        v.validate = UInt8(
            (rule.kind == .decimal ? LXW_VALIDATION_TYPE_DECIMAL : LXW_VALIDATION_TYPE_INTEGER).rawValue)
        v.criteria = UInt8(LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO.rawValue)
        v.value_number = rule.minimum
        v.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        v.input_title = strings.copy(rule.inputTitle)
        v.input_message = strings.copy(rule.inputMessage)
        v.error_title = strings.copy(rule.errorTitle)
        v.error_message = strings.copy(rule.errorMessage)
        try workbook.check(
            worksheet_data_validation_range(sheet, r0, c0, r1, c1, &v),
            "sheet «\(name)» validation of \(range.reference)")
    }

    /// Protects the sheet: locked cells read-only, unlocked ones editable, no rows or columns added
    /// or deleted, no sorting.
    package func protect(_ p: XLSXProtection = XLSXProtection()) throws {
        let sheet = try open()
        var options = lxw_protection()
        options.format_columns = p.allowResizing ? 1 : 0
        options.format_rows = p.allowResizing ? 1 : 0
        if let password = p.password {
            password.withCString { worksheet_protect(sheet, $0, &options) }
        } else {
            worksheet_protect(sheet, nil, &options)
        }
    }

    /// Page setup for printing: landscape or not, every column on one page's width, and the rows
    /// repeated at the top of every page (a table's header).
    package func printSetup(landscape: Bool, fitToWidth: Bool, repeatRows: ClosedRange<Int>? = nil) throws {
        let sheet = try open()
        if landscape { worksheet_set_landscape(sheet) }
        if fitToWidth { worksheet_fit_to_pages(sheet, 1, 0) }
        if let rows = repeatRows {
            let (r0, _) = try place(rows.lowerBound, 0)
            let (r1, _) = try place(rows.upperBound, 0)
            try workbook.check(worksheet_repeat_rows(sheet, r0, r1), "sheet «\(name)» print titles")
        }
    }

    /// Makes this the sheet shown when the workbook opens.
    package func activate() throws {
        worksheet_activate(try open())
    }
}

/// C copies of optional strings for a struct handed to libxlsxwriter, freed after the call (the
/// library copies what it keeps).
private struct CStrings {
    private var made: [UnsafeMutablePointer<CChar>] = []

    mutating func copy(_ s: String?) -> UnsafeMutablePointer<CChar>? {
        guard let s, let p = strdup(s) else { return nil }
        made.append(p)
        return p
    }

    mutating func release() {
        for p in made { free(p) }
        made.removeAll()
    }
}
