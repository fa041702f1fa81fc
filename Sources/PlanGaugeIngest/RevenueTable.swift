import Foundation
import PlanGaugeModel

extension DatasetLoader {
    /// Reads a revenue file in parallel chunks. Conversion (cells, ids, names, 产业收入 ≤ 营业收入)
    /// runs on every core; the duplicate check, which needs all earlier rows, runs as each chunk is
    /// committed in file order, so the first of two rows is always the one kept.
    func readRevenue(_ path: String) throws {
        let shown = display(path)
        // No enterprises.csv at all (66 already): say so on each row rather than "not in enterprises.csv".
        let hasEnterprisesFile = files.contains { $0.table == "enterprises" }
        let originNumber = FileNames.shared.number(of: shown)
        numberRevenueByEnterprises()
        // What the converters read, copied so that no thread reads the loader while another commits.
        let enterpriseIndex = self.enterpriseIndex
        let rejectedLines = self.rejectedEnterpriseLines
        let fastRows = options.fastRows
        let lookups = enterpriseLookups()
        let names = lookups.names, idCodes = lookups.codes, names_ = lookups.encodedNames
        var store = RevenueFacts()
        swap(&store, &dataset.revenue)                       // appended in place, not copied after the file
        defer { swap(&store, &dataset.revenue) }
        var panels: RevenuePanels?                           // likewise, when gathering panels
        swap(&panels, &self.panels)
        defer { swap(&panels, &self.panels) }
        // Gathered into panels, accepted facts are folded in as the commit step hands them over, a
        // chunk's run at a time, in pieces of a few thousand (nothing reads the panels while the file
        // is read); kept as rows, each is appended as it is accepted (a later duplicate names it).
        // Per period and 口径, what this file adds up to (for the unit checks: a return filled in 元).
        var totals = FileTotals()
        defer { dataset.revenueFileTotals += totals.totals(file: shown) }
        let toPanels: ((UnsafeBufferPointer<RevenueFacts.Row>) -> Void)? = panels == nil ? nil : { run in
            for row in run { totals.add(row) }
            var i = run.startIndex
            while i < run.endIndex {
                let end = min(i + Self.panelBatch, run.endIndex)
                panels!.record(batch: UnsafeBufferPointer(rebasing: run[i..<end]))
                i = end
            }
        }
        let toRows: ((RevenueFacts.Row) -> Void)? = panels != nil ? nil : { converted in
            store.append(converted)
            self.factSlots.noteAppended(converted, at: store.count - 1)
            totals.add(converted)
        }

        // Gathered into panels, the facts keep no line: chunks are numbered as they are committed.
        _ = try table(path, "revenue", RevenueColumn.self, concurrent: true, recordsOmitLines: panels != nil,
                      makeConverter: { encoding, header in
            let nameBytes = names_.bytes(in: encoding)
            // The name column guards against a mistyped code. It repeats on every row, so a name whose
            // bytes matched the enterprise before is not decoded and compared again.
            var namesMatched: [Int: [UInt8]] = [:]
            // The plain row (most of a large file) is read straight from its cells by `FastRevenueRow`;
            // anything it does not vouch for goes through the full checks below, which also teach it
            // the period label and 口径 of each clean row.
            let fast = FastRevenueRow(codes: idCodes, names: nameBytes, file: originNumber, header: header)
            return .init(plain: fastRows && header != nil ? fast : nil) { row -> NumberedFact? in
                var known: Int32?
                if let raw = row.cellBytes(.id) { known = fast.enterprise(coded: raw) }
                // A code found by its bytes is the enterprise's own; anything else is validated.
                let id: USCC? = known == nil ? row.uscc(.id) : nil
                let label = row.periodLabel(.period)
                let written = row.basis(.basis)
                let revenue = row.amount(.revenue)
                let industry = row.amount(.industryRevenue)
                let marketCap = row.amount(.marketCap), rd = row.amount(.rdExpense), employees = row.count(.employees)
                guard known != nil || id != nil, let label, !row.hasError else { return nil }

                if let implied = label.impliedBasis, let written, implied != written {
                    row.error(.basis, "the period label is \(implied.chineseName) by itself but the row says \(written.chineseName)",
                              value: written.chineseName, expected: "\(implied.chineseName) or an empty 口径")
                    return nil
                }
                guard let index = known.map({ Int($0) }) ?? enterpriseIndex[id!] else {
                    let id = id!
                    if let line = rejectedLines[id.code] {
                        row.error(.id, "enterprise was rejected in enterprises.csv (line \(line)); fix it there", value: id.code)
                    } else if hasEnterprisesFile {
                        row.error(.id, "unknown enterprise: not in enterprises.csv", value: id.code,
                                  expected: "a 统一社会信用代码 listed in enterprises.csv")
                    } else {
                        row.error(.id, "unknown enterprise: the dataset has no enterprises.csv", value: id.code,
                                  expected: "an enterprises.csv listing this 统一社会信用代码")
                    }
                    return nil
                }
                let sameBytes = row.cellBytes(.name).map { nameBytes.equals(index, $0) } == true
                if !sameBytes, !row.cell(.name, equals: namesMatched[index]), let name = row.text(.name) {
                    if name == names[index] {
                        namesMatched[index] = row.rawBytes(.name)
                    } else {
                        row.warning(.name, "name differs from enterprises.csv («\(names[index])»); check the code",
                                    value: name)
                    }
                }
                if let revenue, let industry, industry > revenue {
                    row.error(.industryRevenue, "产业收入 exceeds 营业收入 (\(revenue.formatted(in: .wan)) 万元)",
                              value: industry.formatted(in: .wan) + " 万元", expected: "at most the row's 营业收入")
                    return nil
                }
                if row.diagnostics.isEmpty { fast.learn(row.record, label: label, basis: written) }
                return RevenueFacts.Row(
                    enterpriseNumber: Int32(index), period: label.period, basis: label.impliedBasis ?? written ?? .period,
                    revenue: revenue, industryRevenue: industry, marketCap: marketCap, rdExpense: rd, employees: employees,
                    file: originNumber, line: row.line)
            }
        }, commit: { converted, _ in
            if self.factSlots.insert(converted) { return .accept }
            guard panels == nil else {
                // Gathered into panels, the rows are gone: the first cannot be named here (`check` does).
                return .reject { row in
                    row.error(.period, "duplicate of an earlier row for this enterprise, period and 口径 (`plangauge check` names it)",
                              value: "\(row.text(.period) ?? converted.period.description) \(converted.basis.chineseName)",
                              expected: "one row per enterprise × period × 口径")
                }
            }
            // A duplicate (rare): find the first, in this file or an earlier one.
            guard let first = self.firstFact(like: converted, in: store) else { return .accept }
            let kept = store[first]
            let same = store.sameFigures(first, converted) ? "same values" : "conflicting values"
            let firstFile = kept.origin?.file ?? ""
            let where_ = firstFile == shown ? "line \(kept.origin?.line ?? 0)" : "\(firstFile):\(kept.origin?.line ?? 0)"
            return .reject { row in
                // Same key, so compare the figures only: 1-9月 and 前三季度 spell one period two ways.
                row.error(.period, "duplicate of \(where_) for this enterprise, period and 口径 (\(same))",
                          value: "\(row.text(.period) ?? converted.period.description) \(converted.basis.chineseName)",
                          expected: "one row per enterprise × period × 口径")
            }
        }, sink: toRows, sinkRuns: toPanels)
    }

    /// Accepted facts folded into the panels at once: enough to run through a year's block in
    /// place, few enough to stay in the cache.
    static let panelBatch = 4096

    /// Where the fact that `duplicate` repeats stands in `store` (an index built on the first duplicate).
    func firstFact(like duplicate: NumberedFact, in store: RevenueFacts) -> Int? {
        if factSlots.firstIndex == nil {
            var index: [UInt64: Int] = [:]
            for i in store.indices.reversed() {
                index[FactSlots.key(number: store.enterpriseNumbers[i], period: store.periods[i], basis: store.bases[i])] = i
            }
            factSlots.firstIndex = index
        }
        return factSlots.firstIndex?[FactSlots.key(number: duplicate.number, period: duplicate.period, basis: duplicate.basis)]
    }
}

/// What the revenue files' converters look enterprises up in, made once for all the files: ids and
/// names repeat on every row, and a chunk sees most enterprises once, so they are found by their
/// bytes as written (a code is ASCII in either encoding; names in the file's encoding), and anything
/// else (spaces, a bad code, another spelling) is left to the full checks.
final class EnterpriseLookups: Sendable {
    let names: [String]
    /// Each enterprise's 统一社会信用代码, indexed by its bytes.
    let codes: ByteStrings
    let encodedNames: EncodedNames

    init(_ enterprises: [Enterprise]) {
        names = enterprises.map(\.name)
        codes = ByteStrings(enterprises.map { Array($0.id.code.utf8) }, indexed: true)
        encodedNames = EncodedNames(names)
    }
}

/// The enterprises' names as bytes in a file's encoding, made once per encoding whichever chunk asks
/// first: a name cell that matches byte for byte needs no decoding.
final class EncodedNames: @unchecked Sendable {
    private let names: [String]
    private let lock = NSLock()
    private var byEncoding: [Bool: ByteStrings] = [:]

    init(_ names: [String]) { self.names = names }

    func bytes(in encoding: TextEncoding) -> ByteStrings {
        let gb = encoding == .gb18030
        lock.lock()
        defer { lock.unlock() }
        if let done = byEncoding[gb] { return done }
        let made = ByteStrings(gb ? TextDecoder.gb18030Bytes(of: names).map { $0 ?? [] } : names.map { Array($0.utf8) })
        byEncoding[gb] = made
        return made
    }
}

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
        UInt64(UInt32(bitPattern: number)) << 32 | UInt64(UInt16(truncatingIfNeeded: period.year)) << 8 | UInt64(bit(period, basis))
    }
}

/// The totals of one revenue file's amount columns per period and 口径, as its accepted rows are
/// handed over (in file order, one thread at a time). Files run period by period, so the last
/// period's slot is checked before the table: a comparison per row, rarely a hash.
struct FileTotals {
    private struct Sums {
        var period: Period
        var basis: Basis
        var fen: (Int64, Int64, Int64) = (0, 0, 0)          // 营业收入, 产业收入, 研发投入
        var rows: (Int, Int, Int) = (0, 0, 0)
    }
    private var sums: [Sums] = []
    private var slots: [UInt32: Int] = [:]
    private var lastKey = UInt32.max, lastSlot = 0

    mutating func add(_ r: RevenueFacts.Row) {
        // A 累计 value is keyed by its last month, as its fact is (1-9月 and 前三季度 are one period).
        let period = r.basis == .cumulative ? (Period.month(r.period.year, r.period.lastMonth) ?? r.period) : r.period
        let key = UInt32(period.year) << 8 | UInt32(period.unit.rawValue) << 6 | UInt32(period.index) << 1
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
        if r.industryRevenueFen != none { Self.add(r.industryRevenueFen, to: &sums[lastSlot].fen.1); sums[lastSlot].rows.1 += 1 }
        if r.rdExpenseFen != none { Self.add(r.rdExpenseFen, to: &sums[lastSlot].fen.2); sums[lastSlot].rows.2 += 1 }
    }

    /// Saturating: a file of 元 read as 万元 may pass Int64's 9.2 × 10^16 元.
    private static func add(_ v: Int64, to sum: inout Int64) {
        let (s, overflow) = sum.addingReportingOverflow(v)
        sum = overflow ? (v > 0 ? .max : .min) : s
    }

    func totals(file: String) -> [RevenueFileTotal] {
        sums.flatMap { s -> [RevenueFileTotal] in
            [(AmountField.revenue, s.fen.0, s.rows.0), (.industryRevenue, s.fen.1, s.rows.1), (.rdExpense, s.fen.2, s.rows.2)]
                .filter { $0.2 > 0 }
                .map { RevenueFileTotal(file: file, field: $0.0, period: s.period, basis: s.basis, fen: $0.1, rows: $0.2) }
        }
    }
}
