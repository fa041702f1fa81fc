import PlanGaugeModel

/// The plain revenue row, read straight from its cells: an id whose bytes are a listed enterprise's
/// code, its name exactly as in enterprises.csv, the period label and 口径 of the previous clean row,
/// plain numbers (or empty cells) for the amounts and employees, 产业收入 within 营业收入. Such a row
/// gives exactly the fact the full checks would, with no diagnostic; any other row is declined (nil)
/// and goes through the full checks, so every error and warning has one code path.
///
/// One per chunk (a class, so that the converter calls it with no copying or reference counting
/// per row). The column places and units are looked up once, not once per cell.
final class FastRevenueRow {
    /// Column places (-1: the file has no such column) and units, set by `use(_:)`.
    private var id = -1, name = -1, period = -1, basis = -1, revenue = -1, industry = -1, marketCap = -1, rd = -1, employees = -1
    private var revenueUnit = MoneyUnit.wan, industryUnit = MoneyUnit.wan, marketCapUnit = MoneyUnit.wan, rdUnit = MoneyUnit.wan
    private var configured = false
    private let codes: ByteStrings, names: ByteStrings
    private let file: Int32
    /// Statistical files list enterprises in the same order period after period: the one after the
    /// previous row's is tried first, and the next fifteen after it (firms missing from a period, or
    /// a file only some firms report in), by comparing bytes, before hashing.
    private var predicted = 0
    /// The last clean row's period cell and 口径 cell, as bytes, and what they meant.
    private var periodCell: ShortBytes?
    private var label: PeriodLabel?
    private var basisCell: ShortBytes?
    private var written: Basis?

    /// `codes`: the enterprises' codes; `names`: their names in the file's encoding; `file`: the
    /// facts' origin file number.
    init(codes: ByteStrings, names: ByteStrings, file: Int32) {
        (self.codes, self.names, self.file) = (codes, names, file)
    }

    /// Takes the column places and units of the file's header (once: every row of a file has it).
    @inline(__always)
    func use(_ header: @autoclosure () -> ResolvedHeader<RevenueColumn>) {
        guard !configured else { return }
        let header = header()
        func place(_ c: RevenueColumn) -> Int { header[c] ?? -1 }
        func unit(_ c: RevenueColumn) -> MoneyUnit { header.unit[c.rawValue] ?? .wan }
        (id, name, period, basis) = (place(.id), place(.name), place(.period), place(.basis))
        (revenue, industry, marketCap, rd, employees) = (place(.revenue), place(.industryRevenue), place(.marketCap),
                                                         place(.rdExpense), place(.employees))
        (revenueUnit, industryUnit, marketCapUnit, rdUnit) = (unit(.revenue), unit(.industryRevenue), unit(.marketCap), unit(.rdExpense))
        configured = true
    }

    /// The number of the enterprise whose code is exactly `raw`, if any.
    func enterprise(coded raw: UnsafeRawBufferPointer) -> Int32? {
        guard let found = codes.find(raw, from: predicted, window: 16) ?? codes.firstIndex(of: raw) else { return nil }
        predicted = found + 1
        return Int32(found)
    }

    /// Remembers what a row the full checks accepted without a word had in its period and 口径 cells.
    func learn(_ r: CSVRecord, label: PeriodLabel, basis: Basis?) {
        guard period >= 0, let key = ShortBytes(r[period]) else { return }
        periodCell = key
        self.label = label
        basisCell = basis.flatMap { _ in self.basis >= 0 ? ShortBytes(r[self.basis]) : nil }
        written = basis
    }

    /// The row's fact, or nil when the full checks have to look at it.
    func read(_ r: CSVRecord) -> NumberedFact? {
        guard let label, id >= 0, period >= 0, ShortBytes(r[period]) == periodCell else { return nil }
        var written: Basis?
        if basis >= 0 {
            let cell = r[basis]
            if !cell.isEmpty {
                guard let basisCell, ShortBytes(cell) == basisCell else { return nil }
                written = self.written
            }
        }
        if let implied = label.impliedBasis, let written, implied != written { return nil }
        guard let revenue = Self.amount(r, revenue, revenueUnit), let industry = Self.amount(r, industry, industryUnit),
              let marketCap = Self.amount(r, marketCap, marketCapUnit), let rd = Self.amount(r, rd, rdUnit),
              let employees = Self.count(r, employees) else { return nil }
        if let revenue = revenue.value, let industry = industry.value, industry > revenue { return nil }
        guard let number = enterprise(coded: r[id]) else { return nil }
        if name >= 0 && !names.equals(Int(number), r[name]) { return nil }
        return NumberedFact(row: RevenueFacts.Row(
            enterpriseNumber: number, period: label.period, basis: label.impliedBasis ?? written ?? .period,
            revenue: revenue.value, industryRevenue: industry.value, marketCap: marketCap.value, rdExpense: rd.value,
            employees: employees.value, file: file, line: r.line))
    }

    /// A cell read: `value` nil for an empty cell or a column the file lacks ("no data", no error).
    private struct Cell<T> { var value: T? }

    /// A plain non-negative number landing on whole 分, or an empty cell; nil otherwise.
    @inline(__always)
    private static func amount(_ r: CSVRecord, _ i: Int, _ unit: MoneyUnit) -> Cell<Amount>? {
        guard i >= 0 else { return Cell(value: nil) }
        let bytes = r[i]
        if bytes.isEmpty { return Cell(value: nil) }
        if let fen = digits(bytes, unitFen: unit.fen) { return Cell(value: Amount(fen: fen)) }
        guard let n = FastNumber.parse(bytes), n.significand >= 0, let a = FastNumber.amount(n, unit: unit) else { return nil }
        return Cell(value: a)
    }

    /// The commonest amount cell, `123` or `123.4` or `123.45`, in 分 of `unitFen` per unit; nil for
    /// anything else (left to `FastNumber`, which reads every such cell to the same value).
    @inline(__always)
    static func digits(_ b: UnsafeRawBufferPointer, unitFen: Int64) -> Int64? {
        let n = b.count
        guard n > 0, n <= 15 else { return nil }
        var i = 0, whole: Int64 = 0
        while i < n, b[i] &- 0x30 < 10 {
            whole = whole &* 10 &+ Int64(b[i] &- 0x30)
            i += 1
        }
        guard i > 0 else { return nil }
        var fraction: Int64 = 0, scale: Int64 = 1
        if i < n {
            guard b[i] == 0x2E, n - i == 2 || n - i == 3 else { return nil }       // "." and one or two decimals
            i += 1
            while i < n {
                guard b[i] &- 0x30 < 10 else { return nil }
                fraction = fraction &* 10 &+ Int64(b[i] &- 0x30)
                scale &*= 10
                i += 1
            }
        }
        guard unitFen % scale == 0 else { return nil }
        let (a, o1) = whole.multipliedReportingOverflow(by: unitFen)
        let (f, o2) = a.addingReportingOverflow(fraction * (unitFen / scale))
        return o1 || o2 ? nil : f
    }

    /// A plain whole count within Int32, or an empty cell (employees is not a required column).
    @inline(__always)
    private static func count(_ r: CSVRecord, _ i: Int) -> Cell<Int>? {
        guard i >= 0 else { return Cell(value: nil) }
        let bytes = r[i]
        if bytes.isEmpty { return Cell(value: nil) }
        guard let n = FastNumber.parse(bytes), n.scale == 0, n.significand >= 0, n.significand <= Int64(Int32.max) else { return nil }
        return Cell(value: Int(n.significand))
    }
}
