import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeReport
import Testing

/// 漏报 on the fixture PlanGaugeIngestTests/Fixtures/missing-reporters (营业收入 in 万元; park PT-A
/// 普陀示范园 in 普陀区):
///
/// | firm | code | district, park | 营业收入 rows | expected at 2025Q4 |
/// |---|---|---|---|---|
/// | 甲 | 91350100M000100Y43 | 普陀区, PT-A | 100 every quarter 2024Q1–2025Q4 | reported: not listed |
/// | 乙 | 91110000100010433L | 普陀区, PT-A | 100 for 2024Q1–2025Q2, 123.456789 for 2025Q3 | listed, last 2025Q3 123.456789 |
/// | 丙 | 91310000000000001Y | 静安区 | 80 for 2024Q1–2024Q3 (five quarters before) | not active: not listed |
/// | 丁 | 913100000000000022 | 静安区, 退出日期 2025-11-15 | 60 for 2024Q1–2025Q3 | exited: counted, not listed |
/// | 戊 | 913100000000000048 | 静安区 | 50 for 2024Q4–2025Q2, 50.5 for 2025Q3, 2025Q4 empty | listed, last 2025Q3 50.50, empty row |
/// | 己 | 91310000000000006E | (none) | 7 for 2025-10, 7.25 for 2025-11 (monthly) | listed, last 2025-11 7.25 |
/// | 庚 | 91310000000000007H | 静安区 | 累计 2025年1-3/1-6/1-9/1-12月: 30, 60, 90, 120 | 累计 at December: not listed |
///
/// Active at 2025Q4: 甲, 乙, 戊, 己 (by its October and November), 庚 = 5; 丁 exited, 丙 not active.
@Suite struct MissingReportersTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("PlanGaugeIngestTests/Fixtures/missing-reporters").path

    static func dataset() throws -> Dataset {
        let (dataset, report) = try DatasetLoader.load(folder: folder)
        #expect(report.rejected == 0 && report.errors == 0)
        return dataset
    }

    static let q4 = Period.quarter(2025, 4)!

    /// [code, name, district, park id, last period, last 口径, last 分, empty row]
    func rows(_ m: MissingReporters) -> [[String]] {
        m.firms.map {
            [
                $0.id.code, $0.name, $0.district ?? "-", $0.park?.id ?? "-", $0.last?.period.description ?? "-",
                $0.last?.basis.chineseName ?? "-", $0.last.map { String($0.revenue.fen) } ?? "-",
                $0.emptyRevenueRow ? "empty" : ""
            ]
        }
    }

    @Test func listsTheActiveFirmsWithoutAFigureInChaseOrder() throws {
        let m = try #require(MissingReporters.find(in: try Self.dataset(), period: Self.q4))
        #expect(
            rows(m) == [
                // 123.456789 万元 = 1,234,567.89 元 = 123,456,789 分
                ["91110000100010433L", "乙公司", "普陀区", "PT-A", "2025Q3", "当期", "123456789", ""],
                ["913100000000000048", "戊公司", "静安区", "-", "2025Q3", "当期", "50500000", "empty"],
                ["91310000000000006E", "己公司", "-", "-", "2025-11", "当期", "7250000", ""]
            ])
        #expect(m.exited == 1)
        #expect(m.active == 5)
        #expect(m.firms.first?.park?.name == "普陀示范园")
    }

    @Test func groupsByDistrictThenPark() throws {
        let m = try #require(MissingReporters.find(in: try Self.dataset(), period: Self.q4))
        let groups = m.byDistrict.map { d in
            (d.district ?? "-") + ": "
                + d.parks.map { ($0.park?.id ?? "-") + " " + $0.firms.map(\.name).joined(separator: ",") }.joined(
                    separator: "; ")
        }
        #expect(groups == ["普陀区: PT-A 乙公司", "静安区: - 戊公司", "-: - 己公司"])
    }

    /// The window's far end: at 2025Q3 the four quarters before are 2024Q3–2025Q2, so 丙's 2024Q3
    /// makes it active and it is listed; 丁 has not exited by 2025-09-30 and reported 2025Q3.
    @Test func fourQuartersBackIsStillActive() throws {
        let m = try #require(MissingReporters.find(in: try Self.dataset(), period: .quarter(2025, 3)!))
        // 丙: 80 万元 = 80,000,000 分. 庚's 1-9月 is a figure for September; 己 reports from October.
        #expect(rows(m).map { $0[0] } == ["91310000000000001Y"])
        #expect(rows(m).first.map { Array($0[4...6]) } == ["2024Q3", "当期", "80000000"])
        #expect(m.exited == 0)
    }

    /// Exited on or before the period's last day: left out and counted; a day later: chased.
    @Test(arguments: [("2025-12-31", true), ("2026-01-01", false)])
    func exitDateAgainstThePeriodsLastDay(exit: String, leftOut: Bool) throws {
        var dataset = try Self.dataset()
        let d = try #require(dataset.enterprises.firstIndex { $0.name == "丁公司" })
        dataset.enterprises[d].exited = CalendarDate(iso: exit)
        let m = try #require(MissingReporters.find(in: dataset, period: Self.q4))
        #expect(m.firms.contains { $0.name == "丁公司" } == !leftOut)
        #expect(m.exited == (leftOut ? 1 : 0))
        if !leftOut {
            // 60 万元 for 2025Q3; in 静安区 with no park, before 戊 by code (…0022 < …0048).
            #expect(rows(m)[1] == ["913100000000000022", "丁公司", "静安区", "-", "2025Q3", "当期", "60000000", ""])
        }
    }

    /// Two reports ending in September: the 当期 quarter is shown, not the 累计 1-9月.
    @Test func lastReportPrefersThePeriodsOwnFigure() throws {
        let id = USCC("91350100M000100Y43")!
        let dataset = Dataset(
            enterprises: [Enterprise(id: id, name: "甲")],
            revenue: [
                RevenueFact(enterprise: id, period: .month(2025, 9)!, basis: .cumulative, revenue: .wan(90)),
                RevenueFact(enterprise: id, period: .quarter(2025, 3)!, basis: .period, revenue: .wan(30)),
                RevenueFact(enterprise: id, period: .month(2025, 6)!, basis: .cumulative, revenue: .wan(60))
            ])
        let m = try #require(MissingReporters.find(in: dataset, period: Self.q4))
        #expect(m.firms.first?.last == .init(period: .quarter(2025, 3)!, basis: .period, revenue: .wan(30)))
    }

    // MARK: the report's 未报送企业 section

    static let plan = Plan(
        id: "t", title: "测试计划", baseline: 2024, deadline: 2027,
        indicators: [
            Indicator(
                id: "scale", name: "产业规模", measure: .sum(.revenue, EnterpriseFilter()), unit: .yi,
                target: Target(value: Rational(Amount.yi(1)), comparison: .atLeast, year: 2027, text: ">= 1亿"))
        ])

    static func pages(_ dataset: Dataset, at p: Period) throws -> [String: Data] {
        let input = try #require(
            ReportRun.prepare(
                dataset: dataset, cityPlan: plan, otherPlans: [], files: [],
                options: .init(dataPeriod: p, datasetName: "missing-reporters")))
        return try ReportAssembler.assemble(input)
    }

    @Test func theCityPageListsThemAndDataHasTheCSV() throws {
        let files = try Self.pages(try Self.dataset(), at: Self.q4)
        let md = String(decoding: try #require(files["index.md"]), as: UTF8.self)
        #expect(md.contains("## 未报送企业"))
        #expect(md.contains("| 普陀区 | 普陀示范园 | 91110000100010433L | 乙公司 | 2025年三季度 | 123.456789 |  |"))
        #expect(md.contains("| 静安区 | （不在园区） | 913100000000000048 | 戊公司 | 2025年三季度 | 50.50 | 已报送但营业收入为空 |"))
        #expect(md.contains("另有 1 家已退出（退出日期不晚于 2025-12-31），不再催报，未列入。"))
        let csv = String(decoding: try #require(files["data/missing.csv"]), as: UTF8.self)
        #expect(
            csv.hasPrefix(
                "\u{FEFF}所属区,所属园区,统一社会信用代码,企业名称,最近一次报送期,最近一次营业收入（万元）,备注\r\n"
                    + "普陀区,普陀示范园,91110000100010433L,乙公司,2025年三季度,123.456789,\r\n"))
        #expect(csv.hasSuffix(",,91310000000000006E,己公司,2025年11月,7.25,\r\n"))
    }

    /// Everyone active reported: no section, no data/missing.csv.
    @Test func noSectionWhenEveryoneReported() throws {
        let a = USCC("91350100M000100Y43")!, b = USCC("91110000100010433L")!
        var revenue: [RevenueFact] = []
        for q in 1...4 {
            for id in [a, b] {
                revenue.append(
                    RevenueFact(enterprise: id, period: .quarter(2025, q)!, basis: .period, revenue: .wan(10)))
            }
        }
        let dataset = Dataset(
            enterprises: [Enterprise(id: a, name: "甲", district: "普陀区"), Enterprise(id: b, name: "乙")],
            revenue: revenue)
        #expect(MissingReporters.find(in: dataset, period: Self.q4)?.firms == [])
        let files = try Self.pages(dataset, at: Self.q4)
        #expect(!String(decoding: try #require(files["index.md"]), as: UTF8.self).contains("未报送企业"))
        #expect(files["data/missing.csv"] == nil)
    }
}
