import Foundation
import PlanGaugeModel
import Testing

@testable import PlanGaugeReport

/// `data/tables.xlsx` (issue 22, point 5): every table of a run as a sheet, numbers as numbers in
/// the page's format, a cover listing the sheets, Excel-valid unique sheet names, a fixed time.
@Suite struct TablesWorkbookTests {
    // MARK: Which CSV values are numbers

    @Test func plainNumbersAreNumbersAndCodesStayText() {
        #expect(SheetCell.number("191.424766") == 191.424766)
        #expect(SheetCell.number("0.043695") == 0.043695)
        #expect(SheetCell.number("-3") == -3)
        #expect(SheetCell.number("0") == 0)
        #expect(SheetCell.number("123456789012345") == 123_456_789_012_345)  // 15 digits: exact in a double
        #expect(SheetCell.number("0.000000000000001") == 1e-15)  // leading zeros are not significant
        for text in [
            "1234567890123456",  // 16 digits: a double could round it
            "913100000000000022",  // an 18-digit credit code
            "007", "1,689.05", "+4", "1e5", "", "-", "1.", ".5", "2026Q3", "2024-12-16", "—", "４"
        ] {
            #expect(SheetCell.number(text) == nil, "«\(text)» must stay text")
        }
    }

    // MARK: Number formats from the text a page shows

    @Test(
        arguments: [
            ("191.42", 191.424766, "0.00"),
            ("+4.4%", 0.043695, "+0.0%;-0.0%;0.0%"),
            ("-9.3%", -0.092981, "0.0%"),
            ("23.8%", 0.2378, "0.0%"),
            ("2871%", 28.708279, "0%"),
            ("5", 5, "0"),
            ("0", 0, "0"),  // not 0%: the text's own unit is tried first
            ("1,234.57", 1234.5678, "#,##0.00"),
            ("+3.26", 3.2551, "+0.00;-0.00;0.00"),
            ("23.8%", 23.8, "0.0\"%\""),  // a value already in percent keeps a literal %
            ("3.7", 0.036565, "0.0%"),  // percentage points of a fraction: Excel shows 3.7%
            ("第3位", 3, "0"),
            ("↑1", 1, "0")
        ] as [(String, Double, String)])
    func aNumberIsFormattedAsThePageShowsIt(text: String, value: Double, format: String) {
        #expect(DisplayedNumber(text)?.format(showing: value) == format)
    }

    @Test func aTextThatIsNoRoundingOfTheValueGivesGeneral() {
        #expect(DisplayedNumber("↓3")?.format(showing: -3) == nil)  // the arrow is the sign
        #expect(DisplayedNumber("19.14")?.format(showing: 191.424766) == nil)  // another unit
        #expect(DisplayedNumber("191.43")?.format(showing: 191.424766) == nil)  // not its rounding
        #expect(DisplayedNumber("—") == nil)
        let shown = DisplayedNumber("+1,234.5%")
        #expect(shown?.value == 1234.5 && shown?.decimals == 1)
        #expect(shown?.grouping == true && shown?.plusSign == true && shown?.percent == true)
        #expect(DisplayedNumber("−2")?.value == -2)  // the minus sign, as typeset
    }

    @Test func aCellWritesItsCSVValue() {
        #expect(SheetCell(.init("191.42", raw: "191.424766")).value == .number(191.424766))
        #expect(SheetCell(.init("191.42", raw: "191.424766")).numberFormat == "0.00")
        #expect(SheetCell(.init("—")).value == .text("—"))
        #expect(SheetCell(.init("—")).numberFormat == nil)
        #expect(SheetCell(.init("—", raw: "")).value == .blank)  // the CSV cell is empty
        let arrow = SheetCell(.init("↓3", raw: "-3"))
        #expect(arrow.value == .number(-3) && arrow.numberFormat == nil && arrow.shown == "-3")
    }

    @Test func aTextLongerThanACellHoldsIsCutAndTheWorkbookStillWritten() throws {
        let long = String(repeating: "甲", count: 40_000)
        #expect(SheetCell(.init(long)).value == .text(String(repeating: "甲", count: 32_766) + "…"))
        #expect(SheetCell.fitted(String(repeating: "乙", count: 32_767)).count == 32_767)  // Excel's limit: kept whole
        var workbook = Self.workbook
        var page = workbook.parts[0].page
        page.sections.append(
            Section(
                id: "long", title: long,
                content: .table(.init(id: "long", title: long, columns: [.init(long)], rows: [[.init(long)]]))))
        workbook.parts[0].page = page
        #expect(try workbook.data().count > 0)
    }

    // MARK: Sheet names

    @Test func sheetNamesAreValidForExcel() {
        var names = SheetNames()
        names.reserve("说明")
        #expect(names.name("企业名录/收入", fallback: "表1") == "企业名录-收入")
        #expect(names.name("Cells compared: Year [T+1]?", fallback: "x") == "Cells compared - Year (T+1)？")
        #expect(names.name("a:b*c\\d", fallback: "x") == "a：b＊c-d")
        #expect(names.name("'quoted'", fallback: "x") == "quoted")
        #expect(names.name("说明", fallback: "x") == "说明 (2)")  // the cover's name is taken
        #expect(names.name("history", fallback: "x") == "history (2)")  // Excel's own
        #expect(names.name("  ", fallback: "表7") == "表7")
    }

    @Test func longNamesAreCutTo31AndRepeatsNumberedWithinThem() {
        var names = SheetNames()
        let title = "园区1 " + String(repeating: "网络安全", count: 10)  // 4 + 40 characters
        let first = names.name(title, fallback: "x")
        let second = names.name(title, fallback: "x")
        #expect(first == "园区1 " + String(repeating: "网络安全", count: 6) + "网络安")  // 4 + 27 = 31
        #expect(second == "园区1 " + String(repeating: "网络安全", count: 5) + "网络安 (2)")  // 4 + 23 + 4
        #expect(first.utf16.count == 31 && second.utf16.count <= 31)
        #expect(names.name("PARKS", fallback: "x") == "PARKS")
        #expect(names.name("Parks", fallback: "x") == "Parks (2)")  // Excel ignores case
        // A character outside the BMP counts two, as in Excel.
        #expect(SheetNames.truncated(String(repeating: "𠀀", count: 20), to: 31) == String(repeating: "𠀀", count: 15))
    }

    // MARK: Creation time

    @Test func theCreationTimeIsTheGenerationTimeElseTheDayAfterThePeriod() {
        let q3 = Period.quarter(2026, 3)!
        #expect(OutputTime.created(generatedAt: "2026-01-01T00:00:00Z", dataPeriod: q3) == 1_767_225_600)
        #expect(OutputTime.created(generatedAt: "2026-01-01T08:00:00+08:00", dataPeriod: q3) == 1_767_225_600)
        #expect(OutputTime.created(generatedAt: "2026-01-01", dataPeriod: q3) == 1_767_225_600)
        #expect(OutputTime.created(generatedAt: "2026-01-01T00:00:10", dataPeriod: q3) == 1_767_225_610)
        // 2026-10-01: 273 days after 2026-01-01.
        #expect(OutputTime.created(generatedAt: nil, dataPeriod: q3) == 1_767_225_600 + 273 * 86_400)
        #expect(OutputTime.created(generatedAt: "last Tuesday", dataPeriod: q3) == 1_767_225_600 + 273 * 86_400)
    }

    // MARK: The workbook read back with openpyxl

    static let totals = ReportTable(
        id: "quarter_totals", title: "总量与增速",
        columns: [.init(""), .init("本期（亿元）"), .init("同比"), .init("占比"), .init("新纳入")],
        rows: [
            [
                .init("2026年1-9月累计"), .init("191.42", raw: "191.424766"), .init("+4.4%", raw: "0.043695"),
                .init("23.8%", raw: "0.2378"), .init("5")
            ],
            [
                .init("上海甲,乙科技有限公司"), .init("1,234.57", raw: "1234.5678"), .init("-9.3%", raw: "-0.092981"),
                .init("—"), .init("—", raw: "")
            ],
            [.init("拉动"), .init("3.7", raw: "0.036565"), .init("↓3", raw: "-3"), .init("第3位", raw: "3"), .init("0")]
        ])

    static let firms = ReportTable(
        id: "firms", title: "企业名录/收入",
        columns: [.init("统一社会信用代码"), .init("编号"), .init("营业收入（万元）"), .init("期间")],
        rows: [
            [.init("913100000000000022"), .init("007"), .init("1,689.05", raw: "1689.05"), .init("2026Q3")],
            [.init("91310000MA1FL0001X"), .init("=1+1"), .init("12"), .init("2026-09-30")]
        ])

    static var workbook: TablesWorkbook {
        var page = Page(
            language: .zh, title: "测试页",
            sections: [
                Section(id: "totals", title: "总量与增速", content: .table(totals)),
                Section(id: "kpis", title: "主要指标", content: .kpis([KPITile(label: "规模", value: "1亿元")])),
                Section(id: "firms", title: "企业", content: .table(firms))
            ])
        page.csvPrefix = "data/"
        return TablesWorkbook(
            language: .zh, title: "上海市测试行动计划", dataPeriod: Period.quarter(2026, 3)!, dataset: "sample",
            generatedAt: "2026-01-01T00:00:00Z", parts: [.init(page: page, sheetPrefix: "")])
    }

    /// Whether python3 with openpyxl is there to read a workbook back.
    static let hasOpenpyxl: Bool = {
        (try? python(["-c", "import openpyxl"]).status) == 0
    }()

    /// Runs python3 with `arguments`; its standard output (to a file: a pipe could fill up).
    static func python(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("tables-test-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: out.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? FileManager.default.removeItem(at: out) }
        let handle = try FileHandle(forWritingTo: out)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8))
    }

    /// What openpyxl reads: each sheet's cells as [data type, value, number format] (nil: empty),
    /// its frozen cell, merged ranges and column widths, and the creation time.
    struct ReadBack: Decodable {
        var sheets: [String]
        var created: String
        var title: String
        var freeze: [String: String?]
        var merged: [String: [String]]
        var widths: [String: [String: Double]]
        var rows: [String: [[[String]?]]]
    }

    static let readScript = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        out = {"sheets": wb.sheetnames, "created": wb.properties.created.isoformat(), "title": wb.properties.title,
               "freeze": {}, "merged": {}, "widths": {}, "rows": {}}
        for ws in wb.worksheets:
            out["freeze"][ws.title] = ws.freeze_panes
            out["merged"][ws.title] = sorted(str(r) for r in ws.merged_cells.ranges)
            out["widths"][ws.title] = {k: v.width for k, v in ws.column_dimensions.items()}
            out["rows"][ws.title] = [[None if c.value is None else [c.data_type, repr(c.value) if c.data_type == "n"
                                      else c.value, c.number_format] for c in row] for row in ws.iter_rows()]
        print(json.dumps(out, ensure_ascii=False))
        """

    static func readBack(_ workbook: TablesWorkbook) throws -> ReadBack {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tables-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try workbook.data().write(to: folder.appendingPathComponent("tables.xlsx"))
        try readScript.write(to: folder.appendingPathComponent("read.py"), atomically: true, encoding: .utf8)
        let run = try python([
            folder.appendingPathComponent("read.py").path, folder.appendingPathComponent("tables.xlsx").path
        ])
        try #require(run.status == 0)
        return try JSONDecoder().decode(ReadBack.self, from: Data(run.stdout.utf8))
    }

    /// A text cell as read back.
    static func s(_ text: String) -> [String] { ["s", text, "General"] }
    /// A number cell: its value as Python writes it, and its format.
    static func n(_ value: String, _ format: String = "General") -> [String] { ["n", value, format] }

    @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl is needed to read the workbook back"))
    func theSheetsHoldTheCSVValuesNumbersAsNumbers() throws {
        let book = try Self.readBack(Self.workbook)
        #expect(book.sheets == ["说明", "总量与增速", "企业名录-收入"])
        #expect(book.freeze["总量与增速"] == "A3")
        #expect(book.freeze["企业名录-收入"] == "A3")
        #expect(book.merged["总量与增速"] == ["A1:E1"])
        let totals = try #require(book.rows["总量与增速"])
        #expect(totals[0][0] == Self.s("总量与增速"))
        #expect(totals[1] == [nil, Self.s("本期（亿元）"), Self.s("同比"), Self.s("占比"), Self.s("新纳入")])
        #expect(
            totals[2] == [
                Self.s("2026年1-9月累计"), Self.n("191.424766", "0.00"), Self.n("0.043695", "+0.0%;-0.0%;0.0%"),
                Self.n("0.2378", "0.0%"), Self.n("5", "0")
            ])
        #expect(
            totals[3] == [
                Self.s("上海甲,乙科技有限公司"), Self.n("1234.5678", "#,##0.00"), Self.n("-0.092981", "0.0%"), Self.s("—"), nil
            ])
        #expect(
            totals[4] == [Self.s("拉动"), Self.n("0.036565", "0.0%"), Self.n("-3"), Self.n("3", "0"), Self.n("0", "0")])
        #expect(totals.count == 5)
        let firms = try #require(book.rows["企业名录-收入"])
        #expect(firms[0][0] == Self.s("企业名录/收入"))
        #expect(
            firms[2] == [Self.s("913100000000000022"), Self.s("007"), Self.n("1689.05", "#,##0.00"), Self.s("2026Q3")])
        // `=1+1` is text, never a formula.
        #expect(firms[3] == [Self.s("91310000MA1FL0001X"), Self.s("=1+1"), Self.n("12", "0"), Self.s("2026-09-30")])
        // Widths: the widest value + 2, a CJK character counting two (上海甲,乙科技有限公司: 10 × 2 + 1 = 21 → 23;
        // 统一社会信用代码: 16, its 18-digit codes: 18 → 20); libxlsxwriter stores n + 5/7 rounded down to 1/256.
        #expect(book.widths["总量与增速"]?["A"] == 23.7109375)
        #expect(book.widths["企业名录-收入"]?["A"] == 20.7109375)
        #expect(book.created == "2026-01-01T00:00:00")
        #expect(book.title == "上海市测试行动计划")
    }

    @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl is needed to read the workbook back"))
    func theCoverSaysWhatAndListsTheSheets() throws {
        let book = try Self.readBack(Self.workbook)
        let cover = try #require(book.rows["说明"])
        let lines = cover.map { row in row.map { $0?[1] } }
        let note = "每个工作表是报告中的一张表，行列与 data/ 下同名 CSV 文件相同；数值保存为数字，单位见列标题。"
        #expect(
            lines == [
                ["上海市测试行动计划", nil, nil, nil],
                ["数据期", "2026年三季度", nil, nil],
                ["数据集", "sample", nil, nil],
                ["生成时间", "2026-01-01T00:00:00Z", nil, nil],
                [nil, nil, nil, nil],
                ["内容", note, nil, nil],
                ["工作表", "页面", "表", "数据文件"],
                ["总量与增速", "测试页", "总量与增速", "data/quarter_totals.csv"],
                ["企业名录-收入", "测试页", "企业名录/收入", "data/firms.csv"]
            ])
        #expect(book.freeze["说明"] == "A8")
        #expect(book.merged["说明"] == ["A1:D1"])
    }

    @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl is needed to read the workbook back"))
    func withoutAGenerationTimeTheCoverSaysNoneAndTheFileIsStampedAfterThePeriod() throws {
        var workbook = Self.workbook
        workbook.generatedAt = nil
        workbook.language = .en
        let book = try Self.readBack(workbook)
        #expect(book.sheets.first == "About")
        let cover = try #require(book.rows["About"])
        #expect(cover[1].first??[1] == "Data period" && cover[1][1]?[1] == "2026Q3")
        #expect(!cover.contains { $0.first??[1] == "Generated" })
        #expect(book.created == "2026-10-01T00:00:00")
    }

    @Test func twoWritesGiveTheSameBytes() throws {
        #expect(try Self.workbook.data() == Self.workbook.data())
    }

    @Test func parkPagesAreNumberedAfterTheMainPageThenThePolicyPage() {
        func page(_ title: String, _ table: String) -> Page {
            Page(
                language: .zh, title: title,
                sections: [
                    Section(id: "t", title: table, content: .table(.init(id: "t", title: table, columns: [], rows: [])))
                ])
        }
        var workbook = Self.workbook
        workbook.parts = [
            .init(page: page("城市", "走势"), sheetPrefix: ""), .init(page: page("甲园区", "走势"), sheetPrefix: "园区1 "),
            .init(page: page("乙园区", "走势"), sheetPrefix: "园区2 "), .init(page: page("政策", "走势"), sheetPrefix: "")
        ]
        #expect(workbook.sheets.map(\.name) == ["走势", "园区1 走势", "园区2 走势", "走势 (2)"])
        #expect(workbook.sheets.map(\.page.title) == ["城市", "甲园区", "乙园区", "政策"])
    }

    // MARK: In a run

    @Test func aRunWritesTheWorkbookAndListsItInSummaryJSON() throws {
        let files = try Sample.files()
        let xlsx = try #require(files["data/tables.xlsx"])
        #expect(xlsx.starts(with: [0x50, 0x4B, 0x03, 0x04]))  // a ZIP file
        let summary = try #require(files["summary.json"])
        let listed = try #require(
            (try JSONSerialization.jsonObject(with: summary) as? [String: Any])?["files"] as? [String])
        #expect(listed.contains("data/tables.xlsx"))
    }
}
