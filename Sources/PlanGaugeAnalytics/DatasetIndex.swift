import PlanGaugeModel

/// A dataset arranged for measuring: flows as year-to-date ledgers, stocks by month, lookups.
public struct DatasetIndex: Sendable {
    public let dataset: Dataset
    public let enterprises: [USCC: Enterprise]
    public let revenue: FlowLedger<USCC>
    /// 产业收入 where reported, else 营业收入, per fact: the industry's scale.
    public let scale: FlowLedger<USCC>
    public let industryRevenue: FlowLedger<USCC>
    public let rdExpense: FlowLedger<USCC>
    public let marketCap: StockLedger<USCC, Amount>
    public let parkRevenue: FlowLedger<String>
    public let parkFirms: StockLedger<String, Int>
    public let parkEmployees: StockLedger<String, Int>
    /// Enterprise → number, and for each number one bit per month of the data's range: whether it
    /// reported revenue for a period ending that month.
    private let numbers: [USCC: Int]
    private let firstMonth: Int
    private let monthCount: Int
    private let reportBits: [UInt64]

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        enterprises = Dictionary(dataset.enterprises.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let facts = dataset.revenue
        // Number each fact's enterprise once; every ledger then works on numbers.
        var keys = dataset.enterprises.map(\.id)
        var numbers = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var factKeys: [Int] = []
        factKeys.reserveCapacity(facts.count)
        for f in facts {
            if let k = numbers[f.enterprise] { factKeys.append(k); continue }
            numbers[f.enterprise] = keys.count
            factKeys.append(keys.count)
            keys.append(f.enterprise)
        }
        func ledger(_ value: @escaping (RevenueFact) -> Amount?, onlyPresent: Bool = false) -> FlowLedger<USCC> {
            FlowLedger(keys: keys, numberedFacts: zip(factKeys, facts).lazy.compactMap { k, f in
                let v = value(f)
                return onlyPresent && v == nil ? nil : (k, f.period, f.basis, v)
            })
        }
        revenue = ledger(\.revenue)
        scale = ledger(\.scaleRevenue)
        industryRevenue = ledger(\.industryRevenue, onlyPresent: true)
        rdExpense = ledger(\.rdExpense, onlyPresent: true)
        var caps = StockLedger<USCC, Amount>()
        var lo = Int.max, hi = Int.min
        for f in facts {
            if let c = f.marketCap { caps.record(f.enterprise, f.period, c) }
            let m = f.period.year * 12 + f.period.lastMonth - 1
            lo = min(lo, m)
            hi = max(hi, m)
        }
        marketCap = caps
        self.numbers = numbers
        firstMonth = lo == .max ? 0 : lo
        monthCount = lo == .max ? 0 : hi - lo + 1
        let words = (monthCount + 63) / 64
        var bits = [UInt64](repeating: 0, count: keys.count * max(words, 1))
        for (k, f) in zip(factKeys, facts) where f.revenue != nil {
            let m = f.period.year * 12 + f.period.lastMonth - 1 - firstMonth
            bits[k * words + m / 64] |= 1 << UInt64(m % 64)
        }
        reportBits = bits
        parkRevenue = FlowLedger(facts: dataset.parkStats.lazy.map { ($0.park, $0.period, Basis.period, $0.revenue) })
        var pf = StockLedger<String, Int>(), pe = StockLedger<String, Int>()
        for s in dataset.parkStats {
            if let n = s.firms { pf.record(s.park, s.period, n) }
            if let n = s.employees { pe.record(s.park, s.period, n) }
        }
        parkFirms = pf
        parkEmployees = pe
    }

    /// Whether the enterprise reported revenue for a period ending in the twelve months to `period`'s end.
    public func isActive(_ id: USCC, at period: Period) -> Bool {
        guard let k = numbers[id] else { return false }
        let end = period.year * 12 + period.lastMonth - 1
        return (end - 11...end).contains { reported(k, month: $0) }
    }

    /// Enterprises that reported revenue for a period ending exactly at `period`'s last month.
    public func reporters(at period: Period) -> Int {
        let m = period.year * 12 + period.lastMonth - 1
        return (0..<numbers.count).reduce(0) { $0 + (reported($1, month: m) ? 1 : 0) }
    }

    @inline(__always)
    private func reported(_ k: Int, month: Int) -> Bool {
        let m = month - firstMonth
        guard m >= 0, m < monthCount else { return false }
        let words = (monthCount + 63) / 64
        return reportBits[k * words + m / 64] & (1 << UInt64(m % 64)) != 0
    }

    /// Employees of each enterprise at the end of a month it reported: one scan per question, as
    /// the measure is rare and an index of it would cost memory on every run.
    public func employees(year: Int, month: Int) -> [USCC: Int] {
        var out: [USCC: Int] = [:]
        for f in dataset.revenue where f.period.year == year && f.period.lastMonth == month {
            if let n = f.employees { out[f.enterprise] = n }
        }
        return out
    }

    public func flow(_ field: AmountField) -> FlowLedger<USCC>? {
        switch field {
        case .scale: scale
        case .revenue: revenue
        case .industryRevenue: industryRevenue
        case .rdExpense: rdExpense
        case .marketCap, .employees: nil
        }
    }
}
