import Foundation

/// Turns a worksheet's XML events into rows of cell text, as the sheet is inflated.
///
/// A row's cells come out as a CSV file would hold them: shared and inline strings as written,
/// numbers from their stored digits (`ExcelValues.plainNumber`), dates (numbers in a date style)
/// as `2024-03-31` (or `2024-03` for a year-month format), booleans as TRUE/FALSE, errors as
/// written (`#N/A`). Formulas give their cached value. Rows missing from the XML are missing here.
package final class SheetReader: XMLEvents {
    /// A merged range (0-based columns, 1-based rows), as the sheet lists them after its rows.
    package struct Merge: Equatable {
        package let firstColumn: Int, firstRow: Int, lastColumn: Int, lastRow: Int
    }

    private let workbook: Workbook
    private let onRow: (Int, [String]) throws -> Void
    private let maxCellBytes: Int
    private let maxColumns: Int
    package private(set) var merges: [Merge] = []
    /// The first error a row callback threw, rethrown once parsing stops.
    package private(set) var failure: Error?

    private var rowNumber = 0
    private var cells: [String] = []
    private var inRow = false
    private var cellColumn = -1
    private var cellType: CellType = .number
    private var cellStyle = 0
    private var value: [UInt8] = []
    private var capturing = false
    private var inInline = false
    private var phonetic = 0
    /// The formula of the current cell, when it has one (`<f>`).
    private var formula: [UInt8] = []
    private var inFormula = false

    private enum CellType { case number, shared, inline, formulaString, boolean, error, isoDate }

    package init(
        workbook: Workbook, maxCellBytes: Int, maxColumns: Int, onRow: @escaping (Int, [String]) throws -> Void
    ) {
        self.workbook = workbook
        self.maxCellBytes = maxCellBytes
        self.maxColumns = maxColumns
        self.onRow = onRow
    }

    package func start(_ name: XMLName, _ attributes: XMLAttributes) {
        guard failure == nil else { return }
        if name.is("c") {
            if let r = attributes.value("r") {
                guard let ref = ExcelValues.cellReference(r) else {
                    failure = SheetLimitError(
                        message:
                            "row \(rowNumber) has a cell at «\(String(decoding: r, as: UTF8.self))», which is no cell reference"
                    )
                    return
                }
                cellColumn = ref.column
            } else {
                cellColumn += 1
            }
            formula.removeAll(keepingCapacity: true)
            cellType = .number
            if let t = attributes.value("t") { cellType = Self.type(t) }
            cellStyle = attributes.value("s").flatMap { Self.int($0) } ?? 0
            value.removeAll(keepingCapacity: true)
        } else if name.is("f") {
            inFormula = true
        } else if name.is("v") {
            capturing = !inInline
        } else if name.is("t") {
            capturing = inInline && phonetic == 0
        } else if name.is("is") {
            inInline = true
        } else if name.is("rPh") {
            phonetic += 1
        } else if name.is("row") {
            inRow = true
            rowNumber = attributes.value("r").flatMap { Self.int($0) } ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            cellColumn = -1
        } else if name.is("mergeCell"), let ref = attributes.string("ref") {
            let ends = ref.split(separator: ":")
            if ends.count == 2,
                let a = Array(ends[0].utf8).withUnsafeBufferPointer({ ExcelValues.cellReference($0) }),
                let b = Array(ends[1].utf8).withUnsafeBufferPointer({ ExcelValues.cellReference($0) })
            {
                merges.append(Merge(firstColumn: a.column, firstRow: a.row, lastColumn: b.column, lastRow: b.row))
            }
        }
    }

    package func end(_ name: XMLName) {
        guard failure == nil else { return }
        if name.is("f") {
            inFormula = false
        } else if name.is("v") || name.is("t") {
            capturing = false
        } else if name.is("is") {
            inInline = false
        } else if name.is("rPh") {
            phonetic -= 1
        } else if name.is("c") {
            guard inRow, cellColumn >= 0 else { return }
            var text = cellText()
            // A formula the saving program never calculated (files written by scripts): its text, so
            // the cell is an error that shows it rather than an empty cell read as "no data".
            if text.isEmpty && !formula.isEmpty {
                text = "=" + String(decoding: formula, as: UTF8.self) + "（公式无计算结果 / formula without a stored result）"
            }
            if text.isEmpty { return }
            if cellColumn >= maxColumns {
                failure = SheetLimitError(
                    message:
                        "row \(rowNumber) has a cell in column \(ExcelValues.columnLetters(cellColumn)), past the limit of \(maxColumns) columns (--max-fields)"
                )
                return
            }
            if cells.count <= cellColumn {
                cells.append(contentsOf: repeatElement("", count: cellColumn + 1 - cells.count))
            }
            cells[cellColumn] = text
        } else if name.is("row") {
            inRow = false
            do { try onRow(rowNumber, cells) } catch { failure = error }
        }
    }

    package func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        if inFormula {
            if failure == nil, formula.count < 1024 { formula.append(contentsOf: bytes.prefix(1024 - formula.count)) }
            return
        }
        guard capturing, failure == nil else { return }
        if value.count + bytes.count > maxCellBytes {
            failure = SheetLimitError(
                message: "a cell of row \(rowNumber) holds more than \(maxCellBytes) bytes (--max-field-bytes)")
            return
        }
        value.append(contentsOf: bytes)
    }

    private func cellText() -> String {
        switch cellType {
        case .shared:
            guard let i = Self.int(value), i < workbook.sharedStrings.count else {
                return "#REF!"
            }
            return workbook.sharedStrings[i]
        case .inline, .formulaString, .error:
            return String(decoding: value, as: UTF8.self)
        case .boolean:
            return value == [UInt8(ascii: "1")] ? "TRUE" : value.isEmpty ? "" : "FALSE"
        case .isoDate:
            let s = String(decoding: value, as: UTF8.self)
            return s.count > 10 && s.hasSuffix("T00:00:00") ? String(s.prefix(10)) : s
        case .number:
            if value.isEmpty { return "" }
            let raw = String(decoding: value, as: UTF8.self)
            let kind = cellStyle < workbook.styleKinds.count ? workbook.styleKinds[cellStyle] : .number
            if kind != .number, let d = ExcelValues.date(serial: raw, date1904: workbook.date1904) {
                let ym = String(format: "%04d-%02d", d.year, d.month)
                return kind == .yearMonth ? ym : ym + String(format: "-%02d", d.day)
            }
            return ExcelValues.plainNumber(raw) ?? raw
        }
    }

    private static func type(_ t: UnsafeBufferPointer<UInt8>) -> CellType {
        switch String(decoding: t, as: UTF8.self) {
        case "s": .shared
        case "inlineStr": .inline
        case "str": .formulaString
        case "b": .boolean
        case "e": .error
        case "d": .isoDate
        default: .number
        }
    }

    private static func int<C: Collection<UInt8>>(_ bytes: C) -> Int? {
        var n = 0
        guard !bytes.isEmpty else { return nil }
        for b in bytes {
            guard b >= 48 && b <= 57 else { return nil }
            n = n &* 10 &+ Int(b - 48)
            if n > 100_000_000 { return nil }
        }
        return n
    }
}
