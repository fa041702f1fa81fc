import Foundation
import PlanGaugeModel
import PlanGaugeSystem

/// Year-to-date values of a flow (revenue, 产业收入, R&D) per key and month, whatever basis the
/// files used: a 累计 value is taken as reported; 当期 values are chained from January
/// (`本月止累计 = 上月止累计 + 本月`). A gap or a missing value breaks the chain, so a month that
/// cannot be known is nil rather than a silent undercount. An enterprise in its first year (nothing
/// reported the year before) starts its chain at its first report; a reported 累计 value just before
/// a 当期 one anchors the chain (the combined 1-2月 first report).
///
/// Built from a `FlowPanel` (the reports per key and month) in place: each key-year's twelve slots
/// of reports become its twelve year-to-date values, so the ledger costs what the panel did and the
/// reports are never held twice. Keys are numbered (`keys`), and the number-taking accessors skip
/// the hashing.
public struct FlowLedger<Key: Hashable & Sendable>: Sendable {
    private var index: [Key: Int] = [:]
    /// Slots per block row: the panel's key count.
    private var stride = 0
    private var minYear = 0
    /// Year − `minYear` → dense block, −1 where the year has none.
    private var blockOfYear: [Int32] = []
    /// Per block, `stride × 12` year-to-date values as `SlotValue`s (`unknown` where none can be
    /// derived), and in 分 the values they cannot hold, by `FlowPanel.slotKey`.
    private var blocks: [[Int32]] = []
    private var exact: [Int64: Int64] = [:]
    /// Per block and key: what the year's reports were.
    private var keyYears: [[KeyYear]] = []
    /// Key-years outside the blocks (stray years of a damaged file), by `FlowPanel.looseKey`.
    private var loose: [Int64: LooseYear] = [:]
    /// 当期 values as reported that the year-to-date values do not give back (a gap broke the chain,
    /// or a reported 累计 took over), by `FlowPanel.slotKey`: the finest report ending that month and
    /// its length in months. A reported value stands even where a gap leaves the year to date unknown.
    /// Every other reported value equals the difference of year-to-date values: not stored twice.
    private var standing: [Int64: ReportedValue] = [:]

    /// A key's year: the months it reported a value for, where its chain starts, whether it reported at all.
    struct KeyYear: Sendable {
        var reported: UInt16 = 0
        var chainStart: UInt8 = 1
        var seen = false
    }

    private struct LooseYear: Sendable {
        var values: [Int64]
        var info: KeyYear
    }

    struct ReportedValue: Sendable {
        var fen: Int64
        var months: UInt8
    }

    static var unknown: Int64 { .min }

    /// An empty ledger: every value unknown.
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
    public init(
        keys: [Key], numberedFacts facts: some Sequence<(key: Int, period: Period, basis: Basis, value: Amount?)>
    ) {
        var panel = FlowPanel(keyCount: keys.count)
        for f in facts { panel.record(key: f.key, period: f.period, basis: f.basis, fen: f.value?.fen ?? Self.unknown) }
        self.init(keys: keys, panel: &panel)
    }

    /// Turns the panel's reports into year-to-date values, taking its storage (the panel is left empty).
    public init(keys: [Key], panel: inout FlowPanel) {
        self.init(numbering: Self.numbering(keys), panel: &panel)
    }

    /// As above, with the keys' numbers given (ledgers of the same keys share one table).
    init(numbering: [Key: Int], panel: inout FlowPanel) {
        index = numbering
        stride = panel.keyCount
        guard panel.count > 0 else { return }
        var taken = FlowPanel(keyCount: 0)
        swap(&taken, &panel)
        minYear = taken.blockYears.min() ?? 0
        blockOfYear = Array(repeating: -1, count: (taken.blockYears.max() ?? -1) - minYear + 1)
        for (b, y) in taken.blockYears.enumerated() { blockOfYear[y - minYear] = Int32(b) }
        for (lk, y) in taken.loose {
            loose[lk] = LooseYear(values: y.values, info: KeyYear(seen: y.kinds.contains { $0 != 0 }))
        }
        var work = YearBlock.taking(&taken, keyCount: stride)
        // Each year's block on any core: a key-year's chain reads only its own slots and whether the
        // key reported the year before, which a snapshot taken first says (so no thread reads a
        // key-year another is writing). Kept-exact and standing values are gathered per block and
        // merged after.
        let chain = BlockChain(
            reportedExact: taken.exact, extras: taken.extras, keyCount: stride,
            reportedBefore: ReportedBefore(
                work.map { $0.keyYears.map(\.seen) }, loose: loose.mapValues(\.info.seen),
                blockOfYear: blockOfYear, minYear: minYear))
        updateConcurrently(&work) { _, block in chain.run(&block) }
        blocks = work.map(\.values)
        keyYears = work.map(\.keyYears)
        for block in work {
            exact.merge(block.parts.exact) { a, _ in a }
            standing.merge(block.parts.standing) { a, _ in a }
        }
        chainLooseYears(taken)
    }

    /// Key-years outside the blocks, chained one by one (a damaged file's stray years: few).
    private mutating func chainLooseYears(_ taken: FlowPanel) {
        var scratch = ChainScratch()
        for lk in loose.keys.sorted() {
            let (year, key) = FlowPanel.looseYearAndKey(lk)
            var y = loose[lk]!
            let isNew = !seen(key, year - 1)
            y.info = BlockChain.chain(
                &y.values, kinds: taken.loose[lk]!.kinds, isNew: isNew, scratch: &scratch,
                extras: { taken.extras[FlowPanel.slotKey(year: year, key: key, month: $0)] })
            for (month, r) in scratch.standing { standing[FlowPanel.slotKey(year: year, key: key, month: month)] = r }
            loose[lk] = y
        }
    }

    /// The commonest key-year, twelve monthly 当期 reports whose slots all hold a plain value (a
    /// whole number of `SlotValue.unit`), chained in place: its year to date is the running sum,
    /// taken on the slots themselves when every partial sum is a plain slot value too. That is what
    /// decoding, `chain` and encoding give it, at a tenth of the cost; nil (slots untouched) for
    /// any other key-year.
    @inline(__always)
    static func runningSumOfPlainMonths(_ v: inout MutableSpan<Int32>, _ k: Span<UInt8>, at base: Int) -> KeyYear? {
        var running: Int64 = 0
        for m in base..<base + 12 {
            guard k[m] == 1, v[m] != SlotValue.unknown, v[m] != SlotValue.exact else { return nil }
            running += Int64(v[m])
            guard running > Int64(SlotValue.exact), running <= Int64(Int32.max) else { return nil }
        }
        running = 0
        for m in base..<base + 12 {
            running += Int64(v[m])
            v[m] = Int32(running)
        }
        return KeyYear(reported: 0xFFF, chainStart: 1, seen: true)
    }

    /// What one block's chains keep besides its slots (keys are slot keys, which name the year).
    struct BlockParts {
        var exact: [Int64: Int64] = [:]
        var standing: [Int64: ReportedValue] = [:]
    }

    /// Reusable room for one key-year's reports.
    struct ChainScratch {
        var facts: [PeriodReport] = []
        var finest = [Int](repeating: -1, count: 12)
        var standing: [(Int, ReportedValue)] = []
    }

    struct PeriodReport {
        var first: Int
        var last: Int
        var months: Int
        var fen: Int64
    }

    /// One key-year: the twelve slots of reports in `v` (kinds in `k` from `base`) become year-to-date values.
    /// The 当期 reports are chained in order of their first month, the coarser first at an equal start
    /// (a quarter wins over its own months); reported values the chain does not give back go to
    /// `scratch.standing` by month.
    ///
    /// Long by design: one algorithm (gather, sort, chain, keep what stands) over one key-year's
    /// twelve slots, the innermost step of every ledger; its stages share the slots.
    static func chain(
        values v: inout [Int64], kinds: Span<UInt8>, at base: Int,
        extras: (Int) -> [FlowPanel.Report]?, isNew: Bool, scratch: inout ChainScratch
    ) -> KeyYear {
        assert(v.count == 12, "a key-year has twelve slots")
        var k: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        for m in 0..<12 { k[m] = kinds[base + m] }
        scratch.facts.removeAll(keepingCapacity: true)
        scratch.standing.removeAll(keepingCapacity: true)
        // The commonest key-year by far: twelve monthly 当期 reports, all with a value, nothing else.
        // Its year to date is the running sum, every report is given back by it, and the chain
        // starts in January whether or not the key is new.
        if (0..<12).allSatisfy({ k[$0] == 1 && v[$0] != unknown }) {
            var running: Int64 = 0
            for m in 0..<12 {
                running += v[m]
                v[m] = running
            }
            return KeyYear(reported: 0xFFF, chainStart: 1, seen: true)
        }
        var info = KeyYear(seen: true)
        func gather(_ r: FlowPanel.Report, _ m: Int) {
            if r.fen != unknown { info.reported |= 1 << UInt16(m) }
            if r.kind == FlowPanel.Kind.cumulative {
                if r.fen != unknown { v[m] = r.fen }
            } else {
                let months = Int(r.kind & FlowPanel.Kind.months)
                scratch.facts.append(PeriodReport(first: m + 2 - months, last: m + 1, months: months, fen: r.fen))
            }
        }
        for m in 0..<12 where k[m] != 0 {
            let primary = FlowPanel.Report(kind: k[m] & ~FlowPanel.Kind.hasExtras, fen: v[m])
            v[m] = unknown
            gather(primary, m)
            if k[m] & FlowPanel.Kind.hasExtras != 0, let more = extras(m + 1) {
                for r in more { gather(r, m) }
            }
        }
        let facts = scratch.facts.count
        guard facts > 0 else { return info }
        // Insertion sort: a year has at most a few dozen reports, nearly always in order already.
        do {
            var f = scratch.facts.mutableSpan
            for i in 1..<max(facts, 1) {
                let x = f[i]
                var j = i
                while j > 0, (f[j - 1].first, -f[j - 1].months) > (x.first, -x.months) { f[j] = f[j - 1]; j -= 1 }
                f[j] = x
            }
        }
        var next = isNew ? scratch.facts[0].first : 1
        info.chainStart = UInt8(next)
        var running: Int64 = 0
        var chaining = true
        for n in 0..<facts {
            let p = scratch.facts[n]
            if p.fen != unknown {
                let m = p.last - 1
                if scratch.finest[m] < 0 || p.months < scratch.facts[scratch.finest[m]].months { scratch.finest[m] = n }
            }
            guard chaining else { continue }
            if p.first < next { continue }  // overlaps what is chained
            if p.first > next, p.first > 1, v[p.first - 2] != unknown {
                running = v[p.first - 2]  // a reported 累计 anchors the chain
                next = p.first
            }
            guard p.first == next, p.fen != unknown else { chaining = false; continue }
            running += p.fen
            next = p.last + 1
            if v[p.last - 1] != unknown { running = v[p.last - 1] } else { v[p.last - 1] = running }
        }
        // Reported values the year-to-date values do not give back are kept as reported.
        for m in 0..<12 where scratch.finest[m] >= 0 {
            let p = scratch.facts[scratch.finest[m]]
            scratch.finest[m] = -1
            if derived({ v[$0 - 1] }, chainStart: Int(info.chainStart), first: p.first, last: p.last) == p.fen {
                continue
            }
            scratch.standing.append((m + 1, ReportedValue(fen: p.fen, months: UInt8(p.months))))
        }
        return info
    }

    /// The value of months `first...last` alone from year-to-date values (nothing before the chain's start counts).
    /// `month(m)`: the year-to-date value at the end of month m (1–12), `unknown` where none.
    @inline(__always)
    private static func derived(_ month: (Int) -> Int64, chainStart: Int, first: Int, last: Int) -> Int64? {
        let end = month(last)
        guard end != unknown else { return nil }
        if first == 1 || chainStart == first { return end }
        let before = month(first - 1)
        return before == unknown ? nil : end - before
    }

    static func numbering(_ keys: [Key]) -> [Key: Int] {
        Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The number of a key (its place in the keys the ledger was built with).
    public func number(of key: Key) -> Int? { index[key] }

    @inline(__always)
    private func block(_ year: Int) -> Int? {
        let i = year - minYear
        guard i >= 0, i < blockOfYear.count, case let b = blockOfYear[i], b >= 0 else { return nil }
        return Int(b)
    }

    /// The year-to-date value of key number `k` at the end of `month` of `year`, in 分 (`unknown` where none).
    @inline(__always)
    private func slot(_ k: Int, _ year: Int, _ month: Int) -> Int64 {
        guard k >= 0, k < stride, (1...12).contains(month) else { return Self.unknown }
        if let b = block(year) {
            return SlotValue.decode(blocks[b][k * 12 + month - 1]) {
                exact[FlowPanel.slotKey(year: year, key: k, month: month)] ?? Self.unknown
            }
        }
        guard !loose.isEmpty, let y = loose[FlowPanel.looseKey(year: year, key: k)] else { return Self.unknown }
        return y.values[month - 1]
    }

    /// What key number `k` reported in `year`.
    @inline(__always)
    private func info(_ k: Int, _ year: Int) -> KeyYear? {
        guard k >= 0, k < stride else { return nil }
        if let b = block(year) { return keyYears[b][k] }
        guard !loose.isEmpty else { return nil }
        return loose[FlowPanel.looseKey(year: year, key: k)]?.info
    }

    @inline(__always)
    private func value(_ k: Int, _ year: Int, _ month: Int) -> Int64? {
        let v = slot(k, year, month)
        return v == Self.unknown ? nil : v
    }

    private func seen(_ k: Int, _ year: Int) -> Bool { info(k, year)?.seen ?? false }

    /// Year-to-date value at the end of `month` of `year`.
    public func yearToDate(_ key: Key, year: Int, month: Int) -> Amount? {
        index[key].flatMap { yearToDate(number: $0, year: year, month: month) }
    }

    /// `yearToDate(_:year:month:)` for key number `k`.
    public func yearToDate(number k: Int, year: Int, month: Int) -> Amount? {
        value(k, year, month).map { Amount(fen: $0) }
    }

    /// Whether the key reported anything in `year`.
    public func reported(_ key: Key, in year: Int) -> Bool {
        index[key].map { reported(number: $0, in: year) } ?? false
    }

    /// `reported(_:in:)` for key number `k`.
    public func reported(number k: Int, in year: Int) -> Bool {
        seen(k, year)
    }

    /// The months of `year` (bit 0: January) for which key number `k` reported a value for a period ending then.
    public func reportedMonths(number k: Int, year: Int) -> UInt16 {
        info(k, year)?.reported ?? 0
    }

    /// The first month `year`'s year-to-date values cover: January, or for a key new that year (it
    /// reported nothing the year before) the first month of its first report: a first year that
    /// starts in July covers half a year. Nil when the key reported nothing in `year`.
    public func firstMonthCovered(_ key: Key, year: Int) -> Int? {
        index[key].flatMap { k in info(k, year).flatMap { $0.seen ? Int($0.chainStart) : nil } }
    }

    /// The twelve months to the end of `month`: the year itself in December, else
    /// YTD(year, month) + YTD(year−1, Dec) − YTD(year−1, month). A key that reported nothing in
    /// the previous year (not yet in business) contributes its year-to-date alone.
    public func trailingYear(_ key: Key, year: Int, month: Int) -> Amount? {
        index[key].flatMap { trailingYear(number: $0, year: year, month: month) }
    }

    /// `trailingYear(_:year:month:)` for key number `k`.
    public func trailingYear(number k: Int, year: Int, month: Int) -> Amount? {
        guard let current = value(k, year, month) else { return nil }
        if month == 12 || !reported(number: k, in: year - 1) { return Amount(fen: current) }
        guard let lastYear = value(k, year - 1, 12), let lastSame = value(k, year - 1, month) else { return nil }
        return Amount(fen: current + lastYear - lastSame)
    }

    /// The value over `period` alone (当期): as reported when a 当期 value for exactly this period
    /// was, else the difference of year-to-date values (nothing before the chain's start counts).
    public func periodValue(_ key: Key, _ period: Period) -> Amount? {
        guard let k = index[key] else { return nil }
        if !standing.isEmpty, let r = standing[FlowPanel.slotKey(year: period.year, key: k, month: period.lastMonth)],
            Int(r.months) == period.unit.months
        {
            return Amount(fen: r.fen)
        }
        guard let info = info(k, period.year) else { return nil }
        let v = Self.derived(
            { slot(k, period.year, $0) }, chainStart: Int(info.chainStart), first: period.firstMonth,
            last: period.lastMonth)
        return v.map { Amount(fen: $0) }
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
