/// The revenue facts of a dataset, kept column by column.
///
/// A province's monthly data is millions of facts. As `RevenueFact` values they cost ~100 bytes
/// each (optional amounts pad to 16 bytes); here a fact is 49 bytes in nine flat arrays, and a loop
/// over one column (the ledgers read one amount at a time) touches only that column. Enterprises are
/// numbered: `keys[n]` is the id of number `n`, so a fact stores 4 bytes instead of 16.
///
/// It is still a collection of `RevenueFact`: code that wants whole facts iterates as before.
public struct RevenueFacts: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    /// Enterprise ids by number.
    public private(set) var keys: [USCC] = []
    private var numbers: [USCC: Int32] = [:]
    /// Each fact's enterprise, as its number in `keys`.
    public private(set) var enterpriseNumbers: [Int32] = []
    /// Each fact's period.
    public private(set) var periods: [Period] = []
    /// Each fact's 口径 (当期 or 累计).
    public private(set) var bases: [Basis] = []
    /// Amounts in 分; `RevenueFacts.none` where the cell said "no data".
    public private(set) var revenueFen: [Int64] = []
    /// 产业收入 in 分; `RevenueFacts.none` where the cell said "no data".
    public private(set) var industryRevenueFen: [Int64] = []
    /// 市值 in 分; `RevenueFacts.none` where the cell said "no data".
    public private(set) var marketCapFen: [Int64] = []
    /// 研发投入 in 分; `RevenueFacts.none` where the cell said "no data".
    public private(set) var rdExpenseFen: [Int64] = []
    /// `RevenueFacts.noEmployees` where not reported.
    public private(set) var employeeCounts: [Int32] = []
    /// Line of each fact in its file (0: no origin); files change rarely, so they are kept as runs.
    private var lines: [Int32] = []
    private var fileRuns: [FileRun] = []

    /// The "no data" marker in the amount columns.
    // Computed, and inlinable: the converters of another module write them for every row.
    /// The "no data" marker in the amount columns: `Int64.min`, never a real amount in 分.
    /// The "not reported" marker in `employeeCounts`: `Int32.min`.
    @inlinable public static var none: Int64 { .min }
    @inlinable public static var noEmployees: Int32 { .min }

    private struct FileRun: Sendable {
        var start: Int
        var file: Int32  // -1: facts without an origin
    }

    /// No facts and no enterprises.
    public init() {}

    /// Facts whose enterprises are numbered in the order of `keys` (the dataset's enterprises).
    public init(keys: [USCC]) {
        self.keys = keys
        for (n, id) in keys.enumerated() where numbers[id] == nil { numbers[id] = Int32(n) }
    }

    /// The facts in sequence order, enterprises numbered as they first appear.
    public init(_ facts: some Sequence<RevenueFact>) {
        for f in facts { append(f) }
    }

    /// The listed facts, as `init(_:)`.
    public init(arrayLiteral facts: RevenueFact...) { self.init(facts) }

    /// Always 0: facts are numbered from 0 in the order appended.
    public var startIndex: Int { 0 }
    /// The number of facts.
    public var endIndex: Int { periods.count }

    /// Fact `i` rebuilt as a `RevenueFact`, with its origin.
    public subscript(i: Int) -> RevenueFact {
        RevenueFact(
            enterprise: keys[Int(enterpriseNumbers[i])], period: periods[i], basis: bases[i],
            revenue: Self.amount(revenueFen[i]), industryRevenue: Self.amount(industryRevenueFen[i]),
            marketCap: Self.amount(marketCapFen[i]), rdExpense: Self.amount(rdExpenseFen[i]),
            employees: employeeCounts[i] == Self.noEmployees ? nil : Int(employeeCounts[i]),
            origin: origin(i))
    }

    /// Where fact `i` was read from, if it was read from a file.
    public func origin(_ i: Int) -> FactOrigin? {
        guard lines[i] > 0 else { return nil }
        var lo = 0, hi = fileRuns.count - 1  // the last run starting at or before i
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if fileRuns[mid].start <= i { lo = mid } else { hi = mid - 1 }
        }
        let file = fileRuns[lo].file
        return file < 0 ? nil : FactOrigin(fileNumber: file, line: Int(lines[i]))
    }

    /// An amount column's cell as an amount: nil for `RevenueFacts.none`.
    @inline(__always)
    public static func amount(_ fen: Int64) -> Amount? { fen == none ? nil : Amount(fen: fen) }

    /// An amount as stored in an amount column: 分, or `RevenueFacts.none` for nil.
    @inline(__always)
    @inlinable public static func fen(_ a: Amount?) -> Int64 { a?.fen ?? none }

    /// The number of an enterprise, numbering it when new.
    public mutating func number(of id: USCC) -> Int32 {
        if let n = numbers[id] { return n }
        let n = Int32(keys.count)
        keys.append(id)
        numbers[id] = n
        return n
    }

    /// Appends a fact, numbering its enterprise when new.
    public mutating func append(_ f: RevenueFact) {
        append(enterpriseNumber: number(of: f.enterprise), f)
    }

    /// Appends a fact whose enterprise already has `enterpriseNumber` (no lookup by id).
    public mutating func append(enterpriseNumber n: Int32, _ f: RevenueFact) {
        append(
            Row(
                enterpriseNumber: n, period: f.period, basis: f.basis, revenue: f.revenue,
                industryRevenue: f.industryRevenue,
                marketCap: f.marketCap, rdExpense: f.rdExpense, employees: f.employees,
                file: f.origin?.fileNumber ?? -1, line: f.origin?.line ?? 0))
    }

    /// One fact in the columns' own form (no optionals, the enterprise by number): what a reader
    /// hands over, half the size of a `RevenueFact`.
    public struct Row: Sendable {
        /// The enterprise, as its number in `keys`.
        public var enterpriseNumber: Int32
        /// The period of the fact.
        public var period: Period
        /// The 口径 of the fact (当期 or 累计).
        public var basis: Basis
        /// 营业收入 in 分; `RevenueFacts.none`: no data.
        public var revenueFen: Int64
        /// 产业收入 in 分; `RevenueFacts.none`: no data.
        public var industryRevenueFen: Int64
        /// 市值 in 分; `RevenueFacts.none`: no data.
        public var marketCapFen: Int64
        /// 研发投入 in 分; `RevenueFacts.none`: no data.
        public var rdExpenseFen: Int64
        /// 从业人员; `RevenueFacts.noEmployees`: not reported.
        public var employees: Int32
        /// `FileNames` number and line of the row (line 0: no origin).
        public var file: Int32
        /// Line of the row in its file (0: no origin).
        public var line: Int32

        /// A fact from its stored form: amounts in 分 (`RevenueFacts.none`: no data), employees
        /// (`RevenueFacts.noEmployees`: not reported).
        @inlinable
        public init(
            enterpriseNumber: Int32, period: Period, basis: Basis, revenueFen: Int64, industryRevenueFen: Int64,
            marketCapFen: Int64, rdExpenseFen: Int64, employees: Int32, file: Int32, line: Int32
        ) {
            self.enterpriseNumber = enterpriseNumber
            self.period = period
            self.basis = basis
            self.revenueFen = revenueFen
            self.industryRevenueFen = industryRevenueFen
            self.marketCapFen = marketCapFen
            self.rdExpenseFen = rdExpenseFen
            self.employees = employees
            self.file = file
            self.line = line
        }

        /// A fact from optional amounts (nil: no data) and an optional employee count (nil: not reported).
        @inlinable
        public init(
            enterpriseNumber: Int32, period: Period, basis: Basis, revenue: Amount?, industryRevenue: Amount?,
            marketCap: Amount?, rdExpense: Amount?, employees: Int?, file: Int32, line: Int
        ) {
            self.enterpriseNumber = enterpriseNumber
            self.period = period
            self.basis = basis
            revenueFen = RevenueFacts.fen(revenue)
            industryRevenueFen = RevenueFacts.fen(industryRevenue)
            marketCapFen = RevenueFacts.fen(marketCap)
            rdExpenseFen = RevenueFacts.fen(rdExpense)
            self.employees = employees.map { Int32(clamping: $0) } ?? RevenueFacts.noEmployees
            self.file = file
            self.line = Int32(clamping: line)
        }
    }

    /// Appends a row; its enterprise must already be numbered (see `number(of:)`).
    public mutating func append(_ r: Row) {
        enterpriseNumbers.append(r.enterpriseNumber)
        periods.append(r.period)
        bases.append(r.basis)
        revenueFen.append(r.revenueFen)
        industryRevenueFen.append(r.industryRevenueFen)
        marketCapFen.append(r.marketCapFen)
        rdExpenseFen.append(r.rdExpenseFen)
        employeeCounts.append(r.employees)
        lines.append(r.line)
        let file = r.line > 0 ? r.file : -1
        if fileRuns.last?.file != file { fileRuns.append(FileRun(start: periods.count - 1, file: file)) }
    }

    /// Whether fact `i` has the same figures as `r` (the identity aside).
    public func sameFigures(_ i: Int, _ r: Row) -> Bool {
        (revenueFen[i], industryRevenueFen[i], marketCapFen[i], rdExpenseFen[i], employeeCounts[i])
            == (r.revenueFen, r.industryRevenueFen, r.marketCapFen, r.rdExpenseFen, r.employees)
    }

    /// Reserves room for `n` facts in every column.
    public mutating func reserveCapacity(_ n: Int) {
        enterpriseNumbers.reserveCapacity(n)
        periods.reserveCapacity(n)
        bases.reserveCapacity(n)
        revenueFen.reserveCapacity(n)
        industryRevenueFen.reserveCapacity(n)
        marketCapFen.reserveCapacity(n)
        rdExpenseFen.reserveCapacity(n)
        employeeCounts.reserveCapacity(n)
        lines.reserveCapacity(n)
    }

    /// The facts that pass `include`, grouped by enterprise number with a counting sort (file order
    /// kept within a group): the facts of enterprise `k` are `order[start[k]..<start[k + 1]]`.
    /// Linear in the facts, where a comparison sort of millions of them is not.
    public func groupedByEnterprise(where include: (Int) -> Bool) -> (start: [Int], order: [Int32]) {
        let keyCount = keys.count
        var start = [Int](repeating: 0, count: keyCount + 1)
        for i in indices where include(i) { start[Int(enterpriseNumbers[i]) + 1] += 1 }
        for k in 0..<keyCount { start[k + 1] += start[k] }
        var order = [Int32](repeating: 0, count: start[keyCount])
        var next = start
        for i in indices where include(i) {
            let k = Int(enterpriseNumbers[i])
            order[next[k]] = Int32(i)
            next[k] += 1
        }
        return (start, order)
    }

    /// The quarters the facts end in, in order (a fact counts for the quarter its last month is in).
    public var quarters: [Period] {
        var seen = Set<Int32>()
        var last: Int32 = -1
        for p in periods {
            let q = Int32(p.year * 4 + (p.lastMonth - 1) / 3)
            if q != last { seen.insert(q); last = q }  // files run period by period: few inserts
        }
        return seen.sorted().compactMap { Period.quarter(Int($0) / 4, Int($0) % 4 + 1) }
    }

    /// The first and last period of the facts, by their end.
    public var periodRange: ClosedRange<Period>? {
        guard let lo = periods.min(), let hi = periods.max() else { return nil }
        return lo...hi
    }

    /// The number of an enterprise, or nil when it has no facts here and is not among the keys.
    public func existingNumber(of id: USCC) -> Int32? { numbers[id] }
}

extension RevenueFacts: Equatable {
    /// Whether both hold the same facts in the same order (origins aside).
    public static func == (a: RevenueFacts, b: RevenueFacts) -> Bool { a.elementsEqual(b) }
    /// Whether the columns hold exactly `b`, in order (origins aside).
    public static func == (a: RevenueFacts, b: [RevenueFact]) -> Bool { a.elementsEqual(b) }
}
