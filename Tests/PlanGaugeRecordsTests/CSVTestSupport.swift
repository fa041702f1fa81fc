@testable import PlanGaugeRecords

/// A record as the tests compare it: its line and its fields decoded as UTF-8.
struct ParsedRecord: Equatable, CustomStringConvertible {
    let line: Int
    let fields: [String]
    var description: String { "\(line): \(fields)" }
}

struct ParseResult {
    var records: [ParsedRecord] = []
    var errors: [CSVSyntaxError] = []
    var count = 0
}

/// Runs `CSVReader` over `bytes`, collecting records (decoded as UTF-8) and syntax errors.
func parseCSV(_ bytes: [UInt8], limits: CSVReader.Limits = .init()) -> ParseResult {
    var result = ParseResult()
    let reader = CSVReader(limits: limits)
    result.count = bytes.withUnsafeBytes { raw in
        reader.read(
            raw,
            onRecord: { record in
                let fields = (0..<record.count).map { record[$0].utf8Text }
                result.records.append(ParsedRecord(line: record.line, fields: fields))
            }, onError: { result.errors.append($0) })
    }
    return result
}

func parseCSV(_ text: String, limits: CSVReader.Limits = .init()) -> ParseResult {
    parseCSV(Array(text.utf8), limits: limits)
}
