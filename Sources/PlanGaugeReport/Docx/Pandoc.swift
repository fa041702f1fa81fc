import Foundation

/// pandoc, found on PATH and run as a process: pandoc Markdown in, a .docx out.
public struct Pandoc: Sendable, Equatable {
    /// The pandoc executable's path.
    public let executable: String

    /// pandoc at `executable`.
    public init(executable: String) {
        self.executable = executable
    }

    /// The first `pandoc` on `path` (a PATH value, folders separated by `:`) that is an executable
    /// file; nil when there is none.
    public static func find(path: String?) -> Pandoc? {
        let folders = (path ?? "").split(separator: ":", omittingEmptySubsequences: true).map(String.init)
        for folder in folders {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent("pandoc")
            let isFolder = (try? candidate.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory ?? true
            if !isFolder, FileManager.default.isExecutableFile(atPath: candidate.path) {
                return Pandoc(executable: candidate.path)
            }
        }
        return nil
    }

    /// pandoc from the PATH of `environment`; throws `DocxError.pandocMissing` when there is none.
    public static func located(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Pandoc {
        guard let pandoc = find(path: environment["PATH"]) else {
            throw DocxError.pandocMissing(searched: environment["PATH"] ?? "")
        }
        return pandoc
    }

    /// `markdown` as a .docx styled by `reference`, every time in it `sourceDateEpoch` (seconds since
    /// 1970), so the same input gives the same bytes. Runs in a fresh temporary folder, removed after,
    /// with that folder as pandoc's data folder: nothing of the user's pandoc set-up changes the result.
    func docx(markdown: String, reference: Data, sourceDateEpoch: Int64) throws -> Data {
        let files = FileManager.default
        let folder = files.temporaryDirectory.appendingPathComponent("plangauge-docx-\(UUID().uuidString)")
        let input = folder.appendingPathComponent("report.md"), output = folder.appendingPathComponent("report.docx")
        let style = folder.appendingPathComponent("reference.docx"), log = folder.appendingPathComponent("stderr.txt")
        defer { try? files.removeItem(at: folder) }
        let process = Process()
        do {
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(markdown.utf8).write(to: input)
            try reference.write(to: style)
            try Data().write(to: log)
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = [
                "--from=markdown-smart", "--to=docx", "--data-dir=" + folder.path, "--reference-doc=" + style.path,
                "--output=" + output.path, input.path
            ]
            var environment = ProcessInfo.processInfo.environment
            environment["SOURCE_DATE_EPOCH"] = String(sourceDateEpoch)
            process.environment = environment
            process.currentDirectoryURL = folder
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: log)
            try process.run()
            process.waitUntilExit()
        } catch {
            throw DocxError.cannotRun(pandoc: executable, reason: Self.reason(error))
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            throw DocxError.pandocFailed(
                pandoc: executable, status: process.terminationStatus, message: Self.firstLines(said))
        }
        do {
            return try Data(contentsOf: output)
        } catch {
            throw DocxError.cannotRun(pandoc: executable, reason: "no output: " + Self.reason(error))
        }
    }

    /// pandoc's first three lines on stderr, on one line, at most 300 characters.
    static func firstLines(_ text: String) -> String {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        let joined = lines.filter { !$0.isEmpty }.prefix(3).joined(separator: " / ")
        return joined.count > 300 ? String(joined.prefix(299)) + "…" : joined
    }

    /// A system error in the system's words, without Foundation's dump.
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError { return underlying.localizedDescription }
        return ns.localizedDescription
    }
}
