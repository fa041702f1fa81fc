/// Which months of one year a park's revenue figures give the year to date of, derived the way the
/// flow ledgers derive it (`FlowLedger`): a 累计 value as reported; 当期 values chained from January
/// in order of their first month (the coarser first at an equal start), a reported 累计 value just
/// before one anchoring the chain; a gap, or a 当期 row without a value, ends the chain. A park's
/// year always starts in January: a year whose first months are missing is unknown, never a
/// partial sum. What it leaves out is what a reader must be told (`gaps(through:)`).
public struct ParkRevenueCoverage: Sendable, Equatable {
    /// Bit m−1: the year to date at the end of month m is known.
    public private(set) var known: UInt16 = 0
    /// Bit m−1: some revenue figure with a value covers month m (its period, or January to its end for 累计).
    public private(set) var covered: UInt16 = 0
    /// The last month a revenue figure with a value ends in (0: none).
    public private(set) var lastMonth = 0
    /// Whether the year has 当期 figures, and 累计 ones (with a value).
    public private(set) var hasPeriodValues = false
    /// Whether the year has 累计 figures with a value.
    public private(set) var hasCumulativeValues = false

    /// `stats`: one park's rows of one year (others are ignored by the caller's choice, not here).
    public init(_ stats: some Sequence<ParkStat>) {
        var periods: [(first: Int, last: Int, hasValue: Bool)] = []
        for s in stats {
            let hasValue = s.revenue != nil
            if hasValue {
                lastMonth = max(lastMonth, s.period.lastMonth)
                for m in s.months { covered |= 1 << UInt16(m - 1) }
            }
            if s.basis == .cumulative {
                if hasValue { known |= 1 << UInt16(s.period.lastMonth - 1); hasCumulativeValues = true }
            } else {
                periods.append((s.period.firstMonth, s.period.lastMonth, hasValue))
                if hasValue { hasPeriodValues = true }
            }
        }
        periods.sort { ($0.first, -($0.last - $0.first)) < ($1.first, -($1.last - $1.first)) }
        var next = 1
        for p in periods {
            if p.first < next { continue }  // overlaps what is chained
            if p.first > next, p.first > 1, isKnown(p.first - 1) { next = p.first }  // a 累计 value anchors the chain
            guard p.first == next, p.hasValue else { break }
            known |= 1 << UInt16(p.last - 1)
            next = p.last + 1
        }
    }

    /// Whether the year to date at the end of `month` (1–12) is known.
    public func isKnown(_ month: Int) -> Bool { (1...12).contains(month) && known & (1 << UInt16(month - 1)) != 0 }

    /// The months from January through `month` that no figure with a value covers, as runs
    /// (`[1...3, 5...5]`): what is missing for the year to date at `month`.
    public func gaps(through month: Int) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        var start: Int?
        for m in 1...max(1, min(12, month)) {
            let isCovered = covered & (1 << UInt16(m - 1)) != 0
            if !isCovered, start == nil { start = m }
            if isCovered, let s = start { runs.append(s...(m - 1)); start = nil }
        }
        if let s = start { runs.append(s...max(1, min(12, month))) }
        return runs
    }

    /// Runs of months as a reader writes them: `1-3月、5月`, or in English `Jan–Mar, May`.
    public static func chineseMonths(_ runs: [ClosedRange<Int>]) -> String {
        runs.map { $0.count == 1 ? "\($0.lowerBound)月" : "\($0.lowerBound)-\($0.upperBound)月" }.joined(separator: "、")
    }

    /// The same runs in English: `Jan–Mar, May`.
    public static func englishMonths(_ runs: [ClosedRange<Int>]) -> String {
        let name = { (m: Int) in Period.month(2000, m)!.monthAbbreviation }
        return runs.map { $0.count == 1 ? name($0.lowerBound) : "\(name($0.lowerBound))–\(name($0.upperBound))" }
            .joined(separator: ", ")
    }
}
