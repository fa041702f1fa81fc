import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeReport
import Testing

/// Every figure a page shows is the model's, formatted by `NumberFormat` (issue 20): the sample's
/// report model is walked — each KPI, target, quarterly row, park, counted firm, data-quality file
/// and policy total — and each figure is looked up in its own row of its own section of the city,
/// park and policy pages, HTML and Markdown alike. A renderer or builder that shows another figure,
/// drops a row or moves a figure to another column fails here.
@Suite struct PageFiguresTests {
    /// The checks of one page: each expectation a row of a section, with the cells it must have.
    struct Checker {
        enum Want {
            case equals(String), hasPrefix(String), hasSuffix(String), contains(String)
            func holds(_ s: String) -> Bool {
                switch self {
                case .equals(let w): s == w
                case .hasPrefix(let w): s.hasPrefix(w)
                case .hasSuffix(let w): s.hasSuffix(w)
                case .contains(let w): s.contains(w)
                }
            }
        }

        let page: String
        let view: PageView
        var problems: [String] = []
        var checked = 0

        /// The row of `section` whose column `key` is `name` must have `cells` (column → what it must be).
        mutating func row(_ section: String, key: Int = 0, _ name: String, _ cells: [Int: Want]) {
            guard let table = view.sections[section] else {
                problems.append("\(page): no section «\(section)»")
                return
            }
            let rows = table.rows.filter { $0.count > key && $0[key] == name }
            guard rows.count == 1, let row = rows.first else {
                problems.append("\(page) «\(section)»: \(rows.count) rows for «\(name)», expected 1")
                return
            }
            for (column, want) in cells.sorted(by: { $0.key < $1.key }) {
                checked += 1
                let got = column < row.count ? row[column] : "(no column \(column))"
                if !want.holds(got) {
                    let header = column < table.header.count ? table.header[column] : "#\(column)"
                    problems.append("\(page) «\(section)» «\(name)» \(header): shows «\(got)», the model gives \(want)")
                }
            }
        }

        /// The column of `section` whose header contains `title`.
        func column(_ section: String, _ title: String) -> Int? {
            view.sections[section]?.header.firstIndex { $0.contains(title) }
        }
    }

    // MARK: - Formatting of model values, as the display rules say

    static func unit(_ text: String) -> IndicatorUnit { IndicatorUnit(text: text) ?? .items }
    static func yi(_ v: Double?) -> String { v.map { NumberFormat.fixed($0, places: 2) } ?? "—" }
    static func signed(_ f: Double?) -> String { f.map { ($0 >= 0 ? "+" : "") + NumberFormat.percent($0) } ?? "—" }
    static func fenToYi(_ q: Quantity?) -> Double? { q.map { $0.doubleValue / 1e10 } }
    static func ytdLabel(_ p: Period) -> String { p.lastMonth == 12 ? "\(p.year)年全年" : "\(p.year)年1-\(p.lastMonth)月" }

    // MARK: - The city page

    static func checkCity(_ c: inout Checker, _ input: ReportInput) {
        let f = input.facts
        if let s = f.cityScale {
            c.row(
                "主要指标", "最新：\(ytdLabel(s.period))产业规模",
                [
                    1: .equals(yi(s.yearToDate.value(in: .yi)) + "亿元"),
                    2: .hasPrefix("同比 " + signed(s.growth))
                ])
        }
        for i in input.city.indicators {
            let unit = unit(i.levelUnit)
            var tile: [Int: Checker.Want] = [
                1: .equals(i.observedRate.map { NumberFormat.percent($0) } ?? NumberFormat.value(i.value, unit: unit))
            ]
            if let done = i.completion { tile[2] = .contains("完成 " + NumberFormat.percent(done)) }
            if let score = i.score { tile[3] = .hasSuffix("得分 " + NumberFormat.fixed(score, places: 2)) }
            c.row("主要指标", i.name, tile)
            var bar: [Int: Checker.Want] = [
                1: .equals(NumberFormat.percent(i.completion)), 3: .equals(NumberFormat.value(i.value, unit: unit))
            ]
            if let level = i.target?.level { bar[4] = .equals(NumberFormat.value(level, unit: unit)) }
            if let score = i.score { bar[5] = .hasSuffix(" · " + NumberFormat.fixed(score, places: 2)) }
            c.row("目标完成进度", i.name, bar)
            checkFirmLists(&c, i, parkPage: false)
        }
        if let q = input.quarterly { checkQuarter(&c, q) }
        for h in f.cityHistory {
            c.row("产业规模走势", h.period.description, [1: .equals(yi(h.value / 1e10))])
        }
        for p in f.parks {
            c.row(
                "园区比较", key: 1, p.park.name,
                [
                    0: .equals(String(p.rank)), 4: .equals(yi(p.scale?.yearToDate.value(in: .yi))),
                    5: .equals(signed(p.scale?.growth)),
                    6: .equals(NumberFormat.percent(p.shareOfCity)), 7: .equals(String(p.firms)),
                    8: .equals(yi(p.reportedRevenue?.value(in: .yi)))
                ])
        }
        for file in input.dataQuality.files {
            c.row(
                "数据质量", file.file,
                [
                    3: .equals(String(file.rowsRead)), 4: .equals(String(file.accepted)),
                    5: .equals(String(file.rejected)),
                    6: .equals(String(file.skipped)), 7: .equals(String(file.warnings))
                ])
        }
    }

    /// 本季度运行情况: the totals, each breakdown's rows and the district ranking.
    static func checkQuarter(_ c: inout Checker, _ q: QuarterlyReport) {
        for (name, t) in [("\(q.yearToDateLabel)累计", q.yearToDate), ("\(q.periodLabel)当季", q.quarter)] {
            c.row(
                "总量与增速", name,
                [
                    1: .equals(yi(t.total)), 2: .equals(yi(t.totalYearAgo)), 3: .equals(signed(t.growth)),
                    4: .equals(signed(t.comparable?.growth)), 5: .equals(signed(t.chainGrowth)),
                    6: .equals(String(t.comparable?.entered ?? 0)), 7: .equals(String(t.comparable?.left ?? 0)),
                    8: .equals(String(t.comparable?.unreported.count ?? 0))
                ])
        }
        let titles = ["segment": "分领域贡献", "district": "分区贡献", "enterprise": "重点企业拉动（前10家）"]
        for b in q.breakdowns {
            guard let title = titles[b.dimension] else { continue }
            for r in b.rows {
                c.row(
                    title, r.name,
                    [
                        1: .equals(yi(r.value)), 2: .equals(yi(r.valueYearAgo)), 3: .hasPrefix(signed(r.growth)),
                        4: .equals(NumberFormat.percent(r.share)), 5: .equals(NumberFormat.percent(r.contributionRate)),
                        6: .equals(r.pull.map { NumberFormat.fixed($0 * 100, places: 1) } ?? "—")
                    ])
            }
        }
        for r in q.districtRanking {
            c.row(
                "分区排名", key: 1, r.name,
                [0: .equals(String(r.scaleRank)), 2: .equals(yi(r.value)), 3: .equals(signed(r.growth))])
        }
    }

    /// The firms counted and the pipeline: the count in the title, then each listed firm's name and figure.
    static func checkFirmLists(_ c: inout Checker, _ i: IndicatorRow, parkPage: Bool) {
        let candidates = ["\(i.name)：计入企业（\(i.counted.count) 家）"]
        let pipeline = ["\(i.name)：接近门槛的企业（\(i.pipeline.count) 家）", "\(i.name)：储备企业（\(i.pipeline.count) 家）"]
        for (list, titles) in [(i.counted, candidates), (i.pipeline, pipeline)] where !list.isEmpty {
            guard let title = titles.first(where: { c.view.sections[$0] != nil }) else {
                c.problems.append("\(c.page): no section «\(titles[0])» for \(list.count) firms")
                continue
            }
            guard let value = c.column(title, "（亿元）") else {
                c.problems.append("\(c.page) «\(title)»: no column in 亿元")
                continue
            }
            let share = c.column(title, "达门槛")
            for (n, firm) in list.prefix(50).enumerated() {
                var cells: [Int: Checker.Want] = [1: .equals(firm.name), value: .equals(yi(firm.value))]
                if let share {
                    cells[share] = .equals(firm.shareOfThreshold.map { NumberFormat.percent($0, places: 0) } ?? "")
                }
                c.row(title, String(n + 1), cells)
            }
        }
    }

    // MARK: - Park pages

    static func checkPark(_ c: inout Checker, _ input: ReportInput, _ p: ParkFigures) {
        let period = input.facts.dataPeriod
        let span = ytdLabel(period)
        c.row(
            "概况", "占全市（名录内企业产业收入）", [1: .equals(NumberFormat.percent(p.shareOfCity)), 2: .equals("全市园区第 \(p.rank) 位")])
        guard let d = input.parkDetails[p.park.id]?.figures else { return }
        func flow(_ label: String, _ f: ParkReportFigures.Flow) {
            var cells: [Int: Checker.Want] = [1: .equals(fenToYi(f.yearToDate).map { yi($0) + "亿元" } ?? "—")]
            if f.yearToDate != nil, let g = f.growth { cells[2] = .hasPrefix("同比 " + signed(g)) }
            c.row("概况", label, cells)
        }
        let filesStats = !d.parkStatsHistory.isEmpty || d.parkStatsRevenue.yearToDate != nil || d.parkStatsFirms != nil
        if filesStats {
            flow("园区统计（全口径）营业收入 · " + span, d.parkStatsRevenue)
            c.row(
                "概况", "入驻企业数 · 园区统计（全口径）· \(period.chineseLabel)末",
                [
                    1: .equals(d.parkStatsFirms.map { NumberFormat.value(Double($0), unit: .firms) } ?? "—"),
                    2: .hasPrefix("名录内企业 \(d.trackedFirms) 家")
                ])
        } else {
            c.row("概况", "名录内企业（近12个月有报数）", [1: .equals(NumberFormat.value(Double(d.trackedFirms), unit: .firms))])
        }
        flow("名录内企业产业收入 · " + span, d.trackedScale)
        guard let goals = input.parkPlans[p.park.id] else { return }
        let section = "园区目标：" + goals.plan.title
        for i in goals.indicators {
            let unit = unit(i.levelUnit)
            var bar: [Int: Checker.Want] = [
                1: .equals(NumberFormat.percent(i.completion)), 3: .equals(NumberFormat.value(i.value, unit: unit))
            ]
            if let level = i.target?.level { bar[4] = .equals(NumberFormat.value(level, unit: unit)) }
            if i.target != nil, let score = i.score {
                bar[5] = .hasSuffix(" · " + NumberFormat.fixed(score, places: 2))
            }
            c.row(section, i.name, bar)
        }
    }

    // MARK: - The policy page

    static func wan(_ fen: Int64) -> String { Amount(fen: fen).formatted(in: .wan, decimals: 2, grouping: true) }

    static func checkPolicy(_ c: inout Checker, _ r: PolicyFundsReport) {
        let b = r.budget, k = r.check
        c.row(
            "概况", "支持项目", [1: .equals("\(k.grants.count)项"), 2: .equals("\(Set(k.grants.map(\.enterprise)).count) 家企业")]
        )
        c.row("概况", "核定金额", [1: .equals(wan(b.committedFen) + "万元")])
        c.row("概况", "已拨付", [1: .equals(wan(b.paidFen) + "万元"), 2: .equals("待拨付 " + wan(b.toPayFen) + "万元")])
        c.row(
            "概况", "以后年度待拨付", [1: .equals(wan(b.futureFen) + "万元"), 2: .equals("其中存疑 " + wan(b.futureAtRiskFen) + "万元")])
        c.row("概况", "核查发现", [1: .equals("\(k.findings.count)项"), 2: .equals("涉及 " + wan(k.amountInQuestionFen) + "万元")])
        for y in b.years {
            c.row(
                "资金预算与拨付", String(y.year),
                [
                    1: .equals(wan(y.committedFen)), 2: .equals(wan(y.scheduledFen)), 3: .equals(wan(y.paidFen)),
                    4: .equals(wan(y.toPayFen)), 5: .equals(wan(y.atRiskFen))
                ])
        }
    }

    // MARK: - Tests

    /// Both formats of a page, each checked by `check`.
    static func views(_ files: [String: Data], _ path: String) -> [(String, PageView?)] {
        let text = { (p: String) in files[p].map { String(decoding: $0, as: UTF8.self) } ?? "" }
        let md = path + ".md", html = path + ".html"
        return [
            (md, files[md] == nil ? nil : PageView.markdown(text(md))),
            (html, files[html] == nil ? nil : PageView.html(text(html)))
        ]
    }

    static func run(_ files: [String: Data], _ path: String, _ check: (inout Checker) -> Void) -> [Checker] {
        views(files, path).map { name, view in
            var c = Checker(page: name, view: view ?? PageView())
            if view == nil { c.problems.append("\(name): missing, or its HTML does not parse") }
            check(&c)
            return c
        }
    }

    static func expectClean(_ checkers: [Checker], atLeast: Int) {
        for c in checkers {
            let list = c.problems.prefix(40).joined(separator: "\n")
            #expect(c.problems.isEmpty, "\(c.problems.count) figures differ:\n\(list)")
            #expect(c.checked >= atLeast, "\(c.page): only \(c.checked) figures checked")
        }
    }

    @Test func cityPageShowsTheModelsFigures() throws {
        let input = try Sample.input()
        let files = try ReportAssembler.assemble(input)
        // The sample has 9 targets, a quarterly section, 7 parks and 11 files: well over 300 figures a page.
        Self.expectClean(Self.run(files, "index") { Self.checkCity(&$0, input) }, atLeast: 300)
    }

    @Test func parkPagesShowTheModelsFigures() throws {
        let input = try Sample.input()
        let files = try ReportAssembler.assemble(input)
        let slugs = Slug.unique(input.facts.parks.map(\.park.id))
        #expect(slugs.count == 7)
        #expect(input.parkPlans.keys.sorted() == ["PT-DEMO"])  // the demo park's goals are checked too
        for (p, slug) in zip(input.facts.parks, slugs) {
            Self.expectClean(Self.run(files, "parks/\(slug)") { Self.checkPark(&$0, input, p) }, atLeast: 4)
        }
    }

    @Test func policyPageShowsTheModelsFigures() throws {
        let input = try Sample.input()
        guard let funds = input.policyFunds else {
            Issue.record("Data/sample: no policy funds report (grants.csv with Data/policies expected)")
            return
        }
        let files = try ReportAssembler.assemble(input)
        Self.expectClean(Self.run(files, "policy") { Self.checkPolicy(&$0, funds) }, atLeast: 15)
    }

    /// The check can fail: the same page with one figure changed (the city's scale, wherever the
    /// page shows it, in both formats), or a row gone, is caught.
    @Test func aChangedFigureIsCaught() throws {
        let input = try Sample.input()
        var files = try ReportAssembler.assemble(input)
        let s = try #require(input.facts.cityScale)
        let shown = Self.yi(s.yearToDate.value(in: .yi)) + "亿元"
        let wrong = Self.yi(s.yearToDate.value(in: .yi) + 0.01) + "亿元"
        for path in ["index.md", "index.html"] {
            let text = String(decoding: files[path]!, as: UTF8.self)
            #expect(text.contains(shown), "\(path) shows «\(shown)»")
            files[path] = Data(text.replacingOccurrences(of: shown, with: wrong).utf8)
        }
        for c in Self.run(files, "index", { Self.checkCity(&$0, input) }) {
            #expect(c.problems.contains { $0.contains("shows «\(wrong)»") }, "\(c.page): \(c.problems)")
        }
        // A park left out of the parks table.
        let park = input.facts.parks[0].park.name
        let md = String(decoding: files["index.md"]!, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .filter { !($0.hasPrefix("| 1 | ") && $0.contains(park)) }.joined(separator: "\n")
        var c = Checker(page: "index.md", view: PageView.markdown(md))
        Self.checkCity(&c, input)
        #expect(c.problems.contains { $0.contains("0 rows for «\(park)»") }, "\(c.problems)")
    }
}
