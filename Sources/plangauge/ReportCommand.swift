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

    @OptionGroup var source: DataOption

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
        let city = try AssessmentContext.load(plan: plan, source: source, period: nil, method: method)
        var dataPeriod: Period?
        if let period {
            guard let p = PeriodLabel(period)?.period else { throw ValidationError("--period «\(period)» is not a period") }
            dataPeriod = p
        }
        var others: [Plan] = []
        for path in Self.siblingPlans(of: plan) {
            guard let p = try? PlanFile.load(path: path) else { continue }
            for problem in PlanValidator.validate(p, against: city.dataset) where problem.isError {
                FileHandle.standardError.write(Data((problem.description + "\n").utf8))
                throw ExitCode(65)
            }
            others.append(p)
        }
        let quality = city.ingest.files.map {
            DataQualitySummary.File(file: $0.file, table: $0.table, encoding: $0.encoding?.rawValue ?? "", rowsRead: $0.rowsRead,
                                    accepted: $0.accepted, rejected: $0.rejected, errors: $0.errors, warnings: $0.warnings)
        }
        let options = ReportRun.Options(dataPeriod: dataPeriod, method: method.flatMap(AssessmentMethod.init(rawValue:)),
                                        language: language, generatedAt: try generationTime(), datasetName: source.data)
        guard let input = ReportRun.prepare(dataset: city.dataset, cityPlan: city.plan, otherPlans: others, files: quality,
                                            options: options) else {
            FileHandle.standardError.write(Data("plangauge: the dataset has no revenue data to report\n".utf8))
            throw ExitCode(65)
        }
        let files = try ReportAssembler.assemble(input)
        let folder = try ReportWriter.write(files, to: out, name: input.facts.dataPeriod.description)
        let policy = input.policyFunds == nil ? "" : ", policy.html|md"
        print("\(folder): \(files.count) files (index.html, index.md, \(input.facts.parks.count) park pages\(policy), data/*.csv, summary.json)")
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
