import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Assess every target of a plan: value, 完成度, growth, projection, status and score.",
        discussion: """
        With no arguments: the shipped Shanghai plan on the sample data, at the plan's default period
        (the latest complete quarter, or the deadline's year end once it has passed: the final evaluation).
        """
    )

    @Option(help: "Plan file (YAML).")
    var plan: String = Defaults.plan

    @OptionGroup var source: DataOption

    @Option(help: "Period to assess, e.g. 2023Q4 or 2024年三季度 (default: see above).")
    var period: String?

    @Option(help: "Assessment method for every indicator: statcan, unsd or linear (default: as the plan says).")
    var method: String?

    @Option(help: "text (default), json (schema plangauge.progress/1) or csv.")
    var format: ReportFormat = .text

    func run() throws {
        let context = try AssessmentContext.load(plan: plan, source: source, period: period, method: method, panels: true)
        let report = ProgressReportBuilder.build(context.assessment, dataset: source.data)
        switch format {
        case .text: print(ProgressTextRenderer.render(report), terminator: ""); PhaseTimings.mark("render")
        case .json: print(try ProgressJSONRenderer.render(report))
        case .csv: print(ProgressCSVRenderer.render(report), terminator: "")
        }
    }
}

/// Plan + dataset + period resolved and assessed: shared by the commands that report progress.
struct AssessmentContext {
    let plan: Plan
    let dataset: Dataset
    let ingest: IngestReport
    let assessment: PlanAssessment

    /// `panels`: gather the revenue facts into panels of the fields the plan reads instead of keeping
    /// every row (the assessment needs no rows; a fraction of the memory).
    static func load(plan planPath: String, source: DataOption, period: String?, method: String?,
                     panels: Bool = false) throws -> AssessmentContext {
        let plan: Plan
        do {
            plan = try PlanFile.load(path: planPath)
        } catch let e as PlanFileError {
            FileHandle.standardError.write(Data((e.description + "\n").utf8))
            throw ExitCode(65)
        }
        var methodChoice: AssessmentMethod?
        if let method {
            guard let m = AssessmentMethod(rawValue: method) else {
                throw ValidationError("--method must be one of \(AssessmentMethod.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            methodChoice = m
        }
        PhaseTimings.mark("plan")
        let (dataset, ingest) = try source.load(revenuePanels: panels ? plan.amountFields : nil)
        PhaseTimings.mark("load")
        for problem in PlanValidator.validate(plan, against: dataset) {
            FileHandle.standardError.write(Data((problem.description + "\n").utf8))
            if problem.isError { throw ExitCode(65) }
        }
        let index = DatasetIndex(dataset)
        PhaseTimings.mark("index")
        let chosen: Period
        if let period {
            guard let label = PeriodLabel(period) else {
                throw ValidationError("--period «\(period)» is not a period; \(PeriodLabel.expectedForms)")
            }
            chosen = label.period
        } else {
            guard let p = PeriodSelection.defaultPeriod(for: plan, index: index) else {
                FileHandle.standardError.write(Data("plangauge: the dataset has no revenue data to assess\n".utf8))
                throw ExitCode(65)
            }
            chosen = p
        }
        let assessment = PlanAssessor(plan: plan, index: index, method: methodChoice).assess(at: chosen)
        PhaseTimings.mark("assess")
        return AssessmentContext(plan: plan, dataset: dataset, ingest: ingest, assessment: assessment)
    }
}
