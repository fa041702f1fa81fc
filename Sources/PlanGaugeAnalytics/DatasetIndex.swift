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
    public let employees: StockLedger<USCC, Int>
    public let parkRevenue: FlowLedger<String>
    public let parkFirms: StockLedger<String, Int>
    public let parkEmployees: StockLedger<String, Int>
    /// Last month (year*12 + month − 1) for which each enterprise reported anything.
    private let reportMonths: [USCC: Set<Int>]

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        enterprises = Dictionary(dataset.enterprises.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let facts = dataset.revenue
        revenue = FlowLedger(facts: facts.lazy.map { ($0.enterprise, $0.period, $0.basis, $0.revenue) })
        scale = FlowLedger(facts: facts.lazy.map { ($0.enterprise, $0.period, $0.basis, $0.scaleRevenue) })
        industryRevenue = FlowLedger(facts: facts.lazy.compactMap {
            $0.industryRevenue == nil ? nil : ($0.enterprise, $0.period, $0.basis, $0.industryRevenue)
        })
        rdExpense = FlowLedger(facts: facts.lazy.compactMap {
            $0.rdExpense == nil ? nil : ($0.enterprise, $0.period, $0.basis, $0.rdExpense)
        })
        var caps = StockLedger<USCC, Amount>()
        var staff = StockLedger<USCC, Int>()
        var months: [USCC: Set<Int>] = [:]
        for f in facts {
            if let c = f.marketCap { caps.record(f.enterprise, f.period, c) }
            if let e = f.employees { staff.record(f.enterprise, f.period, e) }
            if f.revenue != nil { months[f.enterprise, default: []].insert(f.period.year * 12 + f.period.lastMonth - 1) }
        }
        marketCap = caps
        employees = staff
        reportMonths = months
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
        guard let months = reportMonths[id] else { return false }
        let end = period.year * 12 + period.lastMonth - 1
        return (end - 11...end).contains { months.contains($0) }
    }

    /// Enterprises that reported revenue for a period ending exactly at `period`'s last month.
    public func reporters(at period: Period) -> Int {
        let m = period.year * 12 + period.lastMonth - 1
        return reportMonths.values.reduce(0) { $0 + ($1.contains(m) ? 1 : 0) }
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
