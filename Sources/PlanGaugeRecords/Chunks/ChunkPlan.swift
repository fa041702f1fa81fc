import Foundation
import PlanGaugeSystem

/// Where to cut a file for parallel reading, and the facts about each piece that a reader needs
/// before it starts (its first line number, whether all of it is UTF-8).
package enum ChunkPlan {
    /// Copies a range of a file's bytes to other memory; false when it cannot (see `MappedFile.copy`).
    package typealias Copy = (Range<Int>, UnsafeMutableRawPointer) -> Bool

    /// Pieces of `bytes[from...]` of about `target` bytes, each ending just after a line feed (or
    /// at the end). A cut can fall inside a quoted field; the reader notices and mends that.
    /// `lineEnd(p)`, when given, finds the offset just after the first line feed at or after `p`
    /// without touching `bytes` (see `MappedFile.lineEnd(from:)`).
    package static func split(_ bytes: UnsafeRawBufferPointer, from: Int, target: Int, lineEnd: ((Int) -> Int)? = nil)
        -> [Range<Int>]
    {
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
                while cut < count && bytes[cut - 1] != 0x0A { cut += 1 }  // just after a line feed
            }
            pieces.append(start..<cut)
            start = cut
        }
        return pieces
    }

    /// The line each chunk starts on (1 + the line ends before it: LF, CR or CRLF, as the CSV reader
    /// counts them) and, when `validateUTF8`, whether all of `bytes` is UTF-8, in one parallel pass.
    /// `release` drops each chunk's pages once scanned, so a large file is never resident whole
    /// (parsing reads them back from the page cache).
    ///
    /// Chunks end just after a line feed, which no multi-byte sequence contains, so checking them
    /// one by one is checking the whole. The part before `dataStart` (the header) is checked by itself
    /// when it ends at a line end, and with the whole file otherwise (a header cut at a size limit).
    ///
    /// Without `countLines` the first lines are not counted (all 0): the reader numbers lines as
    /// it parses, and nothing is scanned at all unless `validateUTF8`.
    /// `copy`, when given, copies a chunk to other memory, which is scanned instead of `bytes` (see
    /// `MappedFile.copy`).
    package static func scan(
        _ bytes: UnsafeRawBufferPointer, chunks: [Range<Int>], dataStart: Int, workers: Int,
        validateUTF8: Bool, countLines: Bool = true,
        release: ((Range<Int>) -> Void)? = nil,
        copy: Copy? = nil
    ) -> (firstLines: [Int], isUTF8: Bool) {
        guard countLines || validateUTF8 else { return ([Int](repeating: 0, count: chunks.count), true) }
        let headEnd = min(dataStart, bytes.count)
        let head = UnsafeRawBufferPointer(rebasing: bytes[0..<headEnd])
        let headEndsLine =
            headEnd == 0 || headEnd == bytes.count || bytes[headEnd - 1] == 0x0A || bytes[headEnd - 1] == 0x0D
        if validateUTF8 && !headEndsLine {
            let whole = UTF8Validation.isValid(bytes)
            return (
                scan(
                    bytes, chunks: chunks, dataStart: dataStart, workers: workers, validateUTF8: false,
                    countLines: countLines, release: release, copy: copy
                ).firstLines, whole
            )
        }
        var pieces = [(lineEnds: Int, isUTF8: Bool)](repeating: (0, true), count: chunks.count)
        let scanPiece: (Int, inout (lineEnds: Int, isUTF8: Bool)) -> Void = { i, piece in
            let range = chunks[i]
            let source = ChunkBytes(range, of: bytes, copy: copy)
            defer { source.free() }
            // The last chunk's line ends are not needed. (Every other chunk ends with an LF, so
            // no CRLF straddles a cut, and a copy counts as the file does.)
            if countLines && i < chunks.count - 1 { piece.lineEnds = lineEnds(source.bytes, 0..<range.count) }
            if validateUTF8 { piece.isUTF8 = UTF8Validation.isValid(source.bytes) }
            if !source.isCopy { release?(range) }
        }
        if chunks.count > 1 && workers > 1 {
            updateConcurrently(&pieces, scanPiece)
        } else {
            for i in pieces.indices { scanPiece(i, &pieces[i]) }
        }
        var lines: [Int] = []
        var line = 1 + lineEnds(bytes, 0..<headEnd)
        for i in chunks.indices {
            lines.append(line)
            line += pieces[i].lineEnds
        }
        let isUTF8 = !validateUTF8 || (UTF8Validation.isValid(head) && pieces.allSatisfy(\.isUTF8))
        return (lines, isUTF8)
    }

    /// Line ends in `range`: every LF, and every CR not followed by LF.
    package static func lineEnds(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        let piece = UnsafeRawBufferPointer(start: base + range.lowerBound, count: range.count)
        let n = count(0x0A, in: piece)
        guard memchr(base + range.lowerBound, 0x0D, range.count) != nil else { return n }
        // A CR ends a line unless an LF follows it (CRLF is one line end): the CRs less the CRLFs.
        return n + count(0x0D, in: piece) - crlfs(in: bytes, range)
    }

    /// CRs in `range` followed by an LF (which may lie just past the range), sixteen at a time.
    package static func crlfs(in bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let cr = SIMD16<UInt8>(repeating: 0x0D), lf = SIMD16<UInt8>(repeating: 0x0A)
        let one = SIMD16<UInt8>(repeating: 1), zero = SIMD16<UInt8>()
        var total = 0, i = range.lowerBound
        let last = min(range.upperBound, bytes.count - 1)  // loads at i and i + 1 stay inside
        while i + 16 <= last {
            var lanes = zero
            let stop = min(last - 16, i + 254 * 16)
            while i <= stop {
                let here = (base + i).loadUnaligned(as: SIMD16<UInt8>.self) .== cr
                let next = (base + i + 1).loadUnaligned(as: SIMD16<UInt8>.self) .== lf
                lanes &+= zero.replacing(with: one, where: here .& next)
                i += 16
            }
            total += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        }
        while i < range.upperBound {
            if bytes[i] == 0x0D && i + 1 < bytes.count && bytes[i + 1] == 0x0A { total += 1 }
            i += 1
        }
        return total
    }

    /// How many bytes equal `byte`, sixteen at a time: each lane of the accumulator adds 1 where
    /// its byte matches, and is emptied into the total before it can overflow.
    package static func count(_ byte: UInt8, in buffer: UnsafeRawBufferPointer) -> Int {
        let n = buffer.count
        guard let base = buffer.baseAddress, n > 0 else { return 0 }
        let pattern = SIMD16<UInt8>(repeating: byte), one = SIMD16<UInt8>(repeating: 1), zero = SIMD16<UInt8>()
        var total = 0, i = 0
        while i + 16 <= n {
            var lanes = zero
            let stop = min(n - 16, i + 254 * 16)  // 255 blocks at most: a lane holds 255
            while i <= stop {
                lanes &+= zero.replacing(with: one, where: (base + i).loadUnaligned(as: SIMD16<UInt8>.self) .== pattern)
                i += 16
            }
            total += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        }
        while i < n {
            if buffer[i] == byte { total += 1 }
            i += 1
        }
        return total
    }
}

/// A chunk's bytes to read: a copy of their own when the file can give one (`MappedFile.copy`: no
/// page faults, nothing to drop afterwards), else the bytes in place. Ranges and offsets stay the
/// file's either way.
package struct ChunkBytes {
    package let bytes: UnsafeRawBufferPointer
    private let owned: UnsafeMutableRawBufferPointer?
    package var isCopy: Bool { owned != nil }

    package init(_ range: Range<Int>, of file: UnsafeRawBufferPointer, copy: ChunkPlan.Copy?) {
        if let copy {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(range.count, 1), alignment: 16)
            if copy(range, buffer.baseAddress!) {
                owned = buffer
                bytes = UnsafeRawBufferPointer(rebasing: buffer[0..<range.count])
                return
            }
            buffer.deallocate()
        }
        owned = nil
        bytes = UnsafeRawBufferPointer(rebasing: file[range])
    }

    /// Frees the copy, if one was made: once, when `bytes` is no longer read.
    package func free() { owned?.deallocate() }
}
