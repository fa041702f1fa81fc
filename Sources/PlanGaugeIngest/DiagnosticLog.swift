/// Collects diagnostics for a run. Counts every one; keeps the first `limitPerFile` of each file
/// so a file with a million bad rows cannot fill memory with messages.
public struct DiagnosticLog: Sendable {
    public private(set) var kept: [Diagnostic] = []
    public private(set) var suppressed: [String: Int] = [:]
    private var perFile: [String: Int] = [:]
    public let limitPerFile: Int

    public init(limitPerFile: Int = 1000) { self.limitPerFile = limitPerFile }

    public mutating func add(_ d: Diagnostic) {
        let n = perFile[d.file, default: 0]
        perFile[d.file] = n + 1
        if n < limitPerFile { kept.append(d) } else { suppressed[d.file, default: 0] += 1 }
    }

    public var errorCount: Int { kept.filter { $0.severity == .error }.count }
}
