import Foundation
import Testing

/// `report --pdf` through the built binary with the real headless Chromium: report.pdf beside the
/// pages on A4 over several pages, the running header (plan, period) and page numbers on its pages,
/// a figure of the sample's page in it, one PDF per park page (the park's on one sheet), all listed
/// in summary.json; without Chromium the pages still, and exit 73. Read with poppler's pdfinfo and
/// pdftotext.
@Suite(
    .enabled(
        if: plangaugeExecutable != nil,
        "the plangauge executable was not found next to the test bundle or the test runner; build it with `swift build --build-tests`"
    ))
struct PdfCLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    /// The first of `names` on PATH.
    static func onPath(_ names: String...) -> String? {
        for name in names {
            for folder in path.split(separator: ":")
            where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }
    /// Whether the runs that print can: Chromium to print, poppler to read the PDFs back. Not under
    /// the sanitizers (`make sanitize-*`): the time goes to Chromium, whose memory is not ours to check.
    static let canPrint =
        onPath("chromium-headless-shell", "chromium") != nil && onPath("pdfinfo") != nil && onPath("pdftotext") != nil
        && ProcessInfo.processInfo.environment["PLANGAUGE_SANITIZING"] == nil
    static let why: Comment =
        "needs chromium-headless-shell (or chromium) and poppler-utils on PATH, and fonts-noto-cjk (sudo apt-get install chromium-headless-shell poppler-utils fonts-noto-cjk, or make deps)"

    /// The sample's plan title and period, as the running header says them.
    static let header = "上海市建设网络安全产业创新高地行动计划（2021-2023年） · 数据截至 2026年三季度"

    /// `report --data Data/sample --pdf` into `out` (plus `extra`).
    static func report(_ out: String, _ extra: [String] = [], path: String? = nil) throws -> CLIRun {
        var environment: [String: String?] = ["SOURCE_DATE_EPOCH": nil]
        if let path { environment["PATH"] = path }
        return try runPlangauge(
            ["report", "--data", "Data/sample", "--pdf", "--out", out] + extra, in: repository,
            environment: environment)
    }

    /// What a poppler tool (`pdfinfo`, `pdftotext`) prints for `arguments`.
    static func poppler(_ tool: String, _ arguments: [String]) throws -> String {
        let scratch = try TempDataset(["out": ""])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(onPath(tool)))
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path("out")))
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return try String(contentsOfFile: scratch.path("out"), encoding: .utf8)
    }

    /// `pdfinfo`'s page count and whether it says the pages are A4.
    static func info(_ pdf: String) throws -> (pages: Int, a4: Bool) {
        let info = try poppler("pdfinfo", [pdf])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
        // A4 is 595 × 842 pt; Chromium writes 594.96 x 841.92, which pdfinfo names "(A4)".
        return (pages ?? 0, info.contains("Page size:       594.96 x 841.92 pts (A4)"))
    }

    /// Page `n`'s text.
    static func text(_ pdf: String, page n: Int) throws -> String {
        try poppler("pdftotext", ["-f", String(n), "-l", String(n), pdf, "-"])
    }

    @Test(.enabled(if: canPrint, why))
    func theCityReportPrintsOnA4WithARunningHeaderAndPageNumbers() throws {
        let scratch = try TempDataset()
        let run = try Self.report(scratch.path("site"))
        #expect(run.status == 0, "\(run.stderr)")
        let folder = scratch.path("site/2026Q3")
        let pdf = folder + "/report.pdf"
        let (pages, a4) = try Self.info(pdf)
        #expect(a4)
        #expect(pages > 1, "the city page flows over several A4 pages")
        let first = try Self.text(pdf, page: 1), last = try Self.text(pdf, page: pages)
        // The running header (plan, period) on the page, and its number at its foot.
        #expect(first.contains(Self.header + "\n"), "\(first.prefix(200))")
        // "1 / 15"; pdftotext may drop the spaces of the small centred line.
        #expect(first.filter { $0 != " " }.contains("\n1/\(pages)\n"))
        // Reports/2026Q3/index.md, 总量与增速: 2026年1-9月累计 本期 191.42 (亿元).
        #expect(first.contains("191.42"))
        #expect(last.contains(Self.header + "\n"), "\(last.prefix(200))")
        #expect(last.filter { $0 != " " }.contains("\n\(pages)/\(pages)\n"))
        // Every park page as its own PDF beside its HTML, on one A4 sheet, the park in its header.
        let park = folder + "/parks/pt-demo.pdf"
        #expect(try Self.info(park) == (1, true))
        #expect(
            try Self.text(park, page: 1).contains(
                "上海市建设网络安全产业创新高地行动计划（2021-2023年） · 上海市网络安全产业示范园 · 数据截至 2026年三季度\n"))
        let summary = try String(contentsOfFile: folder + "/summary.json", encoding: .utf8)
        #expect(summary.contains("\"report.pdf\"") && summary.contains("\"parks/pt-demo.pdf\""))
        let parks = try FileManager.default.contentsOfDirectory(atPath: folder + "/parks")
        #expect(parks.filter { $0.hasSuffix(".pdf") }.count == parks.filter { $0.hasSuffix(".html") }.count)
        #expect(run.stdout.contains(", report.pdf and "), "\(run.stdout)")
    }

    @Test(.enabled(if: canPrint, why))
    func aParksOwnReportPrintsOnOneSheet() throws {
        let scratch = try TempDataset()
        let run = try Self.report(scratch.path("site"), ["--park", "PT-DEMO"])
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = scratch.path("site/2026Q3/report.pdf")
        #expect(try Self.info(pdf) == (1, true))
        #expect(try Self.text(pdf, page: 1).contains("上海市网络安全产业示范园 · 数据截至 2026年三季度\n"))
        #expect(run.stdout.contains("summary.json, report.pdf)"), "\(run.stdout)")
    }

    @Test func withoutChromiumThePagesAreWrittenAndTheRunExits73() throws {
        let scratch = try TempDataset()
        let run = try Self.report(scratch.path("site"), path: "/nonexistent")
        #expect(run.status == 73)
        #expect(
            run.stderr.contains(
                "plangauge: report.pdf and the other PDFs not written (everything else was): --pdf needs headless "
                    + "Chromium, and there is no chromium-headless-shell or chromium on PATH (/nonexistent); install it "
                    + "(Debian/Ubuntu: `sudo apt-get install chromium-headless-shell fonts-noto-cjk`"), "\(run.stderr)")
        let folder = scratch.path("site/2026Q3")
        #expect(FileManager.default.fileExists(atPath: folder + "/index.html"))
        #expect(FileManager.default.fileExists(atPath: folder + "/parks/pt-demo.html"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/report.pdf"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/parks/pt-demo.pdf"))
        let summary = try String(contentsOfFile: folder + "/summary.json", encoding: .utf8)
        #expect(!summary.contains(".pdf"), "summary.json lists only what was written")
    }
}
