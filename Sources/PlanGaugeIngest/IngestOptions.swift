import Foundation
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
    /// Threads that parse the revenue files (1: one pass on the calling thread).
    public var workers: Int
    /// About how many bytes of a revenue file one thread parses at a time.
    public var chunkBytes: Int
    /// The subsidy policies `grants.csv` refers to, and where they were read (for messages).
    public var policies: [Policy] = []
    public var policiesSource: String?

    public init(encoding: TextEncoding? = nil, limits: CSVReader.Limits = .init(), diagnosticsPerFile: Int = 1000,
                collectRejects: Bool = false, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                chunkBytes: Int = 4 << 20) {
        self.workers = max(1, workers)
        self.chunkBytes = max(1, chunkBytes)
        self.collectRejects = collectRejects
        self.encoding = encoding
        self.limits = limits
        self.diagnosticsPerFile = diagnosticsPerFile
    }
}
