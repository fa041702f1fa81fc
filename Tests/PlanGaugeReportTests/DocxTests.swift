import Foundation
import PlanGaugeModel
import Testing

@testable import PlanGaugeReport

/// `report --docx`: the page as pandoc Markdown (numbered headings, captioned tables, meta lines,
/// notes), the column widths, the time stamp, and the reference document pandoc styles it with —
/// committed, embedded, A4 with 公文 margins. End to end through the binary: DocxCLITests.
@Suite struct DocxTests {
    static let docxFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/PlanGaugeReport/Docx")

    /// A city page by hand: two meta lines, a paragraph section, a tile, and a table with a note.
    static var page: Page {
        let totals = ReportTable(
            id: "quarter_totals", title: "总量与增速",
            columns: [.init(""), .init("本期（亿元）", numeric: true)],
            rows: [[.init("2026年1-9月累计"), .init("191.42")], [.init("2026年三季度当季"), .init("76.79")]])
        return Page(
            language: .zh, title: "上海市建设网络安全产业创新高地行动计划（2021-2023年）",
            meta: ["文号：沪经信软〔2021〕1155号", "数据截至：2026年三季度（sample）"],
            sections: [
                Section(id: "narrative", title: "综述", content: .paragraphs(["第一段。", "第二段。"])),
                Section(
                    id: "kpis", title: "主要指标",
                    content: .kpis([KPITile(label: "网络安全产业规模", value: "237.00亿元", status: "有进展", score: "得分 2.25")])),
                Section(id: "quarter-totals", title: "总量与增速", note: "2026年1-9月累计。", content: .table(totals))
            ],
            links: [Link(title: "全部期次", href: "../index.html")], csvPrefix: "data/")
    }

    // MARK: - The Markdown

    @Test func titleAndMetaLinesOpenTheDocument() {
        let m = DocxMarkdownRenderer.render(Self.page, footer: "由 PlanGauge 生成")
        // The title as metadata (pandoc's Title style), its hyphen escaped; the meta lines centred under it.
        #expect(m.hasPrefix("---\ntitle: '上海市建设网络安全产业创新高地行动计划（2021\\-2023年）'\n---\n\n"))
        #expect(m.contains("::: {custom-style=\"Meta\"}\n文号：沪经信软〔2021〕1155号\n\n数据截至：2026年三季度（sample）\n:::\n"))
        // No links: the document travels alone.
        #expect(!m.contains("index.html"))
        #expect(!m.contains("data/quarter"))
        #expect(m.hasSuffix("::: {custom-style=\"Note\"}\n由 PlanGauge 生成\n:::\n\n"))
    }

    @Test func sectionsAreNumberedInChineseWithTheirBookmarks() {
        let m = DocxMarkdownRenderer.render(Self.page, footer: "")
        #expect(m.contains("# 一、综述 {#narrative .unnumbered}\n\n第一段。\n\n第二段。\n\n"))
        #expect(m.contains("# 二、主要指标 {#kpis .unnumbered}"))
        #expect(m.contains("# 三、总量与增速 {#quarter-totals .unnumbered}"))
    }

    @Test func tablesAreNumberedWithCaptionsAndNotesUnderThem() {
        let m = DocxMarkdownRenderer.render(Self.page, footer: "")
        // The tile is table 1, captioned by its section; the page's table is table 2, by its own title.
        #expect(m.contains("| 网络安全产业规模 | 237\\.00亿元 |  | 有进展 · 得分 2\\.25 |\n"))
        #expect(m.contains("\n: 表1　主要指标\n"))
        #expect(m.contains("|  | 本期（亿元） |\n"))
        #expect(m.contains("| 2026年1\\-9月累计 | 191\\.42 |\n| 2026年三季度当季 | 76\\.79 |\n\n: 表2　总量与增速\n"))
        #expect(m.contains(": 表2　总量与增速\n\n::: {custom-style=\"Note\"}\n注：2026年1\\-9月累计。\n:::\n"))
        // The numeric column is right-aligned, the text one left-aligned.
        let separator = m.split(separator: "\n").first { $0.hasPrefix("|:-") && $0.hasSuffix("-:|") }
        #expect(separator != nil)
    }

    @Test func aLongTableIsCutAsOnThePageAndSaysWhereTheRestIs() {
        // 51 rows, 50 on the page (CityPageBuilder.pageRows): row 50 shown, row 51 not, and a note.
        let rows = (1...51).map { [ReportTable.Cell("企业\($0)号")] }
        let firms = ReportTable(id: "firms", title: "名录", columns: [.init("企业")], rows: rows)
        var page = Page(language: .zh, title: "园区", csvPrefix: "data/")
        page.sections = [Section(id: "firms", title: "名录内企业", content: .table(firms))]
        let m = DocxMarkdownRenderer.render(page, footer: "")
        #expect(m.contains("| 企业50号 |\n"))
        #expect(!m.contains("企业51号"))
        #expect(m.contains("注：表中列前 50 行（共 51 行），完整数据见 data\\/firms\\.csv。"))
        // A section with its own note (the page's words on the cut) gets no second one.
        page.sections[0].note = "页面列前 50 家。"
        let noted = DocxMarkdownRenderer.render(page, footer: "")
        #expect(noted.contains("注：页面列前 50 家。"))
        #expect(!noted.contains("表中列前"))
    }

    @Test func englishPagesNumberHeadingsAndTablesInEnglish() {
        var page = Self.page
        page.language = .en
        let m = DocxMarkdownRenderer.render(page, footer: "")
        #expect(m.contains("# 1\\. 综述 {#narrative .unnumbered}"))
        #expect(m.contains("\n: Table 2\\. 总量与增速\n"))
        #expect(m.contains("Note\\: 2026年1\\-9月累计。"))
    }

    @Test func aChartCaptionAddsItsUnitOnlyWhenNothingSaysIt() {
        let text = DocxText(l: L10n(lang: .zh))
        let bare = ReportTable(id: "t", title: "", columns: [.init("期间"), .init("规模", numeric: true)], rows: [])
        let labelled = ReportTable(id: "t", title: "", columns: [.init("期间"), .init("规模（亿元）")], rows: [])
        #expect(DocxMarkdownRenderer.chartCaption("产业规模走势", unit: "亿元", bare, text) == "产业规模走势（单位：亿元）")
        #expect(DocxMarkdownRenderer.chartCaption("产业规模走势", unit: "亿元", labelled, text) == "产业规模走势")
        #expect(DocxMarkdownRenderer.chartCaption("走势（亿元）", unit: "亿元", bare, text) == "走势（亿元）")
    }

    @Test func headingIDsAreUniqueAndPlain() {
        let sections = ["quarter-totals", "quarter-totals", "2024", "分区", ""].map {
            Section(id: $0, title: "t", content: .paragraphs([]))
        }
        #expect(
            DocxMarkdownRenderer.headingIDs(sections) == [
                "quarter-totals", "quarter-totals-2", "section-3-2024", "section-4", "section-5"
            ])
    }

    @Test func chineseNumerals() {
        let n = DocxText.chineseNumeral
        #expect([1, 2, 9, 10, 11, 19, 20, 21, 99].map(n) == ["一", "二", "九", "十", "十一", "十九", "二十", "二十一", "九十九"])
        #expect(n(0) == "0")
        #expect(n(100) == "100")
    }

    @Test func dataStaysLiteral() {
        // Every ASCII mark escaped: no emphasis, link, heading, list, table cell or quote from a name.
        #expect(
            PandocMarkdown.text("*a* [b](c) # 1. x|y \"q\" $5")
                == "\\*a\\* \\[b\\]\\(c\\) \\# 1\\. x\\|y \\\"q\\\" \\$5")
        #expect(PandocMarkdown.text(" 甲\n乙\r\n丙 ") == "甲 乙 丙")
        #expect(PandocMarkdown.text("〔2021〕1155号（示范园）") == "〔2021〕1155号（示范园）")
    }

    // MARK: - Column widths

    @Test func columnWidthsFollowTheCells() {
        // 名称: widest 甲乙丙丁 = 8 half-width + 2 = 10; 值: 1.00 = 4 (its heading 2) + 2 = 6; 16 fits in 84:
        // 120 dashes as 10 : 6 → 75, 45.
        let columns: [ReportTable.Column] = [.init("名称"), .init("值", numeric: true)]
        #expect(PandocMarkdown.dashes(columns, [["甲乙丙丁", "1.00"]]) == [75, 45])
    }

    @Test func tooWideTextColumnsWrapAndNumbersDoNot() {
        // 说明: 60 wide characters = 120 half-width, wanted 40 + 2 = 42, least 14 + 2 = 16; 数值 "2310.00亿元"
        // = 7 + 4 = 11 + 2 = 13; 指标: 10 wide = 20 + 2 = 22, least 16. Wanted 77 fits in 84: as wanted.
        let columns: [ReportTable.Column] = [.init("指标"), .init("数值", numeric: true), .init("说明")]
        let long = String(repeating: "长", count: 60)
        let rows = [["带动相关产业规模指标", "2310.00亿元", long]]
        // 22 : 13 : 42 of 120 → 34.3, 20.3, 65.5 → 34, 20, 65.
        #expect(PandocMarkdown.dashes(columns, rows) == [34, 20, 65])
        // Two such 说明 columns: wanted 119 > 84, least 16 + 13 + 16 + 16 = 61 fits; the 23 left go to
        // the text columns by what each wants more (6, 26, 26 of 58): 指标 16 + 2.38 = 18.38, 说明 and 备注
        // 16 + 10.31 = 26.31 each; 数值 13. Of 120 dashes (× 120 / 84): 26.3, 18.6, 37.6, 37.6 → 26, 19, 38, 38.
        let four = columns + [.init("备注")]
        #expect(PandocMarkdown.dashes(four, [rows[0] + [long]]) == [26, 19, 38, 38])
    }

    @Test func cappingCutsTheWidestToOneLevel() {
        // 10 stays; 50 and 60 share the 70 left: 35 each.
        #expect(PandocMarkdown.capped([10, 50, 60], to: 80) == [10, 35, 35])
        #expect(PandocMarkdown.capped([10, 20], to: 80) == [10, 20])
    }

    // MARK: - Time stamp

    @Test func theTimeStampIsTheGenerationTimeElseTheDayAfterThePeriod() {
        let q3 = Period.quarter(2026, 3)!
        // 2026-10-20T00:00:00Z = 1 792 454 400 s; 08:00 at +08:00 is the same instant.
        #expect(WordReport.sourceDateEpoch(generatedAt: "2026-10-20T08:00:00+08:00", dataPeriod: q3) == 1_792_454_400)
        #expect(WordReport.sourceDateEpoch(generatedAt: "2026-10-20", dataPeriod: q3) == 1_792_454_400)
        // None given, or not a time: 2026-10-01T00:00:00Z, the day after 30 September = 1 790 812 800 s.
        #expect(WordReport.sourceDateEpoch(generatedAt: nil, dataPeriod: q3) == 1_790_812_800)
        #expect(WordReport.sourceDateEpoch(generatedAt: "release 3", dataPeriod: q3) == 1_790_812_800)
        // A zip holds no time before 1980-01-01 (315 532 800 s).
        #expect(WordReport.sourceDateEpoch(generatedAt: nil, dataPeriod: .quarter(1975, 1)!) == 315_532_800)
    }

    // MARK: - The reference document

    @Test func theEmbeddedReferenceIsTheCommittedFile() throws {
        let committed = try Data(contentsOf: Self.docxFolder.appendingPathComponent("reference.docx"))
        let embedded = try #require(ReferenceDocx.data, "ReferenceDocx.swift does not decode")
        #expect(embedded == committed, "run Sources/PlanGaugeReport/Docx/make-reference-docx.py and commit both files")
    }

    @Test func theReferenceIsA4WithGongwenMarginsFontsAndPageNumbers() throws {
        // Stored uncompressed, so its XML can be read in the bytes.
        let xml = String(decoding: try #require(ReferenceDocx.data), as: UTF8.self)
        // A4 210 × 297 mm in twips (1 mm = 1440 / 25.4): 11906 × 16838; margins 37, 26, 35, 28 mm.
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(xml.contains("w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\""))
        #expect(xml.contains("<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>"))
        #expect(xml.contains("<w:t xml:space=\"preserve\">— </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/>"))
        #expect(xml.contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"))
        // Title in 小标宋 22 pt, body in 仿宋 16 pt, tables 10.5 pt.
        #expect(xml.contains("w:eastAsia=\"FZXiaoBiaoSong-B05S\""))
        #expect(
            xml.contains("w:eastAsia=\"FangSong\" w:cs=\"Times New Roman\" w:hint=\"eastAsia\"/><w:sz w:val=\"32\"/>"))
        #expect(xml.contains("w:styleId=\"Compact\""))
        #expect(xml.contains("<w:sz w:val=\"21\"/>"))
        #expect(xml.contains("<w:altName w:val=\"仿宋\"/>"))
    }

    /// The committed reference is what its script makes (with the pandoc it was made with: another
    /// version's default reference document differs).
    @Test(.enabled(if: pandocVersion?.hasPrefix("pandoc 2.17") == true, "needs pandoc 2.17 and python3"))
    func theScriptMakesTheCommittedReference() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("plangauge-docx-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Self.docxFolder.appendingPathComponent("make-reference-docx.py").path, "--out", out.path
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        for name in ["reference.docx", "ReferenceDocx.swift"] {
            let made = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(made == (try Data(contentsOf: Self.docxFolder.appendingPathComponent(name))), "\(name) differs")
        }
    }

    // MARK: - pandoc

    @Test func pandocIsFoundOnPathOrNamedAsMissing() throws {
        #expect(Pandoc.find(path: "/nonexistent:") == nil)
        #expect(throws: DocxError.pandocMissing(searched: "/nonexistent")) {
            try Pandoc.located(environment: ["PATH": "/nonexistent"])
        }
        let error = DocxError.pandocMissing(searched: "/nonexistent")
        #expect(error.exitStatus == .cannotCreate)
        #expect(error.description.contains("sudo apt-get install pandoc"))
        #expect(error.description.contains("report.docx not written"))
    }

    @Test(.enabled(if: pandocVersion != nil, "pandoc is not on PATH (sudo apt-get install pandoc)"))
    func theSameInputGivesTheSameBytesAndTheTimeChangesThem() throws {
        let word = try WordReport.located()
        let q3 = Period.quarter(2026, 3)!
        let a = try word.document(Self.page, footer: "f", generatedAt: nil, dataPeriod: q3)
        let b = try word.document(Self.page, footer: "f", generatedAt: nil, dataPeriod: q3)
        let later = try word.document(Self.page, footer: "f", generatedAt: "2027-01-01", dataPeriod: q3)
        #expect(a.prefix(2) == Data("PK".utf8))
        #expect(a == b)
        #expect(a != later)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/false")))
    func aPandocThatFailsIsReportedWithItsStatus() throws {
        // /bin/false exits 1 whatever it is given.
        let pandoc = Pandoc(executable: "/bin/false")
        #expect(throws: DocxError.pandocFailed(pandoc: "/bin/false", status: 1, message: "")) {
            try pandoc.docx(markdown: "x", reference: Data(), sourceDateEpoch: 315_532_800)
        }
    }
}

/// `pandoc --version`'s first line; nil when there is no pandoc on PATH.
let pandocVersion: String? = {
    guard let pandoc = Pandoc.find(path: ProcessInfo.processInfo.environment["PATH"]) else { return nil }
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("plangauge-pandoc-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    guard FileManager.default.createFile(atPath: out.path, contents: nil),
        let handle = try? FileHandle(forWritingTo: out)
    else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: pandoc.executable)
    process.arguments = ["--version"]
    process.standardOutput = handle
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    try? handle.close()
    let text = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
    return text.split(separator: "\n").first.map(String.init)
}()
