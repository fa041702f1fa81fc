/// A countable achievement with a date: a national park recognised, a demand scenario opened …
public struct Milestone: Hashable, Sendable {
    /// The kind id (`national_park` …, see `knownKinds`), or the file's text for a kind not known.
    public var kind: String
    /// What was achieved, e.g. 国家级网络安全产业园区（上海普陀示范园）.
    public var name: String
    /// The day it was achieved.
    public var date: CalendarDate
    /// The district it is in, if given.
    public var district: String?
    /// The `parks.csv` id of the park it belongs to, if any.
    public var park: String?

    /// A milestone from its parts.
    public init(kind: String, name: String, date: CalendarDate, district: String? = nil, park: String? = nil) {
        self.kind = kind
        self.name = name
        self.date = date
        self.district = district
        self.park = park
    }

    /// Known kinds and their Chinese names; files may use either. Other kinds are kept as written.
    public static let knownKinds: [(id: String, chinese: String)] = [
        ("national_park", "国家级园区"),
        ("demand_scenario", "安全需求开放"),
        ("innovation_center", "协同创新中心"),
        ("cluster", "产业集群")
    ]

    /// The kind id for a name in either language (`国家级网络安全产业园区` → `national_park`).
    public static func kindID(for text: String) -> String {
        for k in knownKinds where k.id == text || k.chinese == text { return k.id }
        let aliases: [String: String] = [
            "国家级网络安全产业园区": "national_park", "国家级产业园区": "national_park",
            "需求场景": "demand_scenario", "安全需求场景": "demand_scenario", "应用场景": "demand_scenario",
            "网络安全产业协同创新中心": "innovation_center", "创新中心": "innovation_center",
            "集群": "cluster", "网络安全产业集群": "cluster"
        ]
        return aliases[text] ?? text
    }
}
