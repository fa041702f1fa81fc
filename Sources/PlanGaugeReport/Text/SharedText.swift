import PlanGaugeModel

/// Words several pages write, in Chinese and English. A page's own words live in its own table;
/// an entry sits here when more than one page or renderer writes it.
struct SharedText {
    let l: L10n
    // Punctuation
    /// Between the items of a list: "、" or ", ".
    var listSeparator: String { l.t("、", ", ") }
    /// Between clauses: "；" or "; ".
    var clauseSeparator: String { l.t("；", "; ") }
    var comma: String { l.t("，", ", ") }
    var fullStop: String { l.t("。", ".") }
    /// "（说明）" or " (note)".
    func parenthesized(_ s: String) -> String { l.t("（\(s)）", " (\(s))") }
    // Head
    var generated: String { l.t("生成时间：", "Generated: ") }
    // Figures
    /// The column "同比" / "YoY".
    var yoy: String { l.t("同比", "YoY") }
    /// "同比 +5.0%" / "YoY +5.0%"; `change` comes signed and formatted.
    func yoy(_ change: String) -> String { l.t("同比 ", "YoY ") + change }
    /// "2023年1-9月" / "Jan–Sep 2023 (YTD)".
    func yearToDate(_ p: Period) -> String { l.t(YearToDate.label(p), YearToDate.englishLabel(p)) }
    var requiredPath: String { l.t("目标所需路径", "Required path") }
    // Spans
    /// "2025年全年" / "full year 2025".
    func fullYear(_ year: Int) -> String { l.t("\(year)年全年", "full year \(year)") }
    var trailingYear: String { l.t("近12个月", "last 12 months") }
    /// "2025年末" / "end of 2025".
    func yearEnd(_ year: Int) -> String { l.t("\(year)年末", "end of \(year)") }
    /// "2025年三季度末" / "end of 2025Q3".
    func periodEnd(_ p: Period) -> String { l.t("\(p.chineseLabel)末", "end of \(p)") }
    // Goal basis (GoalBasis: whose figure a goal is), each part ending where its span follows
    var parkOffice: String { l.t("园区统计（全口径）", "Park office (whole park) ") }
    var trackedFirms: String { l.t("名录内企业", "Tracked firms' ") }
    var basisRevenue: String { l.t("营业收入 · ", "revenue, ") }
    var basisFirms: String { l.t("入驻企业数 · ", "firms, ") }
    var basisEmployees: String { l.t("从业人员 · ", "employees, ") }
    var basisIndustryRevenue: String { l.t("产业收入 · ", "industry revenue, ") }
    var basisReportedIndustryRevenue: String { l.t("产业收入（仅报送者）· ", "reported industry revenue, ") }
    var basisRDExpense: String { l.t("研发投入 · ", "R&D, ") }
    var basisMarketCap: String { l.t("市值 · ", "market cap, ") }
    var basisCountedFirms: String {
        l.t("名录内企业（近12个月有报数）· ", "Tracked firms (reported in the last 12 months), ")
    }
    var basisMilestones: String { l.t("里程碑记录（milestones）· 截至", "Milestones on record, to the ") }
    var basisExternalSeries: String { l.t("外部统计：", "External series: ") }
    var basisAnnualGrowth: String { l.t("年均增速：", "Annual growth of ") }
    // Growth marks (GrowthMarks: why a firm's growth does not compare like with like)
    var partYearBase: String { l.t("首年不足12个月", "first year under 12 months") }
    /// "2025-07-01入驻" / "joined 2025-07-01".
    func joinedPark(_ date: CalendarDate) -> String { l.t("\(date)入驻", "joined \(date)") }
    /// "（首年不足12个月，2025-07-01入驻）" / " (first year under 12 months; joined 2025-07-01)".
    func growthMarks(_ marks: [String]) -> String {
        l.t("（" + marks.joined(separator: "，") + "）", " (" + marks.joined(separator: "; ") + ")")
    }
}
