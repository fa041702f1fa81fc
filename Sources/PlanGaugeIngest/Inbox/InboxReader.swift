import Foundation
import PlanGaugeModel

/// One file of an inbox of returned forms, as read.
public struct InboxFile: Sendable {
    /// The file's name in the inbox.
    public var name: String
    /// Its path.
    public var path: String
    /// What reading it gave.
    public var outcome: Outcome

    /// A table read, or a file left alone with the reason.
    public enum Outcome: Sendable {
        /// A revenue return, read and checked as `check` reads a dataset's revenue files.
        case table(ReturnedTable)
        /// Not read: a document, an empty file, a hidden or lock file, a format not read.
        case ignored(reason: String)
    }
}

/// A returned revenue table, checked against the dataset's roster.
public struct ReturnedTable: Sendable {
    /// The rows accepted, as facts (each with its file and line).
    public var facts: RevenueFacts
    /// The file's accounting: read = accepted + rejected + skipped.
    public var summary: FileSummary
    /// The rejected rows, verbatim, with their diagnostics (nil when none was rejected).
    public var rejects: FileRejects?
    /// Every diagnostic of the file (errors, warnings, notes on its shape).
    public var diagnostics: [Diagnostic]
}

/// Reads an inbox of returned forms: every file in the folder (not its subfolders), in name order.
/// A workbook or CSV file is read as a revenue table (any shape the ingest accepts: title rows, unit
/// lines, 合计 rows, GB18030), its rows checked exactly as `check` checks a dataset's, with the
/// enterprises (and parks) of the dataset the returns are for as the roster. Every other file is
/// listed as ignored, with why.
public enum InboxReader {
    /// The files of `inbox`, read against the roster of the dataset folder `dataset`; `starting` is
    /// told of each file before it is read (its number from 1, how many there are, its name).
    public static func read(
        inbox: String, dataset: String, options: IngestOptions, starting: (Int, Int, String) -> Void = { _, _, _ in }
    ) throws -> [InboxFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: inbox).sorted()
        var files: [InboxFile] = []
        for (n, name) in names.enumerated() {
            starting(n + 1, names.count, name)
            let path = (inbox as NSString).appendingPathComponent(name)
            if let reason = ignoredReason(name: name, path: path) {
                files.append(InboxFile(name: name, path: path, outcome: .ignored(reason: reason)))
                continue
            }
            let table = try readReturn(path, roster: dataset, options: options)
            files.append(InboxFile(name: name, path: path, outcome: .table(table)))
        }
        return files
    }

    /// Why a file is not read as a table; nil for a workbook or CSV file with content.
    static func ignoredReason(name: String, path: String) -> String? {
        if name.hasPrefix(".") || name.hasPrefix("~$") { return "a hidden file or an office lock file" }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let type = attributes?[.type] as? FileAttributeType
        if type == .typeDirectory { return "a folder (the inbox is read one level deep)" }
        guard type == .typeRegular else { return "not a regular file" }
        let ext = (name as NSString).pathExtension.lowercased()
        guard DatasetFiles.tableExtensions.contains(ext) else {
            return DatasetFiles.unreadableReason(ext) ?? "not a table file (.\(ext.isEmpty ? "no extension" : ext))"
        }
        if (attributes?[.size] as? NSNumber)?.intValue == 0 { return "an empty file" }
        return nil
    }

    /// One return, read as revenue with the dataset's parks and enterprises as the roster.
    static func readReturn(_ path: String, roster dataset: String, options: IngestOptions) throws -> ReturnedTable {
        var own = options
        own.revenuePanels = nil
        let loader = DatasetLoader(folder: (path as NSString).deletingLastPathComponent, options: own)
        let parks = (dataset as NSString).appendingPathComponent("parks.csv")
        if FileManager.default.fileExists(atPath: parks) {
            loader.parksFileRead = true
            try loader.readParks(parks)
        }
        try loader.readEnterprises((dataset as NSString).appendingPathComponent("enterprises.csv"))
        let rosterFiles = loader.files.count
        try loader.readRevenue(path)
        let shown = loader.display(path)
        let summary = loader.files.dropFirst(rosterFiles).first ?? FileSummary(file: shown, table: "revenue")
        return ReturnedTable(
            facts: loader.dataset.revenue, summary: summary,
            rejects: loader.rejects.first { $0.file == summary.file },
            diagnostics: loader.log.kept.filter { $0.file == summary.file })
    }
}
