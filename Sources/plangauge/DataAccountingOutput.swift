import Foundation
import PlanGaugeIngest
import PlanGaugeReport

/// The per-file accounting lines every command that reads a dataset prints: `check` on stdout, the
/// others (`progress`, `quarterly`, `report`, `export`) on stderr. One format for all.
enum DataAccountingText {
    /// `Data/sample/parks.csv [parks utf-8 (valid UTF-8)]: read 7 rows, accepted 7, rejected 0`,
    /// with `, skipped N (kinds)` and `; E errors, W warnings` when there are any.
    static func fileLine(_ f: FileSummary) -> String {
        let enc = f.encoding.map { " \($0.rawValue)" + (f.encodingReason.map { " (\($0.rawValue))" } ?? "") } ?? ""
        let sheet = f.sheet.map { " sheet \($0)" } ?? ""
        var out =
            "\(f.file) [\(f.table)\(sheet)\(enc)]: read \(f.rowsRead) rows, accepted \(f.accepted), rejected \(f.rejected)"
        if f.skipped > 0 { out += ", skipped \(f.skipped) (\(f.skippedRows.described))" }
        if f.errors + f.warnings > 0 { out += "; \(f.errors) errors, \(f.warnings) warnings" }
        return out
    }

    /// `total: read N rows, accepted A, rejected R; E errors, W warnings`.
    static func totalLine(_ report: IngestReport) -> String {
        var out = "total: read \(report.rowsRead) rows, accepted \(report.accepted), rejected \(report.rejected)"
        out += (report.skipped > 0 ? ", skipped \(report.skipped); " : "; ")
        out += "\(report.errors) errors, \(report.warnings) warnings"
        return out
    }

    /// Nothing needs a look: no error, no rejected row, no empty file, no ignored or missing file.
    static func isClean(_ report: IngestReport) -> Bool {
        report.errors == 0 && report.rejected == 0 && report.ignoredFiles.isEmpty && report.missingFiles.isEmpty
            && !report.files.contains { $0.rowsRead == 0 }
    }

    /// The most error diagnostics printed on stderr by the commands other than `check`.
    static let errorLimit = 20

    /// What `progress`, `quarterly`, `report` and `export` print on stderr about the data: for a clean
    /// dataset one line (`data: 10 files, read 8803 rows, accepted 8803, rejected 0, skipped 0`);
    /// otherwise the first errors (at most 20), each file's accounting line, the total, and the
    /// ignored and missing files. `dataset` is the folder as the user named it, for the hint.
    static func stderrSummary(_ report: IngestReport, dataset: String) -> String {
        if isClean(report) {
            var out =
                "data: \(report.files.count) files, read \(report.rowsRead) rows, accepted \(report.accepted), "
                + "rejected \(report.rejected), skipped \(report.skipped)"
            if report.warnings > 0 {
                out += "; \(report.warnings) warnings (`plangauge check \(shellWord(dataset))` lists them)"
            }
            return out + "\n"
        }
        var out = ""
        let errors = report.log.kept.filter { $0.severity == .error }
        for d in errors.prefix(errorLimit) { out += d.formatted + "\n" }
        let notShown = max(0, report.errors - min(errors.count, errorLimit))
        if notShown > 0 {
            out += "… \(notShown) more errors; run `plangauge check \(shellWord(dataset))` for the full list\n"
        }
        for f in report.files { out += fileLine(f) + "\n" }
        out += totalLine(report) + "\n"
        for i in report.ignoredFiles { out += "ignored: \(i) (no table of the dataset contract)\n" }
        for m in report.missingFiles { out += "missing: \(m)\n" }
        return out
    }

    /// The folder as typed in a shell command (quoted when it needs it).
    static func shellWord(_ s: String) -> String {
        let plain = s.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "/._-+:@%,=".unicodeScalars.contains($0) || $0.value > 0x7F
        }
        return plain && !s.isEmpty ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension DataQualitySummary {
    /// The ingest report's accounting as the report library takes it (it does not depend on Ingest).
    init(_ report: IngestReport, missingReporters: [String] = []) {
        self.init(
            files: report.files.map(DataQualitySummary.File.init), ignoredFiles: report.ignoredFiles,
            missingFiles: report.missingFiles, missingReporters: missingReporters)
    }
}

extension DataQualitySummary.File {
    init(_ f: FileSummary) {
        let s = f.skippedRows
        self.init(
            file: f.file, table: f.table, encoding: f.encoding?.rawValue, sheet: f.sheet, headerLine: f.headerLine,
            rowsRead: f.rowsRead, accepted: f.accepted, rejected: f.rejected,
            skippedRows: .init(
                titleOrNotes: s.titleOrNotes, unitRow: s.unitRow, headerRow: s.headerRow, blank: s.blank,
                totals: s.totals, footer: s.footer, superseded: s.superseded),
            errors: f.errors, warnings: f.warnings)
    }
}

extension DataAccounting {
    init(_ report: IngestReport) { self.init(DataQualitySummary(report)) }
}
