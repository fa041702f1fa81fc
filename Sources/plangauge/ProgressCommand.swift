import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport

struct ProgressCommand: ParsableCommand, OperatorCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Assess every target of a plan: value, 完成度, growth, projection, status and score.",
        discussion: """
            With no arguments: the shipped Shanghai plan on the sample data, at the plan's default period \
            (the latest complete quarter, or the deadline's year end once it has passed: the final evaluation). \
            When later quarters in the data are incomplete, stderr says which and why they were passed over.

            Each file's accounting (or one line when every file is clean) and the first errors go to stderr. \
            Exit status: 0; 65 after writing the output when a row was rejected or a file could not be read \
            (0 with --allow-rejects); 65 for a bad plan or a --period outside the data (a plan's deadline \
            before the data is allowed); 66 when the dataset folder, a required file or the plan is missing; \
            74 when standard output cannot be written (the full table: `plangauge --help`).

            \(Locations.helpText)
            """
    )

    @Option(help: "Plan file (YAML) (default: the dataset's one plan in plans/, else the shipped Shanghai plan).")
    var plan: String?

    @OptionGroup var source: DataOption

    @OptionGroup var partial: PartialDataOption

    @Option(help: "Period to assess, e.g. 2023Q4 or 2024年三季度 (default: see above).")
    var period: String?

    @Option(help: "Assessment method for every indicator: statcan, unsd or linear (default: as the plan says).")
    var method: String?

    @Option(help: "text (default), json (schema plangauge.progress/1) or csv.")
    var format: ReportFormat = .text

    @OptionGroup var operatorOptions: OperatorOptions

    func run() throws {
        var context = try AssessmentContext.load(
            plan: plan, source: source, period: period, method: method, panels: true)
        UnitWarnings.fold(into: &context.ingest, context.dataset)  // amounts in the wrong unit
        let naming = try source.naming  // no machine paths on stdout
        let report = ProgressReportBuilder.build(context.assessment, dataset: naming.label).named(by: naming)
        RunSummary.shared.recordOutput("-", kind: "stdout")
        switch format {
        case .text: print(ProgressTextRenderer.render(report), terminator: ""); PhaseTimings.mark("render")
        case .json:
            print(
                try StableJSON.string(
                    WithDataQuality(report, dataQuality: DataAccounting(context.ingest).named(by: naming))))
        case .csv: print(ProgressCSVRenderer.render(report), terminator: "")
        }
        try partial.finish(context.ingest)
    }
}

/// Plan + dataset + period resolved and assessed: shared by the commands that report progress.
struct AssessmentContext {
    let plan: Plan
    let dataset: Dataset
    var ingest: IngestReport
    let assessment: PlanAssessment
    /// The plan file read (named with --plan or found by default).
    let planPath: String

    /// `panels`: gather the revenue facts into panels of the fields the plan reads instead of keeping
    /// every row (the assessment needs no rows; a fraction of the memory).
    /// `warnPeriod`: say on stderr which incomplete later quarters the default period passed over.
    static func load(
        plan givenPlan: String?, source: DataOption, period: String?, method: String?,
        panels: Bool = false, warnPeriod: Bool = true
    ) throws -> AssessmentContext {
        let planPath = try Locations.plan(givenPlan, dataset: try source.data)
        let plan: Plan
        do {
            plan = try PlanFile.load(path: planPath)
        } catch let e as PlanFileError {
            throw CommandFailure(.dataError, e.description)
        }
        RunSummary.shared.recordPlan(planPath)
        var methodChoice: AssessmentMethod?
        if let method {
            guard let m = AssessmentMethod(rawValue: method) else {
                throw ValidationError(
                    "--method must be one of \(AssessmentMethod.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            methodChoice = m
        }
        PhaseTimings.mark("plan")
        let (dataset, ingest) = try source.load(revenuePanels: panels ? plan.amountFields : nil, accounting: true)
        PhaseTimings.mark("load")
        for problem in PlanValidator.validate(plan, against: dataset) {
            if problem.isError { throw CommandFailure(.dataError, problem.description) }
            Console.warning(problem.description)
        }
        let index = DatasetIndex(dataset)
        PhaseTimings.mark("index")
        let chosen: Period
        if let period {
            guard let label = PeriodLabel(period) else {
                throw ValidationError("--period «\(period)» is not a period; \(PeriodLabel.expectedForms)")
            }
            chosen = label.period
            // Outside the data is refused, but for a plan's deadline evaluated on the data since.
            if let why = PeriodSelection.outsideData(chosen, range: dataset.revenuePeriodRange, deadline: plan.deadline)
            {
                throw CommandFailure(.dataError, "plangauge: --period \(period): \(why)")
            }
        } else {
            let choice = PeriodSelection.latestCompleteChoice(index)
            guard let p = PeriodSelection.defaultPeriod(for: plan, index: index) else {
                if warnPeriod { warnPassedOver(choice) }
                throw CommandFailure(.dataError, "plangauge: the dataset has no revenue data to assess")
            }
            if warnPeriod { warnPassedOver(choice, assessed: p) }
            chosen = p
        }
        ProgressLine.phase("assessing \(plan.id) at \(chosen)")
        let assessment = PlanAssessor(plan: plan, index: index, method: methodChoice).assess(at: chosen)
        for w in TargetChecks.warnings(assessment) { Console.warning(w.description) }
        PhaseTimings.mark("assess")
        return AssessmentContext(
            plan: plan, dataset: dataset, ingest: ingest, assessment: assessment, planPath: planPath)
    }
}

/// Says on stderr which later periods of the data the default period selection passed over, and
/// why: the choice is never silent. `assessed`: the period a plan is assessed at, when not the
/// latest complete quarter (its deadline's year end).
func warnPassedOver(_ choice: PeriodSelection.Choice, assessed: Period? = nil) {
    let text = PeriodChoiceText.warning(choice, assessed: assessed)
    if !text.isEmpty { Console.warning(text) }
}

enum PeriodChoiceText {
    /// `plangauge: warning: 2026Q4 is in the data but not used: 2026Q4: 12 of 300 enterprises reported (4%);
    /// below 90% of the 298 who reported 2026Q3; using 2026Q3, the latest complete quarter (--period to choose)`.
    static func warning(_ choice: PeriodSelection.Choice, assessed: Period? = nil) -> String {
        var out = ""
        var instead =
            choice.latestComplete.map { "using \($0), the latest complete quarter" }
            ?? "no quarter of the data is complete"
        if let assessed, let used = choice.latestComplete, assessed != used {
            instead += ", and assessing the plan at \(assessed)"
        }
        instead += " (--period to choose)"
        for q in choice.passedOver {
            out += "plangauge: warning: \(q.quarter) is in the data but not used: \(q.reason); \(instead)\n"
        }
        func end(_ p: Period) -> (Int, Int) { (p.year, p.lastMonth) }
        if let last = choice.latestInData, let used = choice.latestComplete, end(last) > end(used),
            !choice.passedOver.contains(where: { end($0.quarter) == end(last) })
        {
            out += "plangauge: warning: the data runs to \(last), which is no quarter end; \(instead)\n"
        }
        return out
    }
}
