import Foundation
import PlanGaugeModel
import PlanGaugeRecords

/// Reads a dataset folder into a `Dataset`, checking every cell and every cross-file reference.
///
/// Order matters for references: parks, then enterprises (which name parks), their tags and park membership, then revenue and
/// park statistics (which name enterprises and parks), then series and milestones, then grants
/// (which name enterprises and policies) and their payments (which name grants).
public final class DatasetLoader {
    /// The dataset folder being read, as given.
    public let folder: String
    /// How the folder is read.
    public let options: IngestOptions
    var log: DiagnosticLog
    var dataset = Dataset()
    var files: [FileSummary] = []
    var rejects: [FileRejects] = []
    /// Bytes to read instead of the named file (the fuzzer's input).
    var inMemory: ByteView?

    // Cross-reference indexes, filled as tables load.
    var parkIDs: [String: Int] = [:]
    var parkNames: [String: String] = [:]
    /// Whether the dataset has a parks.csv at all (even one whose rows were all rejected).
    var parksFileRead = false
    var enterpriseIndex: [USCC: Int] = [:]
    /// Ids that appeared in enterprises.csv on a rejected row, with that row's line.
    var rejectedEnterpriseLines: [String: Int] = [:]
    /// Which enterprise × period × 口径 facts the revenue files have given so far.
    var factSlots = FactSlots()
    /// The revenue facts gathered into panels, when the options ask for panels instead of rows.
    var panels: RevenuePanels?
    /// Made for the first revenue file, kept for the others (enterprises do not change in between).
    private var lookups: EnterpriseLookups?
    /// `上年同期` figures restated by office returns, checked once every revenue file is read.
    var restatedFigures: [RestatedFigure] = []
    /// The facts revisions.csv names as revised, and which file holds each now.
    var revisedFacts = RevisedFacts()
    var revisionLines: [RevisionLine] = []
    var grantIndex: [String: Int] = [:]
    var rejectedGrantLines: [String: Int] = [:]

    /// A loader of `folder`, keeping as many diagnostics per file as `options` say.
    public init(folder: String, options: IngestOptions = IngestOptions()) {
        self.folder = folder
        self.options = options
        self.log = DiagnosticLog(limitPerFile: options.diagnosticsPerFile)
    }

    /// Loads the folder. Never throws for bad content: that is in the report. Throws only when the
    /// folder itself cannot be listed.
    public static func load(folder: String, options: IngestOptions = IngestOptions()) throws -> (Dataset, IngestReport)
    {
        try DatasetLoader(folder: folder, options: options).run()
    }

    func run() throws -> (Dataset, IngestReport) {
        var found = try DatasetFiles(folder: folder)
        let missing = noteFoundFiles(&found)
        try readTables(found)

        var report = IngestReport(folder: folder, log: log)
        report.files = files
        report.rejects = rejects
        report.missingFiles = missing
        report.ignoredFiles = found.unrecognised.map(display)
        return (dataset, report)
    }

    /// Notes what listing the folder found besides its tables: tables known by their header, required
    /// files missing, files ignored, unreadable or duplicated. Returns the missing files.
    private func noteFoundFiles(_ found: inout DatasetFiles) -> [String] {
        for (path, table) in found.sniffTables(sheet: options.sheet, limits: options.limits) {
            log.add(
                Diagnostic(
                    file: display(path), line: 0, column: 0, severity: .note,
                    message:
                        "read as the \(table) table: the file's name says no table, its header does (name it \(table)….\((path as NSString).pathExtension) to say so)"
                ))
        }
        var missing: [String] = []
        if found.enterprises == nil { missing.append(display(inFolder("enterprises.csv"))) }
        if found.revenue.isEmpty { missing.append(display(inFolder("revenue*.csv"))) }
        for m in missing {
            log.add(
                Diagnostic(
                    file: m, line: 0, column: 0, severity: .error,
                    message: "required file is missing", expected: "a file of this name in \(folder)"))
        }
        for path in found.unrecognised {
            log.add(
                Diagnostic(
                    file: display(path), line: 0, column: 0, severity: .warning,
                    message: "not a table of the dataset contract; ignored",
                    expected:
                        "enterprises, revenue*, parks, park_stats, series, milestones, tags, park_members, grants, grant_payments, glossary or revisions, as .csv or .xlsx"
                ))
        }
        for (path, reason) in found.unreadable {
            noteFailedFile(path, message: "file cannot be read: \(reason)")
        }
        for (path, kept) in found.duplicates {
            noteFailedFile(
                path, message: "a second file for a table that takes one; \(display(kept)) is read and this one is not",
                expected: "one file for this table: remove or rename the other")
        }
        return missing
    }

    /// Reads the tables found, in the order their references need.
    private func readTables(_ found: DatasetFiles) throws {
        if let p = found.manifest { readManifest(p) }
        if let p = found.parks {
            parksFileRead = true
            try readParks(p)
        }
        if let p = found.enterprises { try readEnterprises(p) }
        if let p = found.tags { try readTags(p) }
        if let p = found.parkMembers { try readParkMembers(p) }
        if let p = found.revisions { try readRevisions(p, revenueFiles: found.revenue) }
        reserveRevenue(for: found.revenue)
        if let fields = options.revenuePanels {
            panels = RevenuePanels(keyCount: dataset.enterprises.count, fields: fields)
        }
        for p in found.revenue { try readRevenue(p) }
        if let p = found.revisions { checkRevisionsFound(p) }
        checkRestatedFigures()
        lookups = nil
        if let gathered = panels.take() {
            dataset.revenuePanels = RevenuePanelStore(keys: dataset.enterprises.map(\.id), panels: gathered)
        }
        if let p = found.parkStats { try readParkStats(p) }
        if let p = found.series { try readSeries(p) }
        if let p = found.milestones { try readMilestones(p) }
        dataset.policies = options.policies
        if let p = found.grants { try readGrants(p) }
        if let p = found.grantPayments { try readGrantPayments(p, hasGrantsFile: found.grants != nil) }
        if let p = found.glossary { try readGlossary(p) }
    }

    /// Reads dataset.yaml; an error in it is an error of the dataset (the pages would state a wrong
    /// source), said at its line, and the manifest is left out.
    private func readManifest(_ path: String) {
        do {
            dataset.manifest = try ManifestFile.read(path: path, display: display(path))
            return
        } catch let e as PlanFileError {
            log.add(
                Diagnostic(
                    file: e.file, line: e.line, column: e.column, severity: .error, message: e.message,
                    expected: e.expected))
        } catch {
            log.add(Diagnostic(file: display(path), line: 0, column: 0, severity: .error, message: "\(error)"))
        }
        var summary = FileSummary(file: display(path), table: "manifest")
        summary.errors = 1
        files.append(summary)
    }

    /// Room for the facts the revenue files will give, judged from their sizes (a row is rarely
    /// under 60 bytes), so millions of facts are not copied each time the columns outgrow their room.
    /// Room that stays unused is never touched, so it costs address space, not memory.
    func reserveRevenue(for paths: [String]) {
        numberRevenueByEnterprises()
        guard inMemory == nil, options.revenuePanels == nil else { return }
        let bytes = paths.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        dataset.revenue.reserveCapacity(bytes / 60)
    }

    /// Facts number their enterprises in enterprises.csv's order (set once, before the first fact).
    func numberRevenueByEnterprises() {
        if dataset.revenue.isEmpty && dataset.revenue.keys.count != dataset.enterprises.count {
            dataset.revenue = RevenueFacts(keys: dataset.enterprises.map(\.id))
        }
    }

    func enterpriseLookups() -> EnterpriseLookups {
        if let lookups, lookups.names.count == dataset.enterprises.count { return lookups }
        let made = EnterpriseLookups(dataset.enterprises)
        lookups = made
        return made
    }

    /// A path as shown in diagnostics: relative to the working directory when inside it.
    func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }

    func inFolder(_ name: String) -> String { (folder as NSString).appendingPathComponent(name) }

    /// A table whose rows are each converted by `convert` and kept in file order.
    func table<Column: TableColumn, Record>(
        _ path: String, _ name: String, _ column: Column.Type,
        convert: (inout RowReader<Column>) -> Record?
    ) throws -> [Record] {
        withoutActuallyEscaping(convert) { convert in
            table(
                path, name, column,
                makeConverters: { _, _ in RowConverters<Column, Record, NoPlainRows<Record>>(full: convert) },
                into: CollectingSink<Column, Record>()
            ).records
        }
    }

    /// A table read in chunks (in parallel when `concurrent`) into `sink`: see `TableReader`.
    /// The sink comes back with what it accepted (unchanged when the file cannot be read).
    func table<Sink: RecordSink, Plain>(
        _ path: String, _ name: String, _ column: Sink.Column.Type, concurrent: Bool = false,
        recordsOmitLines: Bool = false,
        makeConverters: @escaping MakeConverters<Sink.Column, Sink.Record, Plain>,
        into sink: consuming Sink
    ) -> Sink {
        let office: OfficeTable?
        do {
            office = try officeTable(path, column)
        } catch {
            noteFailedFile(
                path, table: name,
                message: "file cannot be read: "
                    + ((error as? Workbook.OpenError)?.message ?? (error as? SheetLimitError)?.message
                        ?? "its plain copy could not be written to the temporary folder (\(NSTemporaryDirectory())): \((error as NSError).localizedDescription)")
            )
            return sink
        }
        // Facts keep the line they were read on; for an office file that is a line of its plain copy.
        FileNames.shared.setPlaces(
            FileNames.shared.number(of: display(path)), lines: office?.lineMap, sheet: office?.sheet)
        let reader = tableReader(path, name, column, office: office, recordsOmitLines: recordsOmitLines)
        if let office { for d in office.diagnostics { log.add(d) } }
        let input: TableBytes
        if let inMemory, office == nil {
            input = TableBytes(inMemory, mapped: nil)
        } else {
            do {
                let file = try MappedFile(path: reader.path)
                input = TableBytes(file.view, mapped: file)
            } catch {
                switch error as? MappedFile.OpenError {
                case .cannotOpen(_, let why)?: noteFailedFile(path, table: name, message: "file cannot be read: \(why)")
                case .notARegularFile?: noteFailedFile(path, table: name, message: "file is not a regular file")
                case nil: noteFailedFile(path, table: name, message: "file cannot be read: \(error)")
                }
                return sink
            }
        }
        let outcome = reader.read(input, log: &log, concurrent: concurrent, makeConverters: makeConverters, into: sink)
        var summary = outcome.summary
        if let office {
            office.account(in: &summary)
            if name == "revenue" {
                restatedFigures += office.priorYearFigures.map {
                    RestatedFigure(file: display(path), sheet: office.sheet, figure: $0)
                }
            }
        }
        files.append(summary)
        if let kept = office.map({ officeRejects($0, outcome.rejects, path: path) }) ?? outcome.rejects {
            rejects.append(kept)
        }
        returnFreedMemory()
        options.onFileRead?((path as NSString).lastPathComponent)
        return outcome.sink
    }

    /// The reader of a table: the file itself, or the plain CSV copy of an office file.
    private func tableReader<Column: TableColumn>(
        _ path: String, _ name: String, _ column: Column.Type, office: OfficeTable?,
        recordsOmitLines: Bool
    ) -> TableReader<Column> {
        guard let office else {
            var reader = TableReader<Column>(path: path, displayName: display(path), table: name, options: options)
            reader.recordsOmitLines = recordsOmitLines
            return reader
        }
        var plain = options
        plain.encoding = .utf8
        var reader = TableReader<Column>(path: office.csvPath, displayName: display(path), table: name, options: plain)
        reader.recordsOmitLines = recordsOmitLines
        reader.locate = office.locate
        return reader
    }

    /// A file that could not be read at all, or is not read: one error in its summary and in the log.
    /// `table` defaults to the table its name says.
    private func noteFailedFile(_ path: String, table: String? = nil, message: String, expected: String? = nil) {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        var summary = FileSummary(file: display(path), table: table ?? DatasetFiles.table(ofStem: stem) ?? "?")
        summary.errors = 1
        files.append(summary)
        log.add(
            Diagnostic(file: display(path), line: 0, column: 0, severity: .error, message: message, expected: expected))
    }

    /// The plain CSV of an office file: any workbook, and a CSV file whose table does not start on
    /// its first line (title rows, a unit row …); nil for a CSV file to read as it is.
    func officeTable<Column: TableColumn>(_ path: String, _ column: Column.Type) throws -> OfficeTable? {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "xlsx" || ext == "xlsm" {
            return try OfficeTable.workbook(
                path, sheet: options.sheet, displayName: display(path), limits: options.limits, column)
        }
        if let inMemory {
            return OfficeTable.csvNeedsShaping(inMemory, encoding: options.encoding, limits: options.limits, column)
                ? try OfficeTable.csv(
                    inMemory, encoding: options.encoding, displayName: display(path), limits: options.limits, column)
                : nil
        }
        guard let file = try? MappedFile(path: path) else { return nil }  // (the reader says why)
        guard OfficeTable.csvNeedsShaping(file.view, encoding: options.encoding, limits: options.limits, column) else {
            return nil
        }
        return try OfficeTable.csv(
            file.view, encoding: options.encoding, displayName: display(path), limits: options.limits, column)
    }

    /// A park named by id or by name; nil when unknown.
    func parkID(for text: String) -> String? {
        if parkIDs[text] != nil { return text }
        return parkNames[text]
    }
}
