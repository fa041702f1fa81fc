import Foundation

/// `report --pdf`: the HTML pages printed to PDF by headless Chromium on A4, with a running header
/// (plan, page, data period) and page numbers drawn by the stylesheet's page margin boxes.
/// Chromium stamps each PDF with the time it printed it: unlike the other files, the PDFs are not
/// the same bytes from run to run.
public struct PdfReport: Sendable {
    /// The main page's PDF in the period folder (the city page's, or the park's own report's).
    public static let fileName = "report.pdf"
    /// The Chromium that prints.
    public let chromium: Chromium

    /// PDFs printed by `chromium`.
    public init(chromium: Chromium) {
        self.chromium = chromium
    }

    /// PDFs printed by the Chromium on the PATH of `environment`; throws `PdfError.chromiumMissing`
    /// when there is none.
    public static func located(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> PdfReport
    {
        guard let chromium = Chromium.find(path: environment["PATH"]) else {
            throw PdfError.chromiumMissing(searched: environment["PATH"] ?? "")
        }
        return PdfReport(chromium: chromium)
    }

    /// A page to print: its HTML, its path in the period folder, where its PDF goes, its running header.
    struct PrintPage: Equatable {
        var html: String
        var htmlPath: String
        var pdfPath: String
        var header: String
    }

    /// Where a page's PDF goes in the period folder: `report.pdf` for the main page (`index.html`),
    /// else beside the page under its name (`parks/pd-tz.html` → `parks/pd-tz.pdf`).
    static func pdfPath(ofPage htmlPath: String) -> String {
        if htmlPath == "index.html" { return fileName }
        return (htmlPath.hasSuffix(".html") ? String(htmlPath.dropLast(5)) : htmlPath) + ".pdf"
    }

    /// The page as printed: its running header added to its styles, and its links made plain text,
    /// since relative links in a PDF would lead into the temporary folder it was printed from.
    /// The renderer escapes every `"` in text, so ` href="` only ever opens a link's target.
    static func printCopy(_ html: String, header: String) -> String {
        let style = "<style>\n\(Stylesheet.runningHeader(header))\n</style>\n</head>"
        var copy = html
        if let head = copy.range(of: "</head>") { copy.replaceSubrange(head, with: style) }
        return copy.replacingOccurrences(of: " href=\"", with: " data-href=\"")
    }

    /// Each page's PDF, keyed by its path in the period folder. Prints in a fresh temporary folder,
    /// removed after, a few pages at a time.
    func documents(_ pages: [PrintPage]) throws -> [String: Data] {
        let files = FileManager.default
        let folder = files.temporaryDirectory.appendingPathComponent("plangauge-pdf-\(UUID().uuidString)")
        defer { try? files.removeItem(at: folder) }
        var jobs: [Chromium.Job] = []
        do {
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
            for (i, page) in pages.enumerated() {
                let input = folder.appendingPathComponent("page-\(i).html")
                try Data(Self.printCopy(page.html, header: page.header).utf8).write(to: input)
                jobs.append(
                    .init(page: input, name: page.htmlPath, output: folder.appendingPathComponent("page-\(i).pdf")))
            }
        } catch {
            throw PdfError.cannotRun(chromium: chromium.executable, reason: Pandoc.reason(error))
        }
        let parallel = min(4, max(1, ProcessInfo.processInfo.activeProcessorCount))
        try chromium.printAll(jobs, in: folder, parallel: parallel)
        var documents: [String: Data] = [:]
        for (page, job) in zip(pages, jobs) {
            do {
                documents[page.pdfPath] = try Data(contentsOf: job.output)
            } catch {
                throw PdfError.cannotRun(chromium: chromium.executable, reason: "no output: " + Pandoc.reason(error))
            }
        }
        return documents
    }
}
