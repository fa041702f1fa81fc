import PlanGaugeModel

/// The totals of one revenue file's amount columns per period and 口径, as its accepted rows are
/// handed over (in file order, one thread at a time). Files run period by period, so the last
/// period's slot is checked before the table: a comparison per row, rarely a hash.
struct FileTotals {
    private struct Sums {
        var period: Period
        var basis: Basis
        var fen: (Int64, Int64, Int64) = (0, 0, 0)  // 营业收入, 产业收入, 研发投入
        var rows: (Int, Int, Int) = (0, 0, 0)
    }
    private var sums: [Sums] = []
    private var slots: [UInt32: Int] = [:]
    private var lastKey = UInt32.max, lastSlot = 0

    mutating func add(_ r: RevenueFacts.Row) {
        // A 累计 value is keyed by its last month, as its fact is (1-9月 and 前三季度 are one period).
        let period = r.basis == .cumulative ? (Period.month(r.period.year, r.period.lastMonth) ?? r.period) : r.period
        let key =
            UInt32(period.year) << 8 | UInt32(period.unit.rawValue) << 6 | UInt32(period.index) << 1
            | (r.basis == .cumulative ? 1 : 0)
        if key != lastKey {
            if let s = slots[key] {
                lastSlot = s
            } else {
                lastSlot = sums.count
                slots[key] = lastSlot
                sums.append(Sums(period: period, basis: r.basis))
            }
            lastKey = key
        }
        let none = RevenueFacts.none
        if r.revenueFen != none { Self.add(r.revenueFen, to: &sums[lastSlot].fen.0); sums[lastSlot].rows.0 += 1 }
        if r.industryRevenueFen != none {
            Self.add(r.industryRevenueFen, to: &sums[lastSlot].fen.1); sums[lastSlot].rows.1 += 1
        }
        if r.rdExpenseFen != none { Self.add(r.rdExpenseFen, to: &sums[lastSlot].fen.2); sums[lastSlot].rows.2 += 1 }
    }

    /// Saturating: a file of 元 read as 万元 may pass Int64's 9.2 × 10^16 元.
    private static func add(_ v: Int64, to sum: inout Int64) {
        let (s, overflow) = sum.addingReportingOverflow(v)
        sum = overflow ? (v > 0 ? .max : .min) : s
    }

    func totals(file: String) -> [RevenueFileTotal] {
        sums.flatMap { s -> [RevenueFileTotal] in
            [
                (AmountField.revenue, s.fen.0, s.rows.0), (.industryRevenue, s.fen.1, s.rows.1),
                (.rdExpense, s.fen.2, s.rows.2)
            ]
            .filter { $0.2 > 0 }
            .map { RevenueFileTotal(file: file, field: $0.0, period: s.period, basis: s.basis, fen: $0.1, rows: $0.2) }
        }
    }
}
