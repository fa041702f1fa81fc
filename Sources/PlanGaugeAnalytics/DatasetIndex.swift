import Foundation
import PlanGaugeModel
import Synchronization

/// A dataset arranged for measuring: flows as year-to-date ledgers, stocks by month, lookups.
///
/// The ledgers are made from the dataset's revenue panels when the reader gathered them (taking
/// their storage: see `RevenuePanelStore`), else from its rows through panels made here. The ledgers
/// number enterprises as the panels do (`keys`); `number(of:)` and the number-taking accessors let
/// a loop over the enterprises skip hashing their ids.
public struct DatasetIndex: Sendable {
    /// The dataset indexed, as read.
    public let dataset: Dataset
    /// Where each enterprise stands in `dataset.enterprises`.
    private let positions: [USCC: Int32]
    /// 营业收入 per enterprise, year to date: also the ledger that says who reported when (`isActive`).
    public var revenue: FlowLedger<USCC> { ledgers.revenue }
    /// 产业收入 where reported, else 营业收入, per fact: the industry's scale.
    public var scale: FlowLedger<USCC> {
        guard let scale = ledgers.scale else {
            preconditionFailure("the scale was not gathered: ask the reader for it (RevenuePanels fields)")
        }
        return scale
    }
    /// 产业收入 and R&D as reported (facts without them are absent). From rows they are built on first
    /// use, as most runs never ask and each costs as much memory as the revenue ledger; from panels
    /// they are there when the reader was asked for them.
    public var industryRevenue: FlowLedger<USCC> { ledgers.industryRevenue ?? rarerFlows.ledger(0) }
    /// R&D expense (研发费用) as reported, built like `industryRevenue`.
    public var rdExpense: FlowLedger<USCC> { ledgers.rdExpense ?? rarerFlows.ledger(1) }
    private let rarerFlows: LazyLedgers
    /// Market capitalisation (市值) per enterprise at the month-ends reported.
    public var marketCap: StockLedger<USCC, Amount> { ledgers.marketCap }
    /// The park offices' own 营业收入 (park_stats.csv) per park id, year to date.
    public let parkRevenue: FlowLedger<String>
    /// 入驻企业数 per park id, as park_stats.csv gives it at each period's end.
    public let parkFirms: StockLedger<String, Int>
    /// 从业人员 per park id, as park_stats.csv gives it at each period's end.
    public let parkEmployees: StockLedger<String, Int>
    private let ledgers: RevenueLedgers
    /// Ledger number of each of `dataset.enterprises` (−1: no revenue key).
    public let enterpriseNumbers: [Int]

    /// Indexes `dataset`: its revenue panels if the reader gathered them, else its rows.
    public init(_ dataset: Dataset) {
        self.dataset = dataset
        positions = Dictionary(
            dataset.enterprises.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        if let store = dataset.revenuePanels {
            ledgers = store.derived { panels in
                UnitJumpChecks.note(panels, of: store)  // unit slips, read while the panels are whole
                return RevenueLedgers(keys: store.keys, panels: &panels)
            }
            rarerFlows = LazyLedgers([])
        } else {
            // Rows: gather them into panels here, the same way the reader would have.
            let facts = dataset.revenue
            var panels = RevenuePanels(facts: facts, fields: [.revenue, .scale])
            ledgers = RevenueLedgers(keys: facts.keys, panels: &panels)
            let build = { @Sendable (industry: Bool) -> FlowLedger<USCC> in
                var panel = FlowPanel(keyCount: facts.keys.count)
                let v = industry ? facts.industryRevenueFen : facts.rdExpenseFen
                for i in facts.indices where v[i] != RevenueFacts.none {
                    panel.record(
                        key: Int(facts.enterpriseNumbers[i]), period: facts.periods[i], basis: facts.bases[i], fen: v[i]
                    )
                }
                return FlowLedger(keys: facts.keys, panel: &panel)
            }
            rarerFlows = LazyLedgers([{ build(true) }, { build(false) }])
        }
        let ledger = ledgers.revenue
        enterpriseNumbers = dataset.enterprises.map { ledger.number(of: $0.id) ?? -1 }
        parkRevenue = Self.parkRevenueLedger(dataset.parkStats)
        var pf = StockLedger<String, Int>(), pe = StockLedger<String, Int>()
        for s in dataset.parkStats {
            if let n = s.firms { pf.record(s.park, s.period, n) }
            if let n = s.employees { pe.record(s.park, s.period, n) }
        }
        parkFirms = pf
        parkEmployees = pe
    }

    /// The enterprise of an id.
    public func enterprise(_ id: USCC) -> Enterprise? { positions[id].map { dataset.enterprises[Int($0)] } }

    /// The ledger number of an enterprise.
    public func number(of id: USCC) -> Int? { ledgers.revenue.number(of: id) }

    /// Whether the enterprise reported revenue for a period ending in the twelve months to `period`'s end.
    public func isActive(_ id: USCC, at period: Period) -> Bool {
        guard let k = number(of: id) else { return false }
        return isActive(number: k, at: period)
    }

    /// `isActive(_:at:)` for the enterprise with ledger number `k`.
    public func isActive(number k: Int, at period: Period) -> Bool {
        let m = period.lastMonth
        let thisYear = revenue.reportedMonths(number: k, year: period.year) & UInt16((1 << m) - 1)
        let lastYear = revenue.reportedMonths(number: k, year: period.year - 1) & ~UInt16((1 << m) - 1)
        return thisYear != 0 || lastYear != 0
    }

    /// Enterprises that reported revenue for a period ending exactly at `period`'s last month.
    public func reporters(at period: Period) -> Int {
        let bit = UInt16(1) << UInt16(period.lastMonth - 1)
        return (0..<ledgers.keys.count).reduce(0) {
            $0 + (revenue.reportedMonths(number: $1, year: period.year) & bit != 0 ? 1 : 0)
        }
    }

    /// Employees of each enterprise at the end of a month it reported.
    public func employees(year: Int, month: Int) -> [USCC: Int] {
        var out: [USCC: Int] = [:]
        if let panels = ledgers.employees {
            for (k, id) in ledgers.keys.enumerated() {
                if let n = panels.employees(key: k, year: year, month: month) { out[id] = n }
            }
            return out
        }
        // From rows: one scan per question, as the measure is rare and an index of it would cost
        // memory on every run.
        let facts = dataset.revenue
        for i in facts.indices {
            let p = facts.periods[i]
            guard p.year == year, p.lastMonth == month, facts.employeeCounts[i] != RevenueFacts.noEmployees else {
                continue
            }
            out[facts.keys[Int(facts.enterpriseNumbers[i])]] = Int(facts.employeeCounts[i])
        }
        return out
    }

    /// The year-to-date ledger of an amount field; nil for stocks (市值, 从业人员).
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

/// The ledgers made from a dataset's revenue panels.
struct RevenueLedgers: Sendable {
    let keys: [USCC]
    let revenue: FlowLedger<USCC>
    let scale: FlowLedger<USCC>?
    let industryRevenue: FlowLedger<USCC>?
    let rdExpense: FlowLedger<USCC>?
    let marketCap: StockLedger<USCC, Amount>
    /// The employee panels, when they were gathered (else employees are read from the rows).
    let employees: RevenuePanels?

    /// Takes the panels' flows (each turned into its ledger in place) and stocks.
    init(keys: [USCC], panels: inout RevenuePanels) {
        self.keys = keys
        var taken = panels.takeFlows()
        let fields = taken.map(\.0)
        let boxes = taken.map { PanelBox($0.1) }
        taken.removeAll()  // the boxes hold the only references
        let numbering = FlowLedger<USCC>.numbering(keys)
        // One flow after another, each built on every core (block by block).
        let built = boxes.map { box in
            var panel = FlowPanel(keyCount: 0)
            swap(&panel, &box.panel)
            return FlowLedger(numbering: numbering, panel: &panel)
        }
        let byField = Dictionary(uniqueKeysWithValues: zip(fields, built))
        revenue = byField[.revenue]!
        scale = byField[.scale]
        industryRevenue = byField[.industryRevenue]
        rdExpense = byField[.rdExpense]
        marketCap = StockLedger(
            keys: keys, reports: panels.marketCaps.map { (Int($0.key), $0.period, Amount(fen: $0.fen)) })
        panels.marketCaps = []
        employees = panels.fields.contains(.employees) ? panels : nil
    }
}

/// A panel moved out of its array, so that its ledger takes the only reference to its storage.
private final class PanelBox {
    var panel: FlowPanel
    init(_ panel: FlowPanel) { self.panel = panel }
}

/// Ledgers built the first time they are asked for, once, whichever thread asks.
final class LazyLedgers: Sendable {
    private let makers: [@Sendable () -> FlowLedger<USCC>]
    private let built: Mutex<[FlowLedger<USCC>?]>

    init(_ makers: [@Sendable () -> FlowLedger<USCC>]) {
        self.makers = makers
        built = Mutex(Array(repeating: nil, count: makers.count))
    }

    func ledger(_ i: Int) -> FlowLedger<USCC> {
        precondition(
            i < makers.count, "this flow was not gathered: ask the reader for it (IngestOptions.revenuePanels)")
        return built.withLock { built in
            if let l = built[i] { return l }
            let l = makers[i]()
            built[i] = l
            return l
        }
    }
}
