/// A reporting enterprise, identified by its 统一社会信用代码.
public struct Enterprise: Hashable, Sendable {
    /// The 统一社会信用代码 that identifies it.
    public var id: USCC
    /// The registered name.
    public var name: String
    /// The district (区) it is registered in, if given.
    public var district: String?
    /// The `parks.csv` id of the park the enterprise is in now, if any: with dated membership
    /// (`parkSpans`), the park of its open span (nil once it moved out); without, the park it is
    /// taken to have been in at every period (today's park applied to the past). Measures at a
    /// period read `park(atEndOf:)`.
    public var park: String?
    /// Its industry segment (细分领域), e.g. 云安全; nil when not given.
    public var segment: String?
    /// Every tag the enterprise carries or carried, de-duplicated, in file order: 龙头企业, 专精特新,
    /// 小巨人, 细分明星, 上市 …
    public var tags: [String]
    /// The dated spans of its tags (enterprises.csv's `小巨人@2021-07-15`, tags.csv). A tag with
    /// spans held only within them; a tag without any is undated and read as held at every period
    /// (today's tag applied to the past, which counts then say: 按现有标签回溯).
    public var tagSpans: [TagSpan] = []
    /// When it was in which park (入驻日期 / 迁出日期, park_members.csv). Empty: no dates are known
    /// and `park` holds at every period.
    public var parkSpans: [ParkSpan] = []
    /// The date it was founded (成立日期), if given.
    public var founded: CalendarDate?
    /// The date it was brought into the district from elsewhere (引进日期 / 落户日期), if given: with
    /// `founded`, what a 新引进或新设立 (new entrant) condition reads.
    public var arrived: CalendarDate?
    /// The day it left the roster (退出日期 / 注销日期 / 停止监测日期: deregistered, moved out of the
    /// city, no longer monitored), if given. From that day on it is not chased for figures (漏报);
    /// a move between parks is `parkSpans`, not this.
    public var exited: CalendarDate?
    /// The credit record (`credit_flags`): what the subsidy policies' credit exclusion reads.
    public var creditFlags: [CreditFlag] = []

    /// An enterprise from enterprises.csv's fields; no dated spans or credit flags.
    public init(
        id: USCC, name: String, district: String? = nil, park: String? = nil, segment: String? = nil,
        tags: [String] = [], founded: CalendarDate? = nil
    ) {
        self.id = id
        self.name = name
        self.district = district
        self.park = park
        self.segment = segment
        self.tags = tags
        self.founded = founded
    }

    /// Whether the enterprise carries or carried the tag, at any date.
    public func hasTag(_ tag: String) -> Bool { tags.contains(tag) }

    /// Whether the tag held on the last day of `period`: within one of its spans, or undated.
    public func hasTag(_ tag: String, atEndOf period: Period) -> Bool {
        guard tags.contains(tag) else { return false }
        var dated = false
        for span in tagSpans where span.tag == tag {
            if span.holds(atEndOf: period) { return true }
            dated = true
        }
        return !dated
    }

    /// The tags that held on the last day of `period`, in file order (what a table of firms at that
    /// period shows: a 小巨人 whose term ran out is no longer one).
    public func tags(atEndOf period: Period) -> [String] {
        tags.filter { hasTag($0, atEndOf: period) }
    }

    /// Whether the enterprise carries the tag without any date (so its past is not known).
    public func hasUndatedTag(_ tag: String) -> Bool {
        tags.contains(tag) && !tagSpans.contains { $0.tag == tag }
    }

    /// The park the enterprise was in on the last day of `period`: its span holding then, or,
    /// without dates, `park`.
    public func park(atEndOf period: Period) -> String? { park(on: period.lastDay) }

    /// The park the enterprise was in on `day` (see `park(atEndOf:)`).
    public func park(on day: CalendarDate) -> String? {
        guard !parkSpans.isEmpty else { return park }
        return parkSpans.first { $0.holds(on: day) }?.park
    }

    /// Whether the enterprise was in one of `parks` on every day from `start` through `end`: it
    /// neither joined nor left them in between. Undated membership holds throughout.
    public func staysInParks(_ parks: [String], from start: CalendarDate, through end: CalendarDate) -> Bool {
        guard !parkSpans.isEmpty else { return park.map(parks.contains) == true }
        // Spans in these parks, by start; they must cover start...end without a gap.
        var covered = start
        for span in parkSpans.filter({ parks.contains($0.park) }).sorted(by: {
            ($0.from ?? .distantPast) < ($1.from ?? .distantPast)
        }) {
            guard (span.from ?? .distantPast) <= covered else { break }
            guard let to = span.to else { return true }
            if to > covered { covered = to }
            if covered > end { return true }
        }
        return false
    }

    /// The day the enterprise last joined one of `parks` on or before `day`, when it is in one
    /// then by a dated span (nil when undated or not in them).
    public func joinedParks(_ parks: [String], asOf day: CalendarDate) -> CalendarDate? {
        parkSpans.first { parks.contains($0.park) && $0.holds(on: day) }?.from
    }

    /// The day the enterprise left `parks` after `day`, when it was in one of them on `day` by a
    /// dated span that has ended.
    public func leftParks(_ parks: [String], after day: CalendarDate) -> CalendarDate? {
        parkSpans.first { parks.contains($0.park) && $0.holds(on: day) }?.to
    }
}
