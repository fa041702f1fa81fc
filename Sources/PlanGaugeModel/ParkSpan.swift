/// When an enterprise was in a park: enterprises.csv's 入驻日期 / 迁出日期 (`park_from`, `park_to`)
/// beside its 所属园区, or a row of park_members.csv.
///
/// `from` is the first day in the park; `to` is the day it moved out, from which it is no longer
/// counted there (so a move on 2025-07-01 from one park to another is `…~2025-07-01` and
/// `2025-07-01~…`, with no day in both). A span with no `from` held before any period the data
/// covers; one with no `to` still holds.
public struct ParkSpan: Hashable, Sendable {
    /// The park's id, as in `parks.csv`.
    public var park: String
    /// The first day in the park (入驻日期); nil: before the data begins.
    public var from: CalendarDate?
    /// The day it moved out (迁出日期), no longer in the park from then; nil: still there.
    public var to: CalendarDate?

    /// A span from its parts.
    public init(park: String, from: CalendarDate?, to: CalendarDate?) {
        self.park = park
        self.from = from
        self.to = to
    }

    /// Whether the enterprise was in the park on `day`.
    public func holds(on day: CalendarDate) -> Bool {
        (from.map { $0 <= day } ?? true) && (to.map { day < $0 } ?? true)
    }

    /// Whether the enterprise was in the park on the last day of `period`: a park's figure at
    /// 2025Q4 counts the firms in it on 31 December 2025, with their whole year to date.
    public func holds(atEndOf period: Period) -> Bool { holds(on: period.lastDay) }

    /// The park of the span still open (no `to`), the latest-starting one when several are: where
    /// the enterprise is as the files leave it; nil when every span has ended (it moved out).
    public static func current(of spans: [ParkSpan]) -> String? {
        spans.filter { $0.to == nil }.max { ($0.from ?? .distantPast) < ($1.from ?? .distantPast) }?.park
    }
}

extension CalendarDate {
    /// A day before any the data holds, for ordering spans without a start.
    public static let distantPast = CalendarDate(year: 1000, month: 1, day: 1)!

    /// The first day of a month.
    public static func firstDay(of year: Int, _ month: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: 1)!
    }
}
