import Foundation
import Testing

/// `plangauge report` writes `data/tables.xlsx` (issue 22, point 5) end to end on the shipped
/// sample: every sheet read back with openpyxl equals its CSV file to the cell (numbers as
/// numbers equal to the CSV's values, texts as texts), the cover lists every sheet, and two runs
/// with SOURCE_DATE_EPOCH give the same bytes.
@Suite(
    .enabled(
        if: plangaugeExecutable != nil,
        "the plangauge executable was not found next to the test bundle or the test runner; build it with `swift build --build-tests`"
    ))
struct TablesWorkbookCLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Compares every sheet with its CSV file (one sheet per CSV file of the run); prints `sheets N cells M created T`, or fails with
    /// the sheet, row, column and both values. A CSV value that is a plain number of at most 15
    /// significant digits must be a number; the apostrophe the CSV puts before a text starting
    /// with `= + - @` is not part of the value.
    static let compareScript = #"""
        import csv, glob, os, re, sys, openpyxl
        folder = sys.argv[1]
        wb = openpyxl.load_workbook(folder + "/data/tables.xlsx")
        rows = list(wb.worksheets[0].iter_rows(values_only=True))
        start = next(i for i, r in enumerate(rows) if r[0] in ("工作表", "Sheet")) + 1
        listed = [(r[0], r[3]) for r in rows[start:]]
        assert [n for n, _ in listed] == wb.sheetnames[1:], ("the cover lists the sheets", listed, wb.sheetnames)
        written = sorted(os.path.relpath(p, folder) for p in glob.glob(folder + "/data/**/*.csv", recursive=True))
        assert sorted(p for _, p in listed) == written, ("one sheet per CSV file", listed, written)

        def plain_number(s):
            if not re.fullmatch(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?", s):
                return False
            return len(s.lstrip("-").replace(".", "").lstrip("0")) <= 15

        cells = 0
        for name, path in listed:
            ws = wb[name]
            assert ws.freeze_panes == "A3", (name, "frozen at", ws.freeze_panes)
            with open(folder + "/" + path, encoding="utf-8-sig", newline="") as f:
                table = list(csv.reader(f))
            got = list(ws.iter_rows(min_row=2))
            assert len(got) == len(table), (name, "rows", len(got), len(table))
            assert ws.max_column == len(table[0]), (name, "columns", ws.max_column, len(table[0]))
            for r, (want_row, got_row) in enumerate(zip(table, got)):
                assert len(want_row) == len(got_row), (name, r + 2, "columns")
                for c, (want, cell) in enumerate(zip(want_row, got_row)):
                    if len(want) > 1 and want[0] == "'" and want[1] in "=+-@\t\r":
                        want = want[1:]
                    value = cell.value
                    where = (name, cell.coordinate, want, value, cell.data_type)
                    if r > 0 and plain_number(want):
                        assert cell.data_type == "n" and float(want) == value, where
                    elif want == "":
                        assert value is None, where
                    else:
                        assert cell.data_type == "s" and value == want, where
                    cells += 1
        print("sheets", len(listed), "cells", cells, "created", wb.properties.created.isoformat())
        """#

    /// Runs the comparison on a period folder; its output line.
    static func compare(_ periodFolder: String, scratch: TempDataset) throws -> String {
        try scratch.write("compare.py", compareScript)
        try scratch.write("out.txt", "")
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path("out.txt")))
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", scratch.path("compare.py"), periodFolder]
        python.standardOutput = out
        python.standardError = out
        try python.run()
        python.waitUntilExit()
        try out.close()
        let text = try String(contentsOfFile: scratch.path("out.txt"), encoding: .utf8)
        #expect(python.terminationStatus == 0, "\(text)")
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func report(_ out: String, _ extra: [String] = [], epoch: String?) throws {
        let run = try runPlangauge(
            ["report", "--data", "Data/sample", "--out", out] + extra, in: repository,
            environment: ["SOURCE_DATE_EPOCH": epoch])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test(.enabled(if: TemplateCLITests.hasOpenpyxl, "python3 with openpyxl is needed to read the workbook back"))
    func everySheetEqualsItsCSVFile() throws {
        let scratch = try TempDataset()
        try Self.report(scratch.path("site"), epoch: "1767225600")
        let result = try Self.compare(scratch.path("site/2026Q3"), scratch: scratch)
        #expect(result.hasPrefix("sheets "), "\(result)")  // the script checked one sheet per CSV file
        #expect(result.hasSuffix("created 2026-01-01T00:00:00"), "\(result)")
        let summary = try String(contentsOfFile: scratch.path("site/2026Q3/summary.json"), encoding: .utf8)
        #expect(summary.contains("\"data/tables.xlsx\""))
    }

    @Test(.enabled(if: TemplateCLITests.hasOpenpyxl, "python3 with openpyxl is needed to read the workbook back"))
    func aParksOwnReportHasItsTablesAndWithoutAnEpochTheDayAfterThePeriod() throws {
        let scratch = try TempDataset()
        try Self.report(
            scratch.path("site"), ["--park", "PT-DEMO", "--plan", "Data/plans/putuo-demo-park-2025.yaml"], epoch: nil)
        let result = try Self.compare(scratch.path("site/2026Q3"), scratch: scratch)
        #expect(result.hasPrefix("sheets "), "\(result)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path("site/2026Q3/data/parks")))  // its own tables only
        #expect(result.hasSuffix("created 2026-10-01T00:00:00"), "\(result)")
    }

    @Test func twoRunsWithSourceDateEpochWriteTheSameWorkbook() throws {
        let scratch = try TempDataset()
        try Self.report(scratch.path("a"), epoch: "1767225600")
        try Self.report(scratch.path("b"), epoch: "1767225600")
        let a = try Data(contentsOf: URL(fileURLWithPath: scratch.path("a/2026Q3/data/tables.xlsx")))
        let b = try Data(contentsOf: URL(fileURLWithPath: scratch.path("b/2026Q3/data/tables.xlsx")))
        #expect(a.count > 10_000)
        #expect(a == b)
    }
}
