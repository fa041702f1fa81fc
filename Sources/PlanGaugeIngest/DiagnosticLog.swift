/// Collects diagnostics for a run. Counts every one; keeps the first `limitPerFile` of each file
/// so a file with a million bad rows cannot fill memory with messages.
public struct DiagnosticLog: Sendable {
    /// The diagnostics kept, in the order added (at most `limitPerFile` per file).
    public private(set) var kept: [Diagnostic] = []
    /// Per file, how many diagnostics were counted but not kept.
    public private(set) var suppressed: [String: Int] = [:]
    private var perFile: [String: Int] = [:]
    /// How many diagnostics of one file are kept (default 1000).
    public let limitPerFile: Int

    /// An empty log keeping up to `limitPerFile` diagnostics per file.
    public init(limitPerFile: Int = 1000) { self.limitPerFile = limitPerFile }

    /// Counts `d`, and keeps it unless its file has reached `limitPerFile`.
    public mutating func add(_ d: Diagnostic) {
        let n = perFile[d.file, default: 0]
        perFile[d.file] = n + 1
        if n < limitPerFile { kept.append(d) } else { suppressed[d.file, default: 0] += 1 }
    }

    /// Errors among the kept diagnostics (suppressed ones are not counted here).
    public var errorCount: Int { kept.filter { $0.severity == .error }.count }
}
