import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel

/// Builds every page and export of a report run into file contents, keyed by relative path.
public enum ReportAssembler {
    /// Every file of the run (pages in HTML and Markdown, their tables as `data/*.csv` and together in
    /// `data/tables.xlsx`, `summary.json`), keyed by path relative to the period folder; throws
    /// `UnknownPark` when `input.park` is no park of the dataset, `TablesWorkbookError` when the
    /// workbook cannot be written.
    /// With `word` (`report --docx`), also `report.docx`: the city page, or the park's, as a Word
    /// document; throws `DocxError` when pandoc cannot make it.
    /// With `pdf` (`report --pdf`), also every page printed to PDF: `report.pdf` (the main page),
    /// `policy.pdf`, `parks/<slug>.pdf`; throws `PdfError` when Chromium cannot print them.
    public static func assemble(_ input: ReportInput, word: WordReport? = nil, pdf: PdfReport? = nil) throws
        -> [String: Data]
    {
        let l = L10n(lang: input.language, names: input.englishNames)
        if let park = input.park {
            return try assemblePark(input, park: park, footer: footer(input, l), word: word, pdf: pdf, l)
        }
        let parks = input.facts.parks
        let slugs = Slug.unique(parks.map(\.park.id))
        let links = zip(parks, slugs).map { Link(title: l.park($0.park), href: "parks/\($1).html") }
        var files: [String: Data] = [:]
        let footer = footer(input, l)

        var cityLinks = links
        var policyPage: Page?
        if let funds = input.policyFunds {
            cityLinks.append(Link(title: PageChromeText(l: l).policyFunds, href: "policy.html"))
            var page = PolicyPageBuilder.build(
                funds, language: input.language, cityHref: "index.html", dataset: input.dataset)
            place(&page, csvPrefix: "data/", root: "", l)
            files["policy.html"] = Data(HTMLRenderer.render(page, footer: footer).utf8)
            files["policy.md"] = Data(MarkdownRenderer.render(page, footer: footer).utf8)
            files.merge(csvFiles(page)) { _, new in new }
            policyPage = page
        }
        var city = CityPageBuilder.build(input, parkLinks: cityLinks)
        place(&city, csvPrefix: "data/", root: "", l)
        files["index.html"] = Data(HTMLRenderer.render(city, footer: footer).utf8)
        files["index.md"] = Data(MarkdownRenderer.render(city, footer: footer).utf8)
        files.merge(csvFiles(city)) { _, new in new }
        files.merge(try wordFile(word, city, footer: footer, input)) { _, new in new }

        var parkSummaries: [SummaryDocument.ParkSummary] = []
        var parkPages: [Page] = []
        for (figures, slug) in zip(parks, slugs) {
            var page = ParkPageBuilder.build(input, park: figures, cityHref: "../index.html")
            place(&page, csvPrefix: "data/parks/\(slug)-", root: "../", l)
            files["parks/\(slug).html"] = Data(HTMLRenderer.render(page, footer: footer).utf8)
            files["parks/\(slug).md"] = Data(MarkdownRenderer.render(page, footer: footer).utf8)
            files.merge(csvFiles(page)) { _, new in new }
            parkPages.append(page)
            parkSummaries.append(.init(figures, slug: slug, input))
        }
        let printed =
            [("index.html", city)] + (policyPage.map { [("policy.html", $0)] } ?? [])
            + zip(slugs, parkPages).map { ("parks/\($0).html", $1) }
        files.merge(try pdfFiles(pdf, printed, files, input, l)) { _, new in new }
        // Before summary.json, which lists it among the run's files.
        files[TablesWorkbook.path] = try TablesWorkbook(input, main: city, parks: parkPages, policy: policyPage).data()
        let scale = input.facts.cityScale
        let summary = SummaryDocument(
            generatedAt: input.generatedAt, dataset: input.dataset, dataPeriod: input.facts.dataPeriod.description,
            language: input.language.rawValue, park: nil,
            cityScale: scale.map {
                .init(
                    period: $0.period.description, yearToDate: $0.yearToDate.value(in: .yi),
                    yearToDateYearAgo: $0.yearToDateYearAgo?.value(in: .yi), growth: $0.growth,
                    comparableGrowth: $0.comparableGrowth, reporters: $0.reporters)
            },
            city: input.city, quarterly: input.quarterly, parks: parkSummaries, policyFunds: input.policyFunds,
            dataQuality: input.dataQuality,
            files: (files.keys.sorted() + ["summary.json"]).sorted())
        files["summary.json"] = try StableJSON.encode(summary)
        return files
    }

    /// A park's own report (`report --park`): the park's page alone as the period folder's
    /// `index.html|md` (so the site index and `latest/` lead to it), its tables in `data/`, and a
    /// `summary.json` with `park` set and the park's figures and goals in place of the city's.
    static func assemblePark(
        _ input: ReportInput, park id: String, footer: String, word: WordReport?, pdf: PdfReport?, _ l: L10n
    ) throws -> [String: Data] {
        guard let figures = input.facts.parks.first(where: { $0.park.id == id }) else {
            throw UnknownPark(id: id, known: input.facts.parks.map(\.park.id))
        }
        var files: [String: Data] = [:]
        var page = ParkPageBuilder.build(input, park: figures, cityHref: nil)
        place(&page, csvPrefix: "data/", root: "", l)
        files["index.html"] = Data(HTMLRenderer.render(page, footer: footer).utf8)
        files["index.md"] = Data(MarkdownRenderer.render(page, footer: footer).utf8)
        files.merge(csvFiles(page)) { _, new in new }
        files.merge(try wordFile(word, page, footer: footer, input)) { _, new in new }
        files.merge(try pdfFiles(pdf, [("index.html", page)], files, input, l)) { _, new in new }
        files[TablesWorkbook.path] = try TablesWorkbook(input, main: page).data()
        var park = SummaryDocument.ParkSummary(figures, slug: "index", input)
        park.shareOfCity = nil  // no city in a park's own report
        park.rank = nil
        let summary = SummaryDocument(
            generatedAt: input.generatedAt, dataset: input.dataset, dataPeriod: input.facts.dataPeriod.description,
            language: input.language.rawValue, park: id, cityScale: nil, city: nil, quarterly: nil, parks: [park],
            policyFunds: nil,
            dataQuality: input.dataQuality, files: (files.keys.sorted() + ["summary.json"]).sorted())
        files["summary.json"] = try StableJSON.encode(summary)
        return files
    }

    /// The footer of every page: generator, timestamp if asked for, dataset and period.
    static func footer(_ input: ReportInput, _ l: L10n) -> String {
        PageChromeText(l: l).footer(
            generatedAt: input.generatedAt, dataset: input.dataset, dataPeriod: input.facts.dataPeriod)
    }

    /// Puts a page into the period folder: its tables written under `csvPrefix` and linked from
    /// it, and links to `summary.json` and to the index of every published period, which sits one
    /// folder above the period (`<out>/index.html`). `root`: the way from the page up to the period
    /// folder. Relative links only, so the folder can be moved or served from anywhere.
    static func place(_ page: inout Page, csvPrefix: String, root: String, _ l: L10n) {
        let text = PageChromeText(l: l)
        page.csvPrefix = csvPrefix
        page.root = root
        page.links.append(Link(title: text.summaryJSON, href: root + "summary.json"))
        page.links.append(Link(title: text.allPeriods, href: root + "../index.html"))
    }

    /// The page's tables as CSV files, keyed by their path in the period folder.
    static func csvFiles(_ page: Page) -> [String: Data] {
        var files: [String: Data] = [:]
        for t in page.tables { if let path = page.csvPath(t) { files[path] = CSVExport.data(t) } }
        return files
    }
}

/// `summary.json`: everything behind the pages (schema `plangauge.summary/1`).
struct SummaryDocument: Encodable {
    var schema = "plangauge.summary/1"
    var generatedAt: String?
    var dataset: String
    var dataPeriod: String
    var language: String
    /// A park's own report: the park's id (its figures and goals are `parks[0]`); absent for the city's.
    var park: String?
    var cityScale: ScaleFigures?
    var city: ProgressReport?
    var quarterly: QuarterlyReport?
    var parks: [ParkSummary]
    var policyFunds: PolicyFundsReport?
    var dataQuality: DataQualitySummary
    var files: [String]

    struct ScaleFigures: Encodable {
        var period: String
        var yearToDate: Double
        var yearToDateYearAgo: Double?
        var growth: Double?
        var comparableGrowth: Double?
        var reporters: Int
    }

    struct ParkSummary: Encodable {
        var id, name, slug: String
        var district, level: String?
        var rank: Int?
        var scaleYtd: Double?
        var growth: Double?
        var comparableGrowth: Double?
        var shareOfCity: Double?
        var firms: Int
        var reportedRevenueYtd: Double?
        var goals: ProgressReport?
        /// The park office's own figures (park_stats) and the tracked firms', on stated bases.
        var own: OwnFigures?

        init(_ f: ParkFigures, slug: String, _ input: ReportInput) {
            id = f.park.id
            name = f.park.name
            self.slug = slug
            district = f.park.district
            level = f.park.level
            rank = f.rank
            scaleYtd = f.scale?.yearToDate.value(in: .yi)
            growth = f.scale?.growth
            comparableGrowth = f.scale?.comparableGrowth
            shareOfCity = f.shareOfCity
            firms = f.firms
            reportedRevenueYtd = f.reportedRevenue?.value(in: .yi)
            goals = input.parkPlans[f.park.id]
            own = input.parkDetails[f.park.id].map { OwnFigures($0.figures) }
        }
    }

    /// `parks[].own`: money in 亿元; `full_year_of` is the year `*.full_year` covers.
    struct OwnFigures: Encodable {
        struct Flow: Encodable {
            var yearToDate, trailingYear, fullYear, growth: Double?
            var fullYearOf: Int
            init(_ f: ParkReportFigures.Flow) {
                let yi = { (q: Quantity?) in q.map { $0.doubleValue / Double(MoneyUnit.yi.fen) } }
                yearToDate = yi(f.yearToDate)
                trailingYear = yi(f.trailingYear)
                fullYear = yi(f.fullYear)
                growth = f.growth
                fullYearOf = f.fullYearOf
            }
        }
        struct Move: Encodable { var name, date: String }
        var parkStatsRevenue: Flow
        var parkStatsFirms: Int?
        var parkStatsEmployees: Int?
        var trackedScale: Flow
        var trackedFirms: Int
        var notReported: [String]
        var joined: [Move]
        var left: [Move]

        init(_ f: ParkReportFigures) {
            parkStatsRevenue = Flow(f.parkStatsRevenue)
            parkStatsFirms = f.parkStatsFirms
            parkStatsEmployees = f.parkStatsEmployees
            trackedScale = Flow(f.trackedScale)
            trackedFirms = f.trackedFirms
            notReported = f.notReported
            joined = f.joined.map { Move(name: $0.name, date: $0.date.description) }
            left = f.left.map { Move(name: $0.name, date: $0.date.description) }
        }
    }
}

/// Tables as Excel-ready CSV: UTF-8 with BOM, CRLF, formulas neutralised.
public enum CSVExport {
    /// The table as CSV: UTF-8 with BOM, CRLF line ends, each cell's `raw` value (else its text), formulas neutralised.
    public static func data(_ t: ReportTable) -> Data {
        var s = "\u{FEFF}" + t.columns.map { CSVCell.escape($0.title) }.joined(separator: ",") + "\r\n"
        for row in t.rows {
            s += row.map { CSVCell.escape($0.raw ?? $0.text) }.joined(separator: ",") + "\r\n"
        }
        return Data(s.utf8)
    }
}
