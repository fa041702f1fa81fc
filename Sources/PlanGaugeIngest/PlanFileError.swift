/// A problem in a plan file, located by line and column.
public struct PlanFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The plan (or policy) file, as given.
    public var file: String
    /// The 1-based line of the offending node (0: the file as a whole).
    public var line: Int
    /// The 1-based column of the offending node (0: the file as a whole).
    public var column: Int
    /// What is wrong, in words.
    public var message: String
    /// What would have been accepted, when it can be said.
    public var expected: String?

    /// An error at `file`:`line`:`column`.
    public init(file: String, line: Int, column: Int, message: String, expected: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.expected = expected
    }

    /// `file:line:column: error: message (expected …)`, as `check` prints data problems.
    public var description: String {
        "\(file):\(line):\(column): error: \(message)" + (expected.map { " (expected \($0))" } ?? "")
    }
}
