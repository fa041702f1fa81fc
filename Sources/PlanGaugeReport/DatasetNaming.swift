import Foundation

/// How the files a run writes name the dataset and its files: by a label (`--data-label`, else the
/// folder's own name) and by paths relative to the dataset folder, never by where the folder happens
/// to be on this machine. So the same dataset copied elsewhere gives byte-identical output, and no
/// home directory or server path is published.
public struct DatasetNaming: Sendable, Equatable {
    /// The dataset as the outputs name it (`sample`).
    public var label: String
    /// The dataset folder as given (absolute or relative to the working directory); nil: file
    /// names are taken as they come (a caller that has already named them).
    public var folder: String?
    /// Whether the label was given (`--data-label`), rather than taken from the folder's name: a
    /// given label wins over the title of the dataset's manifest.
    public var isGiven: Bool

    /// `label`: the name to show; nil: the folder's last path component.
    public init(folder: String, label: String? = nil) {
        self.folder = folder
        self.label = label ?? Self.folderName(folder)
        isGiven = label != nil
    }

    /// A label alone: file names are kept as given.
    public init(label: String) {
        self.label = label
        folder = nil
        isGiven = true
    }

    /// The name the outputs show: the given label, else the manifest's title, else the folder's name.
    public func shown(title: String?) -> String { isGiven ? label : (title ?? label) }

    /// `Data/sample/` → `sample`; `.` → the working directory's name.
    static func folderName(_ folder: String) -> String {
        let name = URL(fileURLWithPath: Self.absolute(folder)).lastPathComponent
        return name.isEmpty ? folder : name
    }

    /// The path made absolute against the working directory, `.` and `..` resolved (symbolic links
    /// are not: the name the user gave is kept).
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// A file as the outputs name it: its path inside the dataset folder (`revenue_2023-2026.csv`,
    /// `plans/park.yaml`); a file outside the folder (a plan or policy named elsewhere) by its file
    /// name alone; the folder itself by the label.
    public func file(_ path: String) -> String {
        guard let folder else { return path }
        if let inside = Self.relative(path, to: folder) ?? Self.relative(Self.absolute(path), to: Self.absolute(folder))
        {
            return inside.isEmpty ? label : inside
        }
        let name = (path as NSString).lastPathComponent
        return name.isEmpty ? path : name
    }

    /// `text` with a leading path inside the folder named as `file` names it (`/x/sample/a.csv: …`
    /// → `a.csv: …`): for messages that start with their file. Other text is kept.
    public func located(_ text: String) -> String {
        guard let folder else { return text }
        for prefix in [folder, Self.absolute(folder)] {
            let start = prefix.hasSuffix("/") ? prefix : prefix + "/"
            if text.hasPrefix(start) { return String(text.dropFirst(start.count)) }
        }
        return text
    }

    /// The path below `folder` ("" for the folder itself); nil when it is not inside.
    static func relative(_ path: String, to folder: String) -> String? {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        if path == base { return "" }
        guard !base.isEmpty, path.hasPrefix(base + "/") else { return nil }
        var rest = Substring(path.dropFirst(base.count + 1))
        while rest.hasPrefix("./") { rest = rest.dropFirst(2) }
        return String(rest)
    }
}

extension DataQualitySummary {
    /// The same accounting with every file named by `naming` (relative to the dataset).
    public func named(by naming: DatasetNaming) -> DataQualitySummary {
        var q = self
        q.files = files.map { f in
            var f = f
            f.file = naming.file(f.file)
            return f
        }
        q.ignoredFiles = ignoredFiles.map(naming.file)
        q.missingFiles = missingFiles.map(naming.file)
        q.unitAlerts = unitAlerts.map(naming.located)
        return q
    }
}

extension DataAccounting {
    /// The same accounting with every file named by `naming` (relative to the dataset).
    public func named(by naming: DatasetNaming) -> DataAccounting {
        var q = DataQualitySummary(
            files: files, ignoredFiles: ignoredFiles, missingFiles: missingFiles, missingReporters: [])
        q = q.named(by: naming)
        return DataAccounting(q)
    }
}

extension ProgressReport {
    /// The report with the dataset named by its label and the plan file by `naming.file`.
    public func named(by naming: DatasetNaming) -> ProgressReport {
        var r = self
        r.dataset = naming.label
        r.plan.source = plan.source.map(naming.file)
        return r
    }
}

extension PolicyFundsReport {
    /// The report with the dataset named by its label and the ledger's rows by their file's `naming.file`.
    public func named(by naming: DatasetNaming) -> PolicyFundsReport {
        var r = self
        r.dataset = naming.label
        for k in r.check.grants.indices { r.check.grants[k].file = naming.file(r.check.grants[k].file) }
        for k in r.check.findings.indices { r.check.findings[k].file = naming.file(r.check.findings[k].file) }
        for k in r.check.manualChecks.indices {
            r.check.manualChecks[k].file = naming.file(r.check.manualChecks[k].file)
        }
        for k in r.check.laterGrants.indices {
            r.check.laterGrants[k].file = naming.file(r.check.laterGrants[k].file)
        }
        r.notYetDue = notYetDue.named(by: naming)
        return r
    }
}
