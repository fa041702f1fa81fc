import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// `report --park` and a plan scoped to a park: that park's own one-page report, alone, in park
/// wording, with its goals, the figures labelled by source and basis, who did not report, and a
/// pipeline by the plan's own rule (issue 18, points 2 and 4).
@Suite struct ParkReportTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    // MARK: - The sample's demonstration park

    @Test func parkOptionWritesThatParksPageAlone() throws {
        let out = try TempDataset()
        let run = try runPlangauge(
            ["report", "--data", "Data/sample", "--park", "PT-DEMO", "--out", out.path("site")], in: Self.repository)
        #expect(run.status == 0, "\(run.stderr)")
        let folder = out.path("site/2026Q3")
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder)
        #expect(!files.contains { $0.hasPrefix("parks") }, "no park pages of a city site: \(files)")
        #expect(!files.contains("policy.html"))
        let html = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        let md = try String(contentsOfFile: folder + "/index.md", encoding: .utf8)
        #expect(html.contains("<h1>上海市网络安全产业示范园</h1>"))
        for page in [html, md] {
            #expect(!page.contains("全市"), "no city phrases on a park's own report")
            #expect(!page.contains("占全市"))
            #expect(!page.contains("返回全市总览"))
            // Its goals (the demonstration park's plan beside the city plan), each with its change.
            #expect(page.contains("园区目标：上海市网络安全产业示范园2025年发展目标"))
            #expect(page.contains("示范园网络安全龙头企业"))
            #expect(page.contains("较上季"))
            // Every figure says whose it is and over which months.
            for label in [
                "园区统计（全口径）营业收入 · 2026年1-9月", "名录内企业产业收入 · 2026年1-9月", "近12个月", "2025年全年",
                "园区统计（全口径）营业收入 · 2025年全年", "入驻企业数 · 园区统计（全口径）"
            ] {
                #expect(page.contains(label), "missing «\(label)»")
            }
            // The indicator without a target stays, as monitoring only.
            #expect(page.contains("示范园重点企业产业收入"))
            #expect(page.contains("仅监测"))
        }
        // park_stats.csv's PT-DEMO 营业收入(亿元): 2026Q1–Q3 23.1915 + 35.4844 + 37.6978 = 96.3737;
        // 2025Q1–Q4 21.0597 + 32.3946 + 34.3762 + 54.2080 = 142.0385.
        #expect(md.contains("| 园区统计（全口径）营业收入 · 2026年1-9月 | 96.37亿元 |"))
        #expect(md.contains("2025年全年 142.04亿元"))
        // The site index still lists the period, and names the page a park's.
        let index = try String(contentsOfFile: out.path("site/index.md"), encoding: .utf8)
        #expect(index.contains("[园区页面](2026Q3/index.md)"))
        #expect(index.contains("计划：上海市网络安全产业示范园2025年发展目标"))
        let summary =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/summary.json")))
            as? [String: Any]
        #expect(summary?["park"] as? String == "PT-DEMO")
        #expect(summary?["city"] == nil)
    }

    @Test func aParkPlanAsThePlanIsThatParksReport() throws {
        let out = try TempDataset()
        let plan = Self.repository + "/Data/plans/putuo-demo-park-2025.yaml"
        let run = try runPlangauge(
            ["report", "--data", "Data/sample", "--plan", plan, "--out", out.path("site")], in: Self.repository)
        #expect(run.status == 0, "\(run.stderr)")
        let md = try String(contentsOfFile: out.path("site/2026Q3/index.md"), encoding: .utf8)
        #expect(md.hasPrefix("# 上海市网络安全产业示范园\n"))
        #expect(md.contains("园区目标：上海市网络安全产业示范园2025年发展目标"))
        #expect(!md.contains("全市"))
        #expect(!FileManager.default.fileExists(atPath: out.path("site/2026Q3/parks")))
    }

    @Test func anUnknownParkIsAUsageErrorNamingTheKnownIds() throws {
        let out = try TempDataset()
        let run = try runPlangauge(
            ["report", "--data", "Data/sample", "--park", "PT-DEMOX", "--out", out.path("site")], in: Self.repository)
        #expect(run.status == 64)
        #expect(
            run.stderr.contains(
                "--park «PT-DEMOX» is not a park of the dataset; known park ids: PT-DEMO, SB-HT, SJ-SJ, LG-DS"))
        #expect(!FileManager.default.fileExists(atPath: out.path("site/2026Q3")))
    }

    @Test func aScopeThatMatchesNoParkIsADataErrorNamingTheKnownIds() throws {
        let out = try TempDataset()
        let text = try String(
            contentsOfFile: Self.repository + "/Data/plans/putuo-demo-park-2025.yaml", encoding: .utf8)
        // A typo of the id.
        for (scope, why) in [("PT-DEM0", "it matches no park, but the plan measures park «PT-DEMO»")] {
            try out.write("plan.yaml", text.replacingOccurrences(of: "scope: PT-DEMO", with: "scope: \(scope)"))
            let run = try runPlangauge(
                ["report", "--data", "Data/sample", "--plan", out.path("plan.yaml"), "--out", out.path("site")],
                in: Self.repository)
            #expect(run.status == 65)
            #expect(
                run.stderr.contains("plan.yaml: scope «\(scope)»: \(why); known park ids: PT-DEMO, SB-HT"),
                "\(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path("site/2026Q3")))
    }

    /// Plans may name parks by name (README); a scope that is a park's name is that park.
    @Test func aScopeGivenAsTheParksNameIsThatPark() throws {
        let out = try TempDataset()
        let text = try String(
            contentsOfFile: Self.repository + "/Data/plans/putuo-demo-park-2025.yaml", encoding: .utf8)
        try out.write("plan.yaml", text.replacingOccurrences(of: "scope: PT-DEMO", with: "scope: 上海市网络安全产业示范园"))
        let run = try runPlangauge(
            ["report", "--data", "Data/sample", "--plan", out.path("plan.yaml"), "--out", out.path("site")],
            in: Self.repository)
        #expect(run.status == 0, "\(run.stderr)")
        let md = try String(contentsOfFile: out.path("site/2026Q3/index.md"), encoding: .utf8)
        #expect(md.contains("园区目标：上海市网络安全产业示范园2025年发展目标"))
        #expect(!md.contains("全市"))
    }

    @Test func aParkOptionAgainstAnotherParksPlanIsAUsageError() throws {
        let out = try TempDataset()
        let plan = Self.repository + "/Data/plans/putuo-demo-park-2025.yaml"
        let run = try runPlangauge(
            ["report", "--data", "Data/sample", "--plan", plan, "--park", "SB-HT", "--out", out.path("site")],
            in: Self.repository)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--park SB-HT, but the plan"))
    }

    // MARK: - Print

    /// The park's own page asks for the one-page print layout: an A4 page rule, compact type.
    @Test func theParkPageCarriesTheOnePagePrintCSS() throws {
        let out = try TempDataset()
        let run = try runPlangauge(
            ["report", "--data", "Data/sample", "--park", "PT-DEMO", "--out", out.path("site")], in: Self.repository)
        #expect(run.status == 0)
        let html = try String(contentsOfFile: out.path("site/2026Q3/index.html"), encoding: .utf8)
        #expect(html.contains("<body class=\"one-page\">"))
        #expect(html.contains("@page one-page { size: A4 portrait;"))
        #expect(html.contains("body.one-page { page: one-page;"))
        #expect(html.contains(".one-page .screen-only { display: none; }"))
        // The full enterprise list is an on-screen appendix, left out of the print.
        #expect(html.contains("<section id=\"firms\" class=\"screen-only\">"))
    }

    static let chromium = "/usr/bin/chromium-headless-shell"

    /// Printed by headless Chromium, the park's page is one A4 page (the PDF's page objects counted).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: chromium), "needs chromium-headless-shell"))
    func theParkPagePrintsOnOneA4Page() throws {
        let out = try TempDataset()
        let run = try runPlangauge(
            ["report", "--data", "Data/sample", "--park", "PT-DEMO", "--out", out.path("site")], in: Self.repository)
        #expect(run.status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--no-pdf-header-footer", "--print-to-pdf=" + out.path("page.pdf"),
            URL(fileURLWithPath: out.path("site/2026Q3/index.html")).absoluteString
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let pdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out.path("page.pdf"))), as: UTF8.self)
        let pages =
            pdf.components(separatedBy: "/Type /Page").count - 1
            - (pdf.components(separatedBy: "/Type /Pages").count - 1)
        #expect(pages == 1)
        // A4 is 210 × 297 mm: 595.3 × 841.9 points.
        let box =
            pdf.components(separatedBy: "/MediaBox [").dropFirst().first?.prefix { $0 != "]" }
            .split(separator: " ").compactMap { Double($0) } ?? []
        #expect(box.count == 4 && abs(box[2] - 595.3) < 1 && abs(box[3] - 841.9) < 1, "A4: \(box)")
    }

    // MARK: - A hand-built park: the pipeline rule, late reporter, figures

    /// Two parks; in 甲园 (P1): A 龙头企业 5亿 a year, B 4亿, C 3亿, D 2.9亿, G 0.4亿 that has not
    /// reported 2025Q4; in 乙园 (P2): E 10亿. Quarterly 当期 revenue in 万元, 2024–2025 (G to 2025Q3).
    /// park_stats: P1 5亿 a quarter, 30 firms. Two firms without returns moved: 甲六 out of P1 on
    /// 2025-04-01, 甲七 into it on 2025-10-01 (neither counts in a figure: no returns).
    static func handBuiltPark() throws -> TempDataset {
        let firms: [(code: String, name: String, park: String, tag: String, quarter: String)] = [
            ("913101040028JBF022", "甲一龙头有限公司", "P1", "龙头企业", "12500"),
            ("913101120028JBF03P", "甲二科技有限公司", "P1", "", "10000"),
            ("913101140028JBF04P", "甲三科技有限公司", "P1", "", "7500"),
            ("913101150028JBF059", "甲四科技有限公司", "P1", "", "7250"),
            ("913101150028JBF06C", "乙一科技有限公司", "P2", "", "25000"),
            ("913101150028JBF07F", "甲五迟报有限公司", "P1", "", "1000")
        ]
        var enterprises = "id,name,park,tags,park_from,park_to\n"
        var revenue = "id,period,basis,revenue_wan\n"
        for f in firms {
            enterprises += "\(f.code),\(f.name),\(f.park),\(f.tag),,\n"
            for year in [2024, 2025] {
                for q in 1...4 where !(f.name == "甲五迟报有限公司" && year == 2025 && q == 4) {
                    revenue += "\(f.code),\(year)Q\(q),当期,\(f.quarter)\n"
                }
            }
        }
        enterprises += "913101070028JBF080,甲六迁出有限公司,P1,,,2025-04-01\n913101070028JBF093,甲七新入驻有限公司,P1,,2025-10-01,\n"
        var stats = "园区,统计期,入驻企业数,营业收入(亿元),从业人员\n"
        for year in [2024, 2025] { for q in 1...4 { stats += "P1,\(year)Q\(q),30,5,900\n" } }
        return try TempDataset([
            "parks.csv": "id,name\nP1,甲园\nP2,乙园\n", "enterprises.csv": enterprises, "revenue.csv": revenue,
            "park_stats.csv": stats,
            "plan.yaml": """
            id: jia-2025
            title: 甲园2025年目标
            scope: P1
            baseline: 2024
            deadline: 2025
            indicators:
              - id: leaders
                name: 甲园龙头企业
                measure: {count: {park: P1, tag: 龙头企业}}
                target: ">= 2"
                pipeline: {revenue_at_least: 3亿}
              - id: stats_scale
                name: 甲园产业规模
                measure: {park_stat: {park: P1, field: revenue}}
                target: ">= 20亿"
              - id: tracked
                name: 甲园名录内企业产业收入
                measure: {sum: {field: scale, park: P1}}
            """
        ])
    }

    @Test func thePlansPipelineRuleListsTheCandidatesByHand() throws {
        let data = try Self.handBuiltPark()
        let run = try runPlangauge([
            "report", "--data", data.folder, "--plan", data.path("plan.yaml"), "--period", "2025Q4",
            "--out", data.path("site")
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let md = try String(contentsOfFile: data.path("site/2025Q4/index.md"), encoding: .utf8)
        // Not counted (no 龙头企业 tag), in P1, twelve-month revenue ≥ 3亿: B 4亿 (133%), C exactly 3亿 (100%).
        // D (2.9亿) is under the rule, E is in P2, A is counted, G has no twelve months to 2025Q4.
        #expect(md.contains("## 甲园龙头企业：储备企业（2 家）"))
        #expect(md.contains("_按计划规定的候选规则（近12个月营业收入 ≥ 3亿元）列出、尚未计入的企业，按近12个月营业收入从大到小。_"))
        #expect(
            md.contains(
                """
                | \\# | 企业 | 近12个月营业收入（亿元） | 达门槛 |
                | ---: | --- | ---: | ---: |
                | 1 | 甲二科技有限公司 | 4.00 | 133% |
                | 2 | 甲三科技有限公司 | 3.00 | 100% |
                """))
        let csv = String(
            decoding: try Data(
                contentsOf: URL(fileURLWithPath: data.path("site/2025Q4/data/park_leaders_pipeline.csv"))),
            as: UTF8.self)
        #expect(csv == "\u{FEFF}#,企业,近12个月营业收入（亿元）,达门槛\r\n1,甲二科技有限公司,4,1.333333\r\n2,甲三科技有限公司,3,1\r\n")
        // The counted firm, with the value it is ranked by and no park column on the park's page.
        #expect(
            md.contains(
                """
                | \\# | 企业 | 近12个月营业收入（亿元） |
                | ---: | --- | ---: |
                | 1 | 甲一龙头有限公司 | 5.00 |
                """))
    }

    @Test func theHandBuiltParksFiguresAndLateReporter() throws {
        let data = try Self.handBuiltPark()
        let run = try runPlangauge([
            "report", "--data", data.folder, "--plan", data.path("plan.yaml"), "--period", "2025Q4",
            "--out", data.path("site")
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let md = try String(contentsOfFile: data.path("site/2025Q4/index.md"), encoding: .utf8)
        // park_stats: 4 × 5亿 = 20亿 for 2025; tracked: A 5 + B 4 + C 3 + D 2.9 = 14.9亿 (G has no 2025Q4).
        #expect(md.contains("| 园区统计（全口径）营业收入 · 2025年全年 | 20.00亿元 |"))
        #expect(md.contains("| 名录内企业产业收入 · 2025年全年 | 14.90亿元 |"))
        #expect(md.contains("| 入驻企业数 · 园区统计（全口径）· 2025年四季度末 | 30家 | 名录内企业 5 家（近12个月有报数）；从业人员 900 人 |"))
        #expect(md.contains("未报（1 家，近12个月报过数、2025年四季度无数据）：甲五迟报有限公司。"))
        // Moves within the year to 2025-12-31, by their dates, apart from 未报.
        #expect(md.contains("新入驻（1 家，近一年）：甲七新入驻有限公司（2025-10-01）。"))
        #expect(md.contains("迁出（1 家，近一年）：甲六迁出有限公司（2025-04-01）。"))
        // 较上季: the tracked firms' twelve months to 2025Q3 had G's 0.4亿 too: 15.3 → 14.9 = −0.40亿元, −2.6%.
        #expect(
            md.contains("| 甲园名录内企业产业收入 | — |  | 14.90亿元 | — | 仅监测（无目标） | 名录内企业产业收入 · 2025年全年 | 较上季 -0.40亿元（-2.6%） |"))
        // The count and the park statistics did not change since 2025Q3 (1 firm; 20亿 over twelve months).
        #expect(md.contains("| 甲园龙头企业 | 50.0% |"))
        #expect(md.contains("名录内企业（近12个月有报数）· 2025年末 | 较上季 持平 |"))
        #expect(md.contains("园区统计（全口径）营业收入 · 2025年全年 | 较上季 持平 |"))
        #expect(!md.contains("全市"))
    }

    // MARK: - The plan's `pipeline:`

    @Test func aPipelineRuleIsParsed() throws {
        let plan = try PlanFile.parse(
            """
            id: p
            title: t
            baseline: 2024
            deadline: 2025
            indicators:
              - id: leaders
                name: 龙头企业
                measure: {count: {tag: 龙头企业}}
                target: ">= 5"
                pipeline: {revenue_at_least: 3亿, tag: 上市}
            """, file: "plan.yaml")
        #expect(
            plan.indicators[0].pipeline
                == PipelineRule(
                    conditions: [.annualRevenueAtLeast(.yi(3)), .tag("上市")],
                    text: "revenue_at_least: 3亿, tag: 上市"))
    }

    @Test func aPipelineOnAnythingButACountIsAnError() throws {
        #expect {
            try PlanFile.parse(
                """
                id: p
                title: t
                baseline: 2024
                deadline: 2025
                indicators:
                  - id: scale
                    name: 规模
                    measure: {sum: scale}
                    pipeline: {revenue_at_least: 3亿}
                """, file: "plan.yaml")
        } throws: { error in
            "\(error)".contains("plan.yaml:9:15:")
                && "\(error)".contains("`pipeline` lists candidate firms of a count, but this measure is not a count")
        }
        #expect {
            try PlanFile.parse(
                """
                id: p
                title: t
                baseline: 2024
                deadline: 2025
                indicators:
                  - id: leaders
                    name: 龙头企业
                    measure: {count: {tag: 龙头企业}}
                    pipeline: {revenue_over: 3亿}
                """, file: "plan.yaml")
        } throws: { error in
            "\(error)".contains("unknown key «revenue_over» in a pipeline")
        }
    }
}
