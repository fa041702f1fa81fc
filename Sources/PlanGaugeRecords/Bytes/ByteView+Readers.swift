// The byte readers of this module, taking the views that the modules above hold. Each forwards to
// the pointer-based reader this module's own parsers use.

extension TextDecoder {
    /// The text of `bytes`, or nil when they are not valid in the encoding.
    @inlinable package func decode(_ bytes: ByteView) -> String? { bytes.withRaw { decode($0) } }
    /// Whether every byte is ASCII.
    package static func isASCII(_ bytes: ByteView) -> Bool { bytes.withRaw { isASCII($0) } }
}

extension ByteScan {
    /// Whether `bytes` may hold a control character or a byte-order mark (a fast, conservative scan).
    @inlinable package static func mayHoldControlOrBOM(_ bytes: ByteView) -> Bool {
        bytes.withRaw { mayHoldControlOrBOM($0) }
    }
}

extension ByteStrings {
    /// The `i`th string's bytes.
    package func bytes(_ i: Int) -> ByteView { ByteView(self[i]) }
    /// The index of `bytes` near `start` (within `window`), or nil.
    @inlinable package func find(_ bytes: ByteView, from start: Int, window: Int) -> Int? {
        bytes.withRaw { find($0, from: start, window: window) }
    }
    /// The index of `bytes`, or nil.
    package func firstIndex(of bytes: ByteView) -> Int? { bytes.withRaw { firstIndex(of: $0) } }
    /// Whether the `i`th string is exactly `bytes`.
    @inlinable package func equals(_ i: Int, _ bytes: ByteView) -> Bool { bytes.withRaw { equals(i, $0) } }
}

extension FastNumber {
    /// A plain decimal number's significand and scale, or nil when the cell needs the full parser.
    @inlinable package static func parse(_ bytes: ByteView) -> (significand: Int64, scale: Int)? {
        bytes.withRaw { parse($0) }
    }
}

extension ShortBytes {
    /// The bytes as a key, or nil when there are more than 32.
    @inlinable package init?(_ bytes: ByteView) {
        guard let key = bytes.withRaw({ ShortBytes($0) }) else { return nil }
        self = key
    }
    /// Whether `bytes` are exactly these.
    @inlinable package func matches(_ bytes: ByteView) -> Bool { bytes.withRaw { matches($0) } }
}

extension TextEncoding {
    /// The encoding the bytes are in, and why it was chosen.
    package static func detect(_ bytes: ByteView) -> (TextEncoding, Reason) { bytes.withRaw { detect($0) } }
    /// Whether the bytes begin with a UTF-8 byte-order mark.
    package static func hasUTF8BOM(_ bytes: ByteView) -> Bool { bytes.withRaw { hasUTF8BOM($0) } }
}

extension UTF8Validation {
    /// Whether the bytes are valid UTF-8.
    package static func isValid(_ bytes: ByteView) -> Bool { bytes.withRaw { isValid($0) } }
}

extension MappedFile {
    /// The file's bytes, valid while the file stays open.
    package var view: ByteView { ByteView(bytes) }
}

extension TableBytes {
    /// The table in `input` (a whole file's bytes, BOM included); `mapped` is the file they map, if any.
    package init(_ input: ByteView, mapped: MappedFile?) { self.init(input.raw, mapped: mapped) }
}

extension CSVReader {
    /// Reads the records in `data` (see the pointer-based `read`).
    @discardableResult
    package func read(
        _ data: ByteView, startLine: Int = 1, offset: Int = 0, final: Bool = true,
        onRecord: (CSVRecord) throws -> Void, onError: (CSVSyntaxError) throws -> Void
    ) rethrows -> Int {
        try data.withRaw {
            try read($0, startLine: startLine, offset: offset, final: final, onRecord: onRecord, onError: onError)
        }
    }
}

extension ChunkPlan {
    /// Cuts the table after `from` into chunks of about `target` bytes, each ending at a line end.
    package static func split(_ input: TableBytes, from: Int, target: Int) -> [Range<Int>] {
        split(input.bytes, from: from, target: target, lineEnd: input.lineEnd)
    }

    /// The first line of each chunk, and whether the table is valid UTF-8 (see the pointer-based `scan`).
    package static func scan(
        _ input: TableBytes, chunks: [Range<Int>], dataStart: Int, workers: Int, validateUTF8: Bool, countLines: Bool
    ) -> (firstLines: [Int], isUTF8: Bool) {
        scan(
            input.bytes, chunks: chunks, dataStart: dataStart, workers: workers, validateUTF8: validateUTF8,
            countLines: countLines, release: input.release, copy: input.copy)
    }
}

extension ByteStrings.View {
    /// The index of `bytes` near `start` (within `window`), or nil.
    @inlinable package func find(_ bytes: ByteView, from start: Int, window: Int) -> Int? {
        bytes.withRaw { find($0, from: start, window: window) }
    }
    /// The index of `bytes`, or nil.
    @inlinable package func firstIndex(of bytes: ByteView) -> Int? { bytes.withRaw { firstIndex(of: $0) } }
    /// Whether the `i`th string is exactly `bytes`.
    @inlinable package func equals(_ i: Int, _ bytes: ByteView) -> Bool { bytes.withRaw { equals(i, $0) } }
}

extension TableBytes {
    /// Whether chunks are parsed from copies (a mapped file's), leaving the mapping untouched.
    package var copiesChunks: Bool { copy != nil }
}
