import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Header cells: English names or Chinese aliases, with the unit an amount column carries.
@Suite struct HeaderTests {
    @Test func headerNameSplitsNameAndUnit() {
        let cases: [(String, String, String?)] = [
            ("营业收入(万元)", "营业收入", "万元"),
            ("营业收入（亿元）", "营业收入", "亿元"),  // full-width brackets
            ("营业收入【万元】", "营业收入", "万元"),
            ("revenue_wan", "revenue", "wan"),
            ("Revenue [yi]", "revenue", "yi"),
            ("market_cap_yi", "marketcap", "yi"),
            ("Industry Revenue", "industryrevenue", nil),
            ("INDUSTRY-REVENUE", "industryrevenue", nil),
            ("\u{FEFF}id", "id", nil),
            (" 统计期 ", "统计期", nil)
        ]
        for (raw, key, unit) in cases {
            let h = HeaderName(raw)
            #expect(h.key == key, "\(raw)")
            #expect(h.unit == unit, "\(raw)")
        }
    }

    func resolve<C: TableColumn>(_ cells: [String], _: C.Type) -> (ResolvedHeader<C>?, [String]) {
        var out: [Diagnostic] = []
        let h = ResolvedHeader<C>.resolve(cells, file: "t.csv", line: 1, report: { out.append($0) })
        return (h, out.map(brief))
    }

    @Test func chineseHeadersWithUnits() {
        let (h, d) = resolve(
            ["统一社会信用代码", "统计期", "营业收入(万元)", "产业收入（亿元）", "market_cap_yi", "从业人员(人)", "备注"],
            RevenueColumn.self)
        #expect(d == ["t.csv:1:7: warning: unknown column; it is ignored"])
        let header = try! #require(h)
        #expect(header[.id] == 0 && header[.period] == 1 && header[.revenue] == 2)
        #expect(header[.industryRevenue] == 3 && header[.marketCap] == 4 && header[.employees] == 5)
        #expect(header[.basis] == nil)
        #expect(header.unit[RevenueColumn.revenue.rawValue] == .wan)
        #expect(header.unit[RevenueColumn.industryRevenue.rawValue] == .yi)
        #expect(header.unit[RevenueColumn.marketCap.rawValue] == .yi)
        #expect(header.unit[RevenueColumn.employees.rawValue] == nil)  // 人 is no money unit, and no matter
        #expect(header.fieldCount == 7)
    }

    @Test func missingRequiredColumn() {
        let (h, d) = resolve(["id", "revenue_wan"], RevenueColumn.self)
        #expect(h == nil)
        #expect(d == ["t.csv:1:0: error: required column period / 统计期 is missing; no row of this file can be read"])
    }

    @Test func duplicateColumnThroughAnAlias() {
        let (h, d) = resolve(["id", "period", "revenue_wan", "营业收入"], RevenueColumn.self)
        #expect(h == nil)
        #expect(
            d == [
                "t.csv:1:4: error: column revenue / 营业收入 appears twice (first in column 3); the file cannot be read unambiguously"
            ])
    }

    /// An amount column whose header names no unit is read in 万元, and the header cell says so;
    /// a unit in the header (`_wan`, `(亿元)`) leaves it unsaid, and so does a column that holds no
    /// money (从业人员).
    @Test func bareAmountHeaderWarns() {
        let noUnit =
            "names no unit: cells without a unit of their own are read in 万元, the default; if the figures are in 元 (or 千元, 亿元), they will be 10,000 times off"
        let (h, d) = resolve(
            ["id", "period", "revenue", "产业收入", "rd_expense_wan", "市值(亿元)", "从业人员"], RevenueColumn.self)
        #expect(h?[.revenue] == 2 && h?[.industryRevenue] == 3)
        #expect(h?.unit[RevenueColumn.revenue.rawValue] == nil)
        #expect(h?.unit[RevenueColumn.rdExpense.rawValue] == .wan)
        #expect(
            d == [
                "t.csv:1:3: warning: revenue / 营业收入 \(noUnit)",
                "t.csv:1:4: warning: industry_revenue / 产业收入 \(noUnit)"
            ])
    }

    @Test func unknownMoneyUnit() {
        let (h, d) = resolve(["id", "period", "营业收入(美元)"], RevenueColumn.self)
        #expect(h == nil)
        #expect(d == ["t.csv:1:3: error: unknown money unit in the header"])
    }

    @Test func emptyColumnNameIsIgnored() {
        let (h, d) = resolve(["id", "", "name"], EnterpriseColumn.self)
        #expect(h?[.name] == 2)
        #expect(d == ["t.csv:1:2: warning: empty column name; the column is ignored"])
    }

    @Test func everyTableAcceptsItsChineseHeader() {
        #expect(resolve(["统一社会信用代码", "企业名称", "所属区", "所属园区", "细分领域", "企业标签", "成立日期"], EnterpriseColumn.self).1.isEmpty)
        #expect(resolve(["园区编号", "园区名称", "所属区", "级别", "认定日期"], ParkColumn.self).1.isEmpty)
        #expect(resolve(["园区", "统计期", "入驻企业数", "营业收入(万元)", "从业人员"], ParkStatColumn.self).1.isEmpty)
        #expect(resolve(["指标", "统计期", "数值", "单位", "来源"], SeriesColumn.self).1.isEmpty)
        #expect(resolve(["类别", "名称", "日期", "所属区", "园区"], MilestoneColumn.self).1.isEmpty)
    }
}
