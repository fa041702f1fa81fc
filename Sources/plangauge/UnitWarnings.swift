import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel

/// Amounts that look filled in the wrong unit (`UnitJumpChecks`): as `check` diagnostics, and as a
/// short note on stderr for the commands that report figures, so a figure 10,000 times too large
/// does not reach a report unremarked.
enum UnitWarnings {
    /// Findings as diagnostics: a suspect row at its file and line (column 0: the row), a whole file
    /// at line 0; errors (files) first.
    static func diagnostics(_ dataset: Dataset, folder: String) -> [Diagnostic] {
        UnitJumpChecks.run(dataset).map { diagnostic($0, folder: folder) }
    }

    /// A finding at its file and line (column 0: the row); a whole file at line 0.
    static func diagnostic(_ f: UnitJumpChecks.Finding, folder: String) -> Diagnostic {
        Diagnostic(
            file: f.origin?.file ?? f.file ?? folder, line: f.origin?.line ?? 0, column: 0,
            severity: f.severity == .error ? .error : .warning, message: f.message, sheet: f.origin?.sheet)
    }

    /// Warns on stderr (as `warn`) and puts the findings into the ingest report: each in the log and
    /// in its file's counts (a whole file in the wrong unit is an error there, a suspect row a
    /// warning), so that the run exits 65 as for a rejected row unless --allow-rejects, and the
    /// report's data-quality panel shows it. Returns the file findings, for that panel.
    @discardableResult
    static func fold(into ingest: inout IngestReport, _ dataset: Dataset) -> [String] {
        let findings = UnitJumpChecks.run(dataset)
        warn(findings, data: ingest.folder)
        var alerts: [String] = []
        for f in findings {
            let file = f.origin?.file ?? f.file
            let d = diagnostic(f, folder: ingest.folder)
            ingest.log.add(d)
            if let k = ingest.files.firstIndex(where: { $0.file == file }) {
                if d.severity == .error { ingest.files[k].errors += 1 } else { ingest.files[k].warnings += 1 }
            }
            if f.kind == .file { alerts.append(f.located) }
        }
        // The accounting printed while loading could not count these: the files they change, again.
        let changed = Set(findings.filter { $0.severity == .error }.compactMap { $0.origin?.file ?? $0.file })
        if !changed.isEmpty {
            var text = ""
            for f in ingest.files where changed.contains(f.file) {
                text += DataAccountingText.fileLine(f) + " (with the unit checks)\n"
            }
            text += DataAccountingText.totalLine(ingest) + "\n"
            FileHandle.standardError.write(Data(text.utf8))
        }
        return alerts
    }

    /// Writes the count and the first few findings to stderr (nothing when there are none).
    /// `data`: the dataset folder, for the `plangauge check` hint.
    static func warn(_ dataset: Dataset, data: String, shown: Int = 3) {
        warn(UnitJumpChecks.run(dataset), data: data, shown: shown)
    }

    static func warn(_ findings: [UnitJumpChecks.Finding], data: String, shown: Int = 3) {
        guard !findings.isEmpty else { return }
        let files = findings.filter { $0.kind == .file }.count
        // A whole file in the wrong unit is an error (the run exits 65); single figures are warnings.
        let level = findings.contains { $0.kind == .file } ? "error" : "warning"
        var text =
            "plangauge: \(level): \(findings.count) amount\(findings.count == 1 ? "" : "s") look filled in the wrong unit"
        if files > 0 { text += " (\(files) whole-file finding\(files == 1 ? "" : "s"))" }
        text += "; figures below may be 1,000× off or more:\n"
        for f in findings.prefix(shown) { text += "  \(f.located)\n" }
        if findings.count > shown { text += "  … \(findings.count - shown) more; " } else { text += "  " }
        text += "run `plangauge check \(data)` for the list\n"
        FileHandle.standardError.write(Data(text.utf8))
    }
}
