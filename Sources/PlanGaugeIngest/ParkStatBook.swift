import PlanGaugeModel

/// The park_stats rows accepted so far, per park and year, and what a new row must agree with.
///
/// A revenue figure is a difference of year-to-date values: a 当期 value of months f…l says
/// YTD(l) − YTD(f−1), a 累计 value at month l says YTD(l) − YTD(0). The figures of a park-year are
/// then edges between the months 0…12; two ways from one month to another that add up to different
/// values are a contradiction (a quarter's 当期 value that is not the difference of the 累计 values
/// around it, three months that do not add up to their quarter). The later row is rejected, naming
/// the rows it contradicts: which of them is wrong only the office knows. Counts (firms, employees)
/// are values at the period's end whatever the 口径, so two rows ending in one month must agree.
struct ParkStatBook {
    struct Entry {
        var stat: ParkStat
        var line: Int
    }

    /// A reason to reject a row: the column at fault, the message, the value and what was expected.
    struct Problem {
        var column: ParkStatColumn
        var message: String
        var value: String
        var expected: String
    }

    private var years: [YearKey: [Entry]] = [:]

    private struct YearKey: Hashable {
        var park: String
        var year: Int
    }

    /// Why `s` cannot join the rows accepted so far; nil when it agrees with them.
    func problem(with s: ParkStat) -> Problem? {
        let earlier = years[YearKey(park: s.park, year: s.period.year)] ?? []
        if let first = earlier.first(where: { Self.sameFact($0.stat, s) }) {
            return Problem(
                column: .period, message: "duplicate of line \(first.line) for this park, period and 口径",
                value: "\(s.period) \(s.basis.chineseName)", expected: "one row per park × period × 口径")
        }
        if let p = fallingCumulative(s, earlier) ?? contradiction(s, earlier) { return p }
        return countProblem(s, earlier, \.firms, .firms, "入驻企业数")
            ?? countProblem(s, earlier, \.employees, .employees, "从业人员")
    }

    mutating func add(_ s: ParkStat, line: Int) {
        years[YearKey(park: s.park, year: s.period.year), default: []].append(Entry(stat: s, line: line))
    }

    /// One fact twice: the same park, period and 口径, a 累计 value keyed by its last month
    /// (`2025年1-9月` and `2025年前三季度` are one figure).
    static func sameFact(_ a: ParkStat, _ b: ParkStat) -> Bool {
        guard a.basis == b.basis else { return false }
        return a.basis == .cumulative ? a.period.lastMonth == b.period.lastMonth : a.period == b.period
    }

    /// A year-to-date value below an earlier month's (or above a later month's): values given as
    /// 累计 that are the periods' own, most likely.
    private func fallingCumulative(_ s: ParkStat, _ earlier: [Entry]) -> Problem? {
        guard s.basis == .cumulative, let v = s.revenue else { return nil }
        let m = s.period.lastMonth
        for e in earlier where e.stat.basis == .cumulative {
            guard let w = e.stat.revenue, e.stat.period.lastMonth != m else { continue }
            let isBefore = e.stat.period.lastMonth < m
            guard isBefore ? w > v : w < v else { continue }
            let other = "\(e.stat.chineseLabel) \(Self.yi(w)) (line \(e.line))",
                this = "\(s.chineseLabel) \(Self.yi(v))"
            return Problem(
                column: .revenue,
                message:
                    "累计 revenue falls from \(isBefore ? other : this) to \(isBefore ? this : other): a year-to-date value cannot fall; if these are each period's own values, write 当期 in the 口径 column",
                value: Self.yi(v), expected: isBefore ? "at least \(Self.yi(w))" : "at most \(Self.yi(w))")
        }
        return nil
    }

    /// The row's revenue against what the rows accepted before give for the same months.
    private func contradiction(_ s: ParkStat, _ earlier: [Entry]) -> Problem? {
        guard let v = s.revenue else { return nil }
        let from = s.months.lowerBound - 1, to = s.months.upperBound
        guard let (implied, lines) = Self.implied(from: from, to: to, by: earlier), implied != v else { return nil }
        let span = Self.chineseSpan(year: s.period.year, from + 1, to)
        let rows = lines.sorted().map(String.init).joined(separator: ", ")
        return Problem(
            column: .revenue,
            message:
                "\(s.basis.chineseName) revenue of \(span) disagrees with line\(lines.count == 1 ? "" : "s") \(rows), which give \(Self.yi(implied)) for the same months; 当期 values must add up to the 累计 ones",
            value: Self.yi(v), expected: Self.yi(implied))
    }

    /// What the earlier figures say YTD(to) − YTD(from) is, and the lines that say it: a walk over
    /// the edges month to month (a park-year has a few dozen at most). Nil when they do not say.
    static func implied(from: Int, to: Int, by earlier: [Entry]) -> (Amount, [Int])? {
        var reached: [Int: (value: Int64, lines: [Int])] = [from: (0, [])]
        var queue = [from]
        let edges = earlier.compactMap { e -> (Int, Int, Int64, Int)? in
            e.stat.revenue.map { (e.stat.months.lowerBound - 1, e.stat.months.upperBound, $0.fen, e.line) }
        }
        while let node = queue.popLast() {
            let here = reached[node]!
            for (a, b, fen, line) in edges {
                let step: (Int, Int64)? = a == node ? (b, fen) : b == node ? (a, -fen) : nil
                guard let (next, delta) = step, reached[next] == nil else { continue }
                reached[next] = (here.value + delta, here.lines + [line])
                if next == to { return (Amount(fen: here.value + delta), here.lines + [line]) }
                queue.append(next)
            }
        }
        return nil
    }

    /// A count that differs from another row's for a period ending in the same month.
    private func countProblem(
        _ s: ParkStat, _ earlier: [Entry], _ field: KeyPath<ParkStat, Int?>, _ column: ParkStatColumn,
        _ name: String
    ) -> Problem? {
        guard let n = s[keyPath: field] else { return nil }
        let other = earlier.first {
            $0.stat.period.lastMonth == s.period.lastMonth && $0.stat[keyPath: field].map { $0 != n } == true
        }
        guard let other, let m = other.stat[keyPath: field] else { return nil }
        return Problem(
            column: column,
            message:
                "\(name) differs from line \(other.line) (\(m)) for a period ending the same month (\(s.period.year)年\(s.period.lastMonth)月末); a count is the value at the period's end, whatever the 口径",
            value: String(n), expected: String(m))
    }

    /// Revenue figures whose year to date cannot be derived at the last month the year's figures
    /// reach (a year that starts with a gap, a monthly figure alone in its year): each park-year's
    /// row ending then, with what is missing. Said once the file is read, as rows may come in any order.
    func underivedYears() -> [(line: Int, message: String)] {
        var out: [(line: Int, message: String)] = []
        for (key, entries) in years {
            let coverage = ParkRevenueCoverage(entries.map(\.stat))
            let last = coverage.lastMonth
            guard last > 0, !coverage.isKnown(last),
                let row = entries.filter({ $0.stat.revenue != nil && $0.stat.period.lastMonth == last }).min(by: {
                    $0.line < $1.line
                })
            else { continue }
            let gaps = coverage.gaps(through: last)
            var message =
                "park «\(key.park)»: the revenue figures of \(key.year) do not give the year to date at \(key.year)年\(last)月"
            message +=
                gaps.isEmpty
                ? " (a 当期 row without a revenue value breaks the chain)"
                : ": nothing covers \(ParkRevenueCoverage.chineseMonths(gaps))"
            message +=
                "; 当期 values are added up from January, so no year-to-date or annual figure can be read from them"
            if coverage.hasPeriodValues && !coverage.hasCumulativeValues {
                message +=
                    ". If they are year-to-date values, write 累计 in a 口径 column (or label them \(key.year)年1-\(last)月)"
            }
            out.append((row.line, message))
        }
        return out.sorted { $0.line < $1.line }
    }

    /// `106.5亿元`: the amount in 亿元 to the files' precision (0.01 万元), without trailing zeros.
    static func yi(_ a: Amount) -> String {
        a.formatted(in: .yi, DecimalFormat(places: 6, trimmingZeros: true)) + "亿元"
    }

    /// `2025年1-9月`, `2025年7-9月`, `2025年9月`.
    static func chineseSpan(year: Int, _ first: Int, _ last: Int) -> String {
        first == last ? "\(year)年\(first)月" : "\(year)年\(first)-\(last)月"
    }
}
