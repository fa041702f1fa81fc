/// A problem in a plan file, located by line and column.
public struct PlanFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var expected: String?

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
