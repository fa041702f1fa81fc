import PlanGaugeModel

/// Year-to-date values of a flow (revenue, 产业收入, R&D) per key and month, whatever basis the
/// files used: a 累计 value is taken as reported; 当期 values are chained from January
/// (`本月止累计 = 上月止累计 + 本月`). A gap or a missing value breaks the chain, so a month that
/// cannot be known is nil rather than a silent undercount. An enterprise in its first year (nothing
/// reported the year before) starts its chain at its first report; a reported 累计 value just before
/// a 当期 one anchors the chain (the combined 1-2月 first report).
///
/// Storage is flat: keys get dense numbers, and each key has twelve 分 slots per year of the
/// data's range (`Int64.min` = unknown), so millions of facts cost a few arrays, not dictionaries.
public struct FlowLedger<Key: Hashable & Sendable>: Sendable {
    private var index: [Key: Int] = [:]
    private var firstYear = 0
    private var years = 0
    /// key × year × 12 months, in 分; `unknown` where no value can be derived.
    private var slots: [Int64] = []
    /// key × year: whether the key has any fact in the year (present-but-incomplete differs from absent).
    private var seen: [Bool] = []
    /// key × year: the month the year's chain starts at (1, or the first report of a new key).
    private var chainStart: [UInt8] = []
    /// key × year × 12: a 当期 value as reported for the period ending that month, and that
    /// period's length in months (0 = none). A reported value stands even where a gap leaves the
    /// year to date unknown.
    private var reportedPeriod: [Int64] = []
    private var reportedMonths: [UInt8] = []

    private static var unknown: Int64 { .min }

    public init() {}

    /// Builds from (key, period, basis, value) facts. Values that are nil mean "reported no data".
    public init(facts: some Sequence<(key: Key, period: Period, basis: Basis, value: Amount?)>) {
        var keys: [Key] = []
        var numbers: [Key: Int] = [:]
        let numbered = facts.map { f -> (key: Int, period: Period, basis: Basis, value: Amount?) in
            if let k = numbers[f.key] { return (k, f.period, f.basis, f.value) }
            numbers[f.key] = keys.count
            keys.append(f.key)
            return (keys.count - 1, f.period, f.basis, f.value)
        }
        self.init(keys: keys, numberedFacts: numbered)
    }

    /// Builds from facts whose keys are already numbered (positions in `keys`): no hashing per fact.
    public init(keys: [Key], numberedFacts facts: some Sequence<(key: Int, period: Period, basis: Basis, value: Amount?)>) {
        index = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        // One pass to find the years; the facts are kept compactly for the chain.
        var flat: [FlatFact] = []
        flat.reserveCapacity(facts.underestimatedCount)
        var minYear = Int.max, maxYear = Int.min
        for f in facts {
            let k = f.key
            minYear = min(minYear, f.period.year)
            maxYear = max(maxYear, f.period.year)
            flat.append(FlatFact(key: Int32(k), year: Int16(f.period.year), first: UInt8(f.period.firstMonth),
                             last: UInt8(f.period.lastMonth), months: UInt8(f.period.unit.months),
                             cumulative: f.basis == .cumulative, fen: f.value?.fen ?? Self.unknown))
        }
        guard !flat.isEmpty else { return }
        firstYear = minYear
        years = maxYear - minYear + 1
        slots = Array(repeating: Self.unknown, count: index.count * years * 12)
        seen = Array(repeating: false, count: index.count * years)
        chainStart = Array(repeating: 1, count: index.count * years)
        reportedPeriod = Array(repeating: Self.unknown, count: index.count * years * 12)
        reportedMonths = Array(repeating: 0, count: index.count * years * 12)
        for f in flat {
            seen[Int(f.key) * years + Int(f.year) - firstYear] = true
            if f.cumulative && f.fen != Self.unknown { slots[slot(Int(f.key), Int(f.year), Int(f.last))] = f.fen }
        }
        // 当期 facts in key, year and month order (coarse first at equal start, so a quarter wins over its own months).
        var periods = flat.filter { !$0.cumulative }
        periods.sort { ($0.key, $0.year, $0.first, $1.months) < ($1.key, $1.year, $1.first, $0.months) }
        var i = 0
        while i < periods.count {
            let k = Int(periods[i].key), y = Int(periods[i].year)
            var j = i
            while j < periods.count && Int(periods[j].key) == k && Int(periods[j].year) == y { j += 1 }
            // A key that reported nothing the year before is new: its year starts with its first report.
            var next = y > firstYear && seen[k * years + y - 1 - firstYear] ? 1 : Int(periods[i].first)
            chainStart[k * years + y - firstYear] = UInt8(next)
            for p in periods[i..<j] where p.fen != Self.unknown {
                let s = slot(k, y, Int(p.last))
                if reportedMonths[s] == 0 || p.months < reportedMonths[s] {      // the finest report of the month
                    reportedPeriod[s] = p.fen
                    reportedMonths[s] = p.months
                }
            }
            var running: Int64 = 0
            for p in periods[i..<j] {
                let first = Int(p.first), last = Int(p.last)
                if first < next { continue }                                   // overlaps what is chained
                if first > next, first > 1, slots[slot(k, y, first - 1)] != Self.unknown {
                    running = slots[slot(k, y, first - 1)]                      // a reported 累计 anchors the chain
                    next = first
                }
                guard first == next, p.fen != Self.unknown else { break }
                running += p.fen
                next = last + 1
                let s = slot(k, y, last)
                if slots[s] != Self.unknown { running = slots[s] } else { slots[s] = running }
            }
            i = j
        }
    }

    @inline(__always)
    private func slot(_ key: Int, _ year: Int, _ month: Int) -> Int { (key * years + year - firstYear) * 12 + month - 1 }

    private func value(_ key: Key, _ year: Int, _ month: Int) -> Amount? {
        guard let k = index[key], year >= firstYear, year < firstYear + years, (1...12).contains(month) else { return nil }
        let v = slots[slot(k, year, month)]
        return v == Self.unknown ? nil : Amount(fen: v)
    }

    /// Year-to-date value at the end of `month` of `year`.
    public func yearToDate(_ key: Key, year: Int, month: Int) -> Amount? {
        value(key, year, month)
    }

    /// Whether the key reported anything in `year`.
    public func reported(_ key: Key, in year: Int) -> Bool {
        guard let k = index[key], year >= firstYear, year < firstYear + years else { return false }
        return seen[k * years + year - firstYear]
    }

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

    /// The value over `period` alone (当期): as reported when a 当期 value for exactly this period
    /// was, else the difference of year-to-date values (nothing before the chain's start counts).
    public func periodValue(_ key: Key, _ period: Period) -> Amount? {
        if let k = index[key], period.year >= firstYear, period.year < firstYear + years {
            let s = slot(k, period.year, period.lastMonth)
            if Int(reportedMonths[s]) == period.unit.months { return Amount(fen: reportedPeriod[s]) }
        }
        guard let end = value(key, period.year, period.lastMonth) else { return nil }
        if period.firstMonth == 1 { return end }
        if let k = index[key], Int(chainStart[k * years + period.year - firstYear]) == period.firstMonth { return end }
        guard let before = value(key, period.year, period.firstMonth - 1) else { return nil }
        return end - before
    }
}

/// A fact as the ledger keeps it while chaining: 16 bytes.
private struct FlatFact {
    var key: Int32
    var year: Int16
    var first: UInt8
    var last: UInt8
    var months: UInt8
    var cumulative: Bool
    var fen: Int64
}
