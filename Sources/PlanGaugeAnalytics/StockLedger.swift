import PlanGaugeModel

/// Values that are levels at a moment (market cap, employees, firms in a park): the figure
/// reported for the period that ends at a month, whatever its basis.
public struct StockLedger<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private var values: [Key: [Int: Value]] = [:]        // key → year*100+month → value

    public init() {}

    public mutating func record(_ key: Key, _ period: Period, _ value: Value) {
        values[key, default: [:]][period.year * 100 + period.lastMonth] = value
    }

    /// The value at the end of `month` of `year`, if one was reported for a period ending then.
    public func value(_ key: Key, year: Int, month: Int) -> Value? {
        values[key]?[year * 100 + month]
    }
}
