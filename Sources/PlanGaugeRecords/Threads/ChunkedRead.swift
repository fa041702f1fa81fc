import Foundation
import PlanGaugeSystem

/// Where a record starts: its offset and its line.
package struct RecordStart: Equatable, Sendable {
    package var offset: Int
    package var line: Int
    package init(offset: Int, line: Int) {
        self.offset = offset
        self.line = line
    }
}

/// Parses a table's chunks and commits them strictly in file order, on one thread or several.
///
/// With several workers, each takes the next chunk, parses it, and whoever finishes the chunk due
/// next commits it (and any finished after it), one committer at a time. So diagnostics, rejects
/// and records come out exactly as a single pass would give them.
package struct ChunkedRead {
    package let input: TableBytes
    package let chunks: [Range<Int>]
    /// The line each chunk starts on; nil when the chunks are parsed from line 1 and the commit step
    /// puts them in the file's terms (then nothing counts line ends beforehand).
    package let firstLines: [Int]?
    package let workers: Int
    /// Whether chunks are parsed from copies (`TableBytes.copy`), leaving the mapping untouched.
    package let copies: Bool

    package init(input: TableBytes, chunks: [Range<Int>], firstLines: [Int]?, workers: Int, copies: Bool) {
        precondition(!chunks.isEmpty, "at least one chunk, empty or not")
        precondition(firstLines.map { $0.count == chunks.count } ?? true, "one first line per chunk")
        self.input = input
        self.chunks = chunks
        self.firstLines = firstLines
        self.workers = workers
        self.copies = copies
    }

    /// Runs over every chunk, then over the rest of the input in one piece when a chunk ended inside
    /// a record (a cut inside a quoted field: every later chunk began mid-record).
    ///
    /// - Parameters:
    ///   - parse: parses the records in a range, which starts at a record boundary on the line given
    ///     (1 when the chunks are read unnumbered); `final` when the range ends the input. Called on
    ///     any thread, for several chunks at once: it must read only state that `commit` does not change.
    ///   - commit: takes chunk `index`'s result, for chunk 0, 1, 2 … in order, never two at a time
    ///     (`last` for the last one); returns where to read again when the chunk ended inside a record.
    ///
    /// Closures rather than a protocol: made where the table's types are known, they run the caller's
    /// specialised code; a generic call from this module would not be specialised, and every row would
    /// pay for generic dispatch.
    package func run<Parsed>(
        parse: (Range<Int>, _ line: Int, _ final: Bool) -> Parsed,
        commit: (_ index: Int, Parsed, _ last: Bool) -> RecordStart?
    ) {
        let restart = workers > 1 && chunks.count > 1 ? inParallel(parse, commit) : inTurn(parse, commit)
        if let restart {
            let parsed = parse(restart.offset..<input.count, restart.line, true)
            _ = commit(chunks.count, parsed, true)
        }
    }

    private func parse<Parsed>(_ i: Int, _ parse: (Range<Int>, Int, Bool) -> Parsed) -> Parsed {
        let parsed = parse(chunks[i], firstLines?[i] ?? 1, i == chunks.count - 1)
        if !copies { input.release(chunks[i]) }  // (a chunk read from a copy left the mapping untouched)
        return parsed
    }

    private func inTurn<Parsed>(
        _ parse: (Range<Int>, Int, Bool) -> Parsed,
        _ commit: (Int, Parsed, Bool) -> RecordStart?
    ) -> RecordStart? {
        for i in chunks.indices {
            if let restart = commit(i, self.parse(i, parse), i == chunks.count - 1) { return restart }
        }
        return nil
    }

    private func inParallel<Parsed>(
        _ parse: (Range<Int>, Int, Bool) -> Parsed,
        _ commit: (Int, Parsed, Bool) -> RecordStart?
    ) -> RecordStart? {
        let queue = ChunkQueue<Parsed>(count: chunks.count)
        let last = chunks.count - 1
        withoutActuallyEscaping(parse) { parse in
            withoutActuallyEscaping(commit) { commit in
                // The queue serialises `commit`; `parse` only reads (the contract above).
                let shared = UncheckedBox((parse, commit))
                DispatchQueue.concurrentPerform(iterations: min(workers, chunks.count)) { _ in
                    let (parse, commit) = shared.value
                    while let i = queue.take() {
                        queue.finish(i, self.parse(i, parse)) { i, parsed in commit(i, parsed, i == last) }
                    }
                }
            }
        }
        return queue.restart
    }
}

/// Hands chunk numbers to workers in order and collects their results for in-order commits.
private final class ChunkQueue<Parsed>: @unchecked Sendable {
    // Invariant: every stored property is read and written with `lock` held; `commit` runs outside
    // it, but only on the one thread that set `committing`.
    private let lock = NSCondition()
    /// Chunks taken but not yet committed, at most: parsing may not run further ahead of committing
    /// than this, or the converted rows of a slow commit would pile up in memory.
    private let maxAhead = 4
    private var next = 0
    private let count: Int
    private var done: [Int: Parsed] = [:]
    private var nextToCommit = 0
    private var committing = false
    private var stopped = false
    /// Where to read again in one piece, when a chunk ended inside a record.
    private(set) var restart: RecordStart?

    init(count: Int) { self.count = count }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        while !stopped, next < count, next - nextToCommit >= maxAhead { lock.wait() }
        guard !stopped, next < count else { return nil }
        next += 1
        return next - 1
    }

    /// Files chunk `i`'s result; commits every chunk now due unless another thread is doing so.
    func finish(_ i: Int, _ result: Parsed, commit: (Int, Parsed) -> RecordStart?) {
        lock.lock()
        if stopped { lock.unlock(); return }
        assert(done[i] == nil && i >= nextToCommit, "each chunk is finished once")
        done[i] = result
        guard !committing else { lock.unlock(); return }
        committing = true
        while !stopped, let due = done.removeValue(forKey: nextToCommit) {
            let number = nextToCommit
            lock.unlock()
            let reopen = commit(number, due)
            lock.lock()
            nextToCommit += 1
            lock.broadcast()
            if let reopen {
                // The cut fell inside a quoted field: later chunks began mid-record. Read the rest in one piece.
                restart = reopen
                stopped = true
                done.removeAll()
            }
        }
        committing = false
        lock.unlock()
    }
}
