import PlanGaugeModel

/// The plain revenue row, read straight from its cells: an id whose bytes are a listed enterprise's
/// code, its name exactly as in enterprises.csv, the period label and 口径 of the previous clean row,
/// plain numbers (or empty cells) for the amounts and employees, 产业收入 within 营业收入. Such a row
/// gives exactly the fact the full checks would, with no diagnostic; any other row is declined (nil)
/// and goes through the full checks, so every error and warning has one code path.
///
/// The column places and units are looked up once per chunk, not once per cell.
struct FastRevenueRow {
    private let id, name, period, basis, revenue, industry, marketCap, rd, employees: Int
    private let revenueUnit, industryUnit, marketCapUnit, rdUnit: MoneyUnit
    /// The last clean row's period cell and 口径 cell, as bytes, and what they meant.
    private var periodCell: ShortBytes?
    private var label: PeriodLabel?
    private var basisCell: ShortBytes?
    private var written: Basis?

    init(_ header: ResolvedHeader<RevenueColumn>) {
        func place(_ c: RevenueColumn) -> Int { header[c] ?? -1 }
        func unit(_ c: RevenueColumn) -> MoneyUnit { header.unit[c.rawValue] ?? .wan }
        (id, name, period, basis) = (place(.id), place(.name), place(.period), place(.basis))
        (revenue, industry, marketCap, rd, employees) = (place(.revenue), place(.industryRevenue), place(.marketCap),
                                                         place(.rdExpense), place(.employees))
        (revenueUnit, industryUnit, marketCapUnit, rdUnit) = (unit(.revenue), unit(.industryRevenue), unit(.marketCap), unit(.rdExpense))
    }

    /// Remembers what a row the full checks accepted without a word had in its period and 口径 cells.
    mutating func learn(_ r: CSVRecord, label: PeriodLabel, basis: Basis?) {
        guard period >= 0, let key = ShortBytes(r[period]) else { return }
        periodCell = key
        self.label = label
        basisCell = basis.flatMap { _ in self.basis >= 0 ? ShortBytes(r[self.basis]) : nil }
        written = basis
    }

    /// The row's fact, or nil when the full checks have to look at it.
    @inline(__always)
    func read(_ r: CSVRecord, file: Int32, enterprise: (UnsafeRawBufferPointer) -> Int32?,
              names: ByteStrings) -> NumberedFact? {
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
        guard let number = enterprise(r[id]) else { return nil }
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
        guard let n = FastNumber.parse(bytes), n.significand >= 0, let a = FastNumber.amount(n, unit: unit) else { return nil }
        return Cell(value: a)
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
