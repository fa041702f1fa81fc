import Testing
@testable import PlanGaugeModel

/// What makes two revenue rows the same fact: cumulative values key by year-to-date month.
/// Codes are built unchecked: a validator bug should fail USCCTests, not crash this suite.
@Suite struct FactKeyTests {
    let a = USCC(uncheckedCode: "91350100M000100Y43")
    let b = USCC(uncheckedCode: "91110000100010433L")

    func key(_ id: USCC, _ p: Period, _ basis: Basis) -> FactKey { FactKey(enterprise: id, period: p, basis: basis) }

    @Test func cumulativeKeysByLastMonth() {
        #expect(key(a, .month(2023, 9)!, .cumulative) == key(a, .quarter(2023, 3)!, .cumulative))  // 1-9月 = 前三季度
        #expect(key(a, .year(2023)!, .cumulative) == key(a, .month(2023, 12)!, .cumulative))
        #expect(key(a, .half(2023, 1)!, .cumulative) == key(a, .quarter(2023, 2)!, .cumulative))
    }

    @Test func periodValuesKeyByTheirOwnPeriod() {
        #expect(key(a, .month(2023, 3)!, .period) != key(a, .quarter(2023, 1)!, .period))
        #expect(key(a, .quarter(2023, 1)!, .period) != key(a, .quarter(2023, 1)!, .cumulative))
        #expect(key(a, .quarter(2023, 1)!, .period) != key(b, .quarter(2023, 1)!, .period))
        #expect(key(a, .quarter(2023, 1)!, .period) != key(a, .quarter(2022, 1)!, .period))
    }

    @Test func factKeyAndScaleRevenue() {
        let both = RevenueFact(
            enterprise: a, period: .quarter(2023, 1)!, basis: .period,
            revenue: .wan(100), industryRevenue: .wan(60))
        #expect(both.key == key(a, .quarter(2023, 1)!, .period))
        #expect(both.scaleRevenue == .wan(60))  // 产业收入 when reported
        let revenueOnly = RevenueFact(enterprise: a, period: .quarter(2023, 1)!, basis: .period, revenue: .wan(100))
        #expect(revenueOnly.scaleRevenue == .wan(100))
        let none = RevenueFact(enterprise: a, period: .quarter(2023, 1)!, basis: .period, revenue: nil)
        #expect(none.scaleRevenue == nil)
    }

    @Test func latestRevenuePeriodIsByLastMonth() {
        let facts = [
            RevenueFact(enterprise: a, period: .quarter(2023, 4)!, basis: .period, revenue: nil),
            RevenueFact(enterprise: a, period: .year(2023)!, basis: .cumulative, revenue: nil),
            RevenueFact(enterprise: b, period: .month(2023, 11)!, basis: .period, revenue: nil)
        ]
        #expect(Dataset(revenue: facts).latestRevenuePeriod == .year(2023)!)
        #expect(Dataset().latestRevenuePeriod == nil)
    }
}
