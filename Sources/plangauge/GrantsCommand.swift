import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport

/// `plangauge grants check|budget|evaluate`: the grants ledger against its policies.
struct GrantsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grants",
        abstract: "Policy funds (政策兑现与绩效): check the grants ledger, the budget, the evaluation.",
        discussion: """
            Reads grants.csv and grant_payments.csv of the dataset and the policies of --policies (default:
            the dataset's policies/, else the shipped ones; see `plangauge --help`). See PlanGaugeReport.docc, "Commands".

            Every subcommand states its as-of day and where it came from (--as-of, or the last day of the
            data's latest complete period), and counts and lists the rows dated after it (grants applied,
            payments, credit records) as not yet due: they count in no figure, and they do not change the
            exit status (they are the ledger's future as seen from that day, not rows lost). A grant applied
            outside its policy's validity is flagged outside_validity whatever the day.
            """,
        subcommands: [Check.self, Budget.self, Evaluate.self]
    )

    /// What every grants subcommand reads.
    struct Input: ParsableArguments {
        @OptionGroup var source: DataOption

        @Option(
            help:
                "The ledger as it stood on this day: grants applied, payments and credit records dated on or before it (default: the last day of the latest complete data period)."
        )
        var asOf: String?

        @Option(help: "Language of the text output: zh or en (as `report --lang`; JSON and CSV carry both).")
        var lang: String = "zh"

        @OptionGroup var operatorOptions: OperatorOptions

        var language: ReportLanguage {
            get throws {
                guard let l = ReportLanguage(rawValue: lang) else { throw ValidationError("--lang must be zh or en") }
                return l
            }
        }

        /// The report; exits 66 when the dataset has no grants.csv. JSON and CSV name the dataset
        /// and its files as the pages do (no machine paths); text keeps the paths as typed, so a
        /// finding's `file:line` opens from the terminal.
        func report(for format: ReportFormat) throws -> (PolicyFundsReport, IngestReport) {
            _ = try language  // a bad --lang is a usage error before anything is read
            let (dataset, ingest) = try source.load()
            guard ingest.files.contains(where: { $0.table == "grants" }) else {
                throw CommandFailure(.noInput, "plangauge: \(try source.data) has no grants.csv")
            }
            let index = DatasetIndex(dataset)
            let period = PeriodSelection.latestComplete(index) ?? dataset.latestRevenuePeriod
            var day = period?.lastDay
            var given: AsOfSourceLine?
            if let asOf {
                guard let d = CalendarDate(iso: asOf) else {
                    throw ValidationError("--as-of «\(asOf)» is not a date, e.g. 2026-09-30")
                }
                day = d
                given = .given(d)
            }
            guard let day, let period else {
                throw CommandFailure(.dataError, "plangauge: the dataset has no revenue data to date the ledger")
            }
            let r = PolicyFundsReportBuilder.build(
                index: index, asOf: day, dataPeriod: period, dataset: try source.data, source: given)
            return (format == .text ? r : r.named(by: try source.naming), ingest)
        }
    }

    struct Check: ParsableCommand, OperatorCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Each grant's entitlement, schedule and payments against its clause; every finding.",
            discussion: """
                Findings: above_entitlement, outside_validity, overlap (从高不重复), possible_overlap (the same
                without an item: a heuristic), credit_exclusion, credit_during_support, payment_beyond_schedule,
                condition_not_met (a clause or policy condition the data shows unmet), missing_base. Conditions
                the data cannot check are listed to confirm (需人工核实; JSON manual_checks); they are not findings. Exit status: 0 no finding, 1 findings, 65 when rows of grants.csv or
                grant_payments.csv were rejected (the check is incomplete; run `plangauge check`), 66 no grants.csv.
                """
        )

        @OptionGroup var input: Input
        var operatorOptions: OperatorOptions { input.operatorOptions }

        @Option(help: "text (default), json (schema plangauge.grants.check/1) or csv (one row per grant).")
        var format: ReportFormat = .text

        func run() throws {
            let (r, ingest) = try input.report(for: format)
            switch format {
            case .text: print(PolicyFundsTextRenderer.check(r, lang: try input.language), terminator: "")
            case .json:
                let document = Document(dataset: r.dataset, policies: r.policies, check: r.check)
                print(try StableJSON.string(r.stating(document)))
            case .csv: print(PolicyFundsCSVRenderer.check(r), terminator: "")
            }
            // The report above is complete for the rows accepted; rejected ledger rows make the check
            // incomplete, which outranks findings.
            let rejected = ingest.files.filter { ["grants", "grant_payments"].contains($0.table) }.reduce(0) {
                $0 + $1.rejected
            }
            if rejected > 0 {
                throw CommandFailure(
                    .dataError,
                    "plangauge: grants check incomplete: \(rejected) rows of grants.csv and grant_payments.csv were rejected; run `plangauge check \(try input.source.data)` for the list"
                )
            }
            if !r.check.findings.isEmpty { throw ExitCode(1) }
        }

        struct Document: Encodable {
            let dataset: String
            let policies: [PolicyFundsReport.PolicyLine]
            let check: GrantCheckReport
        }
    }

    struct Budget: ParsableCommand, OperatorCommand {
        static let configuration = CommandConfiguration(
            commandName: "budget",
            abstract: "Committed vs paid by year and by clause, and the instalments still due in later years."
        )

        @OptionGroup var input: Input
        var operatorOptions: OperatorOptions { input.operatorOptions }

        @Option(help: "text (default), json (schema plangauge.grants.budget/1) or csv.")
        var format: ReportFormat = .text

        @Option(help: "CSV table: year or clause.")
        var by: String = "year"

        func run() throws {
            guard ["year", "clause"].contains(by) else { throw ValidationError("--by must be year or clause") }
            let (r, _) = try input.report(for: format)
            switch format {
            case .text: print(PolicyFundsTextRenderer.budget(r, lang: try input.language), terminator: "")
            case .json: print(try StableJSON.string(r.stating(r.budget, asOfInBody: true)))
            case .csv:
                print(
                    by == "year" ? PolicyFundsCSVRenderer.budgetByYear(r) : PolicyFundsCSVRenderer.budgetByClause(r),
                    terminator: "")
            }
        }
    }

    struct Evaluate: ParsableCommand, OperatorCommand {
        static let configuration = CommandConfiguration(
            commandName: "evaluate",
            abstract: "绩效评估: revenue growth of supported vs comparable unsupported firms (difference in differences).",
            discussion: "The method and its limits are printed with the numbers (PlanGaugeReport.docc, \"Commands\")."
        )

        @OptionGroup var input: Input
        var operatorOptions: OperatorOptions { input.operatorOptions }

        @Option(help: "text (default), json (schema plangauge.grants.evaluation/2) or csv (one row per cell).")
        var format: ReportFormat = .text

        func run() throws {
            let (r, _) = try input.report(for: format)
            switch format {
            case .text: print(PolicyFundsTextRenderer.evaluation(r, lang: try input.language), terminator: "")
            case .json: print(try StableJSON.string(r.stating(r.evaluation)))
            case .csv: print(PolicyFundsCSVRenderer.evaluation(r), terminator: "")
            }
        }
    }
}
