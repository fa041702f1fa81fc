import Foundation
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport

/// `plangauge check` as text: diagnostics first (compiler style), then the accounting.
enum CheckText {
    static func render(
        _ report: IngestReport, dataset: Dataset, seriesWarnings: [Diagnostic] = [], unitFindings: [Diagnostic] = []
    ) -> String {
        var out = ""
        for d in report.log.kept { out += d.formatted + "\n" }
        for d in seriesWarnings.prefix(200) { out += d.formatted + "\n" }
        if seriesWarnings.count > 200 { out += "note: \(seriesWarnings.count - 200) more series warnings not shown\n" }
        for d in unitFindings.prefix(200) { out += d.formatted + "\n" }
        if unitFindings.count > 200 { out += "note: \(unitFindings.count - 200) more unit findings not shown\n" }
        for (file, n) in report.log.suppressed.sorted(by: { $0.key < $1.key }) {
            out += "\(file): note: \(n) more diagnostics not shown\n"
        }
        if !report.log.kept.isEmpty { out += "\n" }
        for f in report.files { out += DataAccountingText.fileLine(f) + "\n" }
        out += DataAccountingText.totalLine(report)
        if !seriesWarnings.isEmpty { out += "; \(seriesWarnings.count) series warnings (gaps, conflicts)" }
        if !unitFindings.isEmpty {
            out +=
                "; \(unitFindings.count) unit findings (\(unitFindings.filter { $0.severity == .error }.count) errors)"
        }
        out += "\n"
        for m in report.missingFiles { out += "missing: \(m)\n" }
        out += datasetLine(dataset) + "\n"
        return out
    }

    static func datasetLine(_ d: Dataset) -> String {
        var parts = ["\(d.enterprises.count) enterprises", "\(d.revenueFactCount) revenue facts"]
        if let first = d.revenuePeriodRange?.lowerBound, let last = d.latestRevenuePeriod {
            parts[1] += " \(first)–\(last)"
        }
        parts += [
            "\(d.parks.count) parks", "\(d.parkStats.count) park statistics", "\(d.series.count) series points",
            "\(d.milestones.count) milestones", "\(d.grants.count) grants",
            "\(d.grants.reduce(0) { $0 + $1.payments.count }) grant payments"
        ]
        return "dataset: " + parts.joined(separator: ", ")
    }
}

/// `plangauge check --format json`: schema `plangauge.check/1`, keys sorted so output is stable.
enum CheckJSON {
    struct Document: Encodable {
        let schema = "plangauge.check/1"
        let folder: String
        let exitStatus: Int32
        let totals: Totals
        let files: [FileSummary]
        let missingFiles: [String]
        let diagnostics: [Diagnostic]
        /// Gaps and basis conflicts inside enterprises' series (warnings; the rows are accepted).
        let seriesWarnings: [Diagnostic]
        /// Amounts 1,000× or more off their neighbours (warnings), whole files so (errors: exit 65).
        let unitFindings: [Diagnostic]
        let diagnosticsNotShown: [String: Int]
        let dataset: Counts
    }

    struct Totals: Encodable {
        let rowsRead, accepted, rejected, skipped, errors, warnings: Int
    }

    struct Counts: Encodable {
        let enterprises, revenueFacts, parks, parkStats, seriesPoints, milestones, grants, grantPayments: Int
        let firstPeriod, lastPeriod: String?
    }

    static func render(
        _ r: IngestReport, dataset d: Dataset, seriesWarnings: [Diagnostic] = [], unitFindings: [Diagnostic] = []
    ) throws -> String {
        let doc = Document(
            folder: r.folder,
            exitStatus: r.exitStatus != 0 || !unitFindings.contains { $0.severity == .error } ? r.exitStatus : 65,
            totals: Totals(
                rowsRead: r.rowsRead, accepted: r.accepted, rejected: r.rejected, skipped: r.skipped, errors: r.errors,
                warnings: r.warnings),
            files: r.files, missingFiles: r.missingFiles, diagnostics: r.log.kept, seriesWarnings: seriesWarnings,
            unitFindings: unitFindings, diagnosticsNotShown: r.log.suppressed,
            dataset: Counts(
                enterprises: d.enterprises.count, revenueFacts: d.revenueFactCount, parks: d.parks.count,
                parkStats: d.parkStats.count, seriesPoints: d.series.count, milestones: d.milestones.count,
                grants: d.grants.count, grantPayments: d.grants.reduce(0) { $0 + $1.payments.count },
                firstPeriod: d.revenuePeriodRange?.lowerBound.description,
                lastPeriod: d.latestRevenuePeriod?.description))
        return try StableJSON.string(doc)
    }
}
