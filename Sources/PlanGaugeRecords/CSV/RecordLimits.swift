/// How large a field and a record may be: a hostile or broken file cannot make a reader hold
/// unbounded memory (the CSV reader and the workbook reader both stop at these).
public struct RecordLimits: Sendable {
    /// Largest field, in bytes.
    public var maxFieldBytes: Int
    /// Most fields in one record.
    public var maxFields: Int
    /// Largest record, in bytes (many fields just under the field limit still have to fit).
    public var maxRecordBytes: Int
    /// Limits of 1 MiB a field, 4,096 fields and 8 MiB a record unless given (a record is never
    /// allowed less than a field).
    public init(maxFieldBytes: Int = 1 << 20, maxFields: Int = 4096, maxRecordBytes: Int = 8 << 20) {
        self.maxFieldBytes = maxFieldBytes
        self.maxFields = maxFields
        self.maxRecordBytes = max(maxRecordBytes, maxFieldBytes)
    }
}
