/// A calendar day (no time, no zone): founding, recognition and milestone dates.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, 1000–9999.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// The day, or nil when it does not exist (month 13, 30 February, a year outside 1000–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days in `month` of `year`, leap years counted (Gregorian).
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The month period this day falls in.
    public var monthPeriod: Period { .month(year, month)! }

    /// Whether the day falls on or before the last day of `period`.
    public func isOnOrBefore(endOf period: Period) -> Bool {
        (year, month) <= (period.year, period.lastMonth)
    }

    /// ISO 8601: `2021-12-16`.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// Earlier days first.
    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
