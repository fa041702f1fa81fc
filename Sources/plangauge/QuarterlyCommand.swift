import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeReport

struct QuarterlyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarterly",
        abstract: "The quarter's statistical summary: totals, 同比/环比, 同口径 growth, 贡献率/拉动, rankings, and its paragraph."
    )

    @OptionGroup var source: DataOption

    @Option(help: "Quarter, e.g. 2024Q3 or 2024年三季度 (default: the latest complete quarter).")
    var period: String?

    @Option(help: "Amount: scale (产业收入 where reported, else 营业收入) or revenue.")
    var field: String = "scale"

    @Option(help: "text (default), json (schema plangauge.quarterly/1) or csv.")
    var format: ReportFormat = .text

    func run() throws {
        let (dataset, _) = try source.load()
        guard let amount = AmountField(rawValue: field), [.scale, .revenue, .industryRevenue].contains(amount) else {
            throw ValidationError("--field must be scale, revenue or industry_revenue")
        }
        let index = DatasetIndex(dataset)
        let quarter: Period
        if let period {
            guard let p = PeriodLabel(period)?.period else { throw ValidationError("--period «\(period)» is not a period") }
            guard p.unit == .quarter || (p.unit == .month && p.lastMonth % 3 == 0) else {
                throw ValidationError("--period must be a quarter, e.g. 2024Q3")
            }
            quarter = .quarter(p.year, p.lastMonth / 3)!
        } else {
            guard let p = PeriodSelection.latestComplete(index) else { throw ExitCode(65) }
            quarter = p
        }
        guard let summary = QuarterlyAnalytics.summarize(index, at: quarter, field: amount) else {
            FileHandle.standardError.write(Data("plangauge: no data for \(quarter)\n".utf8))
            throw ExitCode(65)
        }
        let report = QuarterlyReportBuilder.build(summary)
        switch format {
        case .text: print(QuarterlyTextRenderer.render(report), terminator: "")
        case .json: print(try QuarterlyJSONRenderer.render(report))
        case .csv: print(QuarterlyCSVRenderer.render(report), terminator: "")
        }
    }
}
