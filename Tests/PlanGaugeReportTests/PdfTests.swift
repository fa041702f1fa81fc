import Foundation
import PlanGaugeModel
import Testing

@testable import PlanGaugeReport

/// `report --pdf`: how Chromium is found and called, the print copy of a page (running header,
/// links made text), where each PDF goes, and what a failed, silent or hung Chromium gives — with
/// small shell scripts standing in for Chromium. End to end with the real one: PdfCLITests.
@Suite struct PdfTests {
    /// A temporary folder, removed when released.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "plangauge-pdftests-\(UUID().uuidString)")
        init() throws { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        var path: String { url.path }

        /// A shell script at `name` (made executable, or not), `body` its commands.
        @discardableResult
        func script(_ name: String, _ body: String, executable: Bool = true) throws -> String {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(("#!/bin/sh\n" + body + "\n").utf8).write(to: file)
            try FileManager.default.setAttributes(
                [.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: file.path)
            return file.path
        }
    }

    /// A stand-in Chromium's lines that find the `--print-to-pdf=` argument's path in `$out`.
    static let outputArgument =
        "for a in \"$@\"; do case \"$a\" in --print-to-pdf=*) out=\"${a#--print-to-pdf=}\";; esac; done"

    static func page(_ n: Int) -> PdfReport.PrintPage {
        .init(
            html: "<html><head><title>p\(n)</title></head><body>p\(n)</body></html>", htmlPath: "parks/p\(n).html",
            pdfPath: "parks/p\(n).pdf", header: "Plan · p\(n)")
    }

    // MARK: - Finding and calling Chromium

    @Test func theArgumentsPrintHeadlessToTheGivenFileWithAThrowAwayProfile() {
        let args = Chromium.arguments(
            page: URL(fileURLWithPath: "/tmp/x/page-0.html"), output: URL(fileURLWithPath: "/tmp/x/page-0.pdf"),
            profile: URL(fileURLWithPath: "/tmp/x/profile-0"))
        #expect(
            args == [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--no-first-run",
                "--user-data-dir=/tmp/x/profile-0", "--print-to-pdf=/tmp/x/page-0.pdf", "file:///tmp/x/page-0.html"
            ])
    }

    @Test func theHeadlessShellIsPreferredAndOnlyExecutableFilesCount() throws {
        let folder = try Folder()
        let full = try folder.script("a/chromium", "exit 0")
        let shell = try folder.script("b/chromium-headless-shell", "exit 0")
        try folder.script("c/chromium-headless-shell", "exit 0", executable: false)
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent("d/chromium-headless-shell"), withIntermediateDirectories: true)
        let a = folder.path + "/a", b = folder.path + "/b", c = folder.path + "/c", d = folder.path + "/d"
        // The headless shell in b wins over the browser in a, though a comes first.
        #expect(Chromium.find(path: "\(c):\(d):\(a):\(b)")?.executable == shell)
        // Without it, the browser; a file that is not executable and a folder are passed over.
        #expect(Chromium.find(path: "\(c):\(d):\(a)")?.executable == full)
        #expect(Chromium.find(path: "\(c):\(d)") == nil)
        #expect(Chromium.find(path: nil) == nil)
    }

    @Test func withoutChromiumTheMessageNamesThePackagesToInstall() {
        #expect(throws: PdfError.chromiumMissing(searched: "/nonexistent")) {
            try PdfReport.located(environment: ["PATH": "/nonexistent"])
        }
        let error = PdfError.chromiumMissing(searched: "/nonexistent")
        #expect(error.exitStatus == .cannotCreate)
        #expect(
            error.description
                == "report.pdf and the other PDFs not written (everything else was): --pdf needs headless Chromium, "
                + "and there is no chromium-headless-shell or chromium on PATH (/nonexistent); install it "
                + "(Debian/Ubuntu: `sudo apt-get install chromium-headless-shell fonts-noto-cjk`, the fonts for the "
                + "Chinese text) and run again")
        #expect(PdfError.chromiumMissing(searched: "").description.contains("on PATH (empty)"))
    }

    // MARK: - The pages printed

    @Test func theMainPageIsReportPdfAndEveryOtherPageItsOwnBesideIt() {
        #expect(PdfReport.pdfPath(ofPage: "index.html") == "report.pdf")
        #expect(PdfReport.pdfPath(ofPage: "policy.html") == "policy.pdf")
        #expect(PdfReport.pdfPath(ofPage: "parks/pd-tz.html") == "parks/pd-tz.pdf")
    }

    @Test func theRunningHeaderSaysPlanPageAndPeriod() {
        let q3 = Period.quarter(2026, 3)!
        let zh = PdfText(l: L10n(lang: .zh))
        #expect(
            zh.runningHeader(plan: "上海市行动计划", page: "上海市网络安全产业示范园", dataPeriod: q3)
                == "上海市行动计划 · 上海市网络安全产业示范园 · 数据截至 2026年三季度")
        // The city page's title is the plan's: said once.
        #expect(zh.runningHeader(plan: "上海市行动计划", page: "上海市行动计划", dataPeriod: q3) == "上海市行动计划 · 数据截至 2026年三季度")
        let en = PdfText(l: L10n(lang: .en))
        #expect(
            en.runningHeader(plan: "Action Plan", page: "Demo Park", dataPeriod: q3)
                == "Action Plan · Demo Park · data as of 2026Q3")
    }

    @Test func theHeaderRuleQuotesAnyTextSafely() {
        #expect(Stylesheet.runningHeader("计划 · 2026") == "@page { @top-center { content: \"计划 · 2026\"; } }")
        // " and \ escaped; < > & and line ends as hex escapes, so nothing closes the rule or the <style>.
        #expect(
            Stylesheet.runningHeader("a\"b\\c</style>\nd&")
                == "@page { @top-center { content: \"a\\\"b\\\\c\\3c /style\\3e \\a d\\26 \"; } }")
    }

    @Test func thePrintCopyCarriesTheHeaderAndNoLinks() {
        let html =
            "<html><head><title>t</title>\n<style>\nbody{}\n</style>\n</head><body><p>see href=&quot;x&quot;</p>"
            + "<a href=\"data/a.csv\">data/a.csv</a></body></html>"
        #expect(
            PdfReport.printCopy(html, header: "计划 · 2026")
                == "<html><head><title>t</title>\n<style>\nbody{}\n</style>\n<style>\n"
                + "@page { @top-center { content: \"计划 · 2026\"; } }\n</style>\n</head><body><p>see href=&quot;x&quot;</p>"
                + "<a data-href=\"data/a.csv\">data/a.csv</a></body></html>")
    }

    @Test func thePrintRulesRepeatTableHeadsKeepRowsWholeAndNumberThePages() throws {
        let css = Stylesheet.css
        let print = try #require(css.range(of: "@media print {")).upperBound
        let rules = String(css[print...])
        #expect(rules.contains("thead { display: table-header-group; }"))
        #expect(css.contains("tr { break-inside: avoid; page-break-inside: avoid; }"))
        #expect(css.contains("figure { margin: 8px 0 16px; break-inside: avoid;"))
        #expect(rules.contains("@bottom-center { content: counter(page) \" / \" counter(pages);"))
        #expect(rules.contains("@page { size: A4 portrait;"))
    }

    // MARK: - Chromium's outcomes (a script in its place)

    @Test func eachPagesPDFComesBackUnderItsPath() throws {
        let folder = try Folder()
        // Writes a PDF that names the page it was given (the last argument).
        let fake = try folder.script(
            "chromium",
            Self.outputArgument
                + "\nfor a in \"$@\"; do last=\"$a\"; done\nprintf '%%PDF-1.4 %s' \"${last##*/}\" > \"$out\"")
        let pdfs = try PdfReport(chromium: Chromium(executable: fake)).documents((0..<5).map(Self.page))
        #expect(pdfs.keys.sorted() == ["parks/p0.pdf", "parks/p1.pdf", "parks/p2.pdf", "parks/p3.pdf", "parks/p4.pdf"])
        #expect(pdfs["parks/p3.pdf"].map { String(decoding: $0, as: UTF8.self) } == "%PDF-1.4 page-3.html")
    }

    @Test func aFailingChromiumIsReportedWithItsStatusAndItsErrorLines() throws {
        let folder = try Folder()
        let fake = try folder.script(
            "chromium",
            "echo '[1:2:ERROR:dbus/bus.cc:405] Failed to connect to the bus' >&2\necho 'Cannot open display' >&2\nexit 3"
        )
        #expect(
            throws: PdfError.chromiumFailed(
                chromium: fake, page: "parks/p0.html", status: 3, message: "Cannot open display")
        ) {
            try PdfReport(chromium: Chromium(executable: fake)).documents([Self.page(0)])
        }
    }

    @Test func aChromiumThatWritesNoPDFIsAFailure() throws {
        let folder = try Folder()
        let fake = try folder.script("chromium", Self.outputArgument + "\nprintf 'not a pdf' > \"$out\"")
        #expect(throws: PdfError.noPDF(chromium: fake, page: "parks/p0.html", message: "")) {
            try PdfReport(chromium: Chromium(executable: fake)).documents([Self.page(0)])
        }
    }

    @Test func aHungChromiumIsStoppedAtTheTimeout() throws {
        let folder = try Folder()
        let fake = try folder.script("chromium", "exec sleep 60")
        let started = Date()
        #expect(throws: PdfError.timedOut(chromium: fake, page: "parks/p0.html", seconds: 1)) {
            try PdfReport(chromium: Chromium(executable: fake, timeout: 1)).documents([Self.page(0)])
        }
        #expect(Date().timeIntervalSince(started) < 30, "stopped, not waited for")
        let error = PdfError.timedOut(chromium: "/usr/bin/chromium", page: "index.html", seconds: 120)
        #expect(
            error.description
                == "report.pdf and the other PDFs not written (everything else was): /usr/bin/chromium took more than "
                + "120 s printing index.html and was stopped")
    }

    // MARK: - A long table printed by the real Chromium

    /// The first of `names` on PATH.
    static func onPath(_ names: String...) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for name in names {
            for folder in path.split(separator: ":")
            where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Page `n`'s text, by poppler's pdftotext; nil past the last page.
    static func pageText(_ pdf: URL, _ n: Int) throws -> String? {
        let out = pdf.deletingPathExtension().appendingPathExtension("\(n).txt")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(onPath("pdftotext")))
        process.arguments = ["-f", String(n), "-l", String(n), pdf.path, out.path]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return try String(contentsOf: out, encoding: .utf8)
    }

    @Test(
        .enabled(
            if: onPath("chromium-headless-shell", "chromium") != nil && onPath("pdftotext") != nil,
            "needs chromium-headless-shell (or chromium) and poppler-utils on PATH"))
    func aLongTableKeepsItsRowsWholeAndRepeatsItsHeadOnEveryPage() throws {
        // 50 rows whose text wraps over about 10 lines (a page break falls inside a row unless rows are kept whole): "startNN" opens a row's text, "endNN" closes it.
        let filler = String(repeating: "text ", count: 200)
        let table = ReportTable(
            id: "long", title: "Long",
            columns: [.init("HEADNO"), .init("HEADTEXT")],
            rows: (1...50).map { i in
                let n = i < 10 ? "0\(i)" : "\(i)"
                return [.init("r\(n)"), .init("start\(n) " + filler + "end\(n)")]
            })
        let page = Page(
            language: .en, title: "Long table", sections: [Section(id: "long", title: "Long", content: .table(table))])
        let html = HTMLRenderer.render(page, footer: "footer")
        let chromium = try #require(Chromium.find(path: ProcessInfo.processInfo.environment["PATH"]))
        let pdfs = try PdfReport(chromium: chromium).documents([
            .init(html: html, htmlPath: "index.html", pdfPath: "report.pdf", header: "Plan · data as of 2026Q3")
        ])
        let folder = try Folder()
        let pdf = folder.url.appendingPathComponent("report.pdf")
        try #require(pdfs["report.pdf"]).write(to: pdf)
        var texts: [String] = []
        for n in 1...20 {
            guard let text = try Self.pageText(pdf, n) else { break }
            texts.append(text)
        }
        #expect(texts.count > 1, "50 rows of about 10 lines take more than one A4 page")
        for (i, text) in texts.enumerated() {
            #expect(text.contains("Plan · data as of 2026Q3\n"), "page \(i + 1): the running header")
            // "1 / 5"; pdftotext may drop the spaces of the small centred line.
            #expect(text.filter { $0 != " " }.contains("\(i + 1)/\(texts.count)\n"), "page \(i + 1): its number")
            if text.contains("start") {
                #expect(text.contains("HEADNO") && text.contains("HEADTEXT"), "page \(i + 1) repeats the table head")
            }
        }
        for i in 1...50 {
            let n = i < 10 ? "0\(i)" : "\(i)"
            let pages = texts.indices.filter { texts[$0].contains("start\(n) ") }
            #expect(pages.count == 1, "row \(n) starts on one page")
            if let p = pages.first { #expect(texts[p].contains("end\(n)"), "row \(n) ends on the page it starts on") }
        }
    }
}
