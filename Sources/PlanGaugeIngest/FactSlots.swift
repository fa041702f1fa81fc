import PlanGaugeModel
import PlanGaugeRecords

/// A converted revenue row with its enterprise's number (its place in enterprises.csv): the row as
/// the facts and panels store it, so accepted rows go to the panels as they are, with no copy.
typealias NumberedFact = RevenueFacts.Row

extension RevenueFacts.Row {
    var number: Int32 { enterpriseNumber }
}

/// Which enterprise × period × 口径 facts have been accepted: 31 bits per enterprise and year (累计 by
/// its last month, 12; 当期 months 12, quarters 4, halves 2, the year 1), in one flat array indexed
/// by enterprise number and year, so five million facts cost a few megabytes and no hashing. Years
/// beyond a 64-year window (only a damaged file has them) go to a hash table.
struct FactSlots {
    private var masks: [UInt32] = []
    private var firstYear = 0
    private var years = 0
    private var enterprises = 0
    private var outliers = FastTable<UInt64, UInt32>()
    /// Key → first fact, built only once a duplicate turns up.
    var firstIndex: [UInt64: Int]?

    /// Records the fact; false when one with the same key was recorded before.
    mutating func insert(_ f: NumberedFact) -> Bool {
        let bit = UInt32(1) << Self.bit(f.period, f.basis)
        let n = Int(f.number), y = f.period.year
        if n >= enterprises || y < firstYear || y >= firstYear + years { widen(toInclude: n, y) }
        if y >= firstYear && y < firstYear + years && n < enterprises {
            let i = n * years + y - firstYear
            if masks[i] & bit != 0 { return false }
            masks[i] |= bit
            return true
        }
        let k = UInt64(UInt32(bitPattern: f.number)) << 16 | UInt64(UInt16(truncatingIfNeeded: y))
        let old = outliers[k] ?? 0
        if old & bit != 0 { return false }
        outliers[k] = old | bit
        return true
    }

    /// Grows the array to take enterprise `n` and year `y`, when the window stays within 64 years.
    private mutating func widen(toInclude n: Int, _ y: Int) {
        let lo = years == 0 ? y : min(firstYear, y), hi = years == 0 ? y : max(firstYear + years - 1, y)
        guard hi - lo < 64 else { return }
        let newYears = hi - lo + 1, newCount = n < enterprises ? enterprises : max(n + 1, enterprises * 2)
        guard newYears != years || lo != firstYear || newCount != enterprises else { return }
        var grown = [UInt32](repeating: 0, count: newCount * newYears)
        for e in 0..<enterprises {
            for k in 0..<years { grown[e * newYears + firstYear + k - lo] = masks[e * years + k] }
        }
        (masks, firstYear, years, enterprises) = (grown, lo, newYears, newCount)
    }

    /// Where the fact that `duplicate` repeats stands in `store` (an index built on the first duplicate).
    mutating func firstFact(like duplicate: NumberedFact, in store: RevenueFacts) -> Int? {
        if firstIndex == nil {
            var index: [UInt64: Int] = [:]
            for i in store.indices.reversed() {
                index[Self.key(number: store.enterpriseNumbers[i], period: store.periods[i], basis: store.bases[i])] = i
            }
            firstIndex = index
        }
        return firstIndex?[Self.key(number: duplicate.number, period: duplicate.period, basis: duplicate.basis)]
    }

    mutating func noteAppended(_ f: NumberedFact, at i: Int) {
        guard firstIndex != nil else { return }
        let k = Self.key(number: f.number, period: f.period, basis: f.basis)
        if firstIndex![k] == nil { firstIndex![k] = i }
    }

    static func bit(_ p: Period, _ b: Basis) -> Int {
        if b == .cumulative { return p.lastMonth - 1 }
        switch p.unit {
        case .month: return 12 + p.index - 1
        case .quarter: return 24 + p.index - 1
        case .halfYear: return 28 + p.index - 1
        case .year: return 30
        }
    }

    static func key(number: Int32, period: Period, basis: Basis) -> UInt64 {
        UInt64(UInt32(bitPattern: number)) << 32 | UInt64(UInt16(truncatingIfNeeded: period.year)) << 8
            | UInt64(bit(period, basis))
    }
}
