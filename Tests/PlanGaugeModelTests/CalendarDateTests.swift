import Testing
@testable import PlanGaugeModel

@Suite struct CalendarDateTests {
    @Test func leapYears() {
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)  // divisible by 100
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)  // divisible by 400
        #expect(CalendarDate.daysIn(year: 2100, month: 2) == 28)
        #expect([1, 4, 6, 9, 11, 12].map { CalendarDate.daysIn(year: 2023, month: $0) } == [31, 30, 30, 30, 30, 31])
    }

    @Test func rejectsImpossibleDays() {
        #expect(CalendarDate(year: 2023, month: 4, day: 31) == nil)
        #expect(CalendarDate(year: 2023, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 2023, month: 0, day: 10) == nil)
        #expect(CalendarDate(year: 2023, month: 1, day: 0) == nil)
        #expect(CalendarDate(year: 999, month: 1, day: 1) == nil)
        #expect(CalendarDate(year: 2023, month: 12, day: 31) != nil)
    }

    @Test func iso8601() {
        #expect(CalendarDate(year: 2021, month: 12, day: 16)!.description == "2021-12-16")
        #expect(CalendarDate(year: 2023, month: 1, day: 5)!.description == "2023-01-05")
    }

    @Test func ordering() {
        let dates = [(2023, 1, 5), (2021, 12, 16), (2023, 1, 4), (2022, 12, 31)].map {
            CalendarDate(year: $0.0, month: $0.1, day: $0.2)!
        }
        #expect(dates.sorted().map(\.description) == ["2021-12-16", "2022-12-31", "2023-01-04", "2023-01-05"])
    }

    @Test func monthAndPeriodEnds() {
        let d = { CalendarDate(year: $0, month: $1, day: $2)! }
        #expect(d(2021, 12, 16).monthPeriod == .month(2021, 12)!)
        #expect(d(2023, 6, 30).isOnOrBefore(endOf: .half(2023, 1)!))
        #expect(!d(2023, 7, 1).isOnOrBefore(endOf: .half(2023, 1)!))
        #expect(d(2023, 3, 31).isOnOrBefore(endOf: .quarter(2023, 1)!))
        #expect(!d(2023, 4, 1).isOnOrBefore(endOf: .quarter(2023, 1)!))
        #expect(d(2022, 12, 31).isOnOrBefore(endOf: .month(2023, 1)!))
        #expect(!d(2024, 1, 1).isOnOrBefore(endOf: .year(2023)!))
    }
}
