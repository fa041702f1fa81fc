import Foundation

/// The rejected rows of one file, exactly as they were written, so a clerk can fix them and send
/// them again: same encoding, same byte-order mark, same line ends, the header on top.
public struct FileRejects: Sendable, Equatable {
    /// The input file the rows were rejected from, as diagnostics name it.
    public var file: String
    /// Whether the file began with a UTF-8 byte-order mark (written again on the rejects file).
    public var byteOrderMark: Bool
    /// The line(s) above the rows: the header, and for an office file everything above its
    /// first data row (title, unit line, header rows), as written.
    public var header: [UInt8]
    /// The rejected rows, in file order.
    public var rows: [RejectedRow]
    /// The rejects file's name when it is not the file's own (a workbook's rows are written as
    /// CSV, `<workbook>.csv`).
    public var fileName: String? = nil
}

/// One rejected row, byte for byte.
public struct RejectedRow: Sendable, Equatable {
    /// The line in the original file on which the row starts.
    public var line: Int
    /// The row's bytes as read, line end included when it had one.
    public var bytes: [UInt8]
    /// Why it was rejected (errors only).
    public var diagnostics: [Diagnostic]
}

/// Writes rejected rows back out as files a clerk can fix and resend.
public enum RejectsWriter {
    /// Writes `<dir>/<file name>` (the rejected rows verbatim under the header) and
    /// `<dir>/<file name>.diagnostics.txt` (for each of them: its line here, its line in the
    /// original, and every diagnostic). Returns the paths written.
    public static func write(_ all: [FileRejects], to dir: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var written: [String] = []
        var used: Set<String> = []
        for r in all {
            let own = r.fileName ?? (r.file as NSString).lastPathComponent
            var name = own
            var n = 2
            while used.contains(name) { name = "\(n)-" + own; n += 1 }
            used.insert(name)
            var data = Data()
            if r.byteOrderMark { data.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
            // A last line written without its line end gets the file's own (CRLF or LF).
            let lineEnd: [UInt8] = r.header.suffix(2) == [0x0D, 0x0A] ? [0x0D, 0x0A] : [0x0A]
            data.append(contentsOf: r.header)
            if let last = r.header.last, last != 0x0A && last != 0x0D { data.append(contentsOf: lineEnd) }
            var notes = "Rejected rows of \(r.file), with the reasons. Fix \(name) and send it again.\n\n"
            var line = 1 + max(1, lineCount(r.header))
            for row in r.rows {
                data.append(contentsOf: row.bytes)
                if let last = row.bytes.last, last != 0x0A && last != 0x0D { data.append(contentsOf: lineEnd) }
                notes += "\(name) line \(line) (was \(r.file):\(row.line)):\n"
                for d in row.diagnostics { notes += "  " + d.formatted + "\n" }
                notes += "\n"
                // A record spans as many lines as it holds line ends (quoted fields included).
                line += max(1, lineCount(row.bytes))
            }
            let path = (dir as NSString).appendingPathComponent(name)
            try data.write(to: URL(fileURLWithPath: path))
            try Data(notes.utf8).write(to: URL(fileURLWithPath: path + ".diagnostics.txt"))
            written += [path, path + ".diagnostics.txt"]
        }
        return written
    }

    static func lineCount(_ bytes: [UInt8]) -> Int {
        var n = 0, i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                n += 1
            } else if bytes[i] == 0x0D {
                n += 1; if i + 1 < bytes.count && bytes[i + 1] == 0x0A { i += 1 }
            }
            i += 1
        }
        return n
    }
}
