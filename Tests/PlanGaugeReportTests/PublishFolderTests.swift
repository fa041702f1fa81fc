import Foundation
import PlanGaugeModel
@testable import PlanGaugeReport
import PlanGaugeSystem
import Testing

/// The publisher's parts in-process: the marker, the names of leftovers, the one-step swap, the
/// lock, and whole-folder replacement with its refusals.
@Suite struct PublishFolderTests {
    /// A fresh folder under the temporary directory, removed at the end of the test.
    final class Scratch {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plangauge-publish-\(UUID().uuidString)"
        ).path
        init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func at(_ name: String) -> String { path + "/" + name }
        func write(_ name: String, _ text: String) throws {
            try FileManager.default.createDirectory(
                atPath: (at(name) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: at(name)))
        }
        func read(_ name: String) throws -> String { try String(contentsOfFile: at(name), encoding: .utf8) }
        func names(_ name: String = "") -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: at(name))) ?? []).sorted()
        }
    }

    @Test func markerNamesItsKindAndNothingElseCounts() {
        #expect(
            String(decoding: OutputMarker.contents(.export), as: UTF8.self)
                == "{\"kind\":\"export\",\"tool\":\"plangauge\"}\n")
        #expect(OutputMarker.kind(of: OutputMarker.contents(.site)) == .site)
        #expect(OutputMarker.kind(of: Array("{ \"tool\": \"plangauge\", \"kind\": \"period\" }\n".utf8)) == .period)
        #expect(OutputMarker.kind(of: Array("{\"kind\":\"site\",\"tool\":\"other\"}".utf8)) == nil)
        #expect(OutputMarker.kind(of: Array("{\"kind\":\"mine\",\"tool\":\"plangauge\"}".utf8)) == nil)
        #expect(OutputMarker.kind(of: []) == nil)
    }

    @Test func leftoverNamesAreRecognisedAndNothingElse() {
        #expect(StaleFolders.target(of: ".2026Q3.partial-123") == "2026Q3")
        #expect(StaleFolders.target(of: ".2026Q3.old-9") == "2026Q3")
        #expect(StaleFolders.target(of: ".index.html.partial-77") == "index.html")
        for name in [
            "2026Q3", ".plangauge", ".2026Q3.partial-", ".2026Q3.partial-12a", ".partial-12", ".2026Q3.tmp-12",
            ".x.partial-١٢"
        ] {
            #expect(StaleFolders.target(of: name) == nil, "\(name)")
        }
    }

    @Test func exchangeSwapsTwoFoldersInOneStep() throws {
        let s = try Scratch()
        try s.write("a/x", "1")
        try s.write("b/y", "2")
        #expect(RenameExchange.exchange(s.at("a"), s.at("b")) == 0)
        #expect(s.names("a") == ["y"] && s.names("b") == ["x"])
        #expect(RenameExchange.exchange(s.at("a"), s.at("missing")) == ENOENT)
        #expect(s.names("a") == ["y"])
    }

    @Test func aSecondLockWaitsThenGivesUp() throws {
        let s = try Scratch()
        let first = try FolderLock.acquire(s.path, wait: 0, shown: "out")
        let start = ContinuousClock.now
        #expect(throws: PublishError.locked(path: "out", seconds: 0.2)) {
            try FolderLock.acquire(s.path, wait: 0.2, shown: "out")
        }
        #expect(ContinuousClock.now - start >= .milliseconds(200))
        first.release()
        let second = try FolderLock.acquire(s.path, wait: 0, shown: "out")
        second.release()
    }

    /// A run waiting on a folder that another run swaps out takes the lock of the new folder.
    @Test func aWaiterFollowsTheFolderSwappedIntoThePath() throws {
        let s = try Scratch()
        try s.write("out/old", "")
        try s.write("new/new", "")
        let holder = try FolderLock.acquire(s.at("out"), wait: 0, shown: "out")
        let waiter = WaiterThread(path: s.at("out"))
        waiter.start()
        usleep(100_000)  // the waiter has opened the old folder
        #expect(RenameExchange.exchange(s.at("new"), s.at("out")) == 0)
        holder.release()
        let lock = try #require(waiter.finish())
        // The waiter holds the folder now at `out` (the new one), not the old one now at `new`.
        #expect(throws: PublishError.self) { try FolderLock.acquire(s.at("out"), wait: 0, shown: "out") }
        try FolderLock.acquire(s.at("new"), wait: 0, shown: "new").release()
        lock.release()
    }

    @Test func aFolderOfTheUsersIsNeverReplaced() throws {
        let s = try Scratch()
        try s.write("out/notes.txt", "mine")
        #expect(throws: PublishError.foreignFolder(path: s.at("out"), sample: ["notes.txt"], kind: .export)) {
            try FolderPublisher.replace(s.at("out"), kind: .export, files: ["a.csv": Data("x".utf8)])
        }
        #expect(s.names("out") == ["notes.txt"])
        #expect(s.names() == ["out"])
        #expect(PublishError.foreignFolder(path: "o", sample: ["a"], kind: .export).exitStatus == .cannotCreate)
    }

    @Test func aFileOrAnotherKindIsRefused() throws {
        let s = try Scratch()
        try s.write("file", "x")
        #expect(throws: PublishError.notAFolder(path: s.at("file"))) {
            try FolderPublisher.replace(s.at("file"), kind: .export, files: [:])
        }
        #expect(try s.read("file") == "x")
        try FolderPublisher.replace(s.at("data"), kind: .dataset, files: ["a.csv": Data("1".utf8)])
        #expect(throws: PublishError.wrongKind(path: s.at("data"), found: .dataset, wanted: .export)) {
            try FolderPublisher.replace(s.at("data"), kind: .export, files: [:])
        }
        #expect(try s.read("data/a.csv") == "1")
    }

    /// Replacing PlanGauge's own folder: the new files in, the old ones out, nothing left beside;
    /// a write that fails leaves the previous folder whole.
    @Test func ourFolderIsReplacedWholeOrNotAtAll() throws {
        let s = try Scratch()
        try FolderPublisher.replace(
            s.at("out"), kind: .export, files: ["a.csv": Data("1".utf8), "sub/b.csv": Data("2".utf8)])
        try FolderPublisher.replace(s.at("out"), kind: .export, files: ["c.csv": Data("3".utf8)])
        #expect(s.names("out") == [".plangauge", ".plangauge-files", "c.csv"])
        #expect(try s.read("out/.plangauge") == "{\"kind\":\"export\",\"tool\":\"plangauge\"}\n")
        struct Boom: Error {}
        #expect(throws: PublishError.self) {
            try FolderPublisher.replace(s.at("out"), kind: .export) { folder in
                try Data("half".utf8).write(to: URL(fileURLWithPath: folder + "/d.csv"))
                throw Boom()
            }
        }
        #expect(s.names("out") == [".plangauge", ".plangauge-files", "c.csv"])
        #expect(s.names() == ["out"])
    }

    /// Leftovers of killed runs beside an export folder go; a look-alike of the user's stays.
    @Test func killedRunsLeftoversAreRemovedButNotTheUsersLookAlikes() throws {
        let s = try Scratch()
        try FolderPublisher.replace(s.at("out"), kind: .export, files: ["a.csv": Data()])
        try s.write(".out.partial-999999/.plangauge", String(decoding: OutputMarker.contents(.export), as: UTF8.self))
        try s.write(".out.partial-999999/half.csv", "")
        try FileManager.default.createDirectory(atPath: s.at(".out.old-4"), withIntermediateDirectories: false)
        try s.write(".out.partial-5/mine.txt", "")  // no marker: not ours
        try s.write(".other.partial-6/.plangauge", String(decoding: OutputMarker.contents(.export), as: UTF8.self))
        try FolderPublisher.replace(s.at("out"), kind: .export, files: ["b.csv": Data()])
        #expect(s.names() == [".other.partial-6", ".out.partial-5", "out"])
        #expect(s.names("out") == [".plangauge", ".plangauge-files", "b.csv"])
    }

    /// In a site folder (PlanGauge's), every leftover goes, the period's marker is written and the
    /// index is rebuilt; a period folder of the user's in a site is refused.
    @Test func siteLeftoversGoAndAForeignPeriodFolderIsRefused() throws {
        let s = try Scratch()
        _ = try ReportWriter.write(["index.html": Data("p".utf8)], to: s.at("site"), name: "2024Q4")
        try s.write("site/.2024Q4.partial-1/index.html", "half")
        try s.write("site/.index.html.partial-2", "half")
        _ = try ReportWriter.write(["index.html": Data("q".utf8)], to: s.at("site"), name: "2024Q4")
        #expect(s.names("site") == [".plangauge", "2024Q4", "index.html", "index.md"])
        #expect(s.names("site/2024Q4") == [".plangauge", ".plangauge-files", "index.html"])
        try s.write("site/2025Q1/mine.txt", "")
        #expect(throws: PublishError.foreignFolder(path: s.at("site/2025Q1"), sample: ["mine.txt"], kind: .period)) {
            try ReportWriter.write(["index.html": Data("r".utf8)], to: s.at("site"), name: "2025Q1")
        }
        #expect(s.names("site/2025Q1") == ["mine.txt"])
    }
}

/// Takes a folder lock on its own thread, waiting up to two seconds.
final class WaiterThread: @unchecked Sendable {
    private let path: String
    private let done = DispatchSemaphore(value: 0)
    private var lock: FolderLock?

    init(path: String) { self.path = path }

    func start() {
        Thread.detachNewThread { [self] in
            lock = try? FolderLock.acquire(path, wait: 2, shown: "out")
            done.signal()
        }
    }

    func finish() -> FolderLock? {
        done.wait()
        return lock
    }
}
