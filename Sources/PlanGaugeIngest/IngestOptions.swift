import PlanGaugeModel

/// How to read a dataset.
public struct IngestOptions: Sendable {
    /// Overrides encoding detection for every file.
    public var encoding: TextEncoding?
    public var limits: CSVReader.Limits
    /// Diagnostics kept per file (all are counted).
    public var diagnosticsPerFile: Int
    /// Keep every rejected row's bytes for `--rejects` (costs memory for the rejected rows only).
    public var collectRejects: Bool
    /// The subsidy policies `grants.csv` refers to, and where they were read (for messages).
    public var policies: [Policy] = []
    public var policiesSource: String?

    public init(encoding: TextEncoding? = nil, limits: CSVReader.Limits = .init(), diagnosticsPerFile: Int = 1000,
                collectRejects: Bool = false) {
        self.collectRejects = collectRejects
        self.encoding = encoding
        self.limits = limits
        self.diagnosticsPerFile = diagnosticsPerFile
    }
}
