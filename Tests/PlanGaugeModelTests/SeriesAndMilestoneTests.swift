import Testing
@testable import PlanGaugeModel

@Suite struct SeriesAndMilestoneTests {
    @Test func seriesValueAsMoney() {
        let p = Period.year(2023)!
        #expect(SeriesPoint(series: "信息安全收入", period: p, value: ExactDecimal(2232), unit: "亿元").amount == .yi(2232))
        #expect(
            SeriesPoint(series: "x", period: p, value: ExactDecimal("2003.5")!, unit: "亿").amount
                == Amount(fen: 20_035_000_000_000))  // 2003.5亿 = 2.0035 × 10¹³ 分
        #expect(SeriesPoint(series: "x", period: p, value: ExactDecimal("12.4")!, unit: "%").amount == nil)
        #expect(SeriesPoint(series: "x", period: p, value: ExactDecimal(1)).amount == nil)
        #expect(SeriesPoint(series: "x", period: p, value: ExactDecimal("0.001")!, unit: "元").amount == nil)  // 0.1 分
    }

    @Test func milestoneKindsInEitherLanguage() {
        #expect(Milestone.kindID(for: "national_park") == "national_park")
        #expect(Milestone.kindID(for: "国家级园区") == "national_park")
        #expect(Milestone.kindID(for: "国家级网络安全产业园区") == "national_park")
        #expect(Milestone.kindID(for: "安全需求开放") == "demand_scenario")
        #expect(Milestone.kindID(for: "协同创新中心") == "innovation_center")
        #expect(Milestone.kindID(for: "集群") == "cluster")
        #expect(Milestone.kindID(for: "其他成果") == "其他成果")  // kept as written
    }
}
