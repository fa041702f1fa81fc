/// The first record of a table (its header) as raw cells, or the first broken one.
///
/// A header's bytes need no encoding to be found; its cells are decoded once the encoding is known,
/// which the scan of the rows decides.
package enum FirstRecord {
    case record(cells: [[UInt8]], line: Int, bytes: [UInt8])
    case broken(CSVSyntaxError)

    /// The first record of `input` (nil when it holds none) and the offset just after it, where the
    /// rows start (`input.count` when there is no record).
    package static func find(in input: TableBytes, limits: RecordLimits) -> (found: FirstRecord?, end: Int) {
        var found: FirstRecord?
        var end = input.count
        let bytes = input.bytes
        do {
            _ = try CSVReader(limits: limits).read(
                bytes,
                onRecord: { record in
                    found = .record(
                        cells: (0..<record.count).map { Array(record[$0]) }, line: record.line,
                        bytes: input.array(record.byteRange))
                    end = record.byteRange.upperBound
                    throw Stop()
                },
                onError: { error in
                    found = .broken(error)
                    end = error.byteRange.upperBound
                    throw Stop()
                })
        } catch {}
        return (found, end)
    }

    private struct Stop: Error {}
}
