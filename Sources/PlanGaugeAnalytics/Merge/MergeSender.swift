import PlanGaugeModel

/// Who a return is from, as the roster says of the enterprises in it: one enterprise by name, one
/// park (with its district), one district, or the districts it covers with their counts.
enum MergeSender {
    /// The sender of a return holding `facts`; nil when none of its enterprises is on the roster.
    static func describe(_ facts: [RevenueFact], roster: [USCC: Enterprise]) -> String? {
        let firms = Set(facts.map(\.enterprise)).compactMap { roster[$0] }
        guard !firms.isEmpty else { return nil }
        if firms.count == 1 { return "enterprise \(firms[0].name)" }
        let districts = Dictionary(grouping: firms, by: { $0.district ?? "（未注明区）" })
        if districts.count == 1, let (district, members) = districts.first {
            let parks = Set(members.map(\.park))
            if parks.count == 1, let park = parks.first ?? nil { return "park \(park) (\(district))" }
            return "district \(district)"
        }
        let counts = districts.map { ($0.key, $0.value.count) }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return "several districts: " + counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    }
}
