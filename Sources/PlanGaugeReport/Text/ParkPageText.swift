import PlanGaugeModel

/// Every word the park page writes, in Chinese and English. The page builder asks this table and
/// never spells a sentence itself; numbers and names arrive already formatted.
struct ParkPageText {
    let l: L10n
    // Head
    var district: String { l.t("所属区：", "District: ") }
    var level: String { l.t("级别：", "Level: ") }
    var recognised: String { l.t("认定日期：", "Recognised: ") }

    // Overview
    var overview: String { l.t("概况", "Overview") }
    var overviewNote: String {
        l.t(
            "园区统计（全口径）：园区管理机构报送的全部入驻企业数据（园区统计表）；名录内企业：名录中在本园区、近12个月报过数的企业。",
            "Park office figures (whole park): the park office's own returns for every firm in it (park_stats); "
                + "tracked firms: firms on the list in this park that reported in the last 12 months."
        )
    }
    func parkOfficeRevenue(over span: String) -> String {
        l.t("园区统计（全口径）营业收入 · ", "Park office (whole park) revenue, ") + span
    }
    var noParkStats: String { l.t("园区统计表无本园区本期数据", "no park_stats figure for this period") }
    func trackedRevenue(over span: String) -> String {
        l.t("名录内企业产业收入 · ", "Tracked firms' industry revenue, ") + span
    }
    var noTrackedReport: String { l.t("名录内企业本期无报数", "no tracked firm reported") }
    func trackedFirms(_ n: Int) -> String {
        l.t("名录内企业 \(n) 家（近12个月有报数）", "\(n) tracked firms (reported in the last 12 months)")
    }
    func employees(_ n: Int) -> String { l.t("；从业人员 \(n) 人", "; \(n) employees") }
    func firmsInPark(endOf p: Period) -> String {
        l.t("入驻企业数 · 园区统计（全口径）· \(p.chineseLabel)末", "Firms in the park, park office (whole park), end of \(p)")
    }
    var trackedFirmsTile: String { l.t("名录内企业（近12个月有报数）", "Tracked firms (reported in the last 12 months)") }
    var shareOfCity: String { l.t("占全市（名录内企业产业收入）", "Share of the city (tracked firms' industry revenue)") }
    /// "全市园区第 3 位" / "rank 3 of 12 parks".
    func rank(_ rank: Int, of parks: Int) -> String { l.t("全市园区第 \(rank) 位", "rank \(rank) of \(parks) parks") }
    func lastTwelveMonths(_ money: String) -> String { l.t("近12个月 ", "last 12 months ") + money }
    func fullYear(_ year: Int, _ money: String) -> String { l.t("\(year)年全年 ", "full year \(year) ") + money }

    // Goals
    /// "2024年二季度（监测）；条形为…" / "2024Q2 (monitoring); bars show …", with the change's quarter.
    func goalsNote(chinesePeriod: String, chinesePhase: String, period: String, phase: String, before: Period?)
        -> String
    {
        let assessed = chinesePeriod + l.t("（\(chinesePhase)）", "")
        var note = l.t(
            "\(assessed)；条形为完成度（当前值/目标值），竖线为时间进度。",
            "\(period) (\(phase)); bars show completion (value / target), the marker time progress.")
        if let q = before { note += l.t("较上季：与\(q.chineseLabel)相比。", " Change: since \(q).") }
        return note
    }
    func goalsTitle(_ plan: String) -> String { l.t("园区目标：", "Park goals: ") + plan }
    var met: String { l.t("·达标", " · met") }
    var missed: String { l.t("·未达标", " · missed") }
    var monitoringOnly: String { l.t("仅监测（无目标）", "monitoring only (no target)") }
    /// A later reading's head, before its value: "最新（2024年三季度）" / "latest (2024Q3) ".
    func latest(_ period: String) -> String {
        l.t("最新（\(PeriodLabel(period)?.period.chineseLabel ?? period)）", "latest (\(period)) ")
    }
    var vsLastQuarter: String { l.t("较上季 ", "vs last quarter ") }
    var noFigureThen: String { l.t("上季无数据", "no figure then") }
    var unchanged: String { l.t("持平", "unchanged") }

    // Trend
    var trend: String { l.t("走势", "Trend") }
    var parkOfficeRevenueLine: String { l.t("园区统计（全口径）营业收入", "Park office (whole park) revenue") }
    var trackedRevenueLine: String { l.t("名录内企业产业收入", "Tracked firms' industry revenue") }
    /// The chart's summary; `target`: the goal's target words when a required path is drawn.
    func trendSummary(park: String, target: String?) -> String {
        l.t(
            "\(park)：园区统计（全口径）营业收入与名录内企业产业收入，各年为全年、最新为近12个月（亿元）" + (target.map { "；" + $0 } ?? "") + "。",
            "\(park): the park office's revenue and the tracked firms' industry revenue, "
                + "full years and the last 12 months (CNY bn)"
                + (target.map { "; " + $0 } ?? "") + ".")
    }
    var trendChartTitle: String { l.t("走势（亿元）", "Trend (CNY bn)") }
    func requiredPath(onParkStats: Bool) -> String {
        l.t(
            "目标所需路径（\(onParkStats ? "园区统计" : "名录内企业")）",
            "Required path (\(onParkStats ? "park office" : "tracked firms"))")
    }
    /// A goal's target by the path: "产业规模目标（园区统计）300亿元（2025年）" /
    /// "Scale target (park office) CNY 30.0 bn (2025)"; `amount` in the page's money unit.
    func pathTarget(name: String, englishName: String?, onParkStats: Bool, amount: Double, year: Int) -> String {
        l.t(
            "\(name)目标（\(onParkStats ? "园区统计" : "名录内企业")）",
            "\(englishName ?? name) target (\(onParkStats ? "park office" : "tracked firms")) CNY "
        )
            + NumberFormat.fixed(amount, places: l.lang == .zh ? 0 : 1)
            + l.t("亿元（\(year)年）", " bn (\(year))")
    }
    var period: String { l.t("期间", "Period") }
    func fullYearRow(_ year: Int) -> String { l.t("\(year)年", "\(year)") }
    func twelveMonthsRow(to p: Period) -> String { l.t("近12个月（至\(p.description)）", "12 months to \(p)") }
    var trendTableTitle: String { l.t("走势（\(l.moneyUnit)）", "Trend (\(l.moneyUnit))") }

    // Reporting and membership
    func allReported(_ p: Period) -> String {
        l.t("\(p.chineseLabel)名录内企业均已报数。", "Every tracked firm reported for \(p).")
    }
    func notReported(_ names: [String], at p: Period) -> String {
        l.t(
            "未报（\(names.count) 家，近12个月报过数、\(p.chineseLabel)无数据）：",
            "Not reported (\(names.count), reported in the last 12 months but not for \(p)): ")
            + list(names)
    }
    /// `moves`: each firm with its day, "甲公司（2024-03-01）" / "Firm A (2024-03-01)".
    func joined(_ moves: [String]) -> String {
        l.t("新入驻（\(moves.count) 家，近一年）：", "Joined in the last year (\(moves.count)): ") + list(moves)
    }
    /// `moves`: each firm with its day, as for `joined`.
    func left(_ moves: [String]) -> String {
        l.t("迁出（\(moves.count) 家，近一年）：", "Left in the last year (\(moves.count)): ") + list(moves)
    }
    /// Names in a row, then the full stop.
    private func list(_ names: [String]) -> String {
        let shared = SharedText(l: l)
        return names.joined(separator: shared.listSeparator) + shared.fullStop
    }
    var reportingTitle: String { l.t("报数与入驻变动", "Reporting and membership") }

    // Firms
    func firmsTitle(_ n: Int) -> String { l.t("名录内企业（\(n) 家）", "Tracked enterprises (\(n))") }
    /// The note over the list; `pageRows` when the page shows only the first rows.
    func firmsNote(_ p: Period, pageRows: Int?) -> String {
        l.t(
            "近一年报送数据的名录内企业，按\(YearToDate.label(p))产业收入排序。",
            "Tracked firms active in the last year, by industry revenue, \(YearToDate.englishLabel(p)). "
        )
            + (pageRows.map {
                l.t("页面列前 \($0) 家，完整名单见 CSV。", "The page lists the first \($0); the CSV has all. ")
            } ?? "")
            + l.t("打印版略去本表，完整名单见数据文件。", "Left out of the printed page; the data file has all.")
    }
    var enterprise: String { l.t("企业", "Enterprise") }
    var segment: String { l.t("细分领域", "Segment") }
    var tags: String { l.t("标签", "Tags") }
    func revenueColumn(_ p: Period) -> String {
        l.t("累计产业收入（亿元）", "\(YearToDate.englishWord(p)) (CNY bn)")
    }

    // Links
    var backToCity: String { l.t("返回全市总览", "Back to the city overview") }
}
