/// One flow (营业收入, 产业收入, R&D) as reported, enterprise × month: each slot holds the value of
/// the report that ends in that month, with its 口径 and length. It is what the year-to-date ledgers
/// are derived from, in place, so a dataset's flows can be gathered while its files are read instead
/// of keeping every fact.
///
/// Layout: a dense block of `keyCount × 12` slots per year that has facts (at most `maxBlocks`, so a
/// damaged file's stray years cannot claim memory by the block); other years' enterprise-years are
/// kept loose. A second report ending in an occupied slot (a 累计 beside a 当期, or a quarter beside
/// its last month) is an extra, flagged on the slot. A block's values are `SlotValue`s: 4 bytes in
/// units of 0.01 万元 (the files' precision), any value they cannot hold kept exactly beside them.
public struct FlowPanel: Sendable {
    /// The value of a loose slot with no report (no real amount in 分 is `Int64.min`).
    public static let unknown = Int64.min
    /// The most years kept as dense blocks; further years are kept loose.
    public static let maxBlocks = 64

    /// A slot's kind byte: 0 for no report, else the months of a 当期 report (1, 3, 6, 12) or
    /// `cumulative`, plus `hasExtras` when more reports end in the same slot.
    public enum Kind {
        /// Set for a 累计 report.
        public static let cumulative: UInt8 = 0x80
        /// Set when further reports end in the same slot (see `extras`).
        public static let hasExtras: UInt8 = 0x40
        /// Mask of the months of a 当期 report (1, 3, 6 or 12).
        public static let months: UInt8 = 0x0F
    }

    /// One report as a slot holds it.
    public struct Report: Sendable, Equatable {
        /// The report's kind byte (see `Kind`).
        public var kind: UInt8
        /// The report's value in 分.
        public var fen: Int64
        /// A report of this kind and value.
        public init(kind: UInt8, fen: Int64) { self.kind = kind; self.fen = fen }
    }

    /// The twelve slots of an enterprise-year outside the dense blocks.
    public struct LooseYear: Sendable {
        /// The value in 分 reported for each month (index month − 1); `FlowPanel.unknown`: none.
        public var values = [Int64](repeating: FlowPanel.unknown, count: 12)
        /// The kind byte of each month's report (see `Kind`; 0: none).
        public var kinds = [UInt8](repeating: 0, count: 12)
    }

    /// Enterprises the dense blocks have room for (numbers 0..<keyCount); widened as higher keys arrive.
    public private(set) var keyCount: Int
    /// Year of each dense block, and per block `keyCount × 12` values (see `SlotValue`) and kinds.
    public var blockYears: [Int] = []
    /// Per block, the `SlotValue` of enterprise `k`, month `m` at `k × 12 + m − 1`.
    public var values: [[Int32]] = []
    /// Block values `SlotValue` cannot hold, in 分, by `slotKey(year:key:month:)`.
    public var exact: [Int64: Int64] = [:]
    /// Per block, the kind byte (see `Kind`) of each slot, laid out as `values`.
    public var kinds: [[UInt8]] = []
    /// Enterprise-years outside the blocks, by `looseKey(year:key:)`.
    public var loose: [Int64: LooseYear] = [:]
    /// Further reports ending in a slot, by `slotKey(year:key:month:)`.
    public var extras: [Int64: [Report]] = [:]
    /// Reports recorded.
    public private(set) var count = 0
    private var lastYear = Int.min, lastBlock = -1

    /// An empty panel with room for enterprises numbered 0..<`keyCount`.
    public init(keyCount: Int) { self.keyCount = keyCount }

    /// The kind byte of a report of `period` on `basis`: `Kind.cumulative`, or the period's months.
    public static func kind(_ period: Period, _ basis: Basis) -> UInt8 {
        basis == .cumulative ? Kind.cumulative : UInt8(period.unit.months)
    }

    /// The key of enterprise `key`'s year `year` in `loose`.
    public static func looseKey(year: Int, key: Int) -> Int64 { Int64(year) << 40 | Int64(key) << 4 }
    /// The year and key a `looseKey` was made of.
    public static func looseYearAndKey(_ looseKey: Int64) -> (year: Int, key: Int) {
        (Int(looseKey >> 40), Int((looseKey >> 4) & 0xF_FFFF_FFFF))
    }
    /// The key of one slot (enterprise `key`, `year`, `month` 1–12) in `exact` and `extras`.
    public static func slotKey(year: Int, key: Int, month: Int) -> Int64 {
        looseKey(year: year, key: key) | Int64(month - 1)
    }

    /// The dense block of `year`, if it has one.
    @inline(__always)
    public func block(of year: Int) -> Int? {
        if year == lastYear { return lastBlock }
        return blockYears.firstIndex(of: year)
    }

    /// Records a report of enterprise number `key`. A second report of the same kind ending in the
    /// same slot keeps the first 当期 value and the last 累计 one (as the ledgers always have).
    public mutating func record(key: Int, period: Period, basis: Basis, fen: Int64) {
        let kind = Self.kind(period, basis), month = period.lastMonth, year = period.year
        if key >= keyCount { widen(to: key + 1) }
        count += 1
        let b: Int? = year == lastYear ? lastBlock : newOrExistingBlock(year)
        if let b {
            let s = key * 12 + month - 1
            let old = kinds[b][s]
            if old == 0 || (old & ~Kind.hasExtras == kind && kind == Kind.cumulative) {
                if old == 0 { kinds[b][s] = kind }
                values[b][s] = SlotValue.encode(fen) { exact[Self.slotKey(year: year, key: key, month: month)] = $0 }
            } else if old & ~Kind.hasExtras == kind {
                // the same 当期 report again: the first stands
            } else {
                kinds[b][s] = old | Kind.hasExtras
                addExtra(Report(kind: kind, fen: fen), at: Self.slotKey(year: year, key: key, month: month))
            }
            return
        }
        let lk = Self.looseKey(year: year, key: key)
        var y = loose[lk] ?? LooseYear()
        let old = y.kinds[month - 1]
        if old == 0 {
            y.kinds[month - 1] = kind
            y.values[month - 1] = fen
        } else if old & ~Kind.hasExtras == kind {
            if kind == Kind.cumulative { y.values[month - 1] = fen }
        } else {
            y.kinds[month - 1] = old | Kind.hasExtras
            addExtra(Report(kind: kind, fen: fen), at: Self.slotKey(year: year, key: key, month: month))
        }
        loose[lk] = y
    }

    /// Records the reports of many facts in order, as `record(key:period:basis:fen:)` one by one
    /// would: `fen` gives each fact's value, and facts whose value is `skip` are not reported for this
    /// flow. A run of facts of one year is written into that year's block in place, without a
    /// uniqueness or bounds check per fact; any fact the run cannot take as it stands (a second
    /// report in a slot, a value kept exactly, a year without a block, a new key) goes one by one.
    public mutating func record(
        batch facts: Span<RevenueFacts.Row>, skip: Int64? = nil,
        fen: (RevenueFacts.Row) -> Int64
    ) {
        var i = 0
        let n = facts.count
        while i < n {
            let f = facts[i], value = fen(f)
            if let skip, value == skip { i += 1; continue }
            let key = Int(f.enterpriseNumber), year = f.period.year
            guard key < keyCount, let b = year == lastYear ? lastBlock : newOrExistingBlock(year) else {
                record(key: key, period: f.period, basis: f.basis, fen: value)
                i += 1
                continue
            }
            var blockValues: [Int32] = [], blockKinds: [UInt8] = []
            swap(&blockValues, &values[b])
            swap(&blockKinds, &kinds[b])
            let keys = keyCount
            var taken = 0
            var v = blockValues.mutableSpan, k = blockKinds.mutableSpan
            run: while i < n {
                let f = facts[i], value = fen(f)
                if let skip, value == skip { i += 1; continue }
                let key = Int(f.enterpriseNumber)
                guard f.period.year == year, key < keys, let slot = SlotValue.plain(value) else { break run }
                let kind = Self.kind(f.period, f.basis), s = key * 12 + f.period.lastMonth - 1
                let old = k[s]
                if old == 0 {
                    k[s] = kind
                    v[s] = slot
                } else if old & ~Kind.hasExtras == kind {
                    if kind == Kind.cumulative { v[s] = slot }  // the last 累计 stands, the first 当期
                } else {
                    break run  // a second report: an extra
                }
                taken += 1
                i += 1
            }
            swap(&blockValues, &values[b])
            swap(&blockKinds, &kinds[b])
            count += taken
            if i < n && taken == 0 {
                // The fact the run stopped at, one by one (else the loop would not move on).
                let f = facts[i]
                record(key: Int(f.enterpriseNumber), period: f.period, basis: f.basis, fen: fen(f))
                i += 1
            }
        }
    }

    private mutating func addExtra(_ r: Report, at k: Int64) {
        var list = extras[k] ?? []
        if let i = list.firstIndex(where: { $0.kind == r.kind }) {
            if r.kind == Kind.cumulative { list[i].fen = r.fen }
        } else {
            list.append(r)
        }
        extras[k] = list
    }

    /// The block of `year`, made when there is room for one more (nil: the year is kept loose).
    private mutating func newOrExistingBlock(_ year: Int) -> Int? {
        if let b = blockYears.firstIndex(of: year) {
            (lastYear, lastBlock) = (year, b)
            return b
        }
        guard blockYears.count < Self.maxBlocks else { return nil }
        blockYears.append(year)
        values.append([Int32](repeating: SlotValue.unknown, count: keyCount * 12))
        kinds.append([UInt8](repeating: 0, count: keyCount * 12))
        (lastYear, lastBlock) = (year, blockYears.count - 1)
        return lastBlock
    }

    /// Room for more enterprises (facts of keys not numbered in advance).
    private mutating func widen(to n: Int) {
        let newCount = max(n, keyCount * 2)
        for b in blockYears.indices {
            values[b] += [Int32](repeating: SlotValue.unknown, count: (newCount - keyCount) * 12)
            kinds[b] += [UInt8](repeating: 0, count: (newCount - keyCount) * 12)
        }
        keyCount = newCount
    }
}

/// An amount in a panel or ledger slot: 4 bytes in units of 0.01 万元 (10,000 分, the precision of
/// the files' 万元 columns), so a flow costs half the memory of whole 分. A value that is not a whole
/// number of units, or is too large (above about 2147亿元), is marked `exact` and kept in 分 beside
/// the slots; decoding gives back the 分 exactly either way.
public enum SlotValue {
    /// A slot with no report.
    public static let unknown = Int32.min
    /// A slot whose value is kept in 分 beside the slots.
    public static let exact = Int32.min + 1
    /// 分 in one slot unit (0.01 万元).
    public static let unit: Int64 = 10_000

    /// The slot's value for `fen` (`FlowPanel.unknown` → `unknown`); `keep` takes the 分 of a value marked `exact`.
    @inline(__always)
    public static func encode(_ fen: Int64, keep: (Int64) -> Void) -> Int32 {
        if let v = plain(fen) { return v }
        keep(fen)
        return exact
    }

    /// The slot's value for `fen` when it needs nothing kept beside it; nil when it does.
    @inline(__always)
    public static func plain(_ fen: Int64) -> Int32? {
        if fen == FlowPanel.unknown { return unknown }
        let (q, r) = fen.quotientAndRemainder(dividingBy: unit)
        return r == 0 && q > Int64(exact) && q <= Int64(Int32.max) ? Int32(q) : nil
    }

    /// The 分 of a slot (`FlowPanel.unknown` for `unknown`); `exact` asks for a value marked so.
    @inline(__always)
    public static func decode(_ v: Int32, exact: () -> Int64) -> Int64 {
        v == unknown ? FlowPanel.unknown : v == Self.exact ? exact() : Int64(v) * unit
    }
}
