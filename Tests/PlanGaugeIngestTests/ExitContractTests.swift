import Foundation
import Testing

/// The exit-status contract (`plangauge --help`, README "Exit status") command by command, end to
/// end through the built binary: 0 success, 1 findings (grants check, uscc), 64 usage, 65 data
/// errors, 66 missing input, 73 cannot create output, 74 I/O error (stdout included); periods
/// outside the data; `--quiet` and `--summary-json`.
///
/// Most cases run on `PartialRunCLITests.workspace`: enterprises a, b, c reporting 100 万元 in
/// every quarter of 2024 and 2025, `a` alone in 2026Q1 (the data runs 2024Q1–2026Q1), and with
/// `rejectedRow` one more revenue row for `c` at 2023Q4 whose amount is «abc»: enterprises.csv
/// 3 rows, revenue.csv 26 rows read, 25 accepted, 1 rejected.
@Suite(
    .enabled(
        if: plangaugeExecutable != nil,
        "the plangauge executable was not found; build it with `swift build --build-tests`"))
struct ExitContractTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let publishing = ["check", "progress", "quarterly", "report", "export"]

    /// Each command on the workspace's data/, its output (if a folder) under `out`.
    func arguments(_ command: String, _ w: TempDataset, out: String? = nil) -> [String] {
        switch command {
        case "check": ["check", "data"]
        case "quarterly": ["quarterly", "--data", "data"]
        case "report": ["report", "--data", "data", "--plan", "tiny.yaml", "--out", out ?? w.path("reports")]
        case "export": ["export", "--data", "data", "--plan", "tiny.yaml", "--out", out ?? w.path("export")]
        default: [command, "--data", "data", "--plan", "tiny.yaml"]
        }
    }

    func run(_ arguments: [String], in w: TempDataset) throws -> CLIRun {
        try runPlangauge(arguments, in: w.folder)
    }

    /// No message may be Foundation's dump or a crash report.
    func expectPlainMessages(_ run: CLIRun, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!run.stderr.contains("Error Domain="), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("Fatal error"), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("Swift runtime failure"), "\(run.stderr)", sourceLocation: sourceLocation)
    }

    // MARK: 0, 65, 66 per command

    @Test(arguments: publishing)
    func cleanDataExits0(command: String) throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        let run = try run(arguments(command, w), in: w)
        #expect(run.status == 0, "\(run.stderr)")
    }

    /// Rejected rows: 65 (after writing, for all but check); --allow-rejects makes it 0 where it exists.
    @Test(arguments: publishing)
    func rejectedRowsExit65(command: String) throws {
        let w = try PartialRunCLITests.workspace()
        #expect(try run(arguments(command, w), in: w).status == 65)
        if command != "check" {
            #expect(try run(arguments(command, w) + ["--allow-rejects"], in: w).status == 0)
        }
    }

    @Test(arguments: publishing)
    func missingDatasetFolderExits66(command: String) throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        let args = arguments(command, w).map { $0 == "data" ? "no-such-folder" : $0 }
        let run = try run(args, in: w)
        #expect(run.status == 66)
        #expect(run.stderr.contains("no-such-folder: no such dataset folder"))
        expectPlainMessages(run)
    }

    /// A plan that is not YAML: 65; a plan that is not there: 66.
    @Test(arguments: ["progress", "report", "export"])
    func badPlanExits65AndMissingPlan66(command: String) throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        try w.write("tiny.yaml", "id: [unclosed\n")
        let bad = try run(arguments(command, w), in: w)
        #expect(bad.status == 65, "\(bad.stderr)")
        #expect(bad.stderr.contains("tiny.yaml"))
        let missing = try run(arguments(command, w).map { $0 == "tiny.yaml" ? "absent.yaml" : $0 }, in: w)
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("absent.yaml: no such plan file"))
    }

    /// 64: a bad option value, an unknown option, a missing argument.
    @Test func usageErrorsExit64() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        #expect(try run(["progress", "--data", "data", "--plan", "tiny.yaml", "--format", "xml"], in: w).status == 64)
        #expect(try run(["check", "--no-such-option", "data"], in: w).status == 64)
        #expect(try run(["uscc"], in: w).status == 64)
        #expect(
            try run(["report", "--data", "data", "--plan", "tiny.yaml", "--lang", "fr", "--out", w.path("r")], in: w)
                .status == 64)
    }

    /// 1 means findings, and only for the commands that report findings.
    @Test func findingsExit1() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        #expect(try run(["uscc", "91350100M000100Y43"], in: w).status == 0)
        #expect(try run(["uscc", "91350100M000100Y44"], in: w).status == 1)
    }

    // MARK: 73 cannot create output

    /// An output folder under a regular file cannot be created (root ignores permission bits, so
    /// this is the case every user can make): 73, with the path and the reason in words.
    @Test(arguments: ["report", "export"])
    func outputUnderAFileExits73(command: String) throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        try w.write("plain-file", "not a folder\n")
        let run = try run(arguments(command, w, out: w.path("plain-file/out")), in: w)
        #expect(run.status == 73, "\(run.stderr)")
        #expect(run.stderr.contains("plain-file"))
        expectPlainMessages(run)
        #expect(run.stdout.isEmpty)
    }

    /// A read-only output folder: 73 (not as root, which may write anywhere).
    @Test(.enabled(if: geteuid() != 0, "root ignores permission bits"), arguments: ["report", "export"])
    func readOnlyOutputFolderExits73(command: String) throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        try FileManager.default.createDirectory(atPath: w.path("locked"), withIntermediateDirectories: false)
        chmod(w.path("locked"), 0o555)
        defer { chmod(w.path("locked"), 0o755) }
        let run = try run(arguments(command, w, out: w.path("locked/out")), in: w)
        #expect(run.status == 73, "\(run.stderr)")
        #expect(run.stderr.contains("locked"))
        expectPlainMessages(run)
    }

    /// `--rejects` and `--summary-json` into a path that cannot be created: 73 in words.
    @Test func otherOutputsThatCannotBeCreatedExit73() throws {
        let w = try PartialRunCLITests.workspace()
        try w.write("plain-file", "x\n")
        let rejects = try run(["check", "data", "--rejects", w.path("plain-file/rejects")], in: w)
        #expect(rejects.status == 73)
        #expect(rejects.lines == ["plangauge: cannot create plain-file/rejects: not a directory"])
        expectPlainMessages(rejects)
        let clean = try PartialRunCLITests.workspace(rejectedRow: false)
        let summary = try run(
            arguments("progress", clean) + ["--summary-json", clean.path("no-such-folder/run.json")], in: clean)
        #expect(summary.status == 73)
        #expect(summary.stderr.contains("no-such-folder/run.json"))
        expectPlainMessages(summary)
    }

    // MARK: 74 standard output that cannot be written

    /// stdout on a full device: 74 and one line saying so, not 0 and a truncated file.
    @Test(
        .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full"),
        arguments: ["check", "progress", "quarterly", "uscc", "report"])
    func stdoutOnAFullDeviceExits74(command: String) throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        let args = command == "uscc" ? ["uscc", "91350100M000100Y43"] : arguments(command, w)
        let (status, stderr) = try runWithStdout("/dev/full", args, in: w.folder)
        #expect(status == 74, "\(stderr)")
        #expect(
            stderr.split(separator: "\n").contains(
                "plangauge: cannot write to standard output: no space left on device; the output is incomplete"))
    }

    /// The same with rejected rows: the lost output outranks the data error.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full"))
    func aLostStdoutOutranksDataErrors() throws {
        let w = try PartialRunCLITests.workspace()
        let (status, _) = try runWithStdout("/dev/full", arguments("progress", w) + ["--format", "json"], in: w.folder)
        #expect(status == 74)
    }

    // MARK: periods

    /// The crash period: before the data is 65 with a message, not signal 4, and no folder.
    @Test func aPeriodBeforeTheDataIs65() throws {
        let out = try TempDataset()
        let run = try runPlangauge(
            ["report", "--data", "Data/sample", "--period", "2015Q1", "--out", out.folder],
            in: Self.repository)
        #expect(run.status == 65, "\(run.stderr)")
        #expect(
            run.lines.contains(
                "plangauge: --period 2015Q1: 2015Q1 is before the data, which begins 2019-03; choose a period from 2019-03 to 2026Q3"
            ))
        #expect(!FileManager.default.fileExists(atPath: out.path("2015Q1")))
        expectPlainMessages(run)
    }

    /// After the data (which ends 2026Q1 here): 65 for every command that takes a period, no folder.
    @Test(arguments: ["progress", "quarterly", "report"])
    func aPeriodAfterTheDataIs65(command: String) throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        let run = try run(arguments(command, w) + ["--period", "2030Q1"], in: w)
        #expect(run.status == 65)
        #expect(
            run.lines.contains(
                "plangauge: --period 2030Q1: 2030Q1 is after the data, which ends 2026Q1; choose a period from 2024Q1 to 2026Q1"
            ))
        #expect(!FileManager.default.fileExists(atPath: w.path("reports/2030Q1")))
        // A year whose last quarter the data has not reached is after the data too (for quarterly a
        // year is no quarter: a usage error).
        let year = try self.run(arguments(command, w) + ["--period", "2026"], in: w)
        #expect(year.status == (command == "quarterly" ? 64 : 65))
    }

    /// A plan's deadline is assessed even before the data (the tiny plan's deadline is 2027; a copy
    /// due 2023 has it before the data, which begins 2024Q1); any other period before the data is 65.
    @Test func aDeadlineBeforeTheDataIsAssessed() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        try w.write(
            "old.yaml",
            PartialRunCLITests.tinyPlan.replacingOccurrences(
                of: "baseline: 2024\ndeadline: 2027", with: "baseline: 2020\ndeadline: 2023"))
        let deadline = try run(["progress", "--data", "data", "--plan", "old.yaml", "--period", "2023Q4"], in: w)
        #expect(deadline.status == 0, "\(deadline.stderr)")
        #expect(deadline.stdout.contains("评估期 2023年四季度（终期评估）"))
        #expect(try run(["progress", "--data", "data", "--plan", "old.yaml", "--period", "2022Q4"], in: w).status == 65)
        // The sample: the Shanghai plan at its deadline 2023Q4, data to 2026Q3.
        let sample = try runPlangauge(["progress", "--data", "Data/sample", "--period", "2023Q4"], in: Self.repository)
        #expect(sample.status == 0)
    }

    /// One folder per period whatever the label: a quarter-end month, the Chinese quarter, the
    /// year-to-date range all publish 2026Q1; a year publishes its fourth quarter; a month that ends
    /// no quarter is a usage error.
    @Test func periodLabelsPublishOneCanonicalFolder() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        for label in ["2026-03", "2026年一季度", "2026年1-3月"] {
            let run = try run(arguments("report", w) + ["--period", label], in: w)
            #expect(run.status == 0, "\(label): \(run.stderr)")
            #expect(run.stdout.hasPrefix(w.path("reports/2026Q1") + ": "), "\(label): \(run.stdout)")
        }
        let year = try run(arguments("report", w) + ["--period", "2025"], in: w)
        #expect(year.status == 0)
        #expect(FileManager.default.fileExists(atPath: w.path("reports/2025Q4/index.html")))
        let published = try FileManager.default.contentsOfDirectory(atPath: w.path("reports")).filter {
            $0.hasPrefix("20")
        }.sorted()
        #expect(published == ["2025Q4", "2026Q1"])
        // The quarterly section is there, as for --period 2026Q1.
        let md = try String(contentsOfFile: w.path("reports/2026Q1/index.md"), encoding: .utf8)
        let direct = try TempDataset()
        _ = try run(arguments("report", w, out: direct.folder) + ["--period", "2026Q1"], in: w)
        #expect(md == (try String(contentsOfFile: direct.path("2026Q1/index.md"), encoding: .utf8)))
        let notAQuarter = try run(arguments("report", w) + ["--period", "2026-02"], in: w)
        #expect(notAQuarter.status == 64)
        #expect(notAQuarter.stderr.contains("--period «2026-02» ends in no quarter"))
    }

    // MARK: --quiet and --summary-json

    /// A clean run with --quiet: nothing on stderr (normally the data line and the passed-over
    /// quarter's warning), stdout unchanged.
    @Test(arguments: ["check", "progress", "quarterly", "report", "export"])
    func quietCleanRunsWriteNothingOnStderr(command: String) throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        let loud = try run(arguments(command, w), in: w)
        let quiet = try run(arguments(command, w) + ["--quiet"], in: w)
        #expect(quiet.status == 0)
        #expect(quiet.stderr == "")
        #expect(quiet.stdout == loud.stdout)
        if command != "check" { #expect(!loud.stderr.isEmpty) }
    }

    /// --quiet on a failing run: the one line that says why.
    @Test func quietFailuresStillSayWhy() throws {
        let w = try PartialRunCLITests.workspace()
        let run = try run(arguments("progress", w) + ["--quiet"], in: w)
        #expect(run.status == 65)
        #expect(
            run.lines == [
                "plangauge: output written, but from data with errors (1 rejected row, 1 error; `plangauge check data` lists them); exit status 65 (--allow-rejects: 0)"
            ])
        let missing = try self.run(
            ["report", "--data", "nowhere", "--plan", "tiny.yaml", "--quiet", "--out", w.path("r")], in: w)
        #expect(missing.status == 66)
        #expect(missing.lines == ["plangauge: nowhere: no such dataset folder"])
    }

    /// The run record of a failing report: written although the run exits 65, with the accounting
    /// of the dataset above, the folder written and the reason.
    @Test func summaryJSONOfAFailingReport() throws {
        let w = try PartialRunCLITests.workspace()
        let run = try run(arguments("report", w) + ["--summary-json", w.path("run.json")], in: w)
        #expect(run.status == 65)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: w.path("run.json"))))
                as? [String: Any])
        #expect(json["schema"] as? String == "plangauge.run/1")
        #expect(json["command"] as? String == "report")
        #expect(json["arguments"] as? [String] == arguments("report", w) + ["--summary-json", w.path("run.json")])
        #expect(json["exit_status"] as? Int == 65)
        #expect(json["exit_reason"] as? String == "data_error")
        #expect(
            (json["message"] as? String)?.hasPrefix(
                "plangauge: output written, but from data with errors (1 rejected row, 1 error") == true)
        #expect((json["elapsed_seconds"] as? Double).map { $0 >= 0 } == true)
        let inputs = try #require(json["inputs"] as? [String: Any])
        #expect(inputs["dataset"] as? String == "data")
        #expect(inputs["plans"] as? [String] == ["tiny.yaml"])
        let totals = try #require(inputs["totals"] as? [String: Int])
        #expect(totals == ["rows_read": 29, "accepted": 28, "rejected": 1, "skipped": 0, "errors": 1, "warnings": 0])
        let files = try #require(inputs["files"] as? [[String: Any]])
        #expect(files.map { $0["file"] as? String } == ["data/enterprises.csv", "data/revenue.csv"])
        #expect(files.map { $0["rows_read"] as? Int } == [3, 26])
        #expect(files.map { $0["rejected"] as? Int } == [0, 1])
        let outputs = try #require(json["outputs"] as? [[String: Any]])
        #expect(outputs.count == 1)
        #expect(outputs.first?["kind"] as? String == "folder")
        #expect(outputs.first?["path"] as? String == w.path("reports/2025Q4"))
        #expect((outputs.first?["files"] as? Int).map { $0 > 0 } == true)
        // The passed-over 2026Q1 is the one warning; the data has none.
        #expect(json["warnings"] as? Int == 1)
        #expect(
            (json["warning_messages"] as? [String])?.first?.hasPrefix(
                "plangauge: warning: 2026Q1 is in the data but not used") == true)
        // The keys come sorted, so the same run gives the same layout.
        let text = try String(contentsOfFile: w.path("run.json"), encoding: .utf8)
        let topKeys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(topKeys == topKeys.sorted())
    }

    /// The sample's record: 11 files, 8,807 rows read and accepted, stdout as the output.
    @Test func summaryJSONOfTheSample() throws {
        let out = try TempDataset()
        let run = try runPlangauge(
            ["progress", "--data", "Data/sample", "--quiet", "--summary-json", out.path("run.json")],
            in: Self.repository)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out.path("run.json"))))
                as? [String: Any])
        #expect(json["exit_status"] as? Int == 0 && json["exit_reason"] as? String == "success")
        #expect(json["message"] is NSNull)
        let inputs = try #require(json["inputs"] as? [String: Any])
        #expect((inputs["files"] as? [Any])?.count == 11)
        let totals = try #require(inputs["totals"] as? [String: Int])
        #expect(totals["rows_read"] == 8813 && totals["accepted"] == 8813 && totals["rejected"] == 0)
        let outputs = try #require(json["outputs"] as? [[String: Any]])
        #expect(outputs.count == 1)
        #expect(outputs.first?["path"] as? String == "-" && outputs.first?["kind"] as? String == "stdout")
    }

    // MARK: helpers

    /// Runs plangauge with standard output to `device` (stderr to a file).
    func runWithStdout(_ device: String, _ arguments: [String], in directory: String) throws -> (Int32, String) {
        let scratch = try TempDataset(["err": ""])
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path("err")))
        let out = try #require(FileHandle(forWritingAtPath: device))
        let process = Process()
        process.executableURL = plangaugeExecutable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["PLANGAUGE_HOME"] = nil
        process.environment = env
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try err.close()
        try out.close()
        return (process.terminationStatus, try String(contentsOfFile: scratch.path("err"), encoding: .utf8))
    }
}
