import PlanGaugeModel

/// Values that are levels at a moment (market cap, employees, firms in a park): the figure
/// reported for the period that ends at a month, whatever its basis.
public struct StockLedger<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private var values: [Key: [Int: Value]] = [:]  // key → year*100+month → value

    /// An empty ledger.
    public init() {}

    /// The ledger of `reports` (keys by their place in `keys`, later reports of a key and month
    /// replacing earlier ones, as `record` one by one would), each key's months gathered first so no
    /// table grows report by report.
    public init(keys: [Key], reports: [(key: Int, period: Period, value: Value)]) {
        var start = [Int](repeating: 0, count: keys.count + 1)
        for r in reports where r.key >= 0 && r.key < keys.count { start[r.key + 1] += 1 }
        for k in 0..<keys.count { start[k + 1] += start[k] }
        var order = [Int](repeating: 0, count: start[keys.count])
        var next = start
        for (i, r) in reports.enumerated() where r.key >= 0 && r.key < keys.count {
            order[next[r.key]] = i
            next[r.key] += 1
        }
        values.reserveCapacity(keys.indices.count { start[$0 + 1] > start[$0] })
        for k in keys.indices where start[k + 1] > start[k] {
            var months: [Int: Value] = [:]
            months.reserveCapacity(start[k + 1] - start[k])
            for i in order[start[k]..<start[k + 1]] {
                months[reports[i].period.year * 100 + reports[i].period.lastMonth] = reports[i].value
            }
            values[keys[k], default: [:]].merge(months) { _, new in new }
        }
    }

    /// Records `value` for `key` at the month `period` ends, replacing an earlier one there.
    public mutating func record(_ key: Key, _ period: Period, _ value: Value) {
        values[key, default: [:]][period.year * 100 + period.lastMonth] = value
    }

    /// The value at the end of `month` of `year`, if one was reported for a period ending then.
    public func value(_ key: Key, year: Int, month: Int) -> Value? {
        values[key]?[year * 100 + month]
    }
}
