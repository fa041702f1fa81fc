import Foundation

/// Headless Chromium, found on PATH and run as a process: an HTML file in, its print as a PDF out.
/// Each print is its own process with its own throw-away profile (Chromium locks a profile, so two
/// prints cannot share one), and is stopped when it takes longer than `timeout`.
public struct Chromium: Sendable, Equatable {
    /// The names looked for on PATH, in order: Debian's headless-only build first (small, no
    /// display needed), then the full browser, whose `--headless` prints the same.
    public static let names = ["chromium-headless-shell", "chromium"]
    /// The Chromium executable's path.
    public let executable: String
    /// How long one print may take before it is stopped, in seconds.
    public let timeout: Double

    /// Chromium at `executable`, each print stopped after `timeout` seconds.
    public init(executable: String, timeout: Double = 120) {
        self.executable = executable
        self.timeout = timeout
    }

    /// The first of `names` found as an executable file in a folder of `path` (a PATH value, folders
    /// separated by `:`); nil when there is none.
    public static func find(path: String?) -> Chromium? {
        let folders = (path ?? "").split(separator: ":", omittingEmptySubsequences: true).map(String.init)
        for name in names {
            for folder in folders {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
                let isFolder = (try? candidate.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory ?? true
                if !isFolder, FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return Chromium(executable: candidate.path)
                }
            }
        }
        return nil
    }

    /// The command line that prints `page` to `output` with the profile in `profile`: headless, no
    /// sandbox (it cannot start as root or in most containers), no GPU, and without Chromium's own
    /// date/URL header and footer: the page's CSS draws its running header and page numbers.
    /// Paper size and margins are the page's (`@page` in the stylesheet).
    static func arguments(page: URL, output: URL, profile: URL) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
            "--user-data-dir=" + profile.path, "--print-to-pdf=" + output.path, page.absoluteString
        ]
    }

    /// One print: the HTML file `page` printed to `output`.
    struct Job: Sendable {
        /// The HTML file, and what the error messages call it (its path in the period folder).
        var page: URL, name: String
        /// Where the PDF goes.
        var output: URL
    }

    /// Prints every job, at most `parallel` at a time, in `folder` (profiles and Chromium's logs
    /// go there); throws `PdfError` for the first job that fails or takes longer than `timeout`.
    func printAll(_ jobs: [Job], in folder: URL, parallel: Int) throws {
        var start = 0
        while start < jobs.count {
            let batch = jobs[start..<min(jobs.count, start + max(1, parallel))]
            var running: [Running] = []
            var failure: PdfError?
            for (i, job) in zip(batch.indices, batch) {
                do {
                    running.append(try launch(job, number: i, in: folder))
                } catch let error as PdfError {
                    failure = error
                    break
                }
            }
            // Every print started is waited for (or stopped), even after a failure: the folder is removed next.
            let deadline = DispatchTime.now() + (failure == nil ? timeout : 0)
            for run in running {
                let outcome = run.finish(by: deadline, timeout: timeout, chromium: executable)
                if failure == nil { failure = outcome }
            }
            if let failure { throw failure }
            start += batch.count
        }
    }

    /// A print under way: its process, the signal of its end, its job and its stderr log.
    struct Running {
        let process: Process, done: DispatchSemaphore, job: Job, log: URL

        /// Waits for the print until `deadline` (stopping it then) and says what went wrong, if anything.
        func finish(by deadline: DispatchTime, timeout: Double, chromium: String) -> PdfError? {
            if done.wait(timeout: deadline) == .timedOut {
                process.terminate()
                if done.wait(timeout: .now() + 10) == .timedOut { process.interrupt() }
                return .timedOut(chromium: chromium, page: job.name, seconds: Int(timeout))
            }
            let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            guard process.terminationReason == .exit, process.terminationStatus == 0 else {
                return .chromiumFailed(
                    chromium: chromium, page: job.name, status: process.terminationStatus,
                    message: Chromium.errorLines(said))
            }
            guard let head = try? FileHandle(forReadingFrom: job.output).read(upToCount: 5), head == Data("%PDF-".utf8)
            else {
                return .noPDF(chromium: chromium, page: job.name, message: Chromium.errorLines(said))
            }
            return nil
        }
    }

    /// Starts Chromium on `job`, its profile and stderr log in `folder` under `number`.
    func launch(_ job: Job, number: Int, in folder: URL) throws -> Running {
        let profile = folder.appendingPathComponent("profile-\(number)")
        let log = folder.appendingPathComponent("stderr-\(number).txt")
        let process = Process()
        let done = DispatchSemaphore(value: 0)
        do {
            try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
            try Data().write(to: log)
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = Self.arguments(page: job.page, output: job.output, profile: profile)
            process.currentDirectoryURL = folder
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: log)
            process.terminationHandler = { _ in done.signal() }
            try process.run()
        } catch {
            throw PdfError.cannotRun(chromium: executable, reason: Pandoc.reason(error))
        }
        return Running(process: process, done: done, job: job, log: log)
    }

    /// What Chromium said that is an error, not its usual start-up noise (D-Bus, GPU, sandbox
    /// warnings): up to three lines, on one line, at most 300 characters.
    static func errorLines(_ text: String) -> String {
        let noise = ["dbus", "bluez", "vaapi", "sandbox", "bytes written to file"]
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { line in
            !noise.contains { line.localizedCaseInsensitiveContains($0) }
        }
        return Pandoc.firstLines(lines.joined(separator: "\n"))
    }
}
