import Foundation
import PlanGaugeModel
import PlanGaugeRecords
import PlanGaugeSystem

/// An office file turned into the plain CSV the table reader takes, with the way back to the
/// file's own places for every message.
///
/// A workbook's sheet, or a CSV file whose table does not start on its first line, is read once:
/// its first rows decide the shape (`OfficeShape`), then every row after the header is written,
/// as UTF-8 CSV with the header first, to a temporary file the table reader maps like any other.
/// Rows are never held all at once, so a sheet of a million rows reads in bounded memory.
final class OfficeTable {
    /// The plain CSV (a temporary file, removed with this object).
    let csvPath: String
    /// For each physical line of the plain CSV (index 1 = its header), the file's own line or
    /// sheet row.
    private(set) var lineMap: [Int32] = [0]
    /// For each field of the plain CSV, the file's own 0-based column (nil for a field taken from
    /// the title).
    private(set) var columnMap: [Int?] = []
    let sheet: String?
    var encoding: TextEncoding?
    var encodingReason: TextEncoding.Reason?
    /// The file's line (or row) of the header.
    private(set) var headerPlace = 1
    /// Rows above the header and under it that are no data, counted as read and skipped.
    private(set) var skippedAround = SkippedRows()
    /// Records the CSV parser could not read (before the plain CSV was made), with their messages.
    private(set) var brokenRecords = 0
    /// Those records: the line each starts on and its message (for `--rejects`).
    fileprivate(set) var broken: [(line: Int, diagnostic: Diagnostic)] = []
    /// The file's last line (or row) before the first data row: title, unit line, header rows.
    fileprivate(set) var headerBlockEnd = 1
    /// Notes and findings made while reading (the header's place, units, growth columns), already
    /// in the file's own places.
    private(set) var diagnostics: [Diagnostic] = []
    /// `上年同期` figures the return restates, to compare with the dataset's own once it is loaded.
    private(set) var priorYearFigures: [PriorYearFigure] = []

    private let displayName: String
    private var out: CSVOutput
    private var line = 1

    /// A figure for last year's same period, as a return restates it beside this year's.
    struct PriorYearFigure {
        let place: Int
        let column: Int
        /// The header of the field the figure restates (e.g. `营业收入（万元）`), its id cell and the period cell.
        let field: String
        let id: String
        let period: String
        /// The row's 口径 cell, when the table has one.
        let basis: String?
        let value: String
    }

    private init(displayName: String, sheet: String?) throws {
        self.displayName = displayName
        self.sheet = sheet
        let dir = NSTemporaryDirectory()
        csvPath = (dir as NSString).appendingPathComponent("plangauge-\(getpid())-\(UUID().uuidString).csv")
        out = try CSVOutput(path: csvPath)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: csvPath)
    }

    /// Maps a message about the plain CSV back to the file's own place.
    func locate(_ d: inout Diagnostic) {
        if d.line >= 1 && d.line < lineMap.count { d.line = Int(lineMap[d.line]) }
        if d.column >= 1 && d.column <= columnMap.count { d.column = columnMap[d.column - 1].map { $0 + 1 } ?? 0 }
        d.sheet = sheet
    }

    /// Puts what the plain CSV's reading counted in the file's terms: its encoding and sheet, the
    /// header's place, and the rows around the header and the broken records, as read and skipped
    /// or rejected.
    func account(in summary: inout FileSummary) {
        summary.encoding = encoding
        summary.encodingReason = encodingReason
        summary.sheet = sheet
        if headerPlace != 1 { summary.headerLine = headerPlace }
        summary.rowsRead += skippedAround.count + brokenRecords
        summary.rejected += brokenRecords
        summary.skippedRows.add(skippedAround)
        for d in diagnostics {
            switch d.severity {
            case .error: summary.errors += 1
            case .warning: summary.warnings += 1
            case .note: break
            }
        }
    }

    /// The file's own line for a line of the plain CSV.
    func place(ofLine l: Int) -> Int { l >= 1 && l < lineMap.count ? Int(lineMap[l]) : l }

    // MARK: Making one

    /// A workbook's sheet (the first, or the one named).
    static func workbook<Column: TableColumn>(
        _ path: String, sheet name: String?, displayName: String,
        limits: CSVReader.Limits, _: Column.Type
    ) throws -> OfficeTable {
        let book = try Workbook(path: path)
        let sheet = try book.sheet(named: name)
        let table = try OfficeTable(displayName: displayName, sheet: sheet.name)
        var shaper = Shaper<Column>(table: table, placeWord: "row", fileName: (path as NSString).lastPathComponent)
        let reader = SheetReader(workbook: book, maxCellBytes: limits.maxFieldBytes, maxColumns: limits.maxFields) {
            row, cells in
            try shaper.take(cells, place: row)
        }
        try book.stream(sheet, into: reader)
        if let failure = reader.failure { throw failure }
        try shaper.finish()
        if book.sheets.count > 1 && name == nil {
            table.diagnostics.insert(
                Diagnostic(
                    file: displayName, line: 0, column: 0, severity: .note,
                    message:
                        "the workbook has \(book.sheets.count) sheets (\(book.sheets.map(\.name).joined(separator: ", "))); the first, «\(sheet.name)», is read (--sheet NAME reads another)",
                    sheet: sheet.name), at: 0)
        }
        try table.out.close()
        let below = reader.merges.filter {
            $0.firstRow > table.headerPlace && ($0.lastRow > $0.firstRow || $0.lastColumn > $0.firstColumn)
        }
        if !below.isEmpty {
            let lookup = ColumnLookup<Column>()
            let amounts = Set(
                table.headerNames.indices.filter { lookup.column(for: table.headerNames[$0])?.isAmount == true })
            try table.fill(below, amounts: amounts, limits: limits)
        }
        return table
    }

    /// Cells merged inside the table (a district merged over its firms): a merged range keeps its
    /// text in its first cell only, so every cell of the range takes that text, as a reader of the
    /// sheet sees it. An amount is never copied: one figure merged over several firms says nothing
    /// of each firm's, so the other cells say so and their rows are rejected. The plain copy is
    /// written again (only workbooks with such merges pay for it).
    private func fill(_ merges: [SheetReader.Merge], amounts: Set<Int>, limits: CSVReader.Limits) throws {
        let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: csvPath)))
        let path = csvPath + ".filled"
        defer { try? FileManager.default.removeItem(atPath: path) }
        var output = try CSVOutput(path: path)
        var topLeft: [Int: String] = [:]  // merge index → the text of its first cell
        var failure: Error?
        _ = ByteView.with(data) { bytes in
            CSVReader(limits: limits).read(
                bytes,
                onRecord: { record in
                    guard failure == nil else { return }
                    var cells = (0..<record.count).map { record[$0].utf8Text }
                    if record.line > 1 {
                        let row = place(ofLine: record.line)
                        for (f, source) in columnMap.enumerated() where f < cells.count {
                            guard let column = source,
                                let m = merges.firstIndex(where: {
                                    $0.firstRow <= row && row <= $0.lastRow && $0.firstColumn <= column
                                        && column <= $0.lastColumn
                                })
                            else { continue }
                            let range =
                                "\(ExcelValues.columnLetters(merges[m].firstColumn))\(merges[m].firstRow):\(ExcelValues.columnLetters(merges[m].lastColumn))\(merges[m].lastRow)"
                            let overFirms = amounts.contains(f) && merges[m].lastRow > merges[m].firstRow
                            if row == merges[m].firstRow && column == merges[m].firstColumn {
                                topLeft[m] = cells[f]
                                if overFirms {
                                    cells[f] =
                                        "合并单元格\(range)（\(cells[f])） / one figure merged over \(range) (\(cells[f]))"
                                }
                            } else if cells[f].isEmpty, let text = topLeft[m] {
                                cells[f] =
                                    overFirms
                                    ? "合并单元格\(range)（\(text)） / one figure merged over \(range) (\(text))" : text
                            }
                        }
                    }
                    do { _ = try output.writeRow(cells) } catch { failure = error }
                },
                onError: { error in
                    // A record over the limits is passed on as it was, for the reader to report.
                    do { try output.writeRaw(bytes[error.byteRange]) } catch {
                        failure = error
                    }
                })
        }
        if let failure { throw failure }
        try output.close()
        let code = SystemFiles.rename(path, to: csvPath)
        guard code == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// A CSV file's bytes (BOM included), in `encoding` or the detected one.
    static func csv<Column: TableColumn>(
        _ bytes: ByteView, encoding forced: TextEncoding?, displayName: String,
        limits: CSVReader.Limits, _: Column.Type
    ) throws -> OfficeTable {
        let table = try OfficeTable(displayName: displayName, sheet: nil)
        var body = bytes
        let bom = TextEncoding.hasUTF8BOM(bytes)
        if bom { body = bytes.dropFirst(3) }
        let (encoding, reason) =
            forced.map { ($0, TextEncoding.Reason.option) }
            ?? (bom ? (.utf8BOM, .byteOrderMark) : TextEncoding.detect(body))
        table.encoding = encoding
        table.encodingReason = reason
        let decoder = TextDecoder(encoding: encoding)
        var shaper = Shaper<Column>(
            table: table, placeWord: "line", fileName: (displayName as NSString).lastPathComponent)
        var failure: Error?
        CSVReader(limits: limits).read(
            body,
            onRecord: { record in
                guard failure == nil else { return }
                let cells = (0..<record.count).map {
                    decoder.decode(record[$0]) ?? record[$0].utf8Text
                }
                do { try shaper.take(cells, place: record.line) } catch { failure = error }
            },
            onError: { error in
                table.brokenRecords += 1
                table.diagnostics.append(error.diagnostic(file: displayName))
                table.broken.append((error.recordLine, error.diagnostic(file: displayName)))
            })
        if let failure { throw failure }
        try shaper.finish()
        try table.out.close()
        return table
    }

    /// Whether a CSV file needs reshaping: its first rows, decoded, do not start with a plain header.
    static func csvNeedsShaping<Column: TableColumn>(
        _ bytes: ByteView, encoding forced: TextEncoding?,
        limits: CSVReader.Limits, _: Column.Type
    ) -> Bool {
        let (rows, places) = firstRows(bytes, encoding: forced, limits: limits)
        guard !rows.isEmpty else { return false }
        return !OfficeShape<Column>.find(in: rows, places: places, placeWord: "line", fileName: "").isPlain
    }

    /// A CSV file's first rows (as many as the header is searched in) and their lines, each cell
    /// decoded as UTF-8 (or the forced encoding), else GB18030: enough to find the table's shape
    /// before the file's encoding is settled. Stops at the first broken record.
    static func firstRows(
        _ bytes: ByteView, encoding forced: TextEncoding?,
        limits: CSVReader.Limits
    ) -> (rows: [[String]], places: [Int]) {
        var body = bytes
        if TextEncoding.hasUTF8BOM(bytes) { body = bytes.dropFirst(3) }
        var rows: [[String]] = []
        var places: [Int] = []
        let utf8 = TextDecoder(encoding: forced ?? .utf8)
        let gb = TextDecoder(encoding: .gb18030)
        let want = OfficeShape<RevenueColumn>.searchRows
        _ = try? CSVReader(limits: limits).read(
            body,
            onRecord: { record in
                rows.append((0..<record.count).map { utf8.decode(record[$0]) ?? gb.decode(record[$0]) ?? "" })
                places.append(record.line)
                if rows.count >= want { throw EnoughRows() }
            }, onError: { _ in throw EnoughRows() })
        return (rows, places)
    }

    // MARK: Writing

    /// The plain copy's header names.
    private(set) var headerNames: [String] = []

    fileprivate func writeHeader(_ fields: [OfficeShape<some TableColumn>.Field], place: Int) throws {
        headerPlace = place
        headerNames = fields.map(\.name)
        columnMap = fields.map { if case .cell(let j) = $0.source { j } else { nil } }
        try write(fields.map(\.name), place: place)
    }

    fileprivate func write(_ cells: [String], place: Int) throws {
        let newlines = try out.writeRow(cells)
        for _ in 0...newlines { lineMap.append(Int32(clamping: place)) }
        line += 1 + newlines
    }

    fileprivate func add(_ d: Diagnostic) { diagnostics.append(d) }
    fileprivate func skipAround(_ update: (inout SkippedRows) -> Void) { update(&skippedAround) }
    fileprivate func restate(_ f: PriorYearFigure) { priorYearFigures.append(f) }
    /// The file's name as shown in messages.
    var file: String { displayName }
}

/// Takes a file's rows one at a time: the first ones are held until the shape is known, then
/// every row goes straight to the plain CSV.
private struct Shaper<Column: TableColumn> {
    let table: OfficeTable
    let placeWord: String
    let fileName: String
    var held: [[String]] = []
    var places: [Int] = []
    var shape: OfficeShape<Column>?
    var width = 0
    let lookup = ColumnLookup<Column>()

    init(table: OfficeTable, placeWord: String, fileName: String) {
        self.table = table
        self.placeWord = placeWord
        self.fileName = fileName
    }

    mutating func take(_ cells: [String], place: Int) throws {
        if let shape {
            try emit(cells, place: place, shape)
            return
        }
        held.append(cells)
        places.append(place)
        if held.count >= OfficeShape<Column>.searchRows { try decide() }
    }

    mutating func finish() throws {
        if shape == nil {
            if held.isEmpty { return }
            try decide()
        }
    }

    private mutating func decide() throws {
        let s = OfficeShape<Column>.find(in: held, places: places, placeWord: placeWord, fileName: fileName)
        shape = s
        for n in s.notes {
            let row = n.row >= 0 && n.row < places.count ? places[n.row] : places[s.headerRow]
            table.add(
                Diagnostic(
                    file: table.file, line: row, column: n.column, severity: .note, message: n.message,
                    value: n.value, sheet: table.sheet))
        }
        table.skipAround { skipped in
            skipped.blank += s.blankAbove
            skipped.titleOrNotes += s.headerRow - s.blankAbove
            skipped.headerRow += s.headerRows - 1
            skipped.unitRow += s.unitRow ? 1 : 0
        }
        width = held[s.headerRow..<min(held.count, s.dataStart)].map(\.count).max() ?? 0
        try table.writeHeader(s.fields, place: places[s.headerRow])
        table.headerBlockEnd = places[max(s.dataStart, 1) - 1]
        let rest = Array(zip(held, places).dropFirst(s.dataStart))
        held = []
        for (cells, place) in rest { try emit(cells, place: place, s) }
    }

    private func emit(_ cells: [String], place: Int, _ s: OfficeShape<Column>) throws {
        var row: [String] = []
        row.reserveCapacity(s.fields.count)
        for f in s.fields {
            switch f.source {
            case .cell(let j): row.append(j < cells.count ? cells[j] : "")
            case .fixed(let text): row.append(cells.allSatisfy({ CellText.trimmed($0).isEmpty }) ? "" : text)
            }
        }
        // Cells past the header's last column with text in them would be lost: keep them, so the
        // row's field count says so.
        if cells.count > width, cells[width...].contains(where: { !CellText.trimmed($0).isEmpty }) {
            row.append(contentsOf: cells[width...])
        }
        if !s.companions.isEmpty { check(cells, place: place, s) }
        try table.write(row, place: place)
    }

    /// Growth columns against the two figures they relate; 上年同期 figures kept for the dataset check.
    private func check(_ cells: [String], place: Int, _ s: OfficeShape<Column>) {
        for c in s.companions {
            guard case .cell(let currentColumn) = s.fields[c.field].source else { continue }
            let text = c.sourceColumn < cells.count ? String(CellText.trimmed(cells[c.sourceColumn])) : ""
            guard !text.isEmpty, !CellText.isMissing(text) else { continue }
            switch c.role {
            case .priorYear:
                keepPriorYear(c, text: text, cells, place: place, s)
            case .growth:
                checkGrowth(c, text: text, currentColumn: currentColumn, cells, place: place, s)
            }
        }
    }

    /// Keeps a 上年同期 figure, with the id, period and 口径 of its row, for the dataset check.
    private func keepPriorYear(
        _ c: OfficeShape<Column>.Companion, text: String, _ cells: [String], place: Int, _ s: OfficeShape<Column>
    ) {
        let idColumn = Column.allCases.first { $0.englishName == "id" }
        let idText = idColumn.flatMap { id in s.fields.firstIndex { lookup.column(for: $0.name) == id } }
            .flatMap { i -> String? in
                if case .cell(let j) = s.fields[i].source, j < cells.count {
                    return cells[j]
                } else {
                    return nil
                }
            }
        let periodText = s.fields.first { lookup.column(for: $0.name)?.englishName == "period" }
            .flatMap { f -> String? in
                switch f.source {
                case .fixed(let t): return t
                case .cell(let j): return j < cells.count ? cells[j] : nil
                }
            }
        let basisText = s.fields.first { lookup.column(for: $0.name)?.englishName == "basis" }
            .flatMap { f -> String? in
                switch f.source {
                case .fixed(let t): return t
                case .cell(let j):
                    return j < cells.count && !CellText.trimmed(cells[j]).isEmpty ? cells[j] : nil
                }
            }
        if let idText, let periodText {
            table.restate(
                .init(
                    place: place, column: c.sourceColumn + 1, field: s.fields[c.field].name,
                    id: String(CellText.trimmed(idText)), period: periodText, basis: basisText, value: text))
        }
    }

    /// Warns when a growth column's figure does not follow from this period's and 上年同期's.
    private func checkGrowth(
        _ c: OfficeShape<Column>.Companion, text: String, currentColumn: Int, _ cells: [String], place: Int,
        _ s: OfficeShape<Column>
    ) {
        guard let prior = s.companions.first(where: { $0.role == .priorYear && $0.field == c.field }),
            currentColumn < cells.count, prior.sourceColumn < cells.count,
            let current = Self.number(cells[currentColumn]), let last = Self.number(cells[prior.sourceColumn]),
            let stated = Self.number(text.replacingOccurrences(of: "%", with: "")), last != 0
        else { return }
        let computed = (current / last - 1) * 100
        let decimals =
            text.replacingOccurrences(of: "%", with: "").split(separator: ".").dropFirst().first?.count ?? 0
        let tolerance = 0.5 * pow(10, -Double(decimals)) + 1e-9
        if abs(computed - stated) > tolerance {
            let field = s.fields[c.field].name
            table.add(
                Diagnostic(
                    file: table.file, line: place, column: c.sourceColumn + 1, severity: .warning,
                    message:
                        "the growth rate of \(field) does not follow from its two figures: \(cells[currentColumn]) against 上年同期 \(cells[prior.sourceColumn]) is \(String(format: "%.\(max(decimals, 1))f", computed))%",
                    value: text,
                    expected:
                        "\(String(format: "%.\(max(decimals, 1))f", computed)) (this period ÷ 上年同期 − 1, in %)",
                    sheet: table.sheet))
        }
    }

    private static func number(_ s: String) -> Double? {
        let t = CellText.halfWidth(CellText.trimmed(s)).replacingOccurrences(of: ",", with: "")
        guard let d = AmountCell.parseNumber(Substring(t)) else { return nil }
        return Double(d.description)
    }
}

/// Rows written as RFC 4180 CSV (UTF-8), through a buffer.
private struct CSVOutput {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path)
        else {
            throw CocoaError(.fileWriteUnknown)
        }
        handle = h
        buffer.reserveCapacity(1 << 20)
    }

    /// Writes one row; returns the line ends inside its quoted cells.
    mutating func writeRow(_ cells: [String]) throws -> Int {
        var newlines = 0
        for (i, cell) in cells.enumerated() {
            if i > 0 { buffer.append(UInt8(ascii: ",")) }
            var needsQuotes = false
            var previous: UInt8 = 0
            for b in cell.utf8 {
                if b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { needsQuotes = true }
                // A line ends at LF, CR or CRLF (as the CSV reader counts them).
                if b == 0x0D || (b == 0x0A && previous != 0x0D) { newlines += 1 }
                previous = b
            }
            if needsQuotes {
                buffer.append(0x22)
                for b in cell.utf8 {
                    if b == 0x22 { buffer.append(0x22) }
                    buffer.append(b)
                }
                buffer.append(0x22)
            } else {
                buffer.append(contentsOf: cell.utf8)
            }
        }
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { try flush() }
        return newlines
    }

    /// Bytes written as they are (a record the reader is to see unchanged).
    mutating func writeRaw(_ bytes: ByteView) throws {
        buffer.append(bytes)
        if bytes.last != 0x0A { buffer.append(0x0A) }
        if buffer.count >= 1 << 20 { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
        try flush()
        try handle.close()
    }
}

private struct EnoughRows: Error {}
