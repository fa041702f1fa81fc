/// A reporting enterprise, identified by its 统一社会信用代码.
public struct Enterprise: Hashable, Sendable {
    public var id: USCC
    public var name: String
    public var district: String?
    /// The `parks.csv` id of the park the enterprise sits in, if any.
    public var park: String?
    public var segment: String?
    /// Every tag the enterprise carries or carried, de-duplicated, in file order: 龙头企业, 专精特新,
    /// 小巨人, 细分明星, 上市 …
    public var tags: [String]
    /// The dated spans of its tags (enterprises.csv's `小巨人@2021-07-15`, tags.csv). A tag with
    /// spans held only within them; a tag without any is undated and read as held at every period
    /// (today's tag applied to the past, which counts then say: 按现有标签回溯).
    public var tagSpans: [TagSpan] = []
    public var founded: CalendarDate?
    /// The credit record (`credit_flags`): what the subsidy policies' credit exclusion reads.
    public var creditFlags: [CreditFlag] = []

    public init(id: USCC, name: String, district: String? = nil, park: String? = nil, segment: String? = nil,
                tags: [String] = [], founded: CalendarDate? = nil) {
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

    /// Whether the enterprise carries the tag without any date (so its past is not known).
    public func hasUndatedTag(_ tag: String) -> Bool {
        tags.contains(tag) && !tagSpans.contains { $0.tag == tag }
    }
}
