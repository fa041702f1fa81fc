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
    /// 当期 values as reported that the year-to-date values do not give back (a gap broke the chain,
    /// or a reported 累计 took over), by slot: the finest report ending that month and its length in
    /// months. A reported value stands even where a gap leaves the year to date unknown. Every other
    /// reported value equals the difference of year-to-date values, so it is not stored twice.
    private var standing: [Int: ReportedValue] = [:]

    private struct ReportedValue: Sendable {
        var fen: Int64
        var months: UInt8
    }

    static var unknown: Int64 { .min }

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
        var flat: [FlatFact] = []
        flat.reserveCapacity(facts.underestimatedCount)
        for f in facts {
            flat.append(FlatFact(key: Int32(f.key), year: Int16(f.period.year), first: UInt8(f.period.firstMonth),
                                 last: UInt8(f.period.lastMonth), months: UInt8(f.period.unit.months),
                                 cumulative: f.basis == .cumulative, fen: f.value?.fen ?? Self.unknown))
        }
        let lo = flat.lazy.map(\.year).min() ?? 0, hi = flat.lazy.map(\.year).max() ?? 0
        var periods = flat.filter { !$0.cumulative }
        periods.sort(by: FlatFact.chainOrder)
        self.init(keys: keys, years: Int(lo)...Int(hi), count: flat.count, fact: { flat[$0] },
                  periodCount: periods.count, periodFact: { periods[$0] })
    }

    /// Builds from facts kept column by column: `fact(i)` for every fact, and `periodFact(j)` for
    /// the 当期 ones in `FlatFact.chainOrder` (key, year, first month, coarser first). The order does
    /// not depend on the values, so the ledgers of one dataset share it.
    init(keys: [Key], years: ClosedRange<Int>, count: Int, fact: (Int) -> FlatFact?,
         periodCount: Int, periodFact: (Int) -> FlatFact) {
        index = Self.numbering(keys)
        guard count > 0 else { return }
        firstYear = years.lowerBound
        self.years = years.count
        let keyYears = keys.count * self.years
        slots = Array(repeating: Self.unknown, count: keyYears * 12)
        seen = Array(repeating: false, count: keyYears)
        chainStart = Array(repeating: 1, count: keyYears)
        for i in 0..<count {
            guard let f = fact(i) else { continue }
            seen[Int(f.key) * self.years + Int(f.year) - firstYear] = true
            if f.cumulative && f.fen != Self.unknown { slots[slot(Int(f.key), Int(f.year), Int(f.last))] = f.fen }
        }
        // Each key's 当期 facts of one year, chained from January (or from the key's first report).
        var i = 0
        var finest = [Int32](repeating: -1, count: 12)          // per month: the finest report ending there
        while i < periodCount {
            let head = periodFact(i)
            let k = Int(head.key), y = Int(head.year)
            var j = i
            while j < periodCount, case let p = periodFact(j), Int(p.key) == k, Int(p.year) == y { j += 1 }
            // A key that reported nothing the year before is new: its year starts with its first report.
            var next = y > firstYear && seen[k * self.years + y - 1 - firstYear] ? 1 : Int(head.first)
            chainStart[k * self.years + y - firstYear] = UInt8(next)
            var running: Int64 = 0
            var chaining = true
            for n in i..<j {
                let p = periodFact(n)
                if p.fen != Self.unknown {
                    let m = Int(p.last) - 1
                    if finest[m] < 0 || p.months < periodFact(Int(finest[m])).months { finest[m] = Int32(n) }
                }
                guard chaining else { continue }
                let first = Int(p.first), last = Int(p.last)
                if first < next { continue }                                   // overlaps what is chained
                if first > next, first > 1, slots[slot(k, y, first - 1)] != Self.unknown {
                    running = slots[slot(k, y, first - 1)]                      // a reported 累计 anchors the chain
                    next = first
                }
                guard first == next, p.fen != Self.unknown else { chaining = false; continue }
                running += p.fen
                next = last + 1
                let s = slot(k, y, last)
                if slots[s] != Self.unknown { running = slots[s] } else { slots[s] = running }
            }
            // Reported values the year-to-date values do not give back are kept as reported.
            for m in 0..<12 where finest[m] >= 0 {
                let p = periodFact(Int(finest[m]))
                finest[m] = -1
                let period = Period(year: y, unit: Period.Unit.of(months: Int(p.months)), index: Int(p.last) / Int(p.months))
                if let period, derived(k, period) == p.fen { continue }
                standing[slot(k, y, m + 1)] = ReportedValue(fen: p.fen, months: p.months)
            }
            i = j
        }
    }

    private static func numbering(_ keys: [Key]) -> [Key: Int] {
        Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The value of `period` alone from the year-to-date values (nothing before the chain's start counts).
    private func derived(_ k: Int, _ period: Period) -> Int64? {
        let end = slots[slot(k, period.year, period.lastMonth)]
        guard end != Self.unknown else { return nil }
        if period.firstMonth == 1 || Int(chainStart[k * years + period.year - firstYear]) == period.firstMonth { return end }
        let before = slots[slot(k, period.year, period.firstMonth - 1)]
        return before == Self.unknown ? nil : end - before
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
        guard let k = index[key], period.year >= firstYear, period.year < firstYear + years else { return nil }
        if !standing.isEmpty, let r = standing[slot(k, period.year, period.lastMonth)], Int(r.months) == period.unit.months {
            return Amount(fen: r.fen)
        }
        return derived(k, period).map { Amount(fen: $0) }
    }
}

/// A fact as the ledger reads it while chaining: 16 bytes.
struct FlatFact {
    var key: Int32
    var year: Int16
    var first: UInt8
    var last: UInt8
    var months: UInt8
    var cumulative: Bool
    var fen: Int64
}

extension FlatFact {
    /// Chaining order: key, year, first month, and at an equal start the coarser period first (so
    /// a quarter wins over its own months).
    static func chainOrder(_ a: FlatFact, _ b: FlatFact) -> Bool {
        (a.key, a.year, a.first, b.months) < (b.key, b.year, b.first, a.months)
    }
}

extension Period.Unit {
    static func of(months: Int) -> Period.Unit {
        switch months {
        case 1: .month
        case 3: .quarter
        case 6: .halfYear
        default: .year
        }
    }
}
