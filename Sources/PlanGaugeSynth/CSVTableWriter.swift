import Foundation

/// Writes one CSV file the way office software does: RFC 4180 quoting, a chosen encoding
/// (UTF-8, UTF-8 with BOM, or GB18030) and line ending. Buffered; rows stream to disk.
final class CSVTableWriter {
    enum Encoding { case utf8, utf8BOM, gb18030 }

    private let handle: FileHandle
    private let encoding: Encoding
    private let lineEnd: String
    private var buffer = ""
    private(set) var rows = 0

    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    init(path: String, encoding: Encoding, crlf: Bool = false) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        self.encoding = encoding
        lineEnd = crlf ? "\r\n" : "\n"
        if encoding == .utf8BOM { handle.write(Data([0xEF, 0xBB, 0xBF])) }
    }

    func row(_ fields: [String]) throws {
        for (i, f) in fields.enumerated() {
            if i > 0 { buffer += "," }
            buffer += Self.quoted(f)
        }
        buffer += lineEnd
        rows += 1
        if buffer.utf8.count > 1 << 20 { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        let data: Data
        switch encoding {
        case .utf8, .utf8BOM: data = Data(buffer.utf8)
        case .gb18030:
            guard let d = buffer.data(using: Self.gb18030) else {
                throw CocoaError(.fileWriteInapplicableStringEncoding)
            }
            data = d
        }
        try handle.write(contentsOf: data)
        buffer = ""
    }

    /// Quotes a field when it holds a comma, quote, line break or edge space; doubles inner quotes.
    static func quoted(_ s: String) -> String {
        let needs =
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            || s.first == " " || s.last == " "
        return needs ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
