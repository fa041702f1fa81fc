import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Publishing is safe for scripts (issue 19, points 2 and 5), end to end through the built binary:
/// a folder of the user's or a file is refused with 73 and left as it was; runs into one folder
/// take turns (or exit 75); runs killed at any point leave the previous output whole and their
/// leftovers are removed by the next run; and the site index lists every period with relative
/// links that still work once the folder is moved.
///
/// The dataset is PartialRunCLITests' (two enterprises' worth of 2024Q1–2025Q4, no rejected
/// row), so `report` publishes `2025Q4` by default; the sample is used where a run must last long
/// enough to be killed while writing.
@Suite(.enabled(if: plangaugeExecutable != nil, "the plangauge executable was not found next to the test bundle"))
struct PublishSafetyTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let sample = repository.appendingPathComponent("Data/sample").path

    /// Each publishing command writing into `out` of workspace `w`.
    static func arguments(_ command: String, out: String) -> [String] {
        switch command {
        case "report": ["report", "--data", "data", "--plan", "tiny.yaml", "--out", out]
        case "export": ["export", "--data", "data", "--plan", "tiny.yaml", "--out", out]
        default: ["synth", "--firms", "5", "--from", "2025Q1", "--to", "2025Q2", "--out", out]
        }
    }

    static func names(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }

    // MARK: - Refusals

    /// A folder holding a file of the user's (and no marker) is neither replaced nor written into.
    @Test(arguments: ["report", "export", "synth"])
    func aFolderOfTheUsersIsRefusedWith73(command: String) throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        try FileManager.default.createDirectory(atPath: w.path("out"), withIntermediateDirectories: false)
        try w.write("out/notes.txt", "mine")
        let run = try runPlangauge(Self.arguments(command, out: "out"), in: w.folder)
        #expect(run.status == 73, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "plangauge: out: refused: the folder holds files PlanGauge did not write (notes.txt) and no .plangauge marker"
            ),
            "\(run.stderr)")
        #expect(Self.names(w.path("out")) == ["notes.txt"])
        #expect(try String(contentsOfFile: w.path("out/notes.txt"), encoding: .utf8) == "mine")
        #expect(Self.names(w.folder).allSatisfy { !$0.hasPrefix(".out.") })  // no staging beside it
    }

    /// Files the user put inside a folder PlanGauge publishes (a note in a period folder, a script
    /// in an export folder) survive the next run; one where the new output writes a file of the
    /// same name stops the run (73) with both kept.
    @Test(arguments: ["report", "export"])
    func theUsersFilesInsideAPublishedFolderSurvive(command: String) throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        let folder = command == "report" ? "out/2025Q4" : "out"
        #expect(try runPlangauge(Self.arguments(command, out: "out"), in: w.folder).status == 0)
        try w.write("\(folder)/my_annotation.txt", "批注")
        try FileManager.default.createDirectory(atPath: w.path("\(folder)/mine"), withIntermediateDirectories: false)
        try w.write("\(folder)/mine/x.txt", "x")
        let again = try runPlangauge(Self.arguments(command, out: "out"), in: w.folder)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try String(contentsOfFile: w.path("\(folder)/my_annotation.txt"), encoding: .utf8) == "批注")
        #expect(try String(contentsOfFile: w.path("\(folder)/mine/x.txt"), encoding: .utf8) == "x")
        // The list of PlanGauge's files does not take the user's in: they stay the user's.
        let listed = try String(contentsOfFile: w.path("\(folder)/.plangauge-files"), encoding: .utf8)
        #expect(!listed.contains("my_annotation.txt") && !listed.contains("mine/x.txt"))
        // A user's file where the output writes one of its own: refused, nothing lost.
        let collide = command == "report" ? "index.md" : "schema.json"
        let listedNow = listed.split(separator: "\n").map(String.init)
        #expect(listedNow.contains(collide))
        try FileManager.default.removeItem(atPath: w.path("\(folder)/\(collide)"))
        try w.write("\(folder)/.plangauge-files", listedNow.filter { $0 != collide }.map { $0 + "\n" }.joined())
        try w.write("\(folder)/\(collide)", "my own")
        let refused = try runPlangauge(Self.arguments(command, out: "out"), in: w.folder)
        #expect(refused.status == 73, "\(refused.stderr)")
        #expect(refused.stderr.contains("is not PlanGauge's, and the new report writes one of the same name"))
        #expect(try String(contentsOfFile: w.path("\(folder)/\(collide)"), encoding: .utf8) == "my own")
    }

    /// A regular file where the output folder should be: 73, the file unchanged.
    @Test(arguments: ["report", "export", "synth"])
    func aFileWhereTheFolderShouldBeIsRefusedWith73(command: String) throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        try w.write("out", "a file")
        let run = try runPlangauge(Self.arguments(command, out: "out"), in: w.folder)
        #expect(run.status == 73, "\(run.stderr)")
        #expect(run.stderr.contains("plangauge: out: refused: it is a file, not a folder"), "\(run.stderr)")
        #expect(try String(contentsOfFile: w.path("out"), encoding: .utf8) == "a file")
    }

    /// A PlanGauge folder of another kind: `export` into a report site is refused, the site kept.
    @Test func exportIntoAReportSiteIsRefused() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        #expect(try runPlangauge(Self.arguments("report", out: "site"), in: w.folder).status == 0)
        let before = Self.names(w.path("site"))
        let run = try runPlangauge(Self.arguments("export", out: "site"), in: w.folder)
        #expect(run.status == 73)
        #expect(
            run.stderr.contains("site: refused: it is a PlanGauge site folder, and this command writes export folders"),
            "\(run.stderr)")
        #expect(Self.names(w.path("site")) == before)
    }

    /// A folder PlanGauge made is replaced: a file PlanGauge wrote there last time and does not
    /// write now goes (its list says it was PlanGauge's); a file the user added stays.
    @Test func anExportFolderPlanGaugeMadeIsReplaced() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        #expect(try runPlangauge(Self.arguments("export", out: "out"), in: w.folder).status == 0)
        try w.write("out/stale.csv", "x")
        let listed = try String(contentsOfFile: w.path("out/.plangauge-files"), encoding: .utf8)
        try w.write("out/.plangauge-files", listed + "stale.csv\n")  // as if PlanGauge had written it
        try w.write("out/mine.py", "print(1)")
        #expect(try runPlangauge(Self.arguments("export", out: "out"), in: w.folder).status == 0)
        let names = Self.names(w.path("out"))
        #expect(names.contains(".plangauge") && names.contains("indicators.csv") && !names.contains("stale.csv"))
        #expect(names.contains("mine.py"))
        #expect(Self.names(w.folder).allSatisfy { !$0.hasPrefix(".out.") })
    }

    // MARK: - Locking

    /// While another process holds the folder's lock, a run waits `--lock-wait` seconds and exits
    /// 75 without writing; once the lock is free, the same run succeeds.
    @Test func aHeldLockMakesTheRunExit75() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        #expect(try runPlangauge(Self.arguments("report", out: "site"), in: w.folder).status == 0)
        let fd = open(w.path("site"), O_RDONLY)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX) == 0)  // as `flock site …` in a script would
        let start = Date()
        let run = try runPlangauge(Self.arguments("report", out: "site") + ["--lock-wait", "0.5"], in: w.folder)
        let waited = Date().timeIntervalSince(start)
        #expect(run.status == 75, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "plangauge: site: another plangauge run is writing this folder (waited 0.5 s for its lock)"),
            "\(run.stderr)")
        #expect(waited >= 0.5)
        close(fd)
        #expect(
            try runPlangauge(Self.arguments("report", out: "site") + ["--lock-wait", "0.5"], in: w.folder).status == 0)
    }

    /// Eight runs at once into one `--out` while a reader polls the page: each ends 0 or 75, the
    /// page is never missing, the period folder is complete and nothing hidden is left over.
    @Test func concurrentRunsTakeTurns() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        #expect(try runPlangauge(Self.arguments("report", out: "site"), in: w.folder).status == 0)
        let page = w.path("site/2025Q4/index.html")
        let reader = Poller(path: page)
        reader.start()
        let runs = try (0..<8).map { _ in try Spawned(Self.arguments("report", out: "site"), in: w.folder) }
        let statuses = runs.map { $0.wait() }
        let misses = reader.stop()
        #expect(statuses.allSatisfy { $0 == 0 || $0 == 75 }, "\(statuses) \(runs.map(\.stderr))")
        #expect(statuses.contains(0))
        #expect(misses == 0, "the page was missing \(misses) times")
        #expect(reader.polls > 0)
        #expect(Self.names(w.path("site")) == [".plangauge", "2025Q4", "index.html", "index.md", "latest"])
        try Self.expectComplete(w.path("site/2025Q4"))
    }

    /// Runs of `export` at once into one folder: all succeed in turn, nothing is left beside it.
    @Test func concurrentExportsTakeTurns() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        let runs = try (0..<4).map { _ in try Spawned(Self.arguments("export", out: "out"), in: w.folder) }
        let statuses = runs.map { $0.wait() }
        #expect(statuses.allSatisfy { $0 == 0 || $0 == 75 }, "\(statuses) \(runs.map(\.stderr))")
        #expect(Self.names(w.folder).filter { $0.hasPrefix(".") }.isEmpty)
        #expect(Self.names(w.path("out")).contains("indicators.csv"))
    }

    // MARK: - Killed runs

    /// `report` on the sample killed with SIGKILL at random points (most while it writes the new
    /// folder or the index): after each, the published period is whole; a clean run then removes
    /// every leftover and publishes a complete folder.
    @Test func killedRunsLeaveTheOutputWholeAndTheNextRunCleansUp() throws {
        let w = try TempDataset()
        let args = ["report", "--data", Self.sample, "--out", w.path("site")]
        #expect(try runPlangauge(args, in: w.folder).status == 0)
        let reference = try Self.files(in: w.path("site/2026Q3"))
        var generator = SeededRandom()
        var killedWhileWriting = 0
        for round in 0..<6 {
            let run = try Spawned(args, in: w.folder)
            if round % 3 == 2 {
                usleep(UInt32.random(in: 0...600_000, using: &generator))  // anywhere in the run
            } else if run.awaitStaging(in: w.path("site")) {
                killedWhileWriting += 1
                usleep(UInt32.random(in: 0...15_000, using: &generator))  // somewhere in the writing
            }
            run.kill()
            _ = run.wait()
            #expect(try Self.files(in: w.path("site/2026Q3")) == reference, "round \(round), \(generator.replay)")
        }
        #expect(killedWhileWriting > 0)
        let clean = try runPlangauge(args, in: w.folder)
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(Self.names(w.path("site")) == [".plangauge", "2026Q3", "index.html", "index.md", "latest"])
        #expect(Self.names(w.path("site/latest")) == [".plangauge", ".plangauge-files", "index.html", "index.md"])
        try Self.expectComplete(w.path("site/2026Q3"))
    }

    // MARK: - The site index

    /// Two periods published: the index lists both, newest first whatever the order of the runs,
    /// `latest/` leads to the newest, and every link of the index and `latest/` still resolves
    /// after the whole folder is moved.
    @Test func theIndexListsEveryPeriodWithLinksThatSurviveAMove() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        #expect(try runPlangauge(Self.arguments("report", out: "site"), in: w.folder).status == 0)
        #expect(
            try runPlangauge(Self.arguments("report", out: "site") + ["--period", "2025Q2"], in: w.folder).status == 0)
        try FileManager.default.moveItem(atPath: w.path("site"), toPath: w.path("moved"))
        let site = w.path("moved")
        #expect(Self.names(site) == [".plangauge", "2025Q2", "2025Q4", "index.html", "index.md", "latest"])

        let html = try String(contentsOfFile: site + "/index.html", encoding: .utf8)
        let newer = try #require(html.range(of: "<a href=\"2025Q4/index.html\">2025年四季度</a>"))
        let older = try #require(html.range(of: "<a href=\"2025Q2/index.html\">2025年二季度</a>"))
        #expect(newer.lowerBound < older.lowerBound)
        #expect(html.contains("共 2 期，最新：2025年四季度"))
        let md = try String(contentsOfFile: site + "/index.md", encoding: .utf8)
        #expect(md.contains("| [2025年四季度](2025Q4/index.md) |"))
        #expect(md.contains("| [2025年二季度](2025Q2/index.md) |"))
        let latest = try String(contentsOfFile: site + "/latest/index.html", encoding: .utf8)
        #expect(latest.contains("<meta http-equiv=\"refresh\" content=\"0; url=../2025Q4/index.html\"/>"))

        var checked = 0
        for file in ["index.html", "index.md", "latest/index.html", "latest/index.md"] {
            let text = try String(contentsOfFile: site + "/" + file, encoding: .utf8)
            let links = Self.links(in: text)
            #expect(!links.isEmpty, "\(file)")
            for link in links {
                #expect(!link.hasPrefix("/") && !link.contains("://"), "\(file): \(link) is not relative")
                let base = URL(fileURLWithPath: site + "/" + file).deletingLastPathComponent()
                let target = base.appendingPathComponent(link.removingPercentEncoding ?? link).standardizedFileURL.path
                #expect(FileManager.default.fileExists(atPath: target), "\(file): \(link) leads nowhere")
                checked += 1
            }
        }
        #expect(checked >= 12)
    }

    // MARK: - Helpers

    /// Every file below `folder` (relative paths).
    static func files(in folder: String) throws -> Set<String> {
        var out: Set<String> = []
        let e = try #require(FileManager.default.enumerator(atPath: folder))
        while let name = e.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder), !isFolder.boolValue
            {
                out.insert(name)
            }
        }
        return out
    }

    /// The period folder holds exactly its marker, its list and the files its summary.json lists.
    static func expectComplete(_ folder: String) throws {
        let summary =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/summary.json")))
            as? [String: Any]
        let listed = try #require(summary?["files"] as? [String])
        #expect(listed.contains("index.html"))
        #expect(try files(in: folder) == Set(listed + [".plangauge", ".plangauge-files"]))
    }

    /// The targets of `href="…"`, `url=…` and Markdown `](…)` links in a page.
    static func links(in text: String) -> [String] {
        var out: [String] = []
        for pattern in [#"href="([^"]*)""#, #"url=([^"]*)""#, #"\]\(([^)]*)\)"#] {
            let regex = try! NSRegularExpression(pattern: pattern)
            for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let r = Range(m.range(at: 1), in: text) { out.append(String(text[r])) }
            }
        }
        return out
    }
}

/// A `plangauge` run in the background, its stdout discarded and its stderr kept.
final class Spawned {
    let process = Process()
    private let scratch: TempDataset

    init(_ arguments: [String], in directory: String) throws {
        scratch = try TempDataset(["err": ""])
        process.executableURL = plangaugeExecutable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path("err")))
        try process.run()
    }

    /// Waits until the run has a staging entry (`.NAME.partial-<its pid>`) in `folder`, or has ended.
    func awaitStaging(in folder: String) -> Bool {
        let suffix = ".partial-\(process.processIdentifier)"
        while process.isRunning {
            if PublishSafetyTests.names(folder).contains(where: { $0.hasSuffix(suffix) }) { return true }
            usleep(300)
        }
        return false
    }

    func kill() {
        if process.isRunning { _ = sendSignal(process.processIdentifier, SIGKILL) }
    }

    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    var stderr: String { (try? String(contentsOfFile: scratch.path("err"), encoding: .utf8)) ?? "" }
}

/// `kill(2)`, at file scope where `Spawned.kill` does not hide it.
private func sendSignal(_ pid: Int32, _ signal: Int32) -> Int32 { kill(pid, signal) }

/// Polls whether a file exists, on its own thread, counting the times it was missing.
final class Poller: @unchecked Sendable {
    private let path: String
    private let lock = NSLock()
    private var running = true
    private var missing = 0
    private var count = 0
    private let done = DispatchSemaphore(value: 0)

    init(path: String) { self.path = path }

    var polls: Int { lock.withLock { count } }

    func start() {
        Thread.detachNewThread { [self] in
            while lock.withLock({ running }) {
                let there = access(path, F_OK) == 0
                lock.withLock {
                    count += 1
                    if !there { missing += 1 }
                }
            }
            done.signal()
        }
    }

    /// Stops polling and returns how many polls found the file missing.
    func stop() -> Int {
        lock.withLock { running = false }
        done.wait()
        return lock.withLock { missing }
    }
}
