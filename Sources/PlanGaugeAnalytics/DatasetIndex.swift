import Foundation
import PlanGaugeModel

/// A dataset arranged for measuring: flows as year-to-date ledgers, stocks by month, lookups.
public struct DatasetIndex: Sendable {
    public let dataset: Dataset
    public let enterprises: [USCC: Enterprise]
    public let revenue: FlowLedger<USCC>
    /// 产业收入 where reported, else 营业收入, per fact: the industry's scale.
    public let scale: FlowLedger<USCC>
    /// 产业收入 and R&D as reported (facts without them are absent): built on first use, as most
    /// runs never ask and each costs as much memory as the revenue ledger.
    public var industryRevenue: FlowLedger<USCC> { rarerFlows.ledger(0) }
    public var rdExpense: FlowLedger<USCC> { rarerFlows.ledger(1) }
    private let rarerFlows: LazyLedgers
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
        // The facts are kept column by column with their enterprises numbered (`keys`): the ledgers
        // read the columns directly, with no hashing and no whole facts per row.
        let facts = dataset.revenue
        let keys = facts.keys
        let count = facts.count
        let years = facts.periods.withUnsafeBufferPointer { p -> ClosedRange<Int> in
            var lo = Int.max, hi = Int.min
            for x in p { lo = min(lo, x.year); hi = max(hi, x.year) }
            return lo <= hi ? lo...hi : 0...0
        }
        let order = ChainOrder(facts)
        let build = { @Sendable (value: (Int) -> Int64, onlyPresent: Bool) -> FlowLedger<USCC> in
            let present = onlyPresent ? order.periods.filter { value(Int($0)) != RevenueFacts.none } : order.periods
            return FlowLedger(keys: keys, years: years, count: count,
                              fact: { i in onlyPresent && value(i) == RevenueFacts.none ? nil : Self.flat(facts, i, value(i)) },
                              periodCount: present.count, periodFact: { Self.flat(facts, Int(present[$0]), value(Int(present[$0]))) })
        }
        // Revenue and scale (产业收入 where reported, else 营业收入) side by side, one per core.
        let built = Parallel.map([false, true]) { isScale in
            facts.revenueFen.withUnsafeBufferPointer { revenue in
                facts.industryRevenueFen.withUnsafeBufferPointer { industry in
                    isScale ? build({ industry[$0] != RevenueFacts.none ? industry[$0] : revenue[$0] }, false)
                            : build({ revenue[$0] }, false)
                }
            }
        }
        (revenue, scale) = (built[0], built[1])
        rarerFlows = LazyLedgers([
            { facts.industryRevenueFen.withUnsafeBufferPointer { v in build({ v[$0] }, true) } },
            { facts.rdExpenseFen.withUnsafeBufferPointer { v in build({ v[$0] }, true) } },
        ])
        var caps = StockLedger<USCC, Amount>()
        var lo = Int.max, hi = Int.min
        for i in 0..<count {
            let p = facts.periods[i]
            if facts.marketCapFen[i] != RevenueFacts.none {
                caps.record(keys[Int(facts.enterpriseNumbers[i])], p, Amount(fen: facts.marketCapFen[i]))
            }
            let m = p.year * 12 + p.lastMonth - 1
            lo = min(lo, m)
            hi = max(hi, m)
        }
        marketCap = caps
        numbers = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        firstMonth = lo == .max ? 0 : lo
        monthCount = lo == .max ? 0 : hi - lo + 1
        let words = (monthCount + 63) / 64
        var bits = [UInt64](repeating: 0, count: keys.count * max(words, 1))
        for i in 0..<count where facts.revenueFen[i] != RevenueFacts.none {
            let p = facts.periods[i]
            let k = Int(facts.enterpriseNumbers[i])
            let m = p.year * 12 + p.lastMonth - 1 - firstMonth
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

    @inline(__always)
    private static func flat(_ facts: RevenueFacts, _ i: Int, _ fen: Int64) -> FlatFact {
        let p = facts.periods[i]
        return FlatFact(key: facts.enterpriseNumbers[i], year: Int16(p.year), first: UInt8(p.firstMonth), last: UInt8(p.lastMonth),
                        months: UInt8(p.unit.months), cumulative: facts.bases[i] == .cumulative, fen: fen)
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
        let facts = dataset.revenue
        for i in facts.indices {
            let p = facts.periods[i]
            guard p.year == year, p.lastMonth == month, facts.employeeCounts[i] != RevenueFacts.noEmployees else { continue }
            out[facts.keys[Int(facts.enterpriseNumbers[i])]] = Int(facts.employeeCounts[i])
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

/// The 当期 facts of a dataset in chaining order (enterprise, year, first month, coarser first):
/// one counting sort by enterprise number, then each enterprise's few facts put in order where the
/// files did not already have them so. Every ledger of the dataset reads this one order.
struct ChainOrder {
    let periods: [Int32]

    init(_ facts: RevenueFacts) {
        let keyCount = facts.keys.count
        var (start, order) = facts.groupedByEnterprise { facts.bases[$0] == .period }
        func rank(_ i: Int32) -> (Int, Int, Int) {
            let p = facts.periods[Int(i)]
            return (p.year, p.firstMonth, -p.unit.months)
        }
        for k in 0..<keyCount where start[k + 1] - start[k] > 1 {
            let range = start[k]..<start[k + 1]
            let sorted = zip(order[range], order[range].dropFirst()).allSatisfy { rank($0) < rank($1) }
            if !sorted { order[range].sort { rank($0) < rank($1) } }
        }
        periods = order
    }
}

/// Runs independent pieces of work on every core.
enum Parallel {
    static func map<T, R>(_ items: [T], _ body: (T) -> R) -> [R] {
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { out in
            withoutActuallyEscaping(body) { body in
                let shared = SendableBox((out, body, items))
                DispatchQueue.concurrentPerform(iterations: items.count) { i in
                    let (out, body, items) = shared.value
                    out[i] = body(items[i])
                }
            }
        }
        return results.map { $0! }
    }
}

/// Hands values to worker threads that each touch their own part of them.
private struct SendableBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// Ledgers built the first time they are asked for, once, whichever thread asks.
final class LazyLedgers: @unchecked Sendable {
    private let lock = NSLock()
    private let makers: [@Sendable () -> FlowLedger<USCC>]
    private var built: [FlowLedger<USCC>?]

    init(_ makers: [@Sendable () -> FlowLedger<USCC>]) {
        self.makers = makers
        built = Array(repeating: nil, count: makers.count)
    }

    func ledger(_ i: Int) -> FlowLedger<USCC> {
        lock.lock()
        defer { lock.unlock() }
        if let l = built[i] { return l }
        let l = makers[i]()
        built[i] = l
        return l
    }
}
