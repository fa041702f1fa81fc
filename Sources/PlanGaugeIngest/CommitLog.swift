/// What the commit step accumulates for a file: its summary, the run's log, the rejected rows.
/// Diagnostics of a chunk's rows and of the rows the commit step rejects go out in line order.
struct CommitLog {
    var summary: FileSummary
    var log: DiagnosticLog
    /// Nil unless the options collect rejected rows.
    var rejects: FileRejects?
    /// Puts a message in the file's own terms, when the bytes read are not the file itself.
    let locate: ((inout Diagnostic) -> Void)?
    /// The current chunk's diagnostics and rejects already written out.
    private var nextDiagnostic = 0, nextReject = 0

    init(summary: FileSummary, log: DiagnosticLog, rejects: FileRejects?, locate: ((inout Diagnostic) -> Void)?) {
        self.summary = summary
        self.log = log
        self.rejects = rejects
        self.locate = locate
    }

    /// Counts a chunk's rows, before its diagnostics are flushed.
    mutating func count<Record>(_ chunk: ChunkResult<Record>) {
        summary.rowsRead += chunk.rowsRead
        summary.rejected += chunk.rejected
        if chunk.skipped.count > 0 { summary.skippedRows.add(chunk.skipped) }
        nextDiagnostic = 0
        nextReject = 0
    }

    /// Writes out the chunk's diagnostics and rejects up to `line`.
    mutating func flush<Record>(_ chunk: ChunkResult<Record>, through line: Int) {
        while nextDiagnostic < chunk.diagnostics.count && chunk.diagnostics[nextDiagnostic].line <= line {
            note(chunk.diagnostics[nextDiagnostic])
            nextDiagnostic += 1
        }
        while nextReject < chunk.rejects.count && chunk.rejects[nextReject].line <= line {
            reject(chunk.rejects[nextReject])
            nextReject += 1
        }
    }

    mutating func note(_ given: Diagnostic) {
        var d = given
        locate?(&d)
        switch d.severity {
        case .error: summary.errors += 1
        case .warning: summary.warnings += 1
        case .note: break
        }
        log.add(d)
    }

    mutating func reject(_ row: RejectedRow) {
        guard rejects != nil else { return }
        var row = row
        if let locate {
            var place = Diagnostic(file: "", line: row.line, column: 0, severity: .error, message: "")
            locate(&place)
            row.line = place.line
            row.diagnostics = row.diagnostics.map {
                var d = $0; locate(&d); return d
            }
        }
        rejects!.rows.append(row)
    }
}
