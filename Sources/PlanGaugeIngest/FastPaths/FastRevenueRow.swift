import PlanGaugeModel
import PlanGaugeRecords

/// The plain revenue row, read straight from its cells: an id whose bytes are a listed enterprise's
/// code, its name exactly as in enterprises.csv, the period label and 口径 of the previous clean row,
/// plain numbers (or empty cells) for the amounts and employees, 产业收入 within 营业收入. Such a row
/// gives exactly the fact the full checks would, with no diagnostic; any other row is declined (nil)
/// and goes through the full checks, so every error and warning has one code path.
///
/// - Must equal: `RevenueConverter.convert` on every row it accepts (same fact, no diagnostic).
/// - Proven by: `ParallelReadingTests.plainRowsReadFastAsByTheFullChecks` (every dataset of the test
///   corpus and the sample, read with `IngestOptions.fastRows` on and off, give identical datasets
///   and reports) and `nearlyPlainRowsAreLeftToTheFullChecks` (rows one byte away from plain).
///
/// One per chunk (a class, so that the converter calls it with no copying or reference counting
/// per row). The column places and units are looked up once, not once per cell.
final class FastRevenueRow: PlainRows {
    /// Column places (-1: the file has no such column) and each amount column's 分 per unit.
    private var id = -1, name = -1, period = -1, basis = -1, revenue = -1, industry = -1, marketCap = -1, rd = -1,
        employees = -1
    private var revenueUnit = FenPerUnit(.wan), industryUnit = FenPerUnit(.wan), marketCapUnit = FenPerUnit(.wan),
        rdUnit = FenPerUnit(.wan)
    /// The tables' views (see `ByteStrings.view`), kept valid by `tables`.
    private let codes: ByteStrings.View, names: ByteStrings.View
    private let tables: (ByteStrings, ByteStrings)
    private let file: Int32
    /// Statistical files list enterprises in the same order period after period: the one after the
    /// previous row's is tried first, and the next fifteen after it (firms missing from a period, or
    /// a file only some firms report in), by comparing bytes, before hashing.
    private var predicted = 0
    /// The last clean row's period cell and 口径 cell, as bytes, and what they meant: its period,
    /// and the 口径 of a fact whose 口径 cell is empty, or holds `basisCell`.
    private var periodCell: ShortBytes?
    private var basisCell: ShortBytes?
    private var factPeriod: Period?
    private var basisWhenEmpty = Basis.period, basisWhenWritten = Basis.period

    /// `codes`: the enterprises' codes; `names`: their names in the file's encoding; `file`: the
    /// facts' origin file number; `header`: the file's (nil: no header, so no row is plain).
    init(codes: ByteStrings, names: ByteStrings, file: Int32, header: ResolvedHeader<RevenueColumn>?) {
        (self.codes, self.names, self.tables, self.file) = (codes.view, names.view, (codes, names), file)
        guard let header else { return }
        func place(_ c: RevenueColumn) -> Int { header[c] ?? -1 }
        func unit(_ c: RevenueColumn) -> FenPerUnit { FenPerUnit(header.unit[c.rawValue] ?? .wan) }
        (id, name, period, basis) = (place(.id), place(.name), place(.period), place(.basis))
        (revenue, industry, marketCap, rd, employees) = (
            place(.revenue), place(.industryRevenue), place(.marketCap),
            place(.rdExpense), place(.employees)
        )
        (revenueUnit, industryUnit, marketCapUnit, rdUnit) = (
            unit(.revenue), unit(.industryRevenue), unit(.marketCap), unit(.rdExpense)
        )
    }

    /// The number of the enterprise whose code is exactly `raw`, if any.
    @inline(__always)
    func enterprise(coded raw: ByteView) -> Int32? {
        guard let found = codes.find(raw, from: predicted, window: 16) ?? codes.firstIndex(of: raw) else { return nil }
        predicted = found + 1
        return Int32(found)
    }

    /// Remembers what a row the full checks accepted without a word had in its period and 口径 cells.
    func learn(_ r: CSVRecord, label: PeriodLabel, basis written: Basis?) {
        guard period >= 0, let key = ShortBytes(r[period]) else { return }
        periodCell = key
        factPeriod = label.period
        // A clean row's written 口径 agrees with its label's (the full checks reject one that does not).
        basisCell = written.flatMap { _ in basis >= 0 ? ShortBytes(r[basis]) : nil }
        basisWhenEmpty = label.impliedBasis ?? .period
        basisWhenWritten = label.impliedBasis ?? written ?? .period
    }

    /// The row's fact, or nil when the full checks have to look at it.
    func read(_ r: CSVRecord) -> NumberedFact? {
        guard id >= 0, period >= 0, let periodCell, let factPeriod, periodCell.matches(r[period]) else { return nil }
        var factBasis = basisWhenEmpty
        if basis >= 0 {
            let cell = r[basis]
            if !cell.isEmpty {
                guard let basisCell, basisCell.matches(cell) else { return nil }
                factBasis = basisWhenWritten
            }
        }
        guard let revenueFen = Self.fen(r, revenue, revenueUnit), let industryFen = Self.fen(r, industry, industryUnit),
            let marketCapFen = Self.fen(r, marketCap, marketCapUnit), let rdFen = Self.fen(r, rd, rdUnit),
            let employees = Self.count(r, employees)
        else { return nil }
        if revenueFen != RevenueFacts.none, industryFen > revenueFen { return nil }  // (none is below every amount)
        guard let number = enterprise(coded: r[id]) else { return nil }
        if name >= 0 && !names.equals(Int(number), r[name]) { return nil }
        return RevenueFacts.Row(
            enterpriseNumber: number, period: factPeriod, basis: factBasis, revenueFen: revenueFen,
            industryRevenueFen: industryFen, marketCapFen: marketCapFen, rdExpenseFen: rdFen, employees: employees,
            file: file, line: Int32(clamping: r.line))
    }

    /// A money unit's 分 per unit, per tenth and per hundredth of one (0 where that is not whole 分).
    struct FenPerUnit {
        let unit: MoneyUnit
        let one: Int64, tenth: Int64, hundredth: Int64
        init(_ unit: MoneyUnit) {
            self.unit = unit
            one = unit.fen
            tenth = one % 10 == 0 ? one / 10 : 0
            hundredth = one % 100 == 0 ? one / 100 : 0
        }
    }

    /// A plain non-negative amount in 分 (`RevenueFacts.none` for an empty cell or a column the file
    /// lacks: "no data", no error); nil for anything else.
    @inline(__always)
    private static func fen(_ r: CSVRecord, _ i: Int, _ unit: FenPerUnit) -> Int64? {
        guard i >= 0 else { return RevenueFacts.none }
        let bytes = r[i]
        if bytes.isEmpty { return RevenueFacts.none }
        if let fen = digits(bytes, unit) { return fen }
        guard let n = FastNumber.parse(bytes), n.significand >= 0, let a = FastNumber.amount(n, unit: unit.unit) else {
            return nil
        }
        return a.fen
    }

    /// The commonest amount cell, `123` or `123.4` or `123.45`, in 分; nil for anything else (left
    /// to `FastNumber`, which reads every such cell to the same value).
    @inline(__always)
    static func digits(_ b: ByteView, _ unit: FenPerUnit) -> Int64? {
        let n = b.count
        guard n > 0, n <= 15 else { return nil }
        var i = 0, whole: Int64 = 0
        while i < n, b[i] &- 0x30 < 10 {
            whole = whole &* 10 &+ Int64(b[i] &- 0x30)
            i += 1
        }
        guard i > 0 else { return nil }
        var fraction: Int64 = 0
        if i < n {
            // "." and one or two decimals.
            guard b[i] == 0x2E, n - i == 2 || n - i == 3 else { return nil }
            let d1 = b[i + 1] &- 0x30
            guard d1 < 10 else { return nil }
            if n - i == 2 {
                guard unit.tenth > 0 else { return nil }
                fraction = Int64(d1) &* unit.tenth
            } else {
                let d2 = b[i + 2] &- 0x30
                guard d2 < 10, unit.hundredth > 0 else { return nil }
                fraction = (Int64(d1) &* 10 &+ Int64(d2)) &* unit.hundredth
            }
        }
        let (a, o1) = whole.multipliedReportingOverflow(by: unit.one)
        let (f, o2) = a.addingReportingOverflow(fraction)
        return o1 || o2 ? nil : f
    }

    /// A plain whole count within Int32 (`RevenueFacts.noEmployees` for an empty cell or a missing
    /// column: employees is not a required column); nil for anything else.
    @inline(__always)
    private static func count(_ r: CSVRecord, _ i: Int) -> Int32? {
        guard i >= 0 else { return RevenueFacts.noEmployees }
        let bytes = r[i]
        if bytes.isEmpty { return RevenueFacts.noEmployees }
        // Plain digits first (nearly every cell), then anything else FastNumber reads as a whole number.
        if bytes.count <= 9 {
            var n: Int32 = 0, i = 0
            while i < bytes.count, bytes[i] &- 0x30 < 10 {
                n = n &* 10 &+ Int32(bytes[i] &- 0x30)
                i += 1
            }
            if i == bytes.count { return n }
        }
        guard let n = FastNumber.parse(bytes), n.scale == 0, n.significand >= 0, n.significand <= Int64(Int32.max)
        else { return nil }
        return Int32(n.significand)
    }
}
