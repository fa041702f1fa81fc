/// When an enterprise held a tag: a recognition (`小巨人@2021-07-15`) and, for titles granted for
/// a term, its end (`小巨人@2021-07-15~2024-07-14`), from enterprises.csv's tags or tags.csv.
///
/// Both days are inclusive. A span with no `from` held before any period the data covers; one
/// with no `to` still holds.
public struct TagSpan: Hashable, Sendable {
    /// The tag, e.g. 小巨人.
    public var tag: String
    /// The first day the tag held (recognition); nil: before the data begins.
    public var from: CalendarDate?
    /// The last day the tag held (end of term); nil: it still holds.
    public var to: CalendarDate?
    /// Where the dates come from (a 文号, a list), as tags.csv gives it.
    public var source: String?

    /// A span from its parts.
    public init(tag: String, from: CalendarDate?, to: CalendarDate?, source: String? = nil) {
        self.tag = tag
        self.from = from
        self.to = to
        self.source = source
    }

    /// Whether the tag held on the last day of `period`: a count at 2023Q4 counts the firms that
    /// carried it on 31 December 2023.
    public func holds(atEndOf period: Period) -> Bool {
        let last = period.lastDay
        return (from.map { $0 <= last } ?? true) && (to.map { $0 >= last } ?? true)
    }
}
