import Foundation
import Testing

/// The built `plangauge` beside the test bundle (SwiftPM puts both in the same build folder).
let plangaugeExecutable: URL? = {
    var candidates = [
        Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("plangauge"),
        Bundle.main.bundleURL.appendingPathComponent("plangauge")
    ]
    if let runner = Bundle.main.executableURL {
        candidates.append(runner.deletingLastPathComponent().appendingPathComponent("plangauge"))
    }
    // macOS: the tests live in PlanGaugePackageTests.xctest, a bundle loaded by Xcode's xctest tool.
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("plangauge"))
    }
    if let argument = CommandLine.arguments.first {
        candidates.append(
            URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("plangauge"))
    }
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

/// End to end through the built `plangauge` binary on corpus folders: the exit statuses scripts
/// rely on (PlanGaugeReport.docc, "Commands"), and a report run that must leave its output folder alone
/// when the dataset is unusable.
@Suite(
    .enabled(
        if: plangaugeExecutable != nil,
        "the plangauge executable was not found next to the test bundle or the test runner; build it with `swift build --build-tests`"
    ))
struct CLIExitStatusTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// Runs from here, so diagnostics name files as `ragged-rows/revenue.csv`.
    static let corpus = URL(fileURLWithPath: fixtures("corpus"))
    static let plan = repository.appendingPathComponent("Data/plans/shanghai-cybersecurity-2021-2023.yaml").path

    typealias Run = CLIRun

    /// Runs plangauge with output to files (pipes could fill up and block the child).
    func plangauge(_ arguments: [String]) throws -> Run {
        try runPlangauge(arguments, in: Self.corpus.path)
    }

    /// Rejected rows: 65 (EX_DATAERR), with the diagnostics and the accounting on stdout.
    @Test func badRowsExit65() throws {
        let run = try plangauge(["check", "ragged-rows"])
        #expect(run.status == 65)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "ragged-rows/revenue.csv:3:3: error: row has 2 fields but the header has 3; an unquoted comma in a value shifts every column after it (expected 3 fields; quote values that contain commas)"
            ))
        #expect(
            lines.contains(
                "ragged-rows/revenue.csv [revenue utf-8 (valid UTF-8)]: read 5 rows, accepted 2, rejected 3; 3 errors, 0 warnings"
            ))
    }

    @Test(arguments: [
        "unterminated-quote", "malformed-amounts", "uscc-problems", "nul-byte", "invalid-utf8-not-gb18030"
    ])
    func otherBadCorpusFoldersExit65(folder: String) throws {
        #expect(try plangauge(["check", folder]).status == 65)
    }

    /// Warnings only (a header without rows): 0.
    @Test func warningsOnlyExit0() throws {
        let run = try plangauge(["check", "header-only"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("header-only/revenue.csv:1:0: warning: the file has a header but no data rows\n"))
    }

    /// Rows that are no data (Excel's empty `,,` rows) are skipped, not rejected: 0, and the
    /// accounting names them (read = accepted + rejected + skipped), in text and in JSON.
    @Test func blankRowsAreSkippedAndExit0() throws {
        let run = try plangauge(["check", "excel-empty-rows"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "excel-empty-rows/revenue.csv [revenue utf-8 (valid UTF-8)]: read 3 rows, accepted 1, rejected 0, skipped 2 (2 blank)"
            ))
        #expect(
            lines.contains(
                "excel-empty-rows/enterprises.csv [enterprises utf-8 (valid UTF-8)]: read 1 rows, accepted 1, rejected 0"
            ))
        #expect(lines.contains("total: read 4 rows, accepted 2, rejected 0, skipped 2; 0 errors, 0 warnings"))

        let json = try plangauge(["check", "--format", "json", "excel-empty-rows"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let revenue = try #require(files.first { $0["file"] as? String == "excel-empty-rows/revenue.csv" })
        #expect(
            revenue["rows_read"] as? Int == 3 && revenue["accepted"] as? Int == 1 && revenue["rejected"] as? Int == 0)
        #expect(revenue["skipped"] as? Int == 2)
        #expect(
            revenue["skipped_rows"] as? [String: Int] == [
                "blank": 2, "footer": 0, "header_row": 0, "title_or_notes": 0, "totals": 0, "unit_row": 0,
                "superseded": 0
            ])
    }

    /// No enterprises.csv: 66 (EX_NOINPUT); so is a folder that does not exist.
    @Test func missingEnterprisesExit66() throws {
        let run = try plangauge(["check", "missing-enterprises"])
        #expect(run.status == 66)
        #expect(run.stdout.contains("missing: missing-enterprises/enterprises.csv\n"))
        #expect(try plangauge(["check", "no-such-case"]).status == 66)
    }

    /// A bad option value: 64 (EX_USAGE), before any file is read.
    @Test func badOptionExit64() throws {
        let run = try plangauge(["check", "--encoding", "klingon", "ragged-rows"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("klingon"))
        #expect(run.stdout.isEmpty)
        #expect(try plangauge(["check", "--max-fields", "0", "ragged-rows"]).status == 64)
    }

    /// `report` on a folder without enterprises.csv stops with 66 before writing anything: the
    /// dashboards already in --out (here an old 2026Q3/index.html) are neither replaced nor joined.
    @Test func reportOnAMissingEnterprisesFileWritesNothing() throws {
        let out = try TempDataset()
        try FileManager.default.createDirectory(atPath: out.path("2026Q3"), withIntermediateDirectories: false)
        try out.write("2026Q3/index.html", "<p>the previous quarter's dashboard</p>\n")
        let before = try snapshot(out.folder)

        let run = try plangauge(["report", "--plan", Self.plan, "--data", "missing-enterprises", "--out", out.folder])
        #expect(run.status == 66)
        #expect(run.stderr.contains("missing-enterprises/enterprises.csv"))
        #expect(try snapshot(out.folder) == before)
        #expect(before.keys.sorted() == ["2026Q3", "2026Q3/index.html"])
    }

    /// Every path under `folder` (relative), with a file's bytes and modification date.
    func snapshot(_ folder: String) throws -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        for relative in try fm.subpathsOfDirectory(atPath: folder) {
            let path = folder + "/" + relative
            let attributes = try fm.attributesOfItem(atPath: path)
            if attributes[.type] as? FileAttributeType == .typeDirectory {
                result[relative] = "directory"
            } else {
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[relative] = "\(data.base64EncodedString()) @\(date)"
            }
        }
        return result
    }
}
