/// What one revenue file contributed to one period: the sum of an amount column over the file's
/// accepted rows of that period and 口径, and how many rows reported it. Recorded while the file is
/// read (facts gathered into panels keep no file), so a whole return filled in the wrong unit can be
/// told apart from one firm's slip (see `UnitJumpChecks` in Analytics).
public struct RevenueFileTotal: Sendable, Equatable {
    /// The revenue file, as diagnostics name it.
    public var file: String
    /// `.revenue`, `.industryRevenue` or `.rdExpense`.
    public var field: AmountField
    /// As the facts hold it: a 累计 total is keyed by its last month like its facts are.
    public var period: Period
    /// The 口径 of the rows summed (当期 or 累计).
    public var basis: Basis
    /// Sum in 分, saturating at `Int64.max` (a file of 元 read as 万元 can reach it).
    public var fen: Int64
    /// Rows of that period and 口径 that reported a value in the column.
    public var rows: Int

    /// A total from its parts.
    public init(file: String, field: AmountField, period: Period, basis: Basis, fen: Int64, rows: Int) {
        self.file = file
        self.field = field
        self.period = period
        self.basis = basis
        self.fen = fen
        self.rows = rows
    }
}
