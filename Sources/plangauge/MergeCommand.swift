import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport

struct MergeCommand: ParsableCommand, OperatorCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge an inbox of returned forms into a dataset: new figures appended, nothing lost or doubled.",
        discussion: """
            Every file of INBOX (one level) is read: workbooks and CSV files as revenue returns, in any shape \
            `check` accepts (title rows, unit lines, 合计 rows, GB18030), each row checked as `check` checks it, \
            against the dataset's enterprises; documents, empty and hidden files are listed as ignored. Each \
            return says whom it is from (a district, a park or an enterprise, from the roster) and its rows \
            read, accepted, rejected and skipped.

            New figures are appended as one new file of the dataset, revenue_<merge id>.csv; earlier files are \
            never rewritten. Rejected rows go, verbatim with their diagnostics, to rejects/<merge id>/. A figure \
            the dataset already holds is not added again (merging the same files twice changes nothing, and \
            says so); a figure that differs from the dataset's or another return's is a conflict, listed with \
            both values and sources and not applied. A person who has checked them merges again with \
            --accept-revisions (or --accept-revision CODE@PERIOD for some): the returns' figures are then \
            appended, and each old figure is logged in revisions.csv (merge id, time, old and new value, \
            where each is, the return and --reason); every later command uses the revised figures, while the \
            old rows stay in their files. A figure 1,000× or more off the firm's own reports (元 \
            read as 万元) is held until re-sent or accepted with --accept-suspect CODE@PERIOD. Each merge that \
            adds figures is a line of merges.csv in the dataset (id, time, files, counts); a merge that adds \
            nothing writes nothing and says so.

            Exit status: 0 when every row was merged or already present; 65 when a row was rejected, a figure \
            conflicts or is held (the new figures are still appended; 0 with --allow-rejects); 66 when INBOX or \
            the dataset's enterprises.csv is missing; 64 for bad usage; 73 when the dataset cannot be written.
            """
    )

    @Argument(help: "The folder of returned forms.")
    var inbox: String

    @Option(name: .customLong("into"), help: "The dataset folder the returns are merged into.")
    var dataset: String

    @Option(help: "Merge only figures of this period (a quarter such as 2025Q4); others are listed, not merged.")
    var period: String?

    @Option(
        name: .customLong("accept-suspect"), parsing: .upToNextOption,
        help: "Take held figures as they are, by id (CODE@PERIOD as the merge lists them).")
    var acceptSuspect: [String] = []

    @Flag(help: "Take every figure that conflicts with the dataset as a revision (the old ones go to revisions.csv).")
    var acceptRevisions = false

    @Option(
        name: .customLong("accept-revision"), parsing: .upToNextOption,
        help: "Take these conflicts with the dataset as revisions, by id (CODE@PERIOD as the merge lists them).")
    var acceptRevision: [String] = []

    @Option(help: "Why the figures are revised, as revisions.csv records it (e.g. 区统计局2月更正).")
    var reason: String?

    @Option(
        help:
            "The merge's time in merges.csv and revisions.csv (2026-01-10 or 2026-01-10T09:00:00+08:00; default: SOURCE_DATE_EPOCH, else the clock)."
    )
    var at: String?

    @Flag(help: "Exit 0 even when rows were rejected or figures conflict or are held.")
    var allowRejects = false

    @OptionGroup var operatorOptions: OperatorOptions

    func run() throws {
        let target = (dataset as NSString).standardizingPath
        let roster = (target as NSString).appendingPathComponent("enterprises.csv")
        guard FileManager.default.fileExists(atPath: roster) else {
            throw CommandFailure(
                .noInput, "plangauge: \(dataset): no enterprises.csv, the roster returns are checked against")
        }
        guard Locations.isDirectory(inbox) else {
            throw CommandFailure(.noInput, "plangauge: \(inbox): no such inbox folder")
        }
        let only = try mergedPeriod()
        ProgressLine.phase("reading \(target)")
        let (existing, _) = try loadOrExit(target, IngestOptions())
        let files = try InboxReader.read(inbox: inbox, dataset: target, options: IngestOptions(collectRejects: true)) {
            ProgressLine.phase("merging file \($0) of \($1): \($2)")
        }
        let returns = files.compactMap { f -> (file: String, facts: RevenueFacts)? in
            if case .table(let t) = f.outcome { return (f.name, t.facts) }
            return nil
        }
        let plan = MergePlan.make(
            existing: existing, returns: returns, period: only, acceptedSuspects: Set(acceptSuspect),
            revisions: acceptRevisions ? .all : acceptRevision.isEmpty ? .none : .only(Set(acceptRevision)))
        let log = (target as NSString).appendingPathComponent("merges.csv")
        let id = MergeLog.nextID(log)
        let report = MergeReport(
            id: id, at: try mergeTime(), plan: plan, accounting: accounting(files),
            ignored: files.compactMap { f in
                if case .ignored(let reason) = f.outcome { return (f.name, reason) }
                return nil
            }, output: plan.newFacts.isEmpty ? nil : "revenue_\(id).csv")
        let names = Dictionary(existing.enterprises.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        try write(report, into: target, log: log, names: names, rejects: files)
        RunSummary.shared.recordOutput("-", kind: "stdout")
        for d in files.flatMap(errors) { Console.note(d.formatted) }
        print(MergeTextRenderer.render(report, names: names), terminator: "")
        if report.needsAttention && !allowRejects { throw ExitCode(65) }
    }

    /// A return's errors (why its rows were rejected) and warnings (a unit taken by default, a
    /// column ignored), as `check` prints them.
    private func errors(_ f: InboxFile) -> [Diagnostic] {
        guard case .table(let t) = f.outcome else { return [] }
        return t.diagnostics.filter { $0.severity != .note }
    }

    /// --at, else SOURCE_DATE_EPOCH, else the clock: in UTC, to the second (2026-01-10T01:00:00Z).
    private func mergeTime() throws -> String {
        if let at {
            guard let seconds = OutputTime.seconds(iso: at) else {
                throw ValidationError(
                    "--at «\(at)» is not a date YYYY-MM-DD or an ISO 8601 time such as 2026-01-10T09:00:00+08:00")
            }
            return MergeLog.iso(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch), seconds >= 0 else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a number of seconds, not «\(epoch)»")
            }
            return MergeLog.iso(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return MergeLog.iso(Date())
    }

    private func mergedPeriod() throws -> Period? {
        guard let period else { return nil }
        guard let p = PeriodLabel(period)?.period else { throw ValidationError("--period «\(period)» is not a period") }
        return p
    }

    private func accounting(_ files: [InboxFile]) -> [String: (read: Int, accepted: Int, rejected: Int, skipped: Int)] {
        var out: [String: (read: Int, accepted: Int, rejected: Int, skipped: Int)] = [:]
        for f in files {
            guard case .table(let t) = f.outcome else { continue }
            let s = t.summary
            out[f.name] = (s.rowsRead, s.accepted, s.rejected, s.skipped)
        }
        return out
    }

    /// The new figures as a new file, the rejected rows, the revised figures' lines of revisions.csv
    /// and the merge's line of merges.csv; nothing when the merge adds and rejects nothing. Both logs
    /// are read before anything is written, so one that cannot be read stops the merge unwritten.
    private func write(
        _ r: MergeReport, into target: String, log: String, names: [USCC: String], rejects files: [InboxFile]
    ) throws {
        let rejected = files.compactMap { f -> FileRejects? in
            if case .table(let t) = f.outcome { return t.rejects }
            return nil
        }
        guard let output = r.output else { return }  // a merge that adds nothing leaves the dataset alone
        let revisionsPath = (target as NSString).appendingPathComponent("revisions.csv")
        let revisions = RevisionLog.lines(r, names: names, reason: reason ?? "revised by the return \(r.id) merged")
        let revisionsText =
            revisions.isEmpty ? nil : try MergeLog.appending(revisions, to: revisionsPath, header: RevisionLog.header)
        let logText = try MergeLog.appending([MergeFiles.logLine(r)], to: log, header: MergeFiles.logHeader)
        do {
            let path = (target as NSString).appendingPathComponent(output)
            try Data(MergeFiles.revenueCSV(r.plan.newFacts, names: names).utf8).write(
                to: URL(fileURLWithPath: path), options: .withoutOverwriting)
            RunSummary.shared.recordOutput(path, kind: "file")
            if !rejected.isEmpty {
                let folder = ((target as NSString).appendingPathComponent("rejects") as NSString)
                    .appendingPathComponent(r.id)
                _ = try RejectsWriter.write(rejected, to: folder)
            }
            if let revisionsText {
                try Data(revisionsText.utf8).write(to: URL(fileURLWithPath: revisionsPath), options: .atomic)
                RunSummary.shared.recordOutput(revisionsPath, kind: "file")
            }
            try Data(logText.utf8).write(to: URL(fileURLWithPath: log), options: .atomic)
        } catch {
            throw ExitStatusMapping.failure(for: error, doing: "write into \(dataset)") ?? error
        }
    }
}

/// `merges.csv`: one line per merge, appended.
enum MergeLog {
    /// The id of the next merge: `merge-0001`, then one more than the lines the log holds.
    static func nextID(_ path: String) -> String {
        let lines = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n").count ?? 0
        let n = max(lines - 1, 0) + 1  // (the first line is the header)
        return "merge-" + String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n)
    }

    /// `date` in UTC, to the second (2026-01-10T09:00:00Z).
    static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }

    /// The log's text with `lines` appended (after `header` when the log is new). A log that
    /// cannot be read as UTF-8 (saved over by a spreadsheet) is an error, never replaced by a new one.
    static func appending(_ lines: [String], to path: String, header: String) throws -> String {
        var text = header + "\n"
        if FileManager.default.fileExists(atPath: path) {
            guard let bytes = FileManager.default.contents(atPath: path),
                let old = String(validating: bytes, as: UTF8.self)
            else {
                throw CommandFailure(
                    .cannotCreate,
                    "plangauge: \(path): cannot be read as UTF-8 text, so the merge cannot add its lines; save it as CSV UTF-8 and merge again (nothing was written)"
                )
            }
            text = old
        }
        if !text.hasSuffix("\n") { text += "\n" }
        return text + lines.map { $0 + "\n" }.joined()
    }
}
