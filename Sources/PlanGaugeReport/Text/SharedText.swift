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
    var basisMilestones: String { l.t("里程碑记录表 · 截至", "Milestones on record, to the ") }
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

    /// A table of the dataset contract by what it holds (`parks` → 园区名录); English pages keep the id.
    func tableName(_ id: String) -> String {
        guard l.lang == .zh else { return id }
        let names = [
            "enterprises": "企业名录", "revenue": "营收数据", "parks": "园区名录", "park_stats": "园区统计",
            "series": "外部数据", "milestones": "里程碑", "tags": "企业标签", "park_members": "入驻记录",
            "grants": "扶持项目", "grant_payments": "拨付记录", "glossary": "术语表", "revisions": "修订记录",
            "manifest": "数据集说明"
        ]
        return names[id] ?? id
    }

    /// The amount a figure sums, by its field id (`revenue` → 营业收入); the scale is 产业收入, which
    /// falls back to 营业收入 where a firm does not report it separately.
    func fieldName(_ field: String) -> String {
        switch field {
        case "revenue": l.t("营业收入", "revenue")
        case "rd_expense": l.t("研发投入", "R&D expense")
        case "market_cap": l.t("市值", "market value")
        case "employees": l.t("从业人员", "employees")
        default: l.t("产业收入", "industry revenue")
        }
    }

    /// A ranking target: 前10位 / top 10.
    func topPlaces(_ n: String) -> String { l.t("前\(n)位", "top \(n)") }

    /// In place of a table or chart with no rows.
    var noRows: String { l.t("本期无数据，从略。", "No data for this period.") }

    // A dataset's manifest (dataset.yaml), in a page's head
    var issuer: String { l.t("编制单位：", "Compiled by: ") }
    var source: String { l.t("数据来源：", "Source: ") }
    var contact: String { l.t("联系人：", "Contact: ") }
}
