/// How a cell looks and whether it may be edited once its sheet is protected: the value-type face
/// of a libxlsxwriter format. Equal styles share one format in the workbook (`XLSXWorkbook`).
package struct XLSXStyle: Hashable, Sendable {
    package enum Border: Hashable, Sendable { case none, thin }
    package enum Horizontal: Hashable, Sendable { case general, left, center, right }
    package enum Vertical: Hashable, Sendable { case bottom, center, top }

    package var bold = false
    /// Long text breaks into lines inside the cell (the row must be tall enough to show them).
    package var wrap = false
    /// Locked cells are read-only once the sheet is protected; unlocked ones stay editable. Excel's
    /// default is locked, so every cell a form wants typed into says `locked: false`.
    package var locked = true
    /// An Excel number format such as `#,##0.00` or `0`; nil: General.
    package var numberFormat: String?
    /// Solid background colour as 0xRRGGBB; nil: none.
    package var fill: UInt32?
    /// Font colour as 0xRRGGBB; nil: automatic (black).
    package var fontColor: UInt32?
    /// Font size in points; nil: the workbook's default (11).
    package var fontSize: Double?
    package var border: Border = .none
    package var horizontal: Horizontal = .general
    package var vertical: Vertical = .center

    package init(
        bold: Bool = false, wrap: Bool = false, locked: Bool = true, numberFormat: String? = nil, fill: UInt32? = nil,
        fontColor: UInt32? = nil, fontSize: Double? = nil, border: Border = .none, horizontal: Horizontal = .general,
        vertical: Vertical = .center
    ) {
        self.bold = bold
        self.wrap = wrap
        self.locked = locked
        self.numberFormat = numberFormat
        self.fill = fill
        self.fontColor = fontColor
        self.fontSize = fontSize
        self.border = border
        self.horizontal = horizontal
        self.vertical = vertical
    }
}

/// What a cell holds.
package enum XLSXCell: Equatable, Sendable {
    /// Text, kept as written (a code of 18 digits stays text, never a rounded number).
    case text(String)
    /// A number (IEEE double, as Excel stores every number).
    case number(Double)
    /// No value, but the cell's style: how an input cell of a form is written (unlocked, formatted).
    case blank
}

/// A rectangle of cells, 0-based and inclusive.
package struct XLSXRange: Equatable, Sendable {
    package var rows: ClosedRange<Int>
    package var columns: ClosedRange<Int>

    package init(rows: ClosedRange<Int>, columns: ClosedRange<Int>) {
        self.rows = rows
        self.columns = columns
    }

    /// `B4:E40`, as Excel writes it.
    package var reference: String {
        XLSXRange.cellName(row: rows.lowerBound, column: columns.lowerBound) + ":"
            + XLSXRange.cellName(row: rows.upperBound, column: columns.upperBound)
    }

    /// `B4` for row 3, column 1 (0-based).
    package static func cellName(row: Int, column: Int) -> String {
        ExcelValues.columnLetters(column) + String(row + 1)
    }
}

/// A data-validation rule on a range: what Excel accepts when a cell is typed into, and what it says.
package struct XLSXValidation: Equatable, Sendable {
    package enum Kind: Equatable, Sendable {
        /// Any number (decimals allowed); text is refused.
        case decimal
        /// Whole numbers only; text and fractions are refused.
        case wholeNumber
    }

    package var kind: Kind
    /// The smallest value accepted (`≥ minimum`).
    package var minimum: Double
    /// Shown when a cell of the range is selected (Excel limits: title 32, message 255 characters).
    package var inputTitle: String?
    package var inputMessage: String?
    /// Shown when a refused value is typed; the entry is then stopped.
    package var errorTitle: String?
    package var errorMessage: String?

    package init(
        kind: Kind, minimum: Double, inputTitle: String? = nil, inputMessage: String? = nil, errorTitle: String? = nil,
        errorMessage: String? = nil
    ) {
        self.kind = kind
        self.minimum = minimum
        self.inputTitle = inputTitle
        self.inputMessage = inputMessage
        self.errorTitle = errorTitle
        self.errorMessage = errorMessage
    }
}

/// Sheet protection: locked cells become read-only, unlocked ones stay editable. Without a
/// password anyone can lift it (审阅 → 撤销工作表保护): it guards against slips, not against intent.
package struct XLSXProtection: Equatable, Sendable {
    /// Whether columns may still be widened and rows heightened (so long names can be read).
    package var allowResizing = true
    package var password: String?

    package init(allowResizing: Bool = true, password: String? = nil) {
        self.allowResizing = allowResizing
        self.password = password
    }
}

/// The document properties Excel shows under 文件 → 信息 → 属性.
package struct XLSXDocumentProperties: Equatable, Sendable {
    package var title: String?
    package var subject: String?
    package var author: String?
    package var company: String?
    package var keywords: String?
    package var comments: String?
    /// The creation time written into docProps/core.xml, in seconds since 1970 (UTC). Set it for
    /// byte-identical files: libxlsxwriter otherwise stamps the wall clock. 0 means "now" to the
    /// library, so it is written as one second past the epoch.
    package var created: Int64

    package init(
        title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
        keywords: String? = nil, comments: String? = nil, created: Int64
    ) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.keywords = keywords
        self.comments = comments
        self.created = created
    }
}

/// Why a workbook could not be written: the file, what was being done and libxlsxwriter's words.
package struct XLSXWriteError: Error, Equatable, CustomStringConvertible {
    package let path: String
    package let message: String

    package var description: String { "\(path): cannot write the workbook: \(message)" }
}
