import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport

/// `plangauge missing --period P`: the roster's active enterprises with no 营业收入 for P (漏报),
/// for the 催报 e-mails.
struct MissingCommand: ParsableCommand, OperatorCommand {
    static let configuration = CommandConfiguration(
        commandName: "missing",
        abstract: "漏报: the active enterprises with no 营业收入 for a period, by district and park, with their last figure.",
        discussion: """
            Active: reported 营业收入 for a period ending in the four quarters before P (for 2025Q4: \
            2024Q4–2025Q3; a monthly or 累计 report counts for the month it ends in) or in P's earlier \
            months, and not exited (enterprises.csv `exited` / 退出日期) on or before P's last day. \
            Listed: no 营业收入 for a period ending in P's last month (当期 or 累计; the monthly row of \
            that month counts). A row for P whose 营业收入 cell is empty is no figure: the firm is listed \
            and marked 已报送但营业收入为空. Firms that exited are not listed; one line says how many.

            text: Chinese (--lang en for English), grouped by district and park, one line per firm \
            (code, name, last period and value in 万元, exact). csv: UTF-8 with BOM, the columns 所属区, \
            所属园区, 统一社会信用代码, 企业名称, 最近一次报送期, 最近一次营业收入（万元）, 备注 (the \
            same file as the report's data/missing.csv). json: schema plangauge.missing/1, money in 分.

            Exit status: 0 when every active firm reported, 1 when firms are listed (findings, as \
            `grants check`), 65 after writing the list when rows of enterprises, revenue, parks or \
            park_members were rejected (a rejected row can make a firm look missing: the list is not \
            to be trusted; this outranks 1) and for a period with no revenue data in its four quarters \
            before, 66 when the dataset folder or a required file is missing, 64 for bad usage.

            \(Locations.helpText)
            """
    )

    @OptionGroup var source: DataOption

    @Option(help: "The period chased, e.g. 2025Q4, 2025年四季度 or 2025-12.")
    var period: String

    @Option(help: "text (default), csv (UTF-8 with BOM, for the 催报 e-mails) or json (schema plangauge.missing/1).")
    var format: ReportFormat = .text

    @Option(help: "Language of the text output: zh or en (CSV is always Chinese; JSON carries the data).")
    var lang: String = "zh"

    @OptionGroup var operatorOptions: OperatorOptions

    /// Tables whose rejected rows can change who looks missing.
    static let tablesRead = ["enterprises", "revenue", "parks", "park_members"]

    func run() throws {
        guard let language = ReportLanguage(rawValue: lang) else { throw ValidationError("--lang must be zh or en") }
        guard let p = PeriodLabel(period)?.period else {
            throw ValidationError("--period «\(period)» is not a period; \(PeriodLabel.expectedForms)")
        }
        let (dataset, ingest) = try source.load()
        if let why = Self.noWindow(p, range: dataset.revenuePeriodRange) {
            throw CommandFailure(.dataError, "plangauge: --period \(period): \(why)")
        }
        guard let missing = MissingReporters.find(in: dataset, period: p) else {
            throw CommandFailure(.dataError, "plangauge: the dataset's revenue rows were not kept")
        }
        RunSummary.shared.recordOutput("-", kind: "stdout")
        switch format {
        case .text: print(MissingReportersRenderer.text(missing, lang: language), terminator: "")
        case .csv: print(String(decoding: MissingReportersRenderer.csv(missing), as: UTF8.self), terminator: "")
        case .json:
            let json = try MissingReportersRenderer.json(missing, dataset: try source.naming.label)
            print(String(decoding: json, as: UTF8.self))
        }
        try Self.finish(missing, ingest)
    }

    /// Rejected rows outrank findings: the list is written, then 65; else 1 when firms are listed.
    static func finish(_ missing: MissingReporters, _ ingest: IngestReport) throws {
        let files = ingest.files.filter { tablesRead.contains($0.table) }
        let rejected = files.reduce(0) { $0 + $1.rejected }, errors = files.reduce(0) { $0 + $1.errors }
        if rejected > 0 || errors > 0 {
            throw CommandFailure(
                .dataError,
                "plangauge: the list may be incomplete: \(rejected) rejected row\(rejected == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s") in enterprises, revenue, parks and park_members (a firm whose row was rejected looks missing); run `plangauge check \(DataAccountingText.shellWord(ingest.folder))` for them"
            )
        }
        if !missing.firms.isEmpty { throw ExitCode(1) }
    }

    /// Why `p` cannot be chased: no revenue figure can fall in its activity window (the four
    /// quarters before it and its own months); nil when some can.
    static func noWindow(_ p: Period, range: ClosedRange<Period>?) -> String? {
        guard let range else { return "the dataset has no revenue data" }
        let month = { (x: Period) in x.year * 12 + x.lastMonth }
        let first = p.year * 12 + p.firstMonth - 12
        guard month(range.upperBound) < first || month(range.lowerBound) > month(p) else { return nil }
        return
            "no revenue data falls in the four quarters before \(p) or in it (the data runs \(range.lowerBound) to \(range.upperBound))"
    }
}
