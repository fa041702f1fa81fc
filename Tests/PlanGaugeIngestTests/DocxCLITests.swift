import Foundation
import Testing
import ZIPFoundation

/// `report --docx` through the built binary: report.docx beside the pages, its content (title,
/// numbered headings, a figure of the sample's page, A4), the same bytes from the same inputs, the
/// time it carries, listed in summary.json; without pandoc the pages still, and exit 73.
@Suite(
    .enabled(
        if: plangaugeExecutable != nil,
        "the plangauge executable was not found next to the test bundle or the test runner; build it with `swift build --build-tests`"
    ))
struct DocxCLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    /// Whether pandoc is on PATH: the runs that make a .docx need it. Not under the sanitizers
    /// (`make sanitize-*`): the time goes to pandoc, whose memory is not ours to check.
    static let hasPandoc =
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: $0 + "/pandoc")
        } && ProcessInfo.processInfo.environment["PLANGAUGE_SANITIZING"] == nil

    /// `report --data Data/sample --docx` into `out` (plus `extra`), no SOURCE_DATE_EPOCH from the caller.
    static func report(_ out: String, _ extra: [String] = [], path: String? = nil) throws -> CLIRun {
        var environment: [String: String?] = ["SOURCE_DATE_EPOCH": nil]
        if let path { environment["PATH"] = path }
        return try runPlangauge(
            ["report", "--data", "Data/sample", "--docx", "--out", out] + extra, in: repository,
            environment: environment)
    }

    /// One part of a .docx (a zip) as text.
    static func part(_ path: String, _ name: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let entry = try #require(archive[name], "\(path) has no \(name)")
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: hasPandoc, "pandoc is not on PATH (sudo apt-get install pandoc)"))
    func theCityReportAsAWordDocument() throws {
        let scratch = try TempDataset()
        let run = try Self.report(scratch.path("site"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("summary.json, report.docx)"))
        let docx = scratch.path("site/2026Q3/report.docx")
        let xml = try Self.part(docx, "word/document.xml")
        // The plan's title in the Title style, the meta line with its document number under it.
        #expect(
            xml.contains(
                "<w:pStyle w:val=\"Title\" /></w:pPr><w:r><w:t xml:space=\"preserve\">上海市建设网络安全产业创新高地行动计划（2021-2023年）</w:t>"
            ))
        #expect(
            xml.contains("<w:pStyle w:val=\"Meta\" /></w:pPr><w:r><w:t xml:space=\"preserve\">文号：沪经信软〔2021〕1155号</w:t>")
        )
        // Headings numbered 一、二、 in the Heading 1 style.
        #expect(xml.contains("<w:pStyle w:val=\"Heading1\" /></w:pPr><w:r><w:t xml:space=\"preserve\">一、综述</w:t>"))
        #expect(xml.contains("<w:pStyle w:val=\"Heading1\" /></w:pPr><w:r><w:t xml:space=\"preserve\">二、"))
        // Reports/2026Q3/index.md, 总量与增速: 2026年1-9月累计 本期 191.42 (亿元), 上年同期 183.41, in table cells
        // under a numbered caption; the unit is in the column heading.
        #expect(xml.contains("<w:t xml:space=\"preserve\">191.42</w:t>"))
        #expect(xml.contains("<w:t xml:space=\"preserve\">183.41</w:t>"))
        #expect(xml.contains("<w:t xml:space=\"preserve\">本期（亿元）</w:t>"))
        #expect(
            xml.range(
                of: "<w:pStyle w:val=\"TableCaption\" /></w:pPr><w:r><w:t xml:space=\"preserve\">表[0-9]+　总量与增速</w:t>",
                options: .regularExpression) != nil)
        // A4 portrait (11906 × 16838 twips) with the 公文 margins, and the page number in the footer.
        #expect(xml.contains("<w:pgSz w:h=\"16838\" w:w=\"11906\" />"))
        #expect(xml.contains("w:bottom=\"1984\"") && xml.contains("w:left=\"1587\"") && xml.contains("w:top=\"2098\""))
        #expect(try Self.part(docx, "word/footer1.xml").contains(" PAGE "))
        // summary.json lists it among the run's files.
        let summary = try String(contentsOfFile: scratch.path("site/2026Q3/summary.json"), encoding: .utf8)
        #expect(summary.contains("\"report.docx\""))
    }

    @Test(.enabled(if: hasPandoc, "pandoc is not on PATH (sudo apt-get install pandoc)"))
    func theSameInputsGiveTheSameBytesStampedWithTheGenerationTime() throws {
        let scratch = try TempDataset()
        for site in ["a", "b"] { #expect(try Self.report(scratch.path(site)).status == 0) }
        let a = try Data(contentsOf: URL(fileURLWithPath: scratch.path("a/2026Q3/report.docx")))
        let b = try Data(contentsOf: URL(fileURLWithPath: scratch.path("b/2026Q3/report.docx")))
        #expect(a == b)
        // No time given: midnight after the data period, 2026-10-01T00:00:00Z; the clock never.
        let core = try Self.part(scratch.path("a/2026Q3/report.docx"), "docProps/core.xml")
        #expect(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-10-01T00:00:00Z</dcterms:created>"))
        // --generated-at 2026-10-20T08:00:00+08:00 is 2026-10-20T00:00:00Z.
        #expect(try Self.report(scratch.path("c"), ["--generated-at", "2026-10-20T08:00:00+08:00"]).status == 0)
        let stamped = try Self.part(scratch.path("c/2026Q3/report.docx"), "docProps/core.xml")
        #expect(
            stamped.contains("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-10-20T00:00:00Z</dcterms:modified>"))
    }

    @Test(.enabled(if: hasPandoc, "pandoc is not on PATH (sudo apt-get install pandoc)"))
    func aParksOwnReportAsAWordDocument() throws {
        let scratch = try TempDataset()
        let run = try Self.report(scratch.path("site"), ["--park", "PT-DEMO"])
        #expect(run.status == 0, "\(run.stderr)")
        let xml = try Self.part(scratch.path("site/2026Q3/report.docx"), "word/document.xml")
        #expect(xml.contains("<w:t xml:space=\"preserve\">上海市网络安全产业示范园</w:t>"))
        #expect(xml.contains("<w:t xml:space=\"preserve\">一、"))
        #expect(!xml.contains("全市"), "no city phrases on a park's own report")
    }

    @Test func withoutPandocThePagesAreWrittenAndTheRunExits73() throws {
        let scratch = try TempDataset()
        let run = try Self.report(scratch.path("site"), path: "/nonexistent")
        #expect(run.status == 73)
        #expect(
            run.stderr.contains(
                "plangauge: report.docx not written (everything else was): --docx needs pandoc, and there is no pandoc on PATH (/nonexistent); install it (Debian/Ubuntu: `sudo apt-get install pandoc`"
            ), "\(run.stderr)")
        let folder = scratch.path("site/2026Q3")
        #expect(FileManager.default.fileExists(atPath: folder + "/index.html"))
        #expect(FileManager.default.fileExists(atPath: folder + "/index.md"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/report.docx"))
        let summary = try String(contentsOfFile: folder + "/summary.json", encoding: .utf8)
        #expect(!summary.contains("report.docx"), "summary.json lists only what was written")
    }
}
