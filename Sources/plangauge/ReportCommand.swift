import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport

struct ReportCommand: ParsableCommand, OperatorCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the dashboards: Reports/<period>/index.html|md, parks/*.html|md, data/*.csv, summary.json.",
        discussion: """
            <period> is the data period (default: the latest complete quarter). The plan is assessed at that
            period, or at its deadline's year end once the deadline has passed (the final evaluation). Plans
            in the same folder as --plan whose `scope` is a park id become that park's goals on its page.
            --park ID (or a --plan whose `scope` is a park) writes that park's own report instead: its page
            alone, as the period folder's index.html|md, printable on one A4 page. A --park that is no
            park is refused with 64, a plan `scope` that reads as a park's but names none with 65.
            --docx also writes report.docx, that page as a Word document (A4, 公文 margins, tables with
            captions), made with pandoc; without pandoc on PATH the rest is written and the run exits 73.
            --pdf also prints every page to PDF with headless Chromium (A4, running header, page numbers):
            report.pdf (the main page), policy.pdf, parks/<slug>.pdf; without Chromium (Debian/Ubuntu:
            chromium-headless-shell, with fonts-noto-cjk for the Chinese) the rest is written and the run exits 73.
            The period folder is swapped in at once (a reader never finds a page missing), and index.html|md
            and latest/ at the top of --out list every published period. --out must be a folder PlanGauge
            made (its .plangauge marker), a new or an empty one: any other, or a file, is refused with 73; a
            run while another writes the same --out waits for it (--lock-wait), then exits 75.
            No wall-clock time is written unless --generated-at or
            SOURCE_DATE_EPOCH is given, so the same inputs give byte-identical files (the PDFs excepted:
            Chromium stamps the time it printed them).

            Each file's accounting (or one line when every file is clean) and the first errors go to stderr \
            and into summary.json (data_quality) and the data-quality section of the city page. Exit status: \
            0; 65 after writing the dashboards when a row was rejected or a file could not be read (0 with \
            --allow-rejects); 65, writing nothing, for a bad plan or a --period outside the data; 66, writing \
            nothing, when the dataset folder, a required file or the plan is missing; 73 when the folder \
            cannot be created (the full table: `plangauge --help`). --period takes any label form and \
            publishes under the quarter it ends (2026-03, 2026年一季度 → 2026Q1); a month that ends no \
            quarter is refused (64).

            \(Locations.helpText)
            """
    )

    @Option(
        help:
            "City plan file (YAML) (default: the dataset's one plan in plans/, else the shipped Shanghai plan); a plan whose `scope` is a park id writes that park's own report."
    )
    var plan: String?

    @Option(
        help:
            "A park id: write that park's own one-page report alone (its goals from --plan when scoped to it, else from a plan beside it scoped to it)."
    )
    var park: String?

    @OptionGroup var source: DataOption

    @OptionGroup var partial: PartialDataOption

    @Option(help: "Data period, e.g. 2026Q3 (default: the latest complete quarter).")
    var period: String?

    @Option(help: "Output folder (the site: one folder per period, index.html|md, latest/).")
    var out: String = "Reports"

    @OptionGroup var lock: LockWaitOption

    @Option(help: "Page language: zh or en.")
    var lang: String = "zh"

    @Option(help: "Assessment method for every indicator: statcan, unsd or linear.")
    var method: String?

    @Option(help: "A generation timestamp to print on the pages (otherwise SOURCE_DATE_EPOCH, otherwise none).")
    var generatedAt: String?

    @Flag(
        help:
            "Also write report.docx: the city page (the park's, with --park) as a Word document, made with pandoc (from PATH)."
    )
    var docx = false

    @Flag(
        help:
            "Also print every page to PDF with headless Chromium (from PATH): report.pdf (the city page, or the park's with --park), policy.pdf, parks/<slug>.pdf."
    )
    var pdf = false

    @OptionGroup var operatorOptions: OperatorOptions

    func run() throws {
        guard let language = ReportLanguage(rawValue: lang) else { throw ValidationError("--lang must be zh or en") }
        let asked = try period.map(Self.publishedQuarter)  // a bad label is a usage error, before reading
        var city = try AssessmentContext.load(
            plan: plan, source: source, period: nil, method: method, warnPeriod: period == nil)
        try FolderPublisher.precheck(out, kind: .site)  // missing input first (66), then a folder of the user's (73)
        let unitAlerts = UnitWarnings.fold(into: &city.ingest, city.dataset)  // amounts in the wrong unit
        let dataPeriod = try askedPeriod(asked, in: city)
        let (reportPark, scoped) = try whichPark(city)
        let others = Self.otherPlans(beside: city, reportPark: reportPark, scoped: scoped)
        let input = try reportInput(
            city, dataPeriod: dataPeriod, language: language, unitAlerts: unitAlerts, others: others,
            reportPark: reportPark)
        try publish(input, city: city, reportPark: reportPark)
    }

    /// The period asked for with --period, refused (65) when the data does not cover it; nil for the default.
    private func askedPeriod(_ asked: Period?, in city: AssessmentContext) throws -> Period? {
        var dataPeriod: Period?
        if let asked, let period {
            if let why = PeriodSelection.outsideData(asked, range: city.dataset.revenuePeriodRange) {
                throw CommandFailure(.dataError, "plangauge: --period \(period): \(why)")
            }
            dataPeriod = asked
        }
        return dataPeriod
    }

    /// The park whose own report this is (--park, else the plan's scope), and the plan's scope.
    /// A plan scoped to a park, or --park, makes this that park's own report.
    private func whichPark(_ city: AssessmentContext) throws -> (reportPark: String?, scoped: String?) {
        let scoped = try ReportScope.park(of: city.plan, parks: city.dataset.parks)
        let known = city.dataset.parks.map(\.id)
        if let park, !known.contains(park) { throw UnknownPark(id: park, known: known) }
        if let park, let scoped, park != scoped {
            throw CommandFailure(
                .usage, "plangauge: --park \(park), but the plan \(city.planPath) is the plan of park «\(scoped)»")
        }
        let reportPark = park ?? scoped
        return (reportPark, scoped)
    }

    /// Plans beside the city plan (a park's own) were not asked for by name: one that does not fit
    /// this dataset (its park is not in it) is left out with a warning, not made the run's failure.
    private static func otherPlans(beside city: AssessmentContext, reportPark: String?, scoped: String?) -> [Plan] {
        var others: [Plan] = []
        var goalsFound = false
        for path in Self.siblingPlans(of: city.planPath) {
            guard let p = try? PlanFile.load(path: path) else { continue }
            let errors = PlanValidator.validate(p, against: city.dataset).filter(\.isError)
            guard errors.isEmpty else {
                let why = errors[0].description + (errors.count > 1 ? " (and \(errors.count - 1) more)" : "")
                Console.warning("plangauge: warning: \(path): not used on this dataset: \(why)")
                continue
            }
            do {
                if let id = try ReportScope.park(of: p, parks: city.dataset.parks), id == reportPark {
                    goalsFound = true
                }
            } catch {
                Console.warning("plangauge: warning: \(error.description); its goals are left out")
                continue
            }
            others.append(p)
        }
        if let reportPark, scoped == nil, !goalsFound {
            Console.warning(
                "plangauge: warning: no plan scoped to park «\(reportPark)» beside \(city.planPath): its page has no goals"
            )
        }
        return others
    }

    /// The report's input: the assessment of the plans and the data-quality accounting, named as the pages show it.
    private func reportInput(
        _ city: AssessmentContext, dataPeriod: Period?, language: ReportLanguage, unitAlerts: [String],
        others: [Plan], reportPark: String?
    ) throws -> ReportInput {
        let naming = try source.naming  // no machine paths in the pages
        var quality = DataQualitySummary(city.ingest)
        quality.unitAlerts = unitAlerts
        quality = quality.named(by: naming)
        let options = ReportRun.Options(
            dataPeriod: dataPeriod, method: method.flatMap(AssessmentMethod.init(rawValue:)),
            language: language, generatedAt: try generationTime(), naming: naming)
        guard
            var input = ReportRun.prepare(
                dataset: city.dataset, cityPlan: city.plan, otherPlans: others, files: quality.files,
                options: options, park: reportPark)
        else {
            throw CommandFailure(.dataError, "plangauge: the dataset has no revenue data to report")
        }
        input.dataQuality.ignoredFiles = quality.ignoredFiles
        input.dataQuality.missingFiles = quality.missingFiles
        input.dataQuality.unitAlerts = quality.unitAlerts
        return input
    }

    /// Writes the site's period folder and says what it holds on stdout.
    private func publish(_ input: ReportInput, city: AssessmentContext, reportPark: String?) throws {
        let (files, failures) = try assembled(input)
        ProgressLine.phase("writing \(out)")
        let folder = try ReportWriter.write(
            files, to: out, name: input.facts.dataPeriod.description, lockWait: lock.lockWait)
        RunSummary.shared.recordOutput(folder, kind: "folder", files: files.count)
        let pdfs = files.keys.filter { $0.hasSuffix(".pdf") }.count
        let word =
            (files[WordReport.fileName] == nil ? "" : ", report.docx")
            + (pdfs == 0 ? "" : ", report.pdf" + (pdfs > 1 ? " and \(pdfs - 1) more PDFs" : ""))
        if let reportPark {
            print(
                "\(folder): \(files.count) files (index.html, index.md: park \(reportPark)'s own report, data/*.csv, summary.json\(word))"
            )
            try finish(city.ingest, failures)
            return
        }
        let policy = input.policyFunds == nil ? "" : ", policy.html|md"
        print(
            "\(folder): \(files.count) files (index.html, index.md, \(input.facts.parks.count) park pages\(policy), data/*.csv, summary.json\(word))"
        )
        try finish(city.ingest, failures)
    }

    /// The run's files, with report.docx under --docx and the PDFs under --pdf. When pandoc or
    /// Chromium cannot make theirs (missing, failed), the files are assembled without them, so the
    /// pages are still written, and the failures are returned.
    private func assembled(_ input: ReportInput) throws -> (files: [String: Data], failures: [ExitStatusError]) {
        var failures: [ExitStatusError] = []
        var word: WordReport?, printer: PdfReport?
        if docx { do { word = try WordReport.located() } catch let f as DocxError { failures.append(f) } }
        if pdf { do { printer = try PdfReport.located() } catch let f as PdfError { failures.append(f) } }
        while true {  // each failure drops its output: at most three rounds
            do {
                return (try ReportAssembler.assemble(input, word: word, pdf: printer), failures)
            } catch let f as DocxError where word != nil {
                failures.append(f)
                word = nil
            } catch let f as PdfError where printer != nil {
                failures.append(f)
                printer = nil
            }
        }
    }

    /// The data's accounting (65 on rejected rows), then the docx and PDF failures (73). Every
    /// failure is said, even when the data's status ends the run.
    private func finish(_ ingest: IngestReport, _ failures: [ExitStatusError]) throws {
        do {
            try partial.finish(ingest)
        } catch {
            for f in failures { Console.error("plangauge: " + f.description) }
            throw error
        }
        guard let last = failures.last else { return }
        for f in failures.dropLast() { Console.error("plangauge: " + f.description) }
        throw last
    }

    /// `--period` as the quarter the report is published as, so each period has one folder whatever
    /// the label's form (`2026-03`, `2026年一季度` and `2026Q1` all give `2026Q1`). A month that ends
    /// no quarter is a usage error (64), as for `quarterly`: the dashboards are quarterly.
    static func publishedQuarter(_ label: String) throws -> Period {
        guard let p = PeriodLabel(label)?.period else {
            throw ValidationError("--period «\(label)» is not a period; \(PeriodLabel.expectedForms)")
        }
        guard let quarter = PeriodSelection.publishedQuarter(p) else {
            throw ValidationError(
                "--period «\(label)» ends in no quarter; reports are published per quarter: give a quarter "
                    + "(2026Q1, 2026年一季度) or a month, half or year that ends one (2026-03, 2026年1-3月, 2026H1, 2026)")
        }
        return quarter
    }

    /// `--generated-at`, else SOURCE_DATE_EPOCH as ISO 8601 UTC, else nil (no wall clock by default).
    func generationTime() throws -> String? {
        if let generatedAt { return generatedAt }
        guard let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] else { return nil }
        guard let seconds = TimeInterval(epoch) else {
            throw ValidationError("SOURCE_DATE_EPOCH must be a number of seconds")
        }
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date(timeIntervalSince1970: seconds))
    }

    static func siblingPlans(of plan: String) -> [String] {
        let dir = (plan as NSString).deletingLastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
            .map { (dir as NSString).appendingPathComponent($0) }
            .filter { ($0 as NSString).standardizingPath != (plan as NSString).standardizingPath }
    }
}
