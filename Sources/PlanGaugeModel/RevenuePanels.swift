import Foundation
import Synchronization

/// The revenue facts folded into enterprise × month panels as they are read, keeping only the fields
/// an analysis asked for: what `progress` and `quarterly` need, at a fraction of the memory of every
/// fact (a flow costs 9 bytes per enterprise-month; a fact kept whole costs 49). Rows, origins and
/// the fields not asked for are not kept: `check` and `export` read facts.
public struct RevenuePanels: Sendable {
    /// The flows gathered. Revenue is always among them (who reported when is read from it).
    public let fields: Set<AmountField>
    /// 营业收入 by enterprise × month; every fact reports here, "no data" included.
    public var revenue: FlowPanel
    /// The scale (产业收入 where reported, else 营业收入), when asked for.
    public var scale: FlowPanel?
    /// 产业收入 where reported, when asked for.
    public var industryRevenue: FlowPanel?
    /// 研发投入 where reported, when asked for.
    public var rdExpense: FlowPanel?
    /// Market capitalisation where reported (a few facts in a hundred), in file order.
    public var marketCaps: [StockReport] = []
    /// Employees by enterprise × month when asked for: per year that has a block in the revenue
    /// panel, `noEmployees` where not reported; other years by `FlowPanel.slotKey`.
    public var employeeBlocks: [Int: [Int32]] = [:]
    /// Employees in years without a revenue block, by `FlowPanel.slotKey(year:key:month:)`.
    public var looseEmployees: [Int64: Int32] = [:]
    /// Enterprises numbered so far (one more than the highest key seen).
    public private(set) var keyCount: Int
    /// `fields` has employees (asked once, not hashed per fact).
    private let keepsEmployees: Bool
    /// Facts folded in.
    public private(set) var factCount = 0
    /// The first and last period of the facts folded in; nil before any.
    public private(set) var periodRange: ClosedRange<Period>?
    private var quarterCodes = Set<Int32>()
    private var lastQuarter: Int32 = -1

    /// One reported 市值: a stock at the period's end, not a flow.
    public struct StockReport: Sendable {
        /// The enterprise's number.
        public var key: Int32
        /// The period whose end the value stands at.
        public var period: Period
        /// 市值 in 分.
        public var fen: Int64
    }

    /// Takes the gathered flows out, by field (leaving the panels without them).
    public mutating func takeFlows() -> [(AmountField, FlowPanel)] {
        var out: [(AmountField, FlowPanel)] = []
        func take(_ f: AmountField, _ p: inout FlowPanel?) { if let taken = p.take() { out.append((f, taken)) } }
        var r: FlowPanel? = revenue
        revenue = FlowPanel(keyCount: 0)
        take(.revenue, &r)
        take(.scale, &scale)
        take(.industryRevenue, &industryRevenue)
        take(.rdExpense, &rdExpense)
        return out
    }

    /// Empty panels for enterprises numbered 0..<`keyCount`, gathering `fields` (revenue always).
    public init(keyCount: Int, fields: Set<AmountField>) {
        self.fields = fields.union([.revenue])
        self.keyCount = keyCount
        keepsEmployees = fields.contains(.employees)
        revenue = FlowPanel(keyCount: keyCount)
        scale = fields.contains(.scale) ? FlowPanel(keyCount: keyCount) : nil
        industryRevenue = fields.contains(.industryRevenue) ? FlowPanel(keyCount: keyCount) : nil
        rdExpense = fields.contains(.rdExpense) ? FlowPanel(keyCount: keyCount) : nil
    }

    /// Panels of facts already read (each enterprise's number as in `facts.keys`).
    public init(facts: RevenueFacts, fields: Set<AmountField>) {
        self.init(keyCount: facts.keys.count, fields: fields)
        for i in facts.indices {
            record(
                key: Int(facts.enterpriseNumbers[i]), period: facts.periods[i], basis: facts.bases[i],
                revenueFen: facts.revenueFen[i], industryRevenueFen: facts.industryRevenueFen[i],
                marketCapFen: facts.marketCapFen[i], rdExpenseFen: facts.rdExpenseFen[i],
                employees: facts.employeeCounts[i])
        }
    }

    /// Folds in one fact as read.
    public mutating func record(_ r: RevenueFacts.Row) {
        record(
            key: Int(r.enterpriseNumber), period: r.period, basis: r.basis, revenueFen: r.revenueFen,
            industryRevenueFen: r.industryRevenueFen, marketCapFen: r.marketCapFen, rdExpenseFen: r.rdExpenseFen,
            employees: r.employees)
    }

    /// Folds in a run of facts in order, in batches of `batchSize`: enough to run through a year's
    /// block in place, few enough to stay in the cache.
    public mutating func record(run facts: ArraySlice<RevenueFacts.Row>, batchSize: Int = 4096) {
        precondition(batchSize > 0, "a batch holds at least one fact")
        let run = facts.span
        var i = 0
        while i < run.count {
            let end = min(i + batchSize, run.count)
            record(batch: run.extracting(i..<end))
            i = end
        }
    }

    /// Folds in many facts in order, as `record(_:)` one by one would: each flow takes them as a
    /// batch (see `FlowPanel.record(batch:skip:fen:)`), then the stocks and counts go fact by fact.
    public mutating func record(batch facts: Span<RevenueFacts.Row>) {
        let none = RevenueFacts.none
        revenue.record(batch: facts) { $0.revenueFen }
        scale?.record(batch: facts) { $0.industryRevenueFen != none ? $0.industryRevenueFen : $0.revenueFen }
        industryRevenue?.record(batch: facts, skip: none) { $0.industryRevenueFen }
        rdExpense?.record(batch: facts, skip: none) { $0.rdExpenseFen }
        for i in facts.indices {
            let f = facts[i]
            note(key: Int(f.enterpriseNumber), period: f.period, marketCapFen: f.marketCapFen, employees: f.employees)
        }
    }

    /// Folds in one fact. Revenue and the scale (产业收入 where reported, else 营业收入) take every
    /// fact, "no data" included (the enterprise reported); 产业收入 and R&D only the reported values.
    public mutating func record(
        key: Int, period: Period, basis: Basis, revenueFen: Int64, industryRevenueFen: Int64,
        marketCapFen: Int64, rdExpenseFen: Int64, employees: Int32
    ) {
        let none = RevenueFacts.none
        revenue.record(key: key, period: period, basis: basis, fen: revenueFen)
        scale?.record(
            key: key, period: period, basis: basis, fen: industryRevenueFen != none ? industryRevenueFen : revenueFen)
        if industryRevenueFen != none {
            industryRevenue?.record(key: key, period: period, basis: basis, fen: industryRevenueFen)
        }
        if rdExpenseFen != none { rdExpense?.record(key: key, period: period, basis: basis, fen: rdExpenseFen) }
        note(key: key, period: period, marketCapFen: marketCapFen, employees: employees)
    }

    /// What a fact adds besides its flows: the count, the key and period ranges, the quarters, its
    /// market capitalisation and employees.
    private mutating func note(key: Int, period: Period, marketCapFen: Int64, employees: Int32) {
        let none = RevenueFacts.none
        factCount += 1
        if key >= keyCount { keyCount = key + 1 }
        if let r = periodRange {
            if period < r.lowerBound {
                periodRange = period...r.upperBound
            } else if r.upperBound < period {
                periodRange = r.lowerBound...period
            }
        } else {
            periodRange = period...period
        }
        let q = Int32(period.year * 4 + (period.lastMonth - 1) / 3)
        if q != lastQuarter { quarterCodes.insert(q); lastQuarter = q }  // files run period by period
        if marketCapFen != none { marketCaps.append(StockReport(key: Int32(key), period: period, fen: marketCapFen)) }
        if employees != RevenueFacts.noEmployees, keepsEmployees {
            if revenue.block(of: period.year) != nil {
                let s = key * 12 + period.lastMonth - 1
                let have = employeeBlocks[period.year]?.count ?? 0
                if have <= s {
                    employeeBlocks[period.year, default: []] += [Int32](
                        repeating: RevenueFacts.noEmployees, count: max(keyCount * 12, s + 1) - have)
                }
                employeeBlocks[period.year]![s] = employees
            } else {
                looseEmployees[FlowPanel.slotKey(year: period.year, key: key, month: period.lastMonth)] = employees
            }
        }
    }

    /// Employees of enterprise `key` at the end of `month` of `year`, if reported for a period ending then.
    public func employees(key: Int, year: Int, month: Int) -> Int? {
        let s = key * 12 + month - 1
        let v =
            employeeBlocks[year].map { s < $0.count ? $0[s] : RevenueFacts.noEmployees }
            ?? looseEmployees[FlowPanel.slotKey(year: year, key: key, month: month)] ?? RevenueFacts.noEmployees
        return v == RevenueFacts.noEmployees ? nil : Int(v)
    }

    /// The quarters the facts end in, in order (a fact counts for the quarter its last month is in).
    public var quarters: [Period] {
        quarterCodes.sorted().compactMap { Period.quarter(Int($0) / 4, Int($0) % 4 + 1) }
    }
}

/// Revenue panels handed from ingest to analytics. The first use takes them, so the ledgers are
/// made from the panels' own storage in place; every later use gets what that first one made.
public final class RevenuePanelStore: Sendable {
    /// Enterprise ids by number.
    public let keys: [USCC]
    /// The flows the panels gathered (revenue always among them).
    public let fields: Set<AmountField>
    /// Facts folded into the panels.
    public let factCount: Int
    /// The first and last period of the facts; nil when there were none.
    public let periodRange: ClosedRange<Period>?
    /// The quarters the facts end in, in order.
    public let quarters: [Period]
    /// The panels until first use, then what that use made of them.
    private let state: Mutex<(panels: RevenuePanels?, made: (any Sendable)?)>

    /// Holds `panels` until first use; `keys` numbers their enterprises.
    public init(keys: [USCC], panels: consuming RevenuePanels) {
        self.keys = keys
        fields = panels.fields
        factCount = panels.factCount
        periodRange = panels.periodRange
        quarters = panels.quarters
        state = Mutex((panels, nil))
    }

    /// What `make` builds from the panels (taking them), made once whoever asks first.
    public func derived<T: Sendable>(_ make: (inout RevenuePanels) -> T) -> T {
        state.withLock { state in
            if let made = state.made { return made as! T }
            var taken: RevenuePanels? = nil
            swap(&taken, &state.panels)
            var p = taken!
            taken = nil
            let result = make(&p)
            state.made = result
            return result
        }
    }
}
