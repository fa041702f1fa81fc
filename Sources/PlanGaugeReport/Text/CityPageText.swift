import PlanGaugeModel

/// Every word the city page writes, in Chinese and English: its head, sections, tiles, bars, tables,
/// summary and method. The page builder asks this table and never spells a sentence itself; numbers
/// and names arrive already formatted.
struct CityPageText {
    let l: L10n
    // Head
    var document: String { l.t("文号：", "Document: ") }
    /// "目标评估：2023年四季度（终期评估），基期 2020 年，目标年 2023 年".
    func assessed(_ r: ProgressReport) -> String {
        l.t(
            "目标评估：\(r.periodLabel)（\(r.phaseLabel)），基期 \(r.plan.baseline) 年，目标年 \(r.plan.deadline) 年",
            "Assessed at \(r.period) (\(r.phase)), baseline \(r.plan.baseline), deadline \(r.plan.deadline)")
    }
    /// 数据截至：the data period, and the day the figures were closed when the manifest says.
    func dataAsOf(_ p: Period, closed: CalendarDate?) -> String {
        l.t(
            "数据截至：\(p.chineseLabel)" + (closed.map { "（\($0.year)年\($0.month)月\($0.day)日汇总）" } ?? ""),
            "Data as of \(p)" + (closed.map { " (compiled \($0))" } ?? ""))
    }
    /// 统计范围：what the manifest says it covers, the firms monitored and how many reported.
    func coverage(_ what: String?, firms: Int, reporters: Int?, _ p: Period) -> String {
        let zhReported = reporters.map { "（\(p.chineseLabel)报送 \($0) 家）" } ?? ""
        let enReported = reporters.map { " (\($0) reporting for \(p))" } ?? ""
        return l.t(
            "统计范围：\(what ?? "重点监测企业") \(firms) 家\(zhReported)；规划目标为全市口径",
            "Coverage: " + (what.map { $0 + ", " } ?? "")
                + "\(firms) monitored firms\(enReported); the plan's targets are city-wide")
    }

    // Sections
    var summary: String { l.t("综述", "Summary") }
    var keyIndicators: String { l.t("主要指标", "Key indicators") }
    var progress: String { l.t("目标完成进度", "Progress against targets") }
    var progressNote: String {
        l.t(
            "条形为完成度（当前值/目标值），条形右端为目标（100%）；竖线为时间进度：实线按日历，虚线按上年同期占全年比重（季节性）。",
            "Bars show completion (value / target), their right end the target (100%); the solid marker is calendar time progress, the dashed one the seasonal benchmark (last year's same-period share)."
        )
    }
    var trend: String { l.t("产业规模走势", "Industry scale") }
    var parksCompared: String { l.t("园区比较", "Parks compared") }
    func parksNote(_ p: Period) -> String {
        l.t("按\(p.chineseLabel)累计产业收入排名。", "Ranked by industry revenue, \(YearToDate.englishLabel(p)).")
    }
    var dataQuality: String { l.t("数据质量", "Data quality") }
    var method: String { l.t("方法说明", "Method") }

    // Key indicator tiles
    /// "最新：2024年1-9月产业规模" / "Latest: scale, Jan–Sep 2024 (YTD)".
    func latestScale(_ p: Period) -> String {
        l.t("最新：\(YearToDate.label(p))产业规模", "Latest: scale, \(YearToDate.englishLabel(p))")
    }
    /// "同口径 +3.0%" / "comparable +3.0%"; `change` comes signed and formatted.
    func comparable(_ change: String) -> String { l.t("同口径 ", "comparable ") + change }
    /// "目标 > 250亿" / "target > CNY 25.00 bn"; `target` comes formatted.
    func target(_ target: String) -> String { l.t("目标 ", "target ") + target }
    var monitoringOnly: String { l.t("监测指标（未设目标）", "monitoring only (no target)") }
    /// "，完成 95.0%" / ", 95.0% done".
    func done(_ completion: String) -> String { l.t("，完成 ", ", ") + completion + l.t("", " done") }
    func dataAsOfYear(_ year: Int) -> String { l.t("；数据截至\(year)年", "; data as of \(year)") }
    var tagsBackdated: String { l.t("；按现有标签回溯", "; today's tags applied to the past") }
    var met: String { l.t("（达标）", " (met)") }
    var missed: String { l.t("（未达标）", " (missed)") }
    func score(_ score: String) -> String { l.t("得分 ", "score ") + score }

    // Progress bars
    var monitoring: String { l.t("监测指标", "monitoring") }
    var barMet: String { l.t("·达标", " · met") }
    var barMissed: String { l.t("·未达标", " · missed") }
    func barDataAsOfYear(_ year: Int) -> String { l.t("·数据截至\(year)年", " · data as of \(year)") }
    var barTagsBackdated: String { l.t("·按现有标签回溯", " · today's tags applied to the past") }

    // Indicators and sources
    var indicators: String { l.t("指标与出处", "Indicators and sources") }
    var indicator: String { l.t("指标", "Indicator") }
    var clause: String { l.t("文件条款", "Clause") }
    var targetColumn: String { l.t("目标", "Target") }
    var methodColumn: String { l.t("评估方法", "Method") }
    /// An assessment method's name in words (`statcan` → 加拿大统计局进展测度).
    func methodName(_ id: String) -> String {
        switch id {
        case "statcan": l.t("加拿大统计局进展测度", "Statistics Canada progress measure")
        case "unsd": l.t("联合国统计司进展图表", "UNSD progress chart")
        case "linear": l.t("线性外推", "Linear extrapolation")
        default: id
        }
    }
    var note: String { l.t("说明", "Note") }

    // Industry scale chart
    var scale: String { l.t("产业规模", "Scale") }
    var projection: String { l.t("按现有增速预测", "Projection on trend") }
    var scaleTable: String { l.t("产业规模（亿元）", "Scale (CNY bn)") }
    var period: String { l.t("期间", "Period") }
    var scaleChart: String { l.t("产业规模走势（亿元）", "Industry scale (CNY bn)") }
    /// The chart's caption: the span, the latest value (formatted, in the page's money unit) and the
    /// target (a level in 亿元, written here as each language writes it).
    func trendSummary(firstYear: Int, last: Period, latest: String, target: (level: Double, year: Int)?) -> String {
        l.t(
            "全市网络安全产业规模（近四季度或全年），\(firstYear)年至\(last.chineseLabel)，最新 \(latest) 亿元"
                + (target.map { "；目标 \(NumberFormat.fixed($0.level, places: 2)) 亿元（\($0.year)年）" } ?? "") + "。",
            "City industry scale (year or trailing twelve months), \(firstYear) to \(last): latest CNY \(latest) bn"
                + (target.map { "; target CNY \(NumberFormat.fixed($0.level / 10, places: 2)) bn by \($0.year)" }
                    ?? "") + ".")
    }

    // Parks compared
    var parks: String { l.t("园区比较", "Parks") }
    var rank: String { l.t("位次", "Rank") }
    var park: String { l.t("园区", "Park") }
    var district: String { l.t("所属区", "District") }
    var level: String { l.t("级别", "Level") }
    /// "累计产业收入（亿元）" / "YTD scale (CNY bn)".
    func scaleToDate(_ p: Period) -> String {
        l.t("累计产业收入（亿元）", "\(YearToDate.englishWord(p)) scale (CNY bn)")
    }
    var shareOfCity: String { l.t("占全市", "Share of city") }
    var firms: String { l.t("企业数", "Firms") }
    var reportedRevenue: String { l.t("园区统计营收（亿元）", "Park-reported revenue (CNY bn)") }

    // Data alerts
    var allRejected: String { l.t("全部拒绝", "All rejected") }
    func allRejectedDetail(rowsRead: Int) -> String {
        l.t(
            "读取 \(rowsRead) 行，全部被拒绝：本表数据未进入统计。",
            "\(Self.rows(rowsRead)) read, all rejected: none of this table is in the figures.")
    }
    var warning: String { l.t("⚠ 警示", "⚠ warning") }
    var emptyFile: String { l.t("空文件", "Empty file") }
    var emptyFileDetail: String {
        l.t("文件没有数据行：本表未提供任何数据。", "The file has no data rows: this table gave no data.")
    }
    var unitSuspected: String { l.t("疑似单位错误", "Unit suspected wrong") }
    var missing: String { l.t("缺失", "Missing") }
    var missingDetail: String { l.t("必需的文件不存在。", "A required file is not there.") }
    var dataAlerts: String { l.t("数据警示", "Data alerts") }
    var alertsNote: String {
        l.t("以下文件未提供数据，相关数字不完整。", "These files gave no data; the figures that depend on them are incomplete.")
    }
    var alertsNoteWithUnits: String {
        l.t(
            "以下文件未提供数据或疑似填报单位错误，相关数字不完整或可能偏差上千倍，请核实后再使用。",
            "These files gave no data or look filled in the wrong unit: the figures that depend on them are incomplete or may be 1,000× off; check them before use."
        )
    }

    // Data quality
    func rowsRead(_ read: Int, accepted: Int, rejected: Int, skipped: Int) -> String {
        l.t(
            "共读取 \(read) 行，接受 \(accepted) 行，拒绝 \(rejected) 行，跳过 \(skipped) 行非数据行（读取 = 接受 + 拒绝 + 跳过）。",
            "\(Self.rows(read)) read, \(accepted) accepted, \(rejected) rejected, \(skipped) skipped as no data (read = accepted + rejected + skipped)."
        )
    }
    func rowsRead(_ read: Int, rejected: Int) -> String {
        l.t(
            "共读取 \(read) 行，拒绝 \(rejected) 行（读取 = 接受 + 拒绝）。",
            "\(Self.rows(read)) read, \(rejected) rejected (read = accepted + rejected).")
    }
    /// "1 row" / "3 rows" (English only).
    static func rows(_ n: Int) -> String { "\(n) row\(n == 1 ? "" : "s")" }
    /// `files`: the names, joined.
    func whollyRejected(_ files: String) -> String {
        l.t(
            "注意：\(files) 的行全部被拒绝，其数据未计入。",
            " Attention: every row of \(files) was rejected; none of it is counted.")
    }
    func emptyFiles(_ files: String, count: Int) -> String {
        l.t(
            "注意：\(files) 是空文件（没有数据行）。",
            " Attention: \(files) \(count == 1 ? "is an empty file" : "are empty files") (no data rows).")
    }
    func missingFiles(_ files: String) -> String {
        l.t("缺少必需文件：\(files)。", " Missing required files: \(files).")
    }
    func ignoredFiles(_ files: String) -> String {
        l.t("未读取的文件（不属于数据集约定的表）：\(files)。", " Not read (no table of the dataset contract): \(files).")
    }
    /// `names`: the first ten, joined; `count`: all of them.
    func missingReporters(_ names: String, count: Int, period: Period) -> String {
        l.t(
            "\(period.chineseLabel)有 \(count) 家近一年报过数的企业未报数：\(names)\(count > 10 ? " 等" : "")。",
            " \(count) firms that reported in the last year have no figure for \(period): \(names)\(count > 10 ? ", …" : "")."
        )
    }

    // Missing reporters (未报送企业): the page's section and `plangauge missing`'s text and CSV
    var missingTitle: String { l.t("未报送企业", "Firms that have not reported") }
    /// The section's note: how many, on what basis, the exited left out, and where the full list is.
    func missingNote(_ p: Period, count: Int, exited: Int, pageRows: Int?, file: String) -> String {
        missingSummary(p, count: count) + missingExited(exited, p)
            + (pageRows.map {
                l.t("页面列出前 \($0) 家，全部见 \(file)。", " The page lists the first \($0); \(file) has them all.")
            } ?? "")
    }
    /// "2025年四季度：3 家近四个季度报过数的企业未报送营业收入（按所属区、园区排列，附最近一次报送的数）。"
    func missingSummary(_ p: Period, count: Int) -> String {
        l.t(
            "\(p.chineseLabel)：\(count) 家近四个季度报过数的企业未报送营业收入（按所属区、园区排列，附最近一次报送的营业收入）。",
            "\(p): \(count) \(count == 1 ? "firm" : "firms") that reported revenue in the four quarters before have no figure for it (by district and park, with the last figure reported)."
        )
    }
    /// "2025年四季度：近四个季度报过数的 120 家企业均已报送营业收入。"
    func noneMissing(_ p: Period, active: Int) -> String {
        l.t(
            "\(p.chineseLabel)：近四个季度报过数的 \(active) 家企业均已报送营业收入。",
            "\(p): all \(active) firms that reported revenue in the four quarters before have a figure for it.")
    }
    /// The one line on the firms left out for having exited; "" when none.
    func missingExited(_ exited: Int, _ p: Period) -> String {
        guard exited > 0 else { return "" }
        return l.t(
            "另有 \(exited) 家已退出（退出日期不晚于 \(p.lastDay)），不再催报，未列入。",
            " \(exited) more \(exited == 1 ? "firm has" : "firms have") exited (on or before \(p.lastDay)) and \(exited == 1 ? "is" : "are") not chased or listed."
        )
    }
    var missingDistrict: String { l.t("所属区", "District") }
    var missingPark: String { l.t("所属园区", "Park") }
    var missingCode: String { l.t("统一社会信用代码", "USCC") }
    var missingName: String { l.t("企业名称", "Firm") }
    var missingLastPeriod: String { l.t("最近一次报送期", "Last reported") }
    var missingLastRevenue: String { l.t("最近一次营业收入（万元）", "Last revenue (CNY m)") }
    var missingRemark: String { l.t("备注", "Note") }
    var missingNoDistrict: String { l.t("（未填所属区）", "(no district)") }
    var missingNoPark: String { l.t("（不在园区）", "(in no park)") }
    var missingEmptyRevenue: String { l.t("已报送但营业收入为空", "row sent, revenue empty") }
    /// The text output's unit line.
    var missingUnit: String { l.t("营业收入单位：万元", "Revenue in CNY m") }
    /// A last report's period: `2025Q3` for 当期, `2025年1-9月` (`Jan–Sep 2025 YTD`) for 累计.
    func missingPeriod(_ p: Period, basis: Basis) -> String {
        guard basis == .cumulative else { return l.t(p.chineseLabel, p.description) }
        let m = p.lastMonth
        return l.t(
            m == 1 ? "\(p.year)年1月累计" : "\(p.year)年1-\(m)月",
            (m == 1 ? "Jan" : "Jan–\(p.monthAbbreviation)") + " \(p.year) YTD")
    }

    var file: String { l.t("文件", "File") }
    var table: String { l.t("表", "Table") }
    var encoding: String { l.t("编码", "Encoding") }
    var rowsReadColumn: String { l.t("读取行", "Rows read") }
    var accepted: String { l.t("接受", "Accepted") }
    var rejected: String { l.t("拒绝", "Rejected") }
    var skipped: String { l.t("跳过", "Skipped") }
    var warnings: String { l.t("警告", "Warnings") }
    var attention: String { l.t("提示", "Attention") }
    func sheet(_ name: String) -> String { l.t("（工作表 \(name)）", " (sheet \(name))") }
    var fileEmpty: String { l.t("⚠ 空文件：没有数据行", "⚠ empty: no data rows") }
    var fileWhollyRejected: String { l.t("⚠ 全部行被拒绝", "⚠ every row rejected") }
    var someRowsRejected: String { l.t("部分行被拒绝", "some rows rejected") }

    // Summary (综述)
    /// "截至2023年底，全市网络安全产业规模达到237.00亿元"; a fourth quarter is said as 底 (year end).
    func scaleReached(_ money: String, periodLabel: String, period: String) -> String {
        l.t(
            "截至\(periodLabel.replacingOccurrences(of: "四季度", with: "底"))，全市网络安全产业规模达到\(money)",
            "By the end of \(period), the city's cybersecurity industry reached \(money)")
    }
    /// "，同比增长5.0%" / ", up 5.0% year on year"; `change` comes formatted without its sign.
    func yearOnYear(rising: Bool, by change: String) -> String {
        l.t("，同比\(rising ? "增长" : "下降")\(change)", ", \(rising ? "up" : "down") \(change) year on year")
    }
    /// "，完成目标（> 250亿）的95.0%" / ", 95.0% of the target (> CNY 25.00 bn)".
    func ofTarget(_ completion: String, target: String) -> String {
        l.t("，完成目标（\(target)）的\(completion)", ", \(completion) of the target (\(target))")
    }
    func annualGrowth(_ rate: String, since year: Int) -> String {
        l.t("，\(year)年以来年均增长\(rate)", ", growing \(rate) a year since \(year)")
    }
    /// The end of the scale sentence; in English a space when the targets' sentence follows.
    func scaleSentenceEnd(targetsFollow: Bool) -> String { l.t("。", targetsFollow ? ". " : ".") }
    /// A missed target in the final tally: "网络安全企业数80家，完成80.0%" / its name alone.
    func missedTarget(_ name: String, value: String, completion: String) -> String {
        l.t("\(name)\(value)，完成\(completion)", name)
    }
    /// The final evaluation's tally of targets met and missed (`missed` from `missedTarget`); English
    /// says nothing when the plan has no quantified target.
    func finalTally(title: String, targets: Int, met: Int, missed: [String]) -> String {
        l.t(
            "《\(title)》确定的\(targets)项量化目标中，已完成\(met)项"
                + (missed.isEmpty ? "" : "，未完成\(missed.count)项（" + missed.joined(separator: "；") + "）") + "。",
            targets == 0
                ? ""
                : "Of the plan's \(targets) quantified target\(targets == 1 ? "" : "s"), \(met) \(met == 1 ? "was" : "were") met"
                    + (missed.isEmpty ? "" : "; missed: " + missed.joined(separator: ", ")) + ".")
    }
    /// An interim tally of targets met or on track; Chinese names those behind, English says nothing
    /// when the plan has no quantified target.
    func interimTally(targets: Int, onTrack: Int, behind: [String]) -> String {
        l.t(
            "\(targets)项量化目标中，\(onTrack)项已完成或进度符合预期"
                + (behind.isEmpty ? "" : "，\(behind.joined(separator: "、"))进展滞后，需加快推进") + "。",
            targets == 0
                ? ""
                : "Of \(targets) quantified target\(targets == 1 ? "" : "s"), \(onTrack) \(onTrack == 1 ? "is" : "are") met or on track."
        )
    }
    /// "2024年1-9月，全市网络安全产业规模180.00亿元" / "In Jan–Sep 2024 (YTD) the scale was CNY 18.00 bn".
    func latestScale(_ money: String, at p: Period) -> String {
        l.t(
            "\(YearToDate.label(p))，全市网络安全产业规模\(money)",
            "In \(YearToDate.englishLabel(p)) the scale was \(money)")
    }
    /// "（同口径增长3.0%）" / " (+3.0% on a comparable basis)".
    func comparableGrowth(_ c: Double) -> String {
        l.t(
            "（同口径\(c >= 0 ? "增长" : "下降")\(NumberFormat.percent(abs(c)))）",
            " (\(NumberFormat.percent(c)) on a comparable basis)")
    }
    func largestPark(_ park: String, share: String) -> String {
        l.t("；\(park)规模居各园区首位，占全市的\(share)", "; \(park) is the largest park, with \(share) of the city")
    }

    // Method
    var methodUNSD: String {
        l.t(
            "评估方法：联合国统计司进展图表法，R =（预测值 − 基期值）/（目标值 − 基期值），R ≥ 0.95 为进度符合预期，≥ 0.10 为有进展，其余为进展滞后。",
            "Method: UNSD progress chart, R = (projected − base)/(target − base); ≥ 0.95 on track, ≥ 0.10 moderate, otherwise off track."
        )
    }
    var methodLinear: String {
        l.t(
            "评估方法：按近五年年均变化量线性外推至目标年，缺口小于剩余差距的 5% 为进度符合预期，5%–20% 为有进展，其余为进展滞后。",
            "Method: the last five years' average change extrapolated linearly; a miss under 5% of the remaining gap is on track, 5–20% moderate."
        )
    }
    var methodProgressMeasure: String {
        l.t(
            "评估方法：加拿大统计局 / Open SDG 进展测度。进展值 pv = 实际年均增速 / 实现目标所需年均增速（均自基期起算），pv ≥ 0.95 为进度符合预期，≥ 0.60 为有进展需加快，≥ 0 为进展有限，< 0 为逆向变化；得分 −5 至 5。以增速表述的目标按其隐含的规模水平评估。",
            "Method: Statistics Canada / Open SDG progress measure. pv = observed CAGR since the baseline / CAGR required to reach the target; ≥ 0.95 on track, ≥ 0.60 moderate, ≥ 0 limited, < 0 deterioration; scores −5 to 5. Growth-rate targets are assessed on the level they imply."
        )
    }
    var conventions: String {
        l.t(
            "口径：产业规模为企业产业收入（未单列时为营业收入）之和；累计值按报送值使用，当期值自1月起累加，缺报则视为未知而非零；全年值只计入报送至年末的企业。金额以分为单位精确求和，显示时四舍五入。",
            "Conventions: the scale sums industry revenue where firms report it (else revenue); year-to-date figures are used as reported, period figures are chained from January, a gap is unknown, not zero; a year counts firms that reported to its end. Amounts are summed exactly in fen and rounded only for display."
        )
    }
    var scoreMeaning: String {
        l.t(
            "得分：由进展值 pv 换算，范围 −5 至 5，越高进度越好。pv = 0.60（有进展需加快的下限）记 0 分，0.95（进度符合预期的下限）记 2.5 分，1.3 及以上记满分 5 分；pv = 0（无进展）记 −2.5 分，−0.6 及以下记 −5 分。得分便于指标间比较，不改变状态结论。",
            "Score: the progress value pv mapped to −5…5, higher is better: pv 0.60 (the lower bound of moderate) scores 0, 0.95 (on track) 2.5, 1.3 or more the full 5; pv 0 (no progress) scores −2.5, −0.6 or less −5. Scores compare indicators; they do not change a status."
        )
    }
    var growthTerms: String {
        l.t(
            "同比：本期与上年同期相比。同口径增长：只比较两期均有数据的企业，剔除新纳入、退出和未报企业的影响。贡献率 = 某部分的增量 ÷ 全市增量；拉动（个百分点）= 某部分的增量 ÷ 全市上年同期值 × 100，各部分拉动之和等于全市增速。累计行不计环比（1-9月与1-6月不可比）。",
            "YoY: against the same period a year before. Comparable growth: only firms with data in both periods, so firms added, exited or not reporting do not move it. Contribution = a part's change ÷ the city's change; pull (points) = a part's change ÷ the city's year-ago total × 100, and the pulls add up to the city's growth. Cumulative rows have no QoQ (Jan–Sep against Jan–Jun means nothing)."
        )
    }
    var metVersusStatus: String {
        l.t(
            "终期评估时，“达标/未达标”为目标年末的实际结论，状态为按趋势的进展评估，两者可能不同。",
            "At a final evaluation, met/missed is the result at the deadline; the status is the trend-based assessment, and the two can differ."
        )
    }
}
