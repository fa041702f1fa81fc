import ArgumentParser
import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeReport

struct TemplateCommand: ParsableCommand, OperatorCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract:
            "Write the forms an office sends out for a period: one per district, park or enterprise of the roster.",
        discussion: """
            One file per district (default), park or enterprise of the roster (the dataset's enterprises.csv),
            named 2025Q4_浦东新区.xlsx, 2025Q4_<park id>.xlsx or 2025Q4_<统一社会信用代码>.xlsx. Each lists its
            enterprises with code, name, period, 口径 (当期) and last period's 营业收入 for reference, all
            locked; the figures asked for (营业收入, 产业收入, 研发投入 in 万元, 从业人员) are the only cells
            that can be typed into, and take only numbers ≥ 0. A second sheet, 填报说明, explains every
            column, the units, the deadline and whom to call. Enterprises without a district (or park) share
            one form; those that left the roster by the period's end (exited) are on none.
            --format csv writes the same header and rows as GB18030 CSV without a BOM, for Excel on Chinese
            Windows. The same inputs give byte-identical files: the workbooks' creation time is --at, else
            SOURCE_DATE_EPOCH, else the day after the period ends.

              plangauge template --period 2025Q4 --out forms/2025Q4 --deadline 2026-01-15 \\
                --contact "经信委产业处 张三 021-12345678"

            The folder is replaced as a whole, and only if PlanGauge made it for forms, or it is new or empty.
            Exit status: 0; 64 for a bad option (a period, date or format that cannot be read); 65 when the
            roster lists no enterprise to send a form to; 66 when the dataset folder or enterprises.csv is
            missing; 73 when --out cannot be created or is a folder PlanGauge will not replace; 75 when
            another run is writing it (the full table: `plangauge --help`).
            """
    )

    @Option(help: "The period the forms ask figures for: 2025Q4, 2025年四季度, 2025-11, 2025H2, 2025.")
    var period: String

    @Option(help: "Output folder (replaced only if PlanGauge made it for forms, or it is new or empty).")
    var out: String

    @OptionGroup var source: DataOption

    @Option(help: "One form per district (default), park or enterprise.")
    var by: String = FormSet.Grouping.district.rawValue

    @Option(help: "xlsx (default: locked pre-filled cells, validated inputs, a 填报说明 sheet) or csv (GB18030).")
    var format: String = FormFormat.xlsx.rawValue

    @Option(help: "The deadline written in the instructions, as YYYY-MM-DD (default: «按通知规定的时间»).")
    var deadline: String?

    @Option(help: "Whom to call, written in the instructions (e.g. \"经信委产业处 张三 021-12345678\").")
    var contact: String?

    @Option(
        help:
            "The creation time stamped in the workbooks: YYYY-MM-DD or an ISO 8601 time (default: SOURCE_DATE_EPOCH, else the day after the period ends)."
    )
    var at: String?

    @OptionGroup var lock: LockWaitOption

    @OptionGroup var operatorOptions: OperatorOptions

    func run() throws {
        let options = try parsedOptions()  // a bad option is a usage error (64), before reading
        let (dataset, _) = try source.load()
        try FolderPublisher.precheck(out, kind: .forms)  // missing input first (66), then a folder of the user's (73)
        let set = FormSet.build(from: dataset, period: options.period, by: options.grouping)
        guard !set.forms.isEmpty else {
            throw CommandFailure(
                .dataError,
                "plangauge: the roster lists no enterprise to send a form for \(options.period) to"
                    + (set.exited.isEmpty ? "" : " (\(set.exited.count) left the roster by \(options.period.lastDay))"))
        }
        let details = FormDetails(deadline: options.deadline, contact: contact, created: options.created)
        let written = try FormFolder.write(
            set, format: options.format, details: details, to: out, lockWait: lock.lockWait)
        RunSummary.shared.recordOutput(out, kind: "folder", files: written.count)
        for w in written { print("\(out)/\(w.name): \(w.rows) enterprise\(w.rows == 1 ? "" : "s") (\(w.unit))") }
        Console.note(
            "plangauge: \(written.count) form\(written.count == 1 ? "" : "s") for \(options.period), \(set.rowCount) enterprises"
                + (set.exited.isEmpty
                    ? "" : "; \(set.exited.count) left the roster by \(options.period.lastDay) and are on no form"))
    }

    /// The options as values, or a usage error naming the one that cannot be read.
    private func parsedOptions() throws -> ParsedOptions {
        guard let label = PeriodLabel(period) else {
            throw ValidationError("--period «\(period)» is not a period (e.g. 2025Q4, 2025年四季度, 2025-11)")
        }
        // The forms ask for 当期 figures: `2025年1-9月` names a year to date, not a period to report.
        guard label.impliedBasis != .cumulative else {
            let end = label.period
            let quarter = end.lastMonth % 3 == 0 ? Period.quarter(end.year, end.lastMonth / 3) : nil
            throw ValidationError(
                "--period «\(period)» names a year to date (累计); the forms ask for 当期 figures: give the period itself, e.g. \(quarter ?? end)"
            )
        }
        guard let grouping = FormSet.Grouping(rawValue: by) else {
            throw ValidationError("--by must be district, park or enterprise, not «\(by)»")
        }
        guard let format = FormFormat(rawValue: format) else {
            throw ValidationError("--format must be xlsx or csv, not «\(self.format)»")
        }
        var due: CalendarDate?
        if let deadline {
            guard let d = CalendarDate(iso: deadline) else {
                throw ValidationError("--deadline «\(deadline)» is not a date YYYY-MM-DD")
            }
            due = d
        }
        return ParsedOptions(
            period: label.period, grouping: grouping, format: format, deadline: due,
            created: try creationTime(after: label.period))
    }

    private struct ParsedOptions {
        var period: Period
        var grouping: FormSet.Grouping
        var format: FormFormat
        var deadline: CalendarDate?
        var created: Int64
    }

    /// --at, else SOURCE_DATE_EPOCH, else midnight (UTC) of the day after the period ends: never
    /// the clock, so two runs give the same bytes.
    private func creationTime(after period: Period) throws -> Int64 {
        if let at {
            guard let seconds = OutputTime.seconds(iso: at) else {
                throw ValidationError(
                    "--at «\(at)» is not a date YYYY-MM-DD or an ISO 8601 time such as 2026-01-05T09:00:00Z")
            }
            return seconds
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch), seconds >= 0 else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a number of seconds, not «\(epoch)»")
            }
            return seconds
        }
        return OutputTime.created(generatedAt: nil, dataPeriod: period)
    }
}
