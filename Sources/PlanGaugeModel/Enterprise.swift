/// A reporting enterprise, identified by its 统一社会信用代码.
public struct Enterprise: Hashable, Sendable {
    public var id: USCC
    public var name: String
    public var district: String?
    /// The `parks.csv` id of the park the enterprise sits in, if any.
    public var park: String?
    public var segment: String?
    /// Tags as written, de-duplicated, in file order: 龙头企业, 专精特新, 小巨人, 细分明星, 上市 …
    public var tags: [String]
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

    public func hasTag(_ tag: String) -> Bool { tags.contains(tag) }
}
