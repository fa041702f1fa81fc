import Foundation
import Testing

/// The documentation's worked example (PlanGaugeIngest.docc/PlanFiles.md): a plan for another city
/// (Hangzhou, made up) over a five-firm dataset, written here from scratch, with every measure, dated
/// tags, an undated tag, a rank target and two series a year behind the firms. Every figure is
/// computed by hand below.
@Suite struct WorkedExampleTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let parks = """
        id,name,district
        HZ-BJ,滨江网络安全产业园,滨江区
        HZ-XH,西湖数字安全小镇,西湖区

        """

    static let enterprises = """
        统一社会信用代码,企业名称,所属区,园区,标签
        91330106MA2H00001E,安恒甲科技有限公司,滨江区,HZ-BJ,龙头企业
        91330106MA2H00002H,网盾乙信息技术有限公司,滨江区,HZ-BJ,
        91330106MA2H00003L,数安丙科技有限公司,西湖区,HZ-XH,
        91330106MA2H00004P,密码丁技术有限公司,西湖区,HZ-XH,专精特新
        91330106MA2H00005T,云卫戊网络有限公司,滨江区,HZ-BJ,小巨人@2024-07-15

        """

    static let tags = """
        统一社会信用代码,标签,认定日期,有效期至,文号
        91330106MA2H00002H,小巨人,2022-07-15,,工信部第四批小巨人名单
        91330106MA2H00003L,小巨人,2019-08-01,2022-07-31,工信部第一批小巨人名单

        """

    static let revenue = """
        统一社会信用代码,统计期,营业收入（万元）
        91330106MA2H00001E,2021年,50000
        91330106MA2H00002H,2021年,8000
        91330106MA2H00003L,2021年,5000
        91330106MA2H00004P,2021年,2000
        91330106MA2H00001E,2022年,60000
        91330106MA2H00002H,2022年,10000
        91330106MA2H00003L,2022年,5000
        91330106MA2H00004P,2022年,3000
        91330106MA2H00005T,2022年,1000
        91330106MA2H00001E,2023年,70000
        91330106MA2H00002H,2023年,12000
        91330106MA2H00003L,2023年,6000
        91330106MA2H00004P,2023年,4000
        91330106MA2H00005T,2023年,2000
        91330106MA2H00001E,2024年,80000
        91330106MA2H00002H,2024年,15000
        91330106MA2H00003L,2024年,6000
        91330106MA2H00004P,2024年,5000
        91330106MA2H00005T,2024年,4000

        """

    static let parkStats = """
        园区,统计期,入驻企业数,营业收入（亿元）
        HZ-BJ,2021年,120,5.5
        HZ-BJ,2022年,135,6.5
        HZ-BJ,2023年,150,7.5
        HZ-BJ,2024年,168,8.6

        """

    static let series = """
        series,period,value,unit,source
        national_scale,2021,650,亿元,中国网络安全产业分析报告（2022）
        national_scale,2022,700,亿元,中国网络安全产业分析报告（2023）
        national_scale,2023,800,亿元,中国网络安全产业分析报告（2024）
        city_rank,2021,12,位,城市网络安全产业竞争力排名
        city_rank,2022,10,位,城市网络安全产业竞争力排名
        city_rank,2023,9,位,城市网络安全产业竞争力排名

        """

    static let milestones = """
        类别,名称,日期,园区
        国家级平台,国家网络安全创新中心（杭州）,2022-05-20,HZ-BJ
        国家级平台,密码应用测评中心,2023-10-12,HZ-XH
        国家级平台,数据安全国家重点实验室分中心,2024-03-08,HZ-BJ

        """

    static let plan = """
        id: hangzhou-cybersecurity-2022-2025
        title: 杭州市网络安全产业发展行动计划（2022-2025年）（示例）
        baseline: 2021
        deadline: 2025
        indicators:
          - id: scale
            name: 网络安全产业规模
            measure: {sum: scale}
            target: "突破15亿元"
          - id: scale_growth
            name: 产业规模年均增长
            measure: {cagr: {indicator: scale}}
            target: "20%以上"
          - id: national_share
            name: 占全国产业规模比重
            measure: {ratio: [{indicator: scale}, {series: national_scale}]}
            unit: "%"
            target: "不低于1.5%"
          - id: city_rank
            name: 全国城市竞争力排名
            measure: {series: city_rank}
            unit: 位
            target: "进入全国前8位"
          - id: giants
            name: 专精特新“小巨人”企业
            measure: {count: {tag: 小巨人}}
            target: "达到3家"
          - id: firms_5000
            name: 营收超5000万元企业
            measure: {count: {revenue_at_least: 5000万}}
            target: "5家以上"
          - id: leader_share
            name: 龙头企业收入占比
            measure: {ratio: [{sum: {field: scale, tag: 龙头企业}}, {indicator: scale}]}
            unit: "%"
            target: "不超过70%"
          - id: platforms
            name: 国家级创新平台
            measure: {milestones: 国家级平台}
            target: "3个"
          - id: binjiang_revenue
            name: 滨江园区营业收入
            measure: {park_stat: {park: HZ-BJ, field: revenue}}
            target: "达到10亿元"

        """

    /// status, score, value (display units), baseline, data year, tags counted with today's meaning.
    /// Scores: pv ≥ 0.60 → 7.1429·pv − 4.2857 (at most 5), else 4.1667·pv − 2.5.
    static let expected:
        [String: (status: String, score: Double, value: Double, baseline: Double, year: Int?, backdated: [String])] = [
            // 2024: 80000 + 15000 + 6000 + 5000 + 4000 万元 = 11亿; 2021: 50000 + 8000 + 5000 + 2000 = 6.5亿.
            // pv = ((11/6.5)^(1/3) − 1) / ((15/6.5)^(1/4) − 1) = 0.8243556.
            "scale": ("moderate_progress", 1.6025899171974958, 11, 6.5, nil, []),
            // The rate is assessed as the level it implies: 6.5 × 1.2^4 = 13.4784亿; pv = 0.1917 / 0.2 = 0.9584017.
            "scale_growth": ("substantial_progress", 2.560067662999944, 11, 6.5, nil, []),
            // The national total ends at 2023: 9.4 / 800 = 1.175% at 2023 against 6.5 / 650 = 1.0% at
            // 2021; pv = (1.175^(1/2) − 1) / (1.5^(1/4) − 1) = 0.7871453.
            "national_share": ("moderate_progress", 1.3368000125103894, 1.175, 1, 2023, []),
            // Rank 12 → 9 (2021 → 2023), target ≤ 8 by 2025, lower is better:
            // pv = −((9/12)^(1/2) − 1) / |(8/12)^(1/4) − 1| = 1.3898 → score capped at 5.
            "city_rank": ("substantial_progress", 5, 9, 12, 2023, []),
            // 小巨人 at 2021-12-31: 丙 (2019-08-01 to 2022-07-31); at 2024-12-31: 乙 (from 2022-07-15) and
            // 戊 (from 2024-07-15). A baseline under 5: covered (2 − 1)/(3 − 1) over elapsed 3/4 = 0.6667.
            "giants": ("moderate_progress", 0.47623333333333306, 2, 1, nil, []),
            // ≥ 5000万: 2021 甲, 乙, 丙 (5000 counts); 2024 甲, 乙, 丙, 丁. Covered 1/2 over 3/4.
            "firms_5000": ("moderate_progress", 0.47623333333333306, 4, 3, nil, []),
            // 甲 (龙头企业, undated) 80000 / 110000 = 72.73% against 50000 / 65000 = 76.92%; lower is
            // better: pv = −((8/11 ÷ 10/13)^(1/3) − 1) / |(0.7 ÷ 10/13)^(1/4) − 1| = 0.7949053.
            "leader_share": ("moderate_progress", 1.3922288265356633, 80000.0 / 1100, 50000.0 / 650, nil, ["龙头企业"]),
            // 3 platforms dated 2022–2024, none at 2021: the target of 3 is met.
            "platforms": ("target_achieved", 5, 3, 0, nil, []),
            // The park office's own figures: 5.5亿 → 8.6亿; pv = ((8.6/5.5)^(1/3) − 1) / ((10/5.5)^(1/4) − 1).
            "binjiang_revenue": ("substantial_progress", 2.833817985689552, 8.6, 5.5, nil, [])
        ]

    func dataset() throws -> TempDataset {
        try TempDataset([
            "parks.csv": Self.parks, "enterprises.csv": Self.enterprises, "tags.csv": Self.tags,
            "revenue.csv": Self.revenue, "park_stats.csv": Self.parkStats, "series.csv": Self.series,
            "milestones.csv": Self.milestones
        ])
    }

    @Test func everyIndicatorAsComputedByHand() throws {
        let ds = try dataset()
        let plan = try TempDataset(["plan.yaml": Self.plan])
        let run = try runPlangauge([
            "progress", "--data", ds.folder, "--plan", plan.path("plan.yaml"), "--format", "json"
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["period"] as? String == "2024Q4")
        let indicators = try #require(object["indicators"] as? [[String: Any]])
        #expect(Set(indicators.compactMap { $0["id"] as? String }) == Set(Self.expected.keys))
        for row in indicators {
            let id = try #require(row["id"] as? String)
            let e = try #require(Self.expected[id])
            #expect(row["status"] as? String == e.status, "\(id)")
            #expect(abs((row["score"] as? Double ?? .nan) - e.score) < 1e-6, "\(id)")
            #expect(abs((row["value"] as? Double ?? .nan) - e.value) < 1e-9, "\(id)")
            #expect(abs((row["baseline"] as? Double ?? .nan) - e.baseline) < 1e-9, "\(id)")
            #expect(row["data_year"] as? Int == e.year, "\(id)")
            #expect(row["tags_backdated"] as? [String] == e.backdated, "\(id)")
        }
    }

    @Test func textAndReportSayWhatTheFiguresStandOn() throws {
        let ds = try dataset()
        let plan = try TempDataset(["plan.yaml": Self.plan])
        let text = try runPlangauge(["progress", "--data", ds.folder, "--plan", plan.path("plan.yaml")])
        #expect(text.stdout.contains("全国城市竞争力排名                      第9位    第12位  进入全国前8位"))
        #expect(text.stdout.contains("· 占全国产业规模比重：数据截至2023年"))
        #expect(text.stdout.contains("· 龙头企业收入占比：按现有标签回溯（龙头企业未注明认定日期"))
        #expect(!text.stdout.contains("专精特新“小巨人”企业：按现有标签回溯"))
        let report = try runPlangauge([
            "report", "--data", ds.folder, "--plan", plan.path("plan.yaml"), "--out", plan.path("site")
        ])
        #expect(report.status == 0, "\(report.stderr)")
        let page = try String(contentsOfFile: plan.path("site/2024Q4/index.html"), encoding: .utf8)
        #expect(page.contains("数据截至2023年"))
        #expect(page.contains("按现有标签回溯"))
    }

    /// The documentation's worked example (the PlanGaugeIngest catalog's `PlanFiles.md`) shows this very plan.
    @Test func documentationShowsThisPlan() throws {
        let article = try String(
            contentsOf: Self.repository.appendingPathComponent(
                "Sources/PlanGaugeIngest/PlanGaugeIngest.docc/PlanFiles.md"), encoding: .utf8)
        let block = article.components(separatedBy: "<!-- worked-example-plan -->\n```yaml\n").dropFirst().first?
            .components(separatedBy: "```\n<!-- /worked-example-plan -->").first
        #expect(block == Self.plan)
    }
}
