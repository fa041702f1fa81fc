import Foundation
import PlanGaugeRecords

/// The rejected rows of an office file, as the office wrote them.
///
/// The table reader sees the plain copy (UTF-8, LF, PlanGauge's header) and keeps its rejected
/// rows in that form; the records the CSV parser could not read never reach it. For a CSV file
/// both are taken again from the file's own bytes through the line map: everything above the
/// first data row (title, unit line, header rows: the period or the unit they state belongs to
/// every row), then each rejected row's own lines, in the file's encoding, byte-order mark and
/// line ends, so the rejects file reads as the original did. A workbook has no lines to copy: its
/// rejects are the plain copy's rows, written as UTF-8 CSV with a byte-order mark under the name
/// `<workbook>.csv` (e.g. `revenue.xlsx.csv`).
extension OfficeTable {
    /// The rejects of this file, from the plain copy's (`plain`, nil when the reader rejected
    /// nothing) and the broken records; `original` is the CSV file's bytes (BOM included), nil
    /// for a workbook. Nil when nothing was rejected.
    func rejects(_ plain: FileRejects?, original: ByteView?, limits: CSVReader.Limits) -> FileRejects? {
        guard let original, sheet == nil else {
            guard var r = plain else { return nil }
            r.byteOrderMark = true
            r.fileName = (r.file as NSString).lastPathComponent + ".csv"
            return r
        }
        // The line each rejected row starts on in the file, with its errors.
        var wanted: [Int: [Diagnostic]] = [:]
        for row in plain?.rows ?? [] { wanted[row.line, default: []] += row.diagnostics }
        for b in broken { wanted[b.line, default: []].append(b.diagnostic) }
        guard !wanted.isEmpty else { return nil }

        let bom = TextEncoding.hasUTF8BOM(original)
        let body = bom ? original.dropFirst(3) : original
        var header: [UInt8] = []
        var rows: [RejectedRow] = []
        func take(_ line: Int, _ range: Range<Int>) {
            if line <= headerBlockEnd {
                header.append(body[range])
            } else if let diagnostics = wanted[line] {
                rows.append(
                    RejectedRow(
                        line: line, bytes: body[range].array,
                        diagnostics: diagnostics))
            }
        }
        _ = CSVReader(limits: limits).read(
            body, onRecord: { take($0.line, $0.byteRange) },
            onError: { take($0.recordLine, $0.byteRange) })
        return FileRejects(file: plain?.file ?? file, byteOrderMark: bom, header: header, rows: rows)
    }
}

extension DatasetLoader {
    /// The rejects of a file read through its plain copy (see `OfficeTable.rejects`).
    func officeRejects(_ office: OfficeTable, _ plain: FileRejects?, path: String) -> FileRejects? {
        guard options.collectRejects else { return plain }
        if office.sheet != nil { return office.rejects(plain, original: nil, limits: options.limits) }
        if let inMemory { return office.rejects(plain, original: inMemory, limits: options.limits) }
        // The file was read a moment ago; if it cannot be opened again, the plain copy's rows are kept.
        guard let file = try? MappedFile(path: path) else { return plain }
        return office.rejects(plain, original: file.view, limits: options.limits)
    }
}
