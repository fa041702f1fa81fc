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
        """
    )

    @Option(help: "City plan file (YAML).")
    var plan: String = Defaults.plan

    @Option(help: "Dataset folder.")
    var data: String = Defaults.dataset

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

    @Option(help: "Read every data file in this encoding instead of detecting.")
    var encoding: String?

    func run() throws {
        guard let language = ReportLanguage(rawValue: lang) else { throw ValidationError("--lang must be zh or en") }
        let city = try AssessmentContext.load(plan: plan, data: data, period: nil, method: method, encoding: encoding)
        let index = DatasetIndex(city.dataset)
        let dataPeriod: Period
        if let period {
            guard let p = PeriodLabel(period)?.period else { throw ValidationError("--period «\(period)» is not a period") }
            dataPeriod = p
        } else {
            guard let p = PeriodSelection.latestComplete(index) else { throw ExitCode(65) }
            dataPeriod = p
        }
        let methodChoice = method.flatMap(AssessmentMethod.init(rawValue:))
        func assessed(_ plan: Plan) -> PlanAssessment {
            let at = min(dataPeriod, Period.yearEnd(plan.deadline))
            return PlanAssessor(plan: plan, index: index, method: methodChoice).assess(at: at)
        }
        let cityAssessment = assessed(city.plan)
        var parkPlans: [String: ProgressReport] = [:]
        var assessments = [cityAssessment]
        let parkIDs = Set(city.dataset.parks.map(\.id))
        for path in Self.siblingPlans(of: plan) {
            guard let p = try? PlanFile.load(path: path), let scope = p.scope, parkIDs.contains(scope), p.id != city.plan.id else { continue }
            for problem in PlanValidator.validate(p, against: city.dataset) where problem.isError {
                FileHandle.standardError.write(Data((problem.description + "\n").utf8))
                throw ExitCode(65)
            }
            let a = assessed(p)
            assessments.append(a)
            parkPlans[scope] = ProgressReportBuilder.build(a, dataset: data)
        }
        let facts = DashboardFacts.gather(index: index, dataPeriod: dataPeriod, assessments: assessments)
        let quality = DataQualitySummary(
            files: city.ingest.files.map {
                .init(file: $0.file, table: $0.table, encoding: $0.encoding?.rawValue ?? "", rowsRead: $0.rowsRead,
                      accepted: $0.accepted, rejected: $0.rejected, errors: $0.errors, warnings: $0.warnings)
            },
            missingReporters: facts.missingReporters)
        let input = ReportInput(
            city: ProgressReportBuilder.build(cityAssessment, dataset: data), cityAssessment: cityAssessment,
            parkPlans: parkPlans, facts: facts, dataQuality: quality, language: language,
            generatedAt: try generationTime(), dataset: data)
        let files = try ReportAssembler.assemble(input)
        let folder = try ReportWriter.write(files, to: out, name: dataPeriod.description)
        print("\(folder): \(files.count) files (index.html, index.md, \(facts.parks.count) park pages, data/*.csv, summary.json)")
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
