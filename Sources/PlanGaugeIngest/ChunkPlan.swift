import Foundation

/// Where to cut a file for parallel reading, and the facts about each piece that a reader needs
/// before it starts (its first line number, whether all of it is UTF-8).
enum ChunkPlan {
    /// Pieces of `bytes[from...]` of about `target` bytes, each ending just after a line feed (or
    /// at the end). A cut can fall inside a quoted field; the reader notices and mends that.
    /// `lineEnd(p)`, when given, finds the offset just after the first line feed at or after `p`
    /// without touching `bytes` (see `MappedFile.lineEnd(from:)`).
    static func split(_ bytes: UnsafeRawBufferPointer, from: Int, target: Int, lineEnd: ((Int) -> Int)? = nil) -> [Range<Int>] {
        let count = bytes.count
        guard from < count else { return [from..<max(from, count)] }
        let step = max(target, 1)
        var pieces: [Range<Int>] = []
        var start = from
        while start < count {
            var cut = start + step
            if cut >= count {
                pieces.append(start..<count)
                break
            }
            if let lineEnd {
                cut = min(lineEnd(cut - 1), count)
            } else {
                while cut < count && bytes[cut - 1] != 0x0A { cut += 1 }   // just after a line feed
            }
            pieces.append(start..<cut)
            start = cut
        }
        return pieces
    }

    /// The line each chunk starts on: 1 + the line ends before it (LF, CR or CRLF, as the CSV
    /// reader counts them), counted in parallel. `release` drops each chunk's pages once counted, so
    /// a large file is never resident whole (parsing reads them back from the page cache).
    static func firstLines(_ bytes: UnsafeRawBufferPointer, chunks: [Range<Int>], dataStart: Int, workers: Int,
                           release: ((Range<Int>) -> Void)? = nil) -> [Int] {
        var ends = [Int](repeating: 0, count: chunks.count)
        let head = lineEnds(bytes, 0..<min(dataStart, bytes.count))
        ends.withUnsafeMutableBufferPointer { out in
            let shared = UncheckedBox((out, bytes, release))
            DispatchQueue.concurrentPerform(iterations: chunks.count > 1 ? chunks.count : 0) { i in
                shared.value.0[i] = lineEnds(shared.value.1, chunks[i])
                shared.value.2?(chunks[i])
            }
        }
        var lines: [Int] = []
        var line = 1 + head
        for i in chunks.indices {
            lines.append(line)
            line += ends[i]
        }
        return lines
    }

    /// Line ends in `range`: every LF, and every CR not followed by LF.
    static func lineEnds(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        var n = count(0x0A, in: UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count))
        guard memchr(base + range.lowerBound, 0x0D, range.count) != nil else { return n }
        for i in range where bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A) { n += 1 }
        return n
    }

    /// How many bytes equal `byte`, eight at a time: a byte of `word ^ pattern` is zero exactly
    /// where the byte matches, and the carry-free zero-byte test marks each such byte's top bit.
    static func count(_ byte: UInt8, in buffer: UnsafeRawBufferPointer) -> Int {
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var n = 0, i = 0
        let words = buffer.count / 8
        while i < words {
            let v = buffer.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self) ^ pattern
            n += (~(((v & low7) &+ low7) | v | low7)).nonzeroBitCount
            i += 1
        }
        for j in (words * 8)..<buffer.count where buffer[j] == byte { n += 1 }
        return n
    }

    /// UTF-8 when every piece is (pieces end after a line feed, which no multi-byte sequence
    /// contains, so this is the same as checking the whole), else GB18030.
    static func detectEncoding(_ bytes: UnsafeRawBufferPointer, pieces: [Range<Int>], workers: Int,
                               release: ((Range<Int>) -> Void)? = nil) -> (TextEncoding, TextEncoding.Reason) {
        guard pieces.count > 1, workers > 1 else { return TextEncoding.detect(bytes) }
        var valid = [Bool](repeating: true, count: pieces.count)
        valid.withUnsafeMutableBufferPointer { out in
            let shared = UncheckedBox((out, bytes, release))
            DispatchQueue.concurrentPerform(iterations: pieces.count) { i in
                shared.value.0[i] = UTF8Validation.isValid(UnsafeRawBufferPointer(rebasing: shared.value.1[pieces[i]]))
                shared.value.2?(pieces[i])
            }
        }
        return valid.allSatisfy { $0 } ? (.utf8, .validUTF8) : (.gb18030, .notUTF8)
    }
}
