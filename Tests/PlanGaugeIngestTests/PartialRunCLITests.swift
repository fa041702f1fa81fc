import Foundation
import Testing

/// No silent partial runs, and defaults that do not depend on the working directory: `progress`,
/// `quarterly`, `report` and `export` end to end through the built binary on a hand-made dataset.
///
/// The dataset: three enterprises (a, b, c) reporting 100 万元 revenue in every quarter of 2024 and
/// 2025 (24 rows), `a` alone reporting 2026Q1 (1 row), and one row for `c` at 2023Q4 whose revenue
/// is «abc» (rejected: 1 error). revenue.csv is then 26 rows read, 25 accepted, 1 rejected.
/// 2026Q1 has 1 of 3 enterprises (33%), below 90% of the 3 who reported 2025Q4: 2025Q4 is used.
@Suite(.enabled(if: plangaugeExecutable != nil, "the plangauge executable was not found next to the test bundle"))
struct PartialRunCLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    typealias Run = CLIRun

    /// Runs plangauge in `directory` with output to files; `environment` replaces the named variables
    /// (nil: removes one).
    func plangauge(_ arguments: [String], in directory: String, environment: [String: String?] = [:]) throws -> Run {
        try runPlangauge(arguments, in: directory, environment: environment)
    }

    static let tinyPlan = """
        id: tiny
        title: 小计划
        baseline: 2024
        deadline: 2027
        indicators:
          - id: scale
            name: 产业规模
            measure: {sum: {field: revenue}}
            unit: 亿元
            target: ">= 1亿"

        """

    /// The dataset above in `<temp>/data/`, the plan in `<temp>/tiny.yaml`; `extra` adds files to data/.
    static func workspace(rejectedRow: Bool = true, extra: [String: String] = [:]) throws -> TempDataset {
        var revenue = "id,period,revenue（万元）\n"
        for year in [2024, 2025] {
            for q in 1...4 {
                for id in [Codes.a, Codes.b, Codes.c] { revenue += "\(id),\(year)Q\(q),100\n" }
            }
        }
        revenue += "\(Codes.a),2026Q1,100\n"
        if rejectedRow { revenue += "\(Codes.c),2023Q4,abc\n" }
        let w = try TempDataset()
        try FileManager.default.createDirectory(atPath: w.path("data"), withIntermediateDirectories: false)
        try w.write("data/enterprises.csv", "id,name\n\(Codes.a),甲公司\n\(Codes.b),乙公司\n\(Codes.c),丙公司\n")
        try w.write("data/revenue.csv", revenue)
        for (name, text) in extra { try w.write("data/" + name, text) }
        try w.write("tiny.yaml", tinyPlan)
        return w
    }

    /// Each command with its output in `w` (report and export write folders).
    func arguments(_ command: String, _ w: TempDataset) -> [String] {
        switch command {
        case "report": ["report", "--data", "data", "--plan", "tiny.yaml", "--out", w.path("reports")]
        case "export": ["export", "--data", "data", "--plan", "tiny.yaml", "--out", w.path("export")]
        case "quarterly": ["quarterly", "--data", "data"]
        default: [command, "--data", "data", "--plan", "tiny.yaml"]
        }
    }

    static let revenueLine =
        "data/revenue.csv [revenue utf-8 (valid UTF-8)]: read 26 rows, accepted 25, rejected 1; 1 errors, 0 warnings"
    static let enterprisesLine =
        "data/enterprises.csv [enterprises utf-8 (valid UTF-8)]: read 3 rows, accepted 3, rejected 0"

    /// A rejected row: the output is still written, each file's accounting and the error are on
    /// stderr, and the status is 65.
    @Test(arguments: ["progress", "quarterly", "report", "export"])
    func aRejectedRowExits65AfterWriting(command: String) throws {
        let w = try Self.workspace()
        let run = try plangauge(arguments(command, w), in: w.folder)
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.lines.contains(Self.revenueLine))
        #expect(run.lines.contains(Self.enterprisesLine))
        #expect(run.lines.contains { $0.hasPrefix("data/revenue.csv:27:3: error: revenue: ") })
        switch command {
        case "report": #expect(FileManager.default.fileExists(atPath: w.path("reports/2025Q4/index.html")))
        case "export": #expect(FileManager.default.fileExists(atPath: w.path("export/totals.csv")))
        default: #expect(!run.stdout.isEmpty)
        }
    }

    /// --allow-rejects: status 0, the accounting still on stderr.
    @Test(arguments: ["progress", "quarterly", "report", "export"])
    func allowRejectsExits0AndStillSaysSo(command: String) throws {
        let w = try Self.workspace()
        let run = try plangauge(arguments(command, w) + ["--allow-rejects"], in: w.folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.lines.contains(Self.revenueLine))
    }

    /// A clean dataset: one line on stderr, status 0.
    @Test func cleanDataIsOneLine() throws {
        let w = try Self.workspace(rejectedRow: false)
        let run = try plangauge(arguments("progress", w), in: w.folder)
        #expect(run.status == 0)
        #expect(run.lines.contains("data: 2 files, read 28 rows, accepted 28, rejected 0, skipped 0"))
        #expect(!run.lines.contains { $0.hasPrefix("data/revenue.csv [") })
    }

    /// `progress --format json`: data_quality with the counts of the dataset above, the ignored
    /// notes.csv, no missing file.
    @Test func progressJSONHasDataQuality() throws {
        let w = try Self.workspace(extra: ["notes.csv": "x\n1\n"])
        let run = try plangauge(arguments("progress", w) + ["--format", "json"], in: w.folder)
        #expect(run.status == 65)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["period"] as? String == "2025Q4")
        let quality = try #require(json["data_quality"] as? [String: Any])
        #expect(quality["ignored_files"] as? [String] == ["notes.csv"])
        #expect(quality["missing_files"] as? [String] == [])
        let files = try #require(quality["files"] as? [[String: Any]])
        #expect(files.map { $0["file"] as? String } == ["enterprises.csv", "revenue.csv"])
        let revenue = files[1]
        #expect(revenue["table"] as? String == "revenue")
        #expect(revenue["encoding"] as? String == "utf-8")
        #expect(revenue["sheet"] is NSNull)
        #expect(revenue["header_line"] is NSNull)
        #expect(revenue["rows_read"] as? Int == 26)
        #expect(revenue["accepted"] as? Int == 25)
        #expect(revenue["rejected"] as? Int == 1)
        #expect(revenue["skipped"] as? Int == 0)
        #expect(revenue["errors"] as? Int == 1)
        #expect(revenue["warnings"] as? Int == 0)
        let skippedRows = try #require(revenue["skipped_rows"] as? [String: Int])
        #expect(skippedRows.values.reduce(0, +) == 0)
        #expect(
            files[0]["rows_read"] as? Int == 3 && files[0]["accepted"] as? Int == 3 && files[0]["rejected"] as? Int == 0
        )
        #expect(run.lines.contains("ignored: data/notes.csv (no table of the dataset contract)"))
    }

    /// `quarterly --format json` carries the same object.
    @Test func quarterlyJSONHasDataQuality() throws {
        let w = try Self.workspace()
        let run = try plangauge(["quarterly", "--data", "data", "--format", "json", "--allow-rejects"], in: w.folder)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = try #require((json["data_quality"] as? [String: Any])?["files"] as? [[String: Any]])
        #expect(files.map { $0["rejected"] as? Int } == [0, 1])
    }

    /// The default period passes over 2026Q1 and says why, on stderr.
    @Test(arguments: ["progress", "quarterly", "report"])
    func theFallbackIsSaid(command: String) throws {
        let w = try Self.workspace(rejectedRow: false)
        let run = try plangauge(arguments(command, w), in: w.folder)
        #expect(run.status == 0)
        #expect(
            run.lines.contains(
                "plangauge: warning: 2026Q1 is in the data but not used: 2026Q1: 1 of 3 enterprises reported (33%); "
                    + "below 90% of the 3 who reported 2025Q4; using 2025Q4, the latest complete quarter (--period to choose)"
            ))
        if command == "report" { #expect(FileManager.default.fileExists(atPath: w.path("reports/2025Q4/index.html"))) }
        // Asked for a period: nothing to say.
        let asked = try plangauge(arguments(command, w) + ["--period", "2025Q4"], in: w.folder)
        #expect(!asked.stderr.contains("warning: 2026Q1"))
    }

    /// The report shows a wholly rejected file and an empty one, and summary.json counts them.
    @Test func reportShowsEmptyAndWhollyRejectedFiles() throws {
        let w = try Self.workspace(
            rejectedRow: false,
            extra: [
                "revenue_bad.csv": "id,period,revenue（万元）\n\(Codes.c),2023Q4,abc\n\(Codes.c),2023Q3,xyz\n",
                "revenue_empty.csv": "id,period,revenue（万元）\n"
            ])
        let run = try plangauge(arguments("report", w) + ["--allow-rejects"], in: w.folder)
        #expect(run.status == 0)
        #expect(
            run.lines.contains(
                "data/revenue_bad.csv [revenue utf-8 (valid UTF-8)]: read 2 rows, accepted 0, rejected 2; 2 errors, 0 warnings"
            ))
        let md = try String(contentsOfFile: w.path("reports/2025Q4/index.md"), encoding: .utf8)
        #expect(md.contains("## 数据警示"))
        let html = try String(contentsOfFile: w.path("reports/2025Q4/index.html"), encoding: .utf8)
        #expect(html.contains("revenue_bad.csv 的行全部被拒绝"))
        #expect(html.contains("revenue_empty.csv 是空文件"))
        let summary = try #require(
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: URL(fileURLWithPath: w.path("reports/2025Q4/summary.json")))) as? [String: Any])
        let files = try #require((summary["data_quality"] as? [String: Any])?["files"] as? [[String: Any]])
        let bad = try #require(files.first { $0["file"] as? String == "revenue_bad.csv" })
        #expect(bad["rows_read"] as? Int == 2 && bad["accepted"] as? Int == 0 && bad["rejected"] as? Int == 2)
        let empty = try #require(files.first { $0["file"] as? String == "revenue_empty.csv" })
        #expect(empty["rows_read"] as? Int == 0)
    }

    /// From an empty folder elsewhere, with no option: the shipped plan on the shipped sample, found
    /// beside the binary's build folder (the repository's Data/).
    @Test func runsFromAnyWorkingDirectory() throws {
        let elsewhere = try TempDataset()
        let run = try plangauge(["progress", "--format", "json"], in: elsewhere.folder)
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["plan"] as? [String: Any])?["id"] as? String == "shanghai-cybersecurity-2021-2023")
        #expect(run.stderr.hasPrefix("data: 11 files, read "))
        let check = try plangauge(["check"], in: elsewhere.folder)
        #expect(check.status == 0)
        #expect(
            check.stdout.contains(
                Self.repository.appendingPathComponent("Data/sample/enterprises.csv").path + " [enterprises"))
    }

    /// PLANGAUGE_HOME: its sample/ and plans/ are the defaults; a dataset without grants reads no
    /// policies, so a broken policy file there does not matter.
    @Test func plangaugeHomeIsUsed() throws {
        let w = try Self.workspace(rejectedRow: false)
        let home = try TempDataset()
        for d in ["plans", "policies"] {
            try FileManager.default.createDirectory(atPath: home.path(d), withIntermediateDirectories: false)
        }
        try FileManager.default.moveItem(atPath: w.path("data"), toPath: home.path("sample"))
        try home.write("plans/shanghai-cybersecurity-2021-2023.yaml", Self.tinyPlan)
        try home.write("policies/broken.yaml", "id: [unclosed\n")
        let elsewhere = try TempDataset()
        let run = try plangauge(
            ["progress", "--format", "json"], in: elsewhere.folder, environment: ["PLANGAUGE_HOME": home.folder])
        #expect(run.status == 0, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["plan"] as? [String: Any])?["id"] as? String == "tiny")
        #expect(json["period"] as? String == "2025Q4")
        // A home that is not there: 66, in words.
        let missing = try plangauge(
            ["progress"], in: elsewhere.folder, environment: ["PLANGAUGE_HOME": home.path("nope")])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("PLANGAUGE_HOME=\(home.path("nope")): no such folder"))
    }

    /// A dataset's own plans/: one plan is the default; with two, --plan is required and both are listed.
    @Test func aDatasetsOwnPlans() throws {
        let w = try Self.workspace(rejectedRow: false)
        try FileManager.default.createDirectory(atPath: w.path("data/plans"), withIntermediateDirectories: false)
        try w.write("data/plans/tiny.yaml", Self.tinyPlan)
        let one = try plangauge(["progress", "--data", "data", "--format", "json"], in: w.folder)
        #expect(one.status == 0, "\(one.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        #expect((json["plan"] as? [String: Any])?["id"] as? String == "tiny")
        try w.write("data/plans/other.yaml", Self.tinyPlan.replacingOccurrences(of: "id: tiny", with: "id: other"))
        let two = try plangauge(["progress", "--data", "data"], in: w.folder)
        #expect(two.status == 64)
        #expect(two.stderr.contains("data/plans/other.yaml"))
        #expect(two.stderr.contains("data/plans/tiny.yaml"))
        #expect(two.stdout.isEmpty)
    }

    /// A plan file that is not there: 66 in the tool's words, not Foundation's.
    @Test(arguments: ["progress", "report", "export"])
    func aMissingPlanIs66(command: String) throws {
        let w = try Self.workspace(rejectedRow: false)
        var args = arguments(command, w)
        args[args.firstIndex(of: "tiny.yaml")!] = "no-such-plan.yaml"
        let run = try plangauge(args, in: w.folder)
        #expect(run.status == 66)
        #expect(run.stderr.contains("no-such-plan.yaml: no such plan file"))
        #expect(!run.stderr.contains("could not be completed"))
        #expect(!run.stderr.contains("NSCocoaErrorDomain"))
        #expect(run.stdout.isEmpty)
    }

    /// A dataset folder that is not there: 66.
    @Test(arguments: ["progress", "quarterly", "report", "export"])
    func aMissingDatasetIs66(command: String) throws {
        let w = try Self.workspace()
        var args = arguments(command, w)
        args[args.firstIndex(of: "data")!] = "no-such-data"
        let run = try plangauge(args, in: w.folder)
        #expect(run.status == 66)
        #expect(run.stderr.contains("no-such-data: no such dataset folder"))
    }
}
