import PlanGaugeModel

/// Year-to-date values of a flow (revenue, 产业收入, R&D) per key and month, whatever basis the
/// files used: a 累计 value is taken as reported; 当期 values are chained from January
/// (`本月止累计 = 上月止累计 + 本月`). A gap or a missing value breaks the chain, so a month that
/// cannot be known is nil rather than a silent undercount. An enterprise in its first year (nothing
/// reported the year before) starts its chain at its first report.
public struct FlowLedger<Key: Hashable & Sendable>: Sendable {
    /// key → year → 13 slots (index = month; 0 unused).
    private var ytd: [Key: [Int: [Amount?]]] = [:]
    /// Years in which a key has any fact at all (present-but-incomplete differs from absent).
    private var seen: [Key: Set<Int>] = [:]

    public init() {}

    /// Builds from (key, period, basis, value) facts. Values that are nil mean "reported no data".
    public init(facts: some Sequence<(key: Key, period: Period, basis: Basis, value: Amount?)>) {
        var periodFacts: [Key: [Int: [(Period, Amount?)]]] = [:]
        for f in facts {
            seen[f.key, default: []].insert(f.period.year)
            if f.basis == .cumulative {
                guard let v = f.value else { continue }
                set(f.key, f.period.year, f.period.lastMonth, v)
            } else {
                periodFacts[f.key, default: [:]][f.period.year, default: []].append((f.period, f.value))
            }
        }
        for (key, years) in periodFacts {
            for (year, items) in years {
                // Coarse first at equal start, so a quarter wins over its own months when both exist.
                let sorted = items.sorted { ($0.0.firstMonth, -$0.0.unit.months) < ($1.0.firstMonth, -$1.0.unit.months) }
                // A key that reported nothing the year before is new: its year starts with its first report.
                var next = seen[key]?.contains(year - 1) == true ? 1 : (sorted.first?.0.firstMonth ?? 1)
                var running = Amount.zero
                for (period, value) in sorted {
                    if period.firstMonth < next { continue }              // overlaps what is chained
                    // A reported 累计 value just before this period anchors the chain: the combined
                    // 1-2月 first report followed by monthly 当期 values, or a switch of basis mid-year.
                    if period.firstMonth > next, let anchor = self.value(key, year, period.firstMonth - 1) {
                        running = anchor
                        next = period.firstMonth
                    }
                    guard period.firstMonth == next, let value else { break }
                    running += value
                    next = period.lastMonth + 1
                    // A reported 累计 value for the same month wins over the chained one.
                    if let reported = self.value(key, year, period.lastMonth) {
                        running = reported
                    } else {
                        set(key, year, period.lastMonth, running)
                    }
                }
            }
        }
    }

    private mutating func set(_ key: Key, _ year: Int, _ month: Int, _ v: Amount) {
        ytd[key, default: [:]][year, default: Array(repeating: nil, count: 13)][month] = v
    }

    private func value(_ key: Key, _ year: Int, _ month: Int) -> Amount? {
        ytd[key]?[year]?[month] ?? nil
    }

    public var keys: Dictionary<Key, [Int: [Amount?]]>.Keys { ytd.keys }

    /// Year-to-date value at the end of `month` of `year`.
    public func yearToDate(_ key: Key, year: Int, month: Int) -> Amount? {
        value(key, year, month)
    }

    /// Whether the key reported anything in `year`.
    public func reported(_ key: Key, in year: Int) -> Bool { seen[key]?.contains(year) == true }

    /// The twelve months to the end of `month`: the year itself in December, else
    /// YTD(year, month) + YTD(year−1, Dec) − YTD(year−1, month). A key that reported nothing in
    /// the previous year (not yet in business) contributes its year-to-date alone.
    public func trailingYear(_ key: Key, year: Int, month: Int) -> Amount? {
        guard let current = value(key, year, month) else { return nil }
        if month == 12 { return current }
        if !reported(key, in: year - 1) { return current }
        guard let lastYear = value(key, year - 1, 12), let lastSame = value(key, year - 1, month) else { return nil }
        return current + lastYear - lastSame
    }

    /// The value over `period` alone (当期), derived from year-to-date values.
    public func periodValue(_ key: Key, _ period: Period) -> Amount? {
        guard let end = value(key, period.year, period.lastMonth) else { return nil }
        if period.firstMonth == 1 { return end }
        guard let before = value(key, period.year, period.firstMonth - 1) else { return nil }
        return end - before
    }
}
