import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel
@testable import PlanGaugeReport
import Testing

/// The quarter's charts on the city page: 累计增速走势 by quarter-end, and the segments' and districts'
/// 累计 with their 拉动 beside them. A hand-built example, year-to-date revenue in 亿元 at 1-3月 … 1-12月:
///
///                         2021              2022              2023
///   A 数据安全 普陀区   10 20 30 40      12 22 36 50      15 24 40  —
///   B 密码     静安区   10 20 30 40       9 18 27 38       9 20 20  —
///   D 密码     静安区    5 10 15 20       —  —  —  —       —  —  —  —
///   E 云安全   静安区    —  —  —  —       —  —  —  —       1  2  4  —
///   Σ                   25 50 75 100     21 40 63 88      25 46 64
///
/// At 2023Q3: growth 2023 +19.05% (25/21), +15%, +1.59% (64/63); 2022 −16%, −20%, −16%, −12%.
/// 拉动 on the base 63: 数据安全 +4 → +6.35 pp, 密码 −7 → −11.11 pp, 云安全 +4 → +6.35 pp;
/// 普陀区 +4 → +6.35 pp, 静安区 −3 → −4.76 pp.
@Suite struct QuarterlyChartsTests {
    static let firms: [(String, String, String, [[Int64?]])] = [
        ("A", "数据安全", "普陀区", [[10, 20, 30, 40], [12, 22, 36, 50], [15, 24, 40, nil]]),
        ("B", "密码", "静安区", [[10, 20, 30, 40], [9, 18, 27, 38], [9, 20, 20, nil]]),
        ("D", "密码", "静安区", [[5, 10, 15, 20], [nil, nil, nil, nil], [nil, nil, nil, nil]]),
        ("E", "云安全", "静安区", [[nil, nil, nil, nil], [nil, nil, nil, nil], [1, 2, 4, nil]])
    ]

    /// The n-th valid 统一社会信用代码.
    static func id(_ n: Int) -> USCC {
        let body = String(("913101070000000" + (n < 10 ? "0" : "") + String(n)).prefix(17))
        return USCC(body + String(USCC.checkCharacter(forPrefix: body)!))!
    }

    static func report(_ language: ReportLanguage = .zh) throws -> QuarterlyReport {
        var enterprises: [Enterprise] = [], facts: [RevenueFact] = []
        for (n, f) in firms.enumerated() {
            enterprises.append(Enterprise(id: id(n + 1), name: f.0, district: f.2, segment: f.1))
            for (y, values) in f.3.enumerated() {
                for (k, v) in values.enumerated() {
                    guard let v else { continue }
                    facts.append(
                        RevenueFact(
                            enterprise: id(n + 1), period: .month(2021 + y, 3 * (k + 1))!, basis: .cumulative,
                            revenue: .wan(v * 10_000)))
                }
            }
        }
        let index = DatasetIndex(Dataset(enterprises: enterprises, revenue: facts))
        let s = try #require(QuarterlyAnalytics.summarize(index, at: .quarter(2023, 3)!))
        return QuarterlyReportBuilder.build(s, language: language)
    }

    static func sections(_ language: ReportLanguage = .zh) throws -> [Section] {
        QuarterlySections.build(try report(language), L10n(lang: language))
    }

    static func page(_ language: ReportLanguage = .zh) throws -> Page {
        Page(language: language, title: "p", sections: try sections(language), csvPrefix: "data/")
    }

    static func near(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }
    /// A CSV fraction (six decimals) times 100 against a value in % or points: equal to 0.00005.
    /// A CSV rate (a fraction, six decimals) against a percentage.
    static func nearRaw(_ raw: String?, _ b: Double) -> Bool {
        raw.flatMap(Double.init).map { abs($0 * 100 - b) <= 5e-5 } ?? false
    }

    /// A CSV value in points (six decimals) against points.
    static func nearPoints(_ raw: String?, _ b: Double) -> Bool {
        raw.flatMap(Double.init).map { abs($0 - b) <= 5e-7 } ?? false
    }

    @Test func sectionsInOrderWithTheirFiles() throws {
        let page = try Self.page()
        #expect(
            page.sections.map(\.id) == [
                "quarter", "quarter-totals", "quarter-growth", "quarter-segment", "quarter-district",
                "quarter-enterprise", "quarter-districts"
            ])
        // The breakdowns' tables are the charts' own: data/ keeps its file names.
        #expect(
            page.tables.map(\.id) == [
                "quarter_totals", "quarter_growth_path", "quarter_segment", "quarter_district", "quarter_enterprise",
                "quarter_district_ranking"
            ])
    }

    @Test func growthPathHasBothYearsAndItsTable() throws {
        guard case .chart(let c) = try Self.sections().first(where: { $0.id == "quarter-growth" })?.content else {
            Issue.record("no 累计增速走势 chart")
            return
        }
        #expect(c.title == "累计增速走势" && c.unit == "%")
        #expect(c.xLabels == ["1-3月", "1-6月", "1-9月", "1-12月"])
        #expect(c.series.map(\.name) == ["2023年", "2022年"])
        let now = c.series[0].points, before = c.series[1].points
        #expect(now.map(\.x) == [0, 1, 2])  // 1-12月 2023 not reached
        #expect(Self.near(now[0].y, 400.0 / 21.0) && Self.near(now[1].y, 15) && Self.near(now[2].y, 100.0 / 63.0))
        #expect(before.map(\.x) == [0, 1, 2, 3])
        #expect(zip(before.map(\.y), [-16.0, -20, -16, -12]).allSatisfy { Self.near($0, $1) })
        // The table beside it: the same rates, as shown and as exported (fractions).
        #expect(c.table.rows.map { $0.map(\.text) }.first == ["1-3月", "+19.0%", "-16.0%"])
        #expect(c.table.rows[3].map(\.text) == ["1-12月", "—", "-12.0%"])
        for (series, column) in [(now, 1), (before, 2)] {
            for p in series {
                #expect(Self.nearRaw(c.table.rows[Int(p.x)][column].raw, p.y))
            }
        }
        #expect(c.summary.contains("2023年 1-3月 +19.0%、1-6月 +15.0%、1-9月 +1.6%"))
    }

    @Test func growthPathDrawnWithItsFallBelowZero() throws {
        let html = HTMLRenderer.render(try Self.page(), footer: "")
        // Peak 19.05 × 1.08 = 20.57, low −20 × 1.08 = −21.6: span 42.2 → step 10; axis −30 … 30.
        // Plot 226 high from y = 34: zero at 260 − 30/60 × 226 = 147. Four quarter-ends in the middle of
        // their quarter of the 636 px: x = 64 + (i + 0.5) × 159 = 143.5, 302.5, 461.5, 620.5.
        #expect(html.contains("<line class=\"axis\" x1=\"64.0\" y1=\"147.0\" x2=\"700.0\" y2=\"147.0\"/>"))
        #expect(html.contains("<text x=\"58.0\" y=\"151.0\" text-anchor=\"end\">0</text>"))
        #expect(html.contains("<text x=\"58.0\" y=\"264.0\" text-anchor=\"end\">-30</text>"))
        #expect(html.contains("<text x=\"620.5\" y=\"278.0\" text-anchor=\"middle\">1-12月</text>"))
        // 2022 dashed: −16 → 260 − 14/60 × 226 = 207.3, −20 → 222.3, −12 → 192.2.
        #expect(
            html.contains(
                "<polyline class=\"s1\" fill=\"none\" stroke-width=\"2.5\" stroke-dasharray=\"7 5\" points=\"143.5,207.3 302.5,222.3 461.5,207.3 620.5,192.2\"/>"
            ))
        #expect(html.contains("aria-labelledby=\"quarter-growth-chart-title quarter-growth-chart-desc\""))
    }

    @Test func segmentBarsWithTheirPullsEqualTheTable() throws {
        guard case .bars(let c) = try Self.sections().first(where: { $0.id == "quarter-segment" })?.content else {
            Issue.record("no 分领域 bars")
            return
        }
        #expect(c.table.id == "quarter_segment" && c.title == "分领域贡献")
        #expect(c.categories == ["数据安全", "密码", "云安全"])
        #expect(zip(c.series[0].values, [40.0, 20, 4]).allSatisfy { Self.near($0, $1) })
        let pulls = try #require(c.beside).values
        #expect(zip(pulls, [400.0 / 63, -700.0 / 63, 400.0 / 63]).allSatisfy { Self.near($0, $1) })
        // Each bar is its table row's figure: the value (column 1) and the pull (column 6, points).
        for (i, row) in c.table.rows.enumerated() {
            #expect(row[0].text == c.categories[i])
            #expect(Self.near(Double(row[1].raw ?? ""), c.series[0].values[i]))
            #expect(Self.nearPoints(row[6].raw, pulls[i] ?? .nan))
        }
        #expect(c.table.rows.map { $0[6].text } == ["6.3", "-11.1", "6.3"])
    }

    @Test func aNegativePullIsDrawnLeftOfZero() throws {
        let html = HTMLRenderer.render(try Self.page(), footer: "")
        // Names: 数据安全 8 columns × 6.5 = 52 px, right edge 60; bars from 70 over 638 px: first panel
        // (638 − 28) × 0.55 = 335.5, second from 433.5, 274.5 wide. Pulls −11.11 … +6.35 over
        // 274.5 − 80 = 194.5 px: 11.14 px a point, zero at 473.5 + 11.11 × 11.14 = 597.3.
        // 密码 (row 2, from y = 44 + 26 + 4 = 74): −11.11 → 123.8 px to the left of zero, from 473.5.
        #expect(html.contains("<rect class=\"s3 neg\" x=\"473.5\" y=\"74.0\" width=\"123.8\" height=\"18.0\">"))
        #expect(html.contains("<title>密码 拉动 -11.1 个百分点</title>"))
        #expect(html.contains("<text x=\"469.5\" y=\"87.0\" text-anchor=\"end\">-11.1</text>"))
        // 数据安全 (row 1): +6.35 → 70.7 px to the right of zero; its 累计 40 of 40 fills 335.5 − 48 = 287.5 px.
        #expect(html.contains("<rect class=\"s2\" x=\"597.3\" y=\"48.0\" width=\"70.7\" height=\"18.0\">"))
        #expect(html.contains("<rect class=\"s0\" x=\"70.0\" y=\"48.0\" width=\"287.5\" height=\"18.0\">"))
        #expect(html.contains("<line class=\"axis\" x1=\"597.3\" y1=\"40.0\" x2=\"597.3\" y2=\"126.0\"/>"))
        // 静安区's −4.76 pp is the district chart's negative bar.
        #expect(html.contains("<title>静安区 拉动 -4.8 个百分点</title>"))
        #expect(html.contains("role=\"img\" aria-labelledby=\"quarter-segment-bars-title quarter-segment-bars-desc\""))
        #expect(!html.contains("<script"))
    }

    @Test func englishPagesSayItInEnglish() throws {
        let sections = try Self.sections(.en)
        guard case .chart(let c) = sections.first(where: { $0.id == "quarter-growth" })?.content,
            case .bars(let b) = sections.first(where: { $0.id == "quarter-district" })?.content
        else {
            Issue.record("no charts on the English page")
            return
        }
        #expect(c.title == "Year-to-date growth by quarter")
        #expect(c.xLabels == ["Jan–Mar", "Jan–Jun", "Jan–Sep", "Jan–Dec"])
        #expect(b.unit == "CNY bn" && b.beside?.name == "Pull" && b.beside?.unit == "points")
        // CNY bn: 亿元 / 10. 普陀区 40亿 = CNY 4.0 bn, 静安区 24亿 = 2.4.
        #expect(zip(b.series[0].values, [4.0, 2.4]).allSatisfy { Self.near($0, $1) })
        #expect(!b.summary.contains("区") && !c.summary.contains("年"))
    }
}
