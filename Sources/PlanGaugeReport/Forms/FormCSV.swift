import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeRecords

/// Lays one form out as a CSV file for those who cannot use the workbook: GB18030 without a BOM
/// and CRLF line ends (what Excel on Chinese Windows opens, and saves, as plain "CSV"), the
/// workbook's header and pre-filled rows, no title row. Amounts are plain decimals in 万元.
enum FormCSV {
    /// The file's bytes; throws when the text cannot be encoded (no GB18030 converter).
    static func bytes(_ set: FormSet, _ form: FormSet.Form) throws -> [UInt8] {
        let columns = FormColumn.all
        var lines = [columns.map { quoted($0.header) }.joined(separator: ",")]
        for row in form.rows {
            lines.append(
                columns.map { column -> String in
                    switch column.value(row, in: set) {
                    case .text(let s): quoted(s)
                    case .amount(let a): FormLayout.wanText(a)
                    case .empty: ""
                    }
                }.joined(separator: ","))
        }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        guard let encoded = TextDecoder.gb18030Bytes(of: [text]).first ?? nil else {
            throw FormCSVError.cannotEncode
        }
        return encoded
    }

    /// RFC 4180: a field holding a comma, quote or line break is quoted, inner quotes doubled.
    static func quoted(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The system has no GB18030 converter (iconv), so CSV forms cannot be written.
enum FormCSVError: Error {
    case cannotEncode
}
