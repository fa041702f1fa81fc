/// What happened to one input file: the accounting every run prints (read = accepted + rejected).
public struct FileSummary: Sendable, Codable, Equatable {
    /// The file's path as given (relative to the dataset folder's parent when found there).
    public var file: String
    /// The dataset table it was read as: enterprises, revenue, parks, park_stats, series, milestones.
    public var table: String
    public var encoding: TextEncoding?
    public var encodingReason: TextEncoding.Reason?
    public var rowsRead = 0
    public var accepted = 0
    public var rejected = 0
    public var errors = 0
    public var warnings = 0

    public init(file: String, table: String) {
        self.file = file
        self.table = table
    }

    /// True when every row read is accounted for as accepted or rejected.
    public var isBalanced: Bool { rowsRead == accepted + rejected }
}
