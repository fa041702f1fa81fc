import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeReport

struct QuarterlyCommand: ParsableCommand, OperatorCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarterly",
        abstract: "The quarter's statistical summary: totals, 同比/环比, 同口径 growth, 贡献率/拉动, rankings, and its paragraph.",
        discussion: """
            Each file's accounting (or one line when every file is clean) and the first errors go to stderr; \
            when later quarters in the data are incomplete, stderr says which and why they were passed over. \
            Exit status: 0; 65 after writing the output when a row was rejected or a file could not be read \
            (0 with --allow-rejects); 65 for a --period outside the data; 66 when the dataset folder or a \
            required file is missing; 74 when standard output cannot be written (the full table: \
            `plangauge --help`).

            \(Locations.helpText)
            """
    )

    @OptionGroup var source: DataOption

    @OptionGroup var partial: PartialDataOption

    @Option(help: "Quarter, e.g. 2024Q3 or 2024年三季度 (default: the latest complete quarter).")
    var period: String?

    @Option(help: "Amount: scale (产业收入 where reported, else 营业收入) or revenue.")
    var field: String = "scale"

    @Option(help: "text (default), json (schema plangauge.quarterly/1) or csv.")
    var format: ReportFormat = .text

    @OptionGroup var operatorOptions: OperatorOptions

    func run() throws {
        var (dataset, ingest) = try source.load(accounting: true)
        UnitWarnings.fold(into: &ingest, dataset)  // amounts in the wrong unit
        guard let amount = AmountField(rawValue: field), [.scale, .revenue, .industryRevenue].contains(amount) else {
            throw ValidationError("--field must be scale, revenue or industry_revenue")
        }
        let index = DatasetIndex(dataset)
        let quarter: Period
        if let period {
            guard let p = PeriodLabel(period)?.period else {
                throw ValidationError("--period «\(period)» is not a period")
            }
            guard p.unit == .quarter || (p.unit == .month && p.lastMonth % 3 == 0) else {
                throw ValidationError("--period must be a quarter, e.g. 2024Q3")
            }
            quarter = .quarter(p.year, p.lastMonth / 3)!
            if let why = PeriodSelection.outsideData(quarter, range: dataset.revenuePeriodRange) {
                throw CommandFailure(.dataError, "plangauge: --period \(period): \(why)")
            }
        } else {
            let choice = PeriodSelection.latestCompleteChoice(index)
            warnPassedOver(choice)
            guard let p = choice.latestComplete else {
                throw CommandFailure(.dataError, "plangauge: the dataset has no complete quarter to summarize")
            }
            quarter = p
        }
        guard let summary = QuarterlyAnalytics.summarize(index, at: quarter, field: amount) else {
            throw CommandFailure(.dataError, "plangauge: no data for \(quarter)")
        }
        RunSummary.shared.recordOutput("-", kind: "stdout")
        let report = QuarterlyReportBuilder.build(summary)
        switch format {
        case .text: print(QuarterlyTextRenderer.render(report), terminator: "")
        case .json:
            print(
                try StableJSON.string(
                    WithDataQuality(report, dataQuality: DataAccounting(ingest).named(by: try source.naming))))
        case .csv: print(QuarterlyCSVRenderer.render(report), terminator: "")
        }
        try partial.finish(ingest)
    }
}
