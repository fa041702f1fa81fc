import Foundation
import PlanGaugeModel

/// Writes a whole synthetic dataset folder that follows the dataset contract, the way offices send
/// them: an English UTF-8 file for early years, a Chinese-header UTF-8-with-BOM file for later years,
/// and a GB18030 file of cumulative (累计, `1-9月`) returns from two suburban districts.
public struct Synthesizer {
    /// What to make.
    public let config: SynthConfig

    /// A synthesizer for `config`.
    public init(config: SynthConfig) { self.config = config }

    /// What was written, for the command's summary.
    public struct Output: Sendable {
        /// Each file written, with its data rows (header excluded).
        public var files: [(name: String, rows: Int)] = []

        /// Nothing written yet.
        public init() {}
    }

    /// Generates into `folder`, which must be new or empty. Replacing a dataset folder that is
    /// already there is the publisher's job (`plangauge synth` writes through `FolderPublisher`:
    /// only a folder PlanGauge made, under a lock, in one step); this never deletes anything.
    public func write(to folder: String) throws -> Output {
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard try fm.contentsOfDirectory(atPath: folder).isEmpty else { throw NotEmptyFolder(path: folder) }
        return try write(into: folder)
    }

    /// Writes the dataset's files, and the marker that makes the folder PlanGauge's, into the
    /// existing folder `dir`.
    public func write(into dir: String) throws -> Output {
        try Data(OutputMarker.contents(.dataset)).write(
            to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent(OutputMarker.fileName)))
        return try writeFiles(into: dir)
    }

    /// `write(to:)` was given a folder that already holds files.
    public struct NotEmptyFolder: ExitStatusError {
        /// The folder that was not empty.
        public var path: String
        /// 73 (EX_CANTCREAT): the output could not be created.
        public var exitStatus: ExitStatus { .cannotCreate }
        /// The message the command prints.
        public var description: String {
            "\(path): not written: the folder is not empty (synth writes only into a new or empty folder)"
        }
    }

    private func writeFiles(into dir: String) throws -> Output {
        let population = FirmPopulation(config: config)
        let periods = population.periods
        var out = Output()
        func path(_ name: String) -> String { (dir as NSString).appendingPathComponent(name) }

        try writeParks(path: path("parks.csv"), output: &out)
        // enterprises.csv (with the credit record when the data has a grants ledger)
        // The ledger follows 普陀区's policies (Data/policies): Shanghai's sample only.
        let grants = config.region.code == SynthRegion.shanghai.code ? GrantLedger(population, seed: config.seed) : nil
        try writeEnterprises(population, grants, path: path("enterprises.csv"), output: &out)
        // park_members.csv: the moves, with their dates (a firm's other rows say nothing of time).
        if population.firms.contains(where: { !$0.parkSpans.isEmpty }) {
            try writeParkMembers(population, path: path("park_members.csv"), output: &out)
        }

        try writeRevenue(population, periods: periods, dir: dir, output: &out)
        try writeParkStats(population, periods: periods, path: path("park_stats.csv"), output: &out)
        try writeReferenceTables(dir: dir, output: &out)
        if let grants { try writeGrants(grants, population, dir: dir, output: &out) }
        if let last = periods.last { try writeManifest(closedAfter: last, path: path("dataset.yaml")) }
        return out
    }

    /// dataset.yaml: what the dataset is, as an office would say it, closed on the 20th of the month
    /// after the data's last period; it says plainly that the firms and figures are made up.
    private func writeManifest(closedAfter last: Period, path: String) throws {
        let (year, month) = last.lastMonth == 12 ? (last.year + 1, 1) : (last.year, last.lastMonth + 1)
        let asOf = "\(year)-" + (month < 10 ? "0" : "") + "\(month)-20"
        let text = """
            # What this dataset is, in the office's words: the report's head states it (编制单位, 数据来源,
            # 统计范围, 数据截至, 联系人); `plangauge check` validates it. Every key is optional; Chinese keys
            # (编制单位, 数据来源, 统计范围, 数据截至, 联系人) work too.
            title: 网络安全产业重点企业监测（样例数据）
            issuer: 样例编制单位（产业处）
            source: 重点企业直报，区经委汇总；企业名称与数据均为虚构，仅供演示
            coverage: 本市网络安全产业重点监测企业
            as_of: \(asOf)
            contact: 产业处 021-00000000（样例）
            # English pages (report --lang en) use these; a field without its English is left off them.
            title_en: Cybersecurity firms monitoring (sample data)
            issuer_en: Sample compiling office
            source_en: Firms' own returns, collected by the districts; firms and figures are fictitious
            coverage_en: Monitored cybersecurity firms of the city
            contact_en: Industry division, 021-00000000 (sample)

            """
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// parks.csv: the region's parks.
    private func writeParks(path: String, output out: inout Output) throws {
        let parks = try CSVTableWriter(path: path, encoding: .utf8)
        try parks.row(["id", "name", "name_en", "district", "level", "recognized"])
        for p in config.region.parks {
            try parks.row([p.id, p.name, p.nameEn ?? "", p.district, p.level, p.recognized])
        }
        try parks.close()
        out.files.append(("parks.csv", parks.rows - 1))
    }

    /// enterprises.csv, with the `credit_flags` column when there is a grants ledger.
    private func writeEnterprises(
        _ population: FirmPopulation, _ grants: GrantLedger?, path: String, output out: inout Output
    )
        throws
    {
        let ent = try CSVTableWriter(path: path, encoding: .utf8)
        try ent.row(
            ["id", "name", "district", "park", "segment", "tags", "founded"] + (grants == nil ? [] : ["credit_flags"]))
        for (i, f) in population.firms.enumerated() {
            try ent.row(
                [
                    f.id.code, f.name, f.district, f.park ?? "", f.segment, f.tags.joined(separator: ";"),
                    f.founded.description
                ] + (grants.map { [$0.creditFlags[i] ?? ""] } ?? []))
        }
        try ent.close()
        out.files.append(("enterprises.csv", ent.rows - 1))
    }

    /// park_members.csv: every firm's spans in parks, with their dates.
    private func writeParkMembers(_ population: FirmPopulation, path: String, output out: inout Output) throws {
        let members = try CSVTableWriter(path: path, encoding: .utf8)
        try members.row(["统一社会信用代码", "企业名称", "园区", "入驻日期", "迁出日期"])
        for f in population.firms {
            for s in f.parkSpans {
                try members.row([f.id.code, f.name, s.park, s.from?.description ?? "", s.to?.description ?? ""])
            }
        }
        try members.close()
        out.files.append(("park_members.csv", members.rows - 1))
    }

    /// series.csv and milestones.csv, from the reference tables.
    private func writeReferenceTables(dir: String, output out: inout Output) throws {
        func path(_ name: String) -> String { (dir as NSString).appendingPathComponent(name) }
        let series = try CSVTableWriter(path: path("series.csv"), encoding: .utf8)
        try series.row(ReferenceTables.seriesHeader)
        for r in ReferenceTables.series() { try series.row(r) }
        try series.close()
        out.files.append(("series.csv", series.rows - 1))

        let milestones = try CSVTableWriter(path: path("milestones.csv"), encoding: .utf8)
        try milestones.row(ReferenceTables.milestoneHeader)
        for r in ReferenceTables.milestones(SplitMix64(seed: config.seed).fork(7), region: config.region) {
            try milestones.row(r)
        }
        try milestones.close()
        out.files.append(("milestones.csv", milestones.rows - 1))
    }

    /// `grants.csv` and `grant_payments.csv`, with Chinese headers and amounts in 万元 as an office keeps them.
    private func writeGrants(_ ledger: GrantLedger, _ population: FirmPopulation, dir: String, output: inout Output)
        throws
    {
        func path(_ name: String) -> String { (dir as NSString).appendingPathComponent(name) }
        func wan(_ fen: Int64) -> String {
            Amount(fen: fen).formatted(in: .wan, DecimalFormat(places: 6, trimmingZeros: true))
        }
        let g = try CSVTableWriter(path: path("grants.csv"), encoding: .utf8)
        try g.row(["项目编号", "统一社会信用代码", "企业名称", "政策", "条款", "支持事项", "申报日期", "计算基数(万元)", "核定金额(万元)", "支持年限"])
        let p = try CSVTableWriter(path: path("grant_payments.csv"), encoding: .utf8)
        try p.row(["项目编号", "拨付日期", "拨付金额(万元)"])
        for r in ledger.rows {
            let f = population.firms[r.firm]
            try g.row([
                r.id, f.id.code, f.name, r.policy, r.clause, r.item, r.applied.description, r.baseFen.map(wan) ?? "",
                wan(r.grantedFen), r.years.map(String.init) ?? ""
            ])
        }
        for r in ledger.rows { for pay in r.payments { try p.row([r.id, pay.date.description, wan(pay.fen)]) } }
        for (name, w) in [("grants.csv", g), ("grant_payments.csv", p)] {
            try w.close()
            output.files.append((name, w.rows - 1))
        }
    }

    /// The share of its year a period carries for one firm.
    private func yearShare(_ f: FirmProfile, _ p: Period) -> Double {
        let q = (p.lastMonth - 1) / 3
        let quarter = f.seasonal[q]
        return p.unit == .month ? quarter * IndustryPath.monthShares[(p.lastMonth - 1) % 3] : quarter
    }

    /// The revenue files: 当期 rows of the early and late years, and the cumulative reporters' 累计 rows.
    private func writeRevenue(_ population: FirmPopulation, periods: [Period], dir: String, output: inout Output) throws
    {
        let splitYear = config.years.lowerBound + (config.years.count + 1) / 2
        let monthly = config.frequency == .month
        let files = try openRevenueFiles(dir: dir, splitYear: splitYear)

        var mood = SplitMix64(seed: config.seed).fork(6)
        let moods = periods.map { _ in 1 + 0.10 * mood.normal() }
        var late_ = SplitMix64(seed: config.seed).fork(8)
        // Year-to-date sums for cumulative reporters, in 0.01万元 (exact integer sums).
        var ytdRevenue = [Int64](repeating: 0, count: population.firms.count)
        var ytdIndustry = [Int64](repeating: 0, count: population.firms.count)
        let cumulativeReporters = config.region.cumulativeReporters

        for (k, p) in periods.enumerated() {
            let isLast = k == periods.count - 1
            for (i, f) in population.firms.enumerated() {
                if p.firstMonth == 1 { ytdRevenue[i] = 0; ytdIndustry[i] = 0 }
                guard f.reports(at: k), let annual = f.annual[p.year] else { continue }
                let x = figures(f, annual: annual, p, mood: moods[k])

                if cumulativeReporters.contains(f.district) {
                    ytdRevenue[i] += x.units
                    ytdIndustry[i] += x.industry ?? x.units
                    // Monthly offices publish January and February together (1-2月).
                    if monthly && p.index == 1 { continue }
                    try files.ytd.row([
                        f.id.code, f.name, "\(p.year)年1-\(p.lastMonth)月", Self.fixed2(ytdRevenue[i]),
                        x.industry == nil ? "" : Self.fixed2(ytdIndustry[i]), x.cap.map(Self.fixed2) ?? "",
                        String(x.employees)
                    ])
                    continue
                }
                // A few firms have not reported the latest period yet.
                let missing = isLast && late_.chance(0.03)
                try writePeriodRow(f, p, x, missing: missing, splitYear: splitYear, files)
            }
        }
        for (name, w) in [(files.earlyName, files.early), (files.lateName, files.late), (files.ytdName, files.ytd)] {
            try w.close()
            output.files.append((name, w.rows - 1))
        }
    }

    /// The three revenue files, each with its header: early years in English (UTF-8), later years
    /// with Chinese headers (UTF-8 with BOM, CRLF), and the cumulative returns (GB18030, CRLF).
    private struct RevenueFiles {
        let earlyName: String, early: CSVTableWriter
        let lateName: String, late: CSVTableWriter
        let ytdName: String, ytd: CSVTableWriter
    }

    private func openRevenueFiles(dir: String, splitYear: Int) throws -> RevenueFiles {
        func path(_ name: String) -> String { (dir as NSString).appendingPathComponent(name) }
        let earlyName = "revenue_\(config.years.lowerBound)-\(splitYear - 1).csv"
        let lateName = "revenue_\(splitYear)-\(config.years.upperBound).csv"
        let ytdName = "revenue_ytd_gb18030.csv"

        let early = try CSVTableWriter(path: path(earlyName), encoding: .utf8)
        try early.row([
            "id", "name", "period", "basis", "revenue_wan", "industry_revenue_wan", "market_cap_yi",
            "rd_expense_wan", "employees"
        ])
        let late = try CSVTableWriter(path: path(lateName), encoding: .utf8BOM, crlf: true)
        try late.row([
            "统一社会信用代码", "企业名称", "统计期", "口径", "营业收入（万元）", "产业收入（万元）", "市值（亿元）",
            "研发投入（万元）", "从业人员"
        ])
        let ytd = try CSVTableWriter(path: path(ytdName), encoding: .gb18030, crlf: true)
        try ytd.row(["统一社会信用代码", "企业名称", "统计期", "营业收入(万元)", "产业收入(万元)", "市值(亿元)", "从业人员"])
        return RevenueFiles(
            earlyName: earlyName, early: early, lateName: lateName, late: late, ytdName: ytdName, ytd: ytd)
    }

    /// A firm's figures for one period: revenue, industry revenue and R&D in 0.01万元, market cap in 0.01亿元.
    private struct PeriodFigures {
        let units: Int64, industry: Int64?, cap: Int64?, rd: Int64, employees: Int
    }

    /// The firm's figures in `p`, from its `annual` revenue (万元) that year and the market's `mood`.
    private func figures(_ f: FirmProfile, annual: Double, _ p: Period, mood: Double) -> PeriodFigures {
        let units = Int64((annual * yearShare(f, p) * 100).rounded())
        let industry = f.industryShare.map { Int64((Double(units) * $0).rounded()) }
        let cap = f.salesMultiple.map { Int64((annual / 10_000 * $0 * mood * 100).rounded()) }
        let rd = Int64((Double(units) * f.rdRatio).rounded())
        let employees = max(3, Int((annual / f.revenuePerEmployee).rounded()))
        return PeriodFigures(units: units, industry: industry, cap: cap, rd: rd, employees: employees)
    }

    /// A 当期 row, in the early file or (with grouped digits) the late one; `missing`: "-" and empty cells.
    private func writePeriodRow(
        _ f: FirmProfile, _ p: Period, _ x: PeriodFigures, missing: Bool, splitYear: Int, _ files: RevenueFiles
    ) throws {
        let monthly = config.frequency == .month
        let revenue = missing ? "-" : Self.fixed2(x.units)
        let rest =
            missing
            ? ["", "", "", ""]
            : [
                x.industry.map(Self.fixed2) ?? "", x.cap.map(Self.fixed2) ?? "",
                Self.fixed2(x.rd), String(x.employees)
            ]
        if p.year < splitYear {
            let label = monthly ? p.description : "\(p.year)Q\(p.index)"
            try files.early.row([f.id.code, f.name, label, "当期", revenue] + rest)
        } else {
            let label = monthly ? "\(p.year)年\(p.index)月" : "\(p.year)年\(["一", "二", "三", "四"][p.index - 1])季度"
            let grouped = missing ? revenue : Self.fixed2(x.units, grouping: true)
            try files.late.row([f.id.code, f.name, label, "当期", grouped] + rest)
        }
    }

    /// park_stats.csv: one row per park and quarter. The offices of the districts that send
    /// cumulative returns (`cumulativeReporters`) state their parks' revenue year to date too
    /// (口径 累计, labels like `2025年1-9月`): the exact running sums of the quarters' own figures,
    /// so every quarter's value the reports derive is the one a 当期 row would have given.
    private func writeParkStats(_ population: FirmPopulation, periods: [Period], path: String, output: inout Output)
        throws
    {
        let w = try CSVTableWriter(path: path, encoding: .utf8)
        try w.row(["园区", "统计期", "口径", "入驻企业数", "营业收入(亿元)", "从业人员"])
        // Park offices report quarterly whatever the firms' frequency, including firms off the list.
        let quarters = Array(Set(periods.map { Period.quarter($0.year, ($0.lastMonth - 1) / 3 + 1)! })).sorted()
        var yearToDate: [String: RunningYear] = [:]
        for q in quarters {
            guard periods.contains(where: { q.contains($0) && $0.lastMonth == q.lastMonth }) else { continue }
            for park in config.region.parks {
                var firms = 0
                var revenue = 0.0
                var employees = 0.0
                // By the park enterprises.csv names: the office's own figures, which count firms off
                // the list too, do not follow the few dated moves of park_members.csv.
                for f in population.firms where f.park == park.id {
                    guard let k = periods.firstIndex(where: { q.contains($0) }), f.reports(at: k),
                        let annual = f.annual[q.year]
                    else { continue }
                    firms += 1
                    revenue += annual * f.seasonal[q.index - 1]
                    employees += annual / f.revenuePerEmployee
                }
                // written as 亿元 with 4 decimals
                let wan = firms > 0 ? Int64((revenue * park.otherRevenue).rounded()) : 0
                let cumulative =
                    config.region.cumulativeReporters.contains(park.district)
                    ? RunningYear.advance(yearToDate[park.id], to: q, adding: wan) : nil
                yearToDate[park.id] = cumulative
                guard firms > 0 else { continue }
                let (label, basis, value) =
                    cumulative.map { ("\(q.year)年1-\(q.lastMonth)月", "累计", $0.wan) } ?? (q.description, "当期", wan)
                try w.row([
                    park.id, label, basis, String(Int((Double(firms) * 1.6).rounded())),
                    Self.fixed(value, decimals: 4), String(Int((employees * park.otherRevenue).rounded()))
                ])
            }
        }
        try w.close()
        output.files.append(("park_stats.csv", w.rows - 1))
    }

    /// A park's revenue from January to the end of `through` (a quarter of `year`), in 万元.
    private struct RunningYear {
        var year: Int
        var through: Int
        var wan: Int64

        /// The sum after quarter `q`; nil when the quarters before it in its year were not all
        /// summed (the data starts mid-year), so the figure cannot be stated year to date.
        static func advance(_ sum: RunningYear?, to q: Period, adding wan: Int64) -> RunningYear? {
            if q.index == 1 { return RunningYear(year: q.year, through: 1, wan: wan) }
            guard let sum, sum.year == q.year, sum.through == q.index - 1 else { return nil }
            return RunningYear(year: q.year, through: q.index, wan: sum.wan + wan)
        }
    }

    /// 0.01-unit integer as `1234.56` (optionally `1,234.56`).
    static func fixed2(_ units: Int64) -> String { fixed2(units, grouping: false) }

    static func fixed2(_ units: Int64, grouping: Bool) -> String {
        DecimalFormat(places: 2, grouping: grouping).string(significand: units, scale: 2)
    }

    /// An integer count of 10^−decimals units as decimal text: `(12345, 4)` → `1.2345`.
    static func fixed(_ units: Int64, decimals: Int) -> String {
        DecimalFormat(places: decimals).string(significand: units, scale: decimals)
    }
}
