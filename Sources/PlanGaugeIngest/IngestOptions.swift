import Foundation
import PlanGaugeModel
import PlanGaugeRecords

/// How to read a dataset.
public struct IngestOptions: Sendable {
    /// Overrides encoding detection for every file.
    public var encoding: TextEncoding?
    /// The sheet read from every Excel workbook (by name); nil reads each workbook's first sheet.
    public var sheet: String?
    /// Largest field, most fields and largest record a CSV row may have before it is refused.
    public var limits: RecordLimits
    /// Diagnostics kept per file (all are counted).
    public var diagnosticsPerFile: Int
    /// Keep every rejected row's bytes for `--rejects` (costs memory for the rejected rows only).
    public var collectRejects: Bool
    /// Threads that parse the revenue files (1: one pass on the calling thread).
    public var workers: Int
    /// About how many bytes of a revenue file one thread parses at a time.
    public var chunkBytes: Int
    /// Gather the revenue facts into enterprise × month panels of these fields (revenue always among
    /// them) instead of keeping every row: a fraction of the memory, for analyses that need no rows
    /// (`Dataset.revenuePanels`). A duplicate's message then cannot name the row it repeats.
    public var revenuePanels: Set<AmountField>?
    /// Read plain revenue rows by the fast path (`FastRevenueRow`). Off only to test that path
    /// against the full checks, which must give the same facts and diagnostics.
    package var fastRows = true
    /// Called with each file's name once it is read (the CLI's phase timings).
    public var onFileRead: (@Sendable (String) -> Void)?
    /// The subsidy policies `grants.csv` refers to, and where they were read (for messages).
    public var policies: [Policy] = []
    /// Where `policies` were read from, for messages; nil: "the policies folder".
    public var policiesSource: String?

    /// Options with automatic encoding, one worker per active processor and 1 MiB chunks unless given.
    public init(
        encoding: TextEncoding? = nil, limits: RecordLimits = .init(), diagnosticsPerFile: Int = 1000,
        collectRejects: Bool = false, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        chunkBytes: Int = 1 << 20
    ) {
        self.workers = max(1, workers)
        self.chunkBytes = max(1, chunkBytes)
        self.collectRejects = collectRejects
        self.encoding = encoding
        self.limits = limits
        self.diagnosticsPerFile = diagnosticsPerFile
    }
}
