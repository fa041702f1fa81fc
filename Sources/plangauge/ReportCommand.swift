import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the dashboards: Reports/<period>/index.html|md, parks/*.html|md, data/*.csv, summary.json.",
        discussion: """
        <period> is the data period (default: the latest complete quarter). The plan is assessed at that
        period, or at its deadline's year end once the deadline has passed (the final evaluation). Plans
        in the same folder as --plan whose `scope` is a park id become that park's goals on its page.
        The folder is replaced atomically. No wall-clock time is written unless --generated-at or
        SOURCE_DATE_EPOCH is given, so the same inputs give byte-identical files.

        Each file's accounting (or one line when every file is clean) and the first errors go to stderr \
        and into summary.json (data_quality) and the data-quality section of the city page. Exit status: \
        0; 65 after writing the dashboards when a row was rejected or a file could not be read (0 with \
        --allow-rejects); 66, writing nothing, when the dataset folder, a required file or the plan is missing.

        \(Locations.helpText)
        """
    )

    @Option(help: "City plan file (YAML) (default: the dataset's one plan in plans/, else the shipped Shanghai plan).")
    var plan: String?

    @OptionGroup var source: DataOption

    @OptionGroup var partial: PartialDataOption

    @Option(help: "Data period, e.g. 2026Q3 (default: the latest complete quarter).")
    var period: String?

    @Option(help: "Output folder.")
    var out: String = "Reports"

    @Option(help: "Page language: zh or en.")
    var lang: String = "zh"

    @Option(help: "Assessment method for every indicator: statcan, unsd or linear.")
    var method: String?

    @Option(help: "A generation timestamp to print on the pages (otherwise SOURCE_DATE_EPOCH, otherwise none).")
    var generatedAt: String?

    func run() throws {
        guard let language = ReportLanguage(rawValue: lang) else { throw ValidationError("--lang must be zh or en") }
        var city = try AssessmentContext.load(plan: plan, source: source, period: nil, method: method, warnPeriod: period == nil)
        let unitAlerts = UnitWarnings.fold(into: &city.ingest, city.dataset)  // amounts in the wrong unit
        var dataPeriod: Period?
        if let period {
            guard let p = PeriodLabel(period)?.period else { throw ValidationError("--period «\(period)» is not a period") }
            dataPeriod = p
        }
        var others: [Plan] = []
        // Plans beside the city plan (a park's own) were not asked for by name: one that does not fit
        // this dataset (its park is not in it) is left out with a warning, not made the run's failure.
        for path in Self.siblingPlans(of: city.planPath) {
            guard let p = try? PlanFile.load(path: path) else { continue }
            let errors = PlanValidator.validate(p, against: city.dataset).filter(\.isError)
            guard errors.isEmpty else {
                let why = errors[0].description + (errors.count > 1 ? " (and \(errors.count - 1) more)" : "")
                FileHandle.standardError.write(Data("plangauge: warning: \(path): not used on this dataset: \(why)\n".utf8))
                continue
            }
            others.append(p)
        }
        let quality = DataQualitySummary(city.ingest)
        let options = ReportRun.Options(dataPeriod: dataPeriod, method: method.flatMap(AssessmentMethod.init(rawValue:)),
                                        language: language, generatedAt: try generationTime(), datasetName: try source.data)
        guard var input = ReportRun.prepare(dataset: city.dataset, cityPlan: city.plan, otherPlans: others, files: quality.files,
                                            options: options) else {
            FileHandle.standardError.write(Data("plangauge: the dataset has no revenue data to report\n".utf8))
            throw ExitCode(65)
        }
        input.dataQuality.ignoredFiles = quality.ignoredFiles
        input.dataQuality.missingFiles = quality.missingFiles
        input.dataQuality.unitAlerts = unitAlerts
        let files = try ReportAssembler.assemble(input)
        let folder = try ReportWriter.write(files, to: out, name: input.facts.dataPeriod.description)
        let policy = input.policyFunds == nil ? "" : ", policy.html|md"
        print("\(folder): \(files.count) files (index.html, index.md, \(input.facts.parks.count) park pages\(policy), data/*.csv, summary.json)")
        try partial.finish(city.ingest)
    }

    /// `--generated-at`, else SOURCE_DATE_EPOCH as ISO 8601 UTC, else nil (no wall clock by default).
    func generationTime() throws -> String? {
        if let generatedAt { return generatedAt }
        guard let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] else { return nil }
        guard let seconds = TimeInterval(epoch) else { throw ValidationError("SOURCE_DATE_EPOCH must be a number of seconds") }
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
