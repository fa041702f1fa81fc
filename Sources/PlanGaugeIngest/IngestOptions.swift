/// How to read a dataset.
public struct IngestOptions: Sendable {
    /// Overrides encoding detection for every file.
    public var encoding: TextEncoding?
    public var limits: CSVReader.Limits
    /// Diagnostics kept per file (all are counted).
    public var diagnosticsPerFile: Int

    public init(encoding: TextEncoding? = nil, limits: CSVReader.Limits = .init(), diagnosticsPerFile: Int = 1000) {
        self.encoding = encoding
        self.limits = limits
        self.diagnosticsPerFile = diagnosticsPerFile
    }
}
