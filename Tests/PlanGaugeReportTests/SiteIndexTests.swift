import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanGaugeAnalytics
import PlanGaugeModel
@testable import PlanGaugeReport
import Testing

/// The site index (`index.html`, `index.md`, `latest/`) from hand-written periods: order, figures,
/// statuses, links and escaping, all checked against text written out by hand.
@Suite struct SiteIndexTests {
    static let q3 = SitePeriod(
        folder: "2026Q3", period: .quarter(2026, 3)!, planTitle: "某市行动计划", assessment: "2023年四季度（终期评估）",
        scaleYearToDate: 191.424766, scalePeriod: .quarter(2026, 3)!, scaleGrowth: 0.043694796, reporters: 276,
        statusCounts: [.limitedProgress: 2, .targetAchieved: 5, .moderateProgress: 3],
        files: ["data/indicators.csv", "index.html", "index.md", "summary.json"])
    static let q4 = SitePeriod(
        folder: "2025Q4", period: .quarter(2025, 4)!, planTitle: "旧计划", assessment: "2023年四季度（终期评估）",
        scaleYearToDate: 292, scalePeriod: .quarter(2025, 4)!, scaleGrowth: -0.05, reporters: 280,
        statusCounts: [.targetAchieved: 1], files: ["index.html", "index.md", "policy.html", "summary.json"])

    static func text(_ data: Data?) -> String { String(decoding: data ?? Data(), as: UTF8.self) }

    @Test func markdownListsPeriodsNewestFirstWithFiguresAndStatuses() {
        let index = SiteIndex.build([Self.q4, Self.q3])
        let md = Self.text(index.root["index.md"])
        let expected = """
            # 产业目标监测 · 已发布报告

            - 共 2 期，最新：2026年三季度
            - 计划：某市行动计划

            [最新一期：2026年三季度](latest/index.md)

            ## 已发布的数据期

            _最新在前。指标状态为城市行动计划各指标的评估结果（个数）。_

            | 数据期 | 目标评估 | 产业规模（年初至今） | 同比 | 报送企业 | 指标状态 | 文件 |
            | --- | --- | ---: | ---: | ---: | --- | --- |
            | [2026年三季度](2026Q3/index.md) | 2023年四季度（终期评估） | 2026年1-9月 191.42亿元 | +4.4% | 276家 | 已完成目标 5 · 有进展，需加快 3 · 进展有限 2 | [城市页面](2026Q3/index.md) · [summary.json](2026Q3/summary.json) · [指标表 CSV](2026Q3/data/indicators.csv) |
            | [2025年四季度](2025Q4/index.md) | 2023年四季度（终期评估） | 2025年全年 292.00亿元 | -5.0% | 280家 | 已完成目标 1 | [城市页面](2025Q4/index.md) · [政策兑现](2025Q4/policy.md) · [summary.json](2025Q4/summary.json) |

            ---

            由 PlanGauge 产业目标监测生成

            """
        #expect(md == expected)
    }

    @Test func htmlRowsLinkEachPeriodAndColourEachStatus() throws {
        let html = Self.text(SiteIndex.build([Self.q3, Self.q4]).root["index.html"])
        let row =
            "<tr><td class=\"nowrap\"><a href=\"2026Q3/index.html\">2026年三季度</a></td><td>2023年四季度（终期评估）</td>"
            + "<td class=\"num\">2026年1-9月 191.42亿元</td><td class=\"num\">+4.4%</td><td class=\"num\">276家</td><td>"
            + "<span class=\"status achieved\">已完成目标 5</span> · <span class=\"status moderate\">有进展，需加快 3</span> · "
            + "<span class=\"status limited\">进展有限 2</span></td><td><a href=\"2026Q3/index.html\">城市页面</a> · "
            + "<a href=\"2026Q3/summary.json\">summary.json</a> · <a href=\"2026Q3/data/indicators.csv\">指标表 CSV</a></td></tr>\n"
        #expect(html.contains(row))
        let first = try #require(html.range(of: "2026Q3/index.html"))
        let second = try #require(html.range(of: "2025Q4/index.html"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(html.contains("<nav class=\"links\"><a href=\"latest/index.html\">最新一期：2026年三季度</a></nav>"))
        #expect(Self.wellFormed(html))
    }

    @Test func latestLeadsToTheNewestPeriodWhateverTheInputOrder() throws {
        let latest = try #require(SiteIndex.build([Self.q4, Self.q3]).latest)
        let html = Self.text(latest["index.html"])
        #expect(html.contains("<meta http-equiv=\"refresh\" content=\"0; url=../2026Q3/index.html\"/>"))
        #expect(
            html.contains("<a href=\"../2026Q3/index.html\">打开2026年三季度的报告</a> · <a href=\"../index.html\">全部期次</a>"))
        #expect(
            Self.text(latest["index.md"])
                == "# 最新一期：2026年三季度\n\n[打开2026年三季度的报告](../2026Q3/index.md) · [全部期次](../index.md)\n")
        #expect(Self.wellFormed(html))
    }

    @Test func sameListGivesSameBytesInAnyOrder() {
        #expect(SiteIndex.build([Self.q3, Self.q4]) == SiteIndex.build([Self.q4, Self.q3]))
    }

    @Test func noPeriodGivesAnIndexSayingSoAndNoLatest() {
        let index = SiteIndex.build([])
        #expect(index.latest == nil)
        #expect(Self.text(index.root["index.html"]).contains("<p class=\"note\">尚无已发布的数据期。</p>"))
        #expect(Self.text(index.root["index.md"]).contains("- 共 0 期\n"))
    }

    /// A folder whose name is no period sorts last and is escaped in text and link alike.
    @Test func oddFolderNamesAreEscapedAndSortLast() {
        let odd = SitePeriod(folder: "a<b&\"c", statusCounts: [.notAvailable: 1])
        let index = SiteIndex.build([odd, Self.q4])
        let html = Self.text(index.root["index.html"])
        #expect(html.contains("<a href=\"a%3Cb&amp;%22c/index.html\">a&lt;b&amp;&quot;c</a>"))
        #expect(html.range(of: "2025Q4/index.html")!.lowerBound < html.range(of: "a%3Cb")!.lowerBound)
        #expect(
            Self.text(index.root["index.md"]).contains("| [a\\<b&\"c](a%3Cb&%22c/index.md) | — | — | — | — | 无法评估 1 |"))
        #expect(Self.wellFormed(html))
    }

    @Test func summaryJSONGivesTheHeadlineFigures() throws {
        let json = """
            {"schema": "plangauge.summary/1", "data_period": "2026Q3", "dataset": "sample",
             "city_scale": {"period": "2026Q3", "year_to_date": 191.424766, "growth": 0.0437, "reporters": 276},
             "city": {"plan": {"title": "计划甲"}, "period_label": "2023年四季度", "phase_label": "终期评估",
                      "indicators": [{"status": "target_achieved"}, {"status": "target_achieved"},
                                     {"status": "limited_progress"}, {"status": "something_new"}]},
             "files": ["index.html", "summary.json"]}
            """
        let p = try SitePeriod(folder: "2026Q3", summary: Data(json.utf8))
        #expect(
            p
                == SitePeriod(
                    folder: "2026Q3", period: .quarter(2026, 3)!, planTitle: "计划甲", assessment: "2023年四季度（终期评估）",
                    scaleYearToDate: 191.424766, scalePeriod: .quarter(2026, 3)!, scaleGrowth: 0.0437, reporters: 276,
                    statusCounts: [.targetAchieved: 2, .limitedProgress: 1], files: ["index.html", "summary.json"]))
        // A summary without the figures still lists, by its folder's period.
        #expect(
            try SitePeriod(folder: "2025Q2", summary: Data("{}".utf8))
                == SitePeriod(folder: "2025Q2", period: .quarter(2025, 2)!))
        #expect(throws: (any Error).self) { try SitePeriod(folder: "x", summary: Data("not json".utf8)) }
    }

    static func wellFormed(_ html: String) -> Bool {
        XMLParser(data: Data(html.utf8)).parse()
    }
}
