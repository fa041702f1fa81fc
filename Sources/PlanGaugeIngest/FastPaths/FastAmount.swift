import PlanGaugeModel
import PlanGaugeRecords

/// A plain number cell as an amount, with no String made.
///
/// - Must equal: `AmountCell.parse` on every cell it accepts (same 分, no warning).
/// - Proven by: `FastCellsTests.agreesWithTheFullParserOnRandomInputs` (seeded random cells) and
///   `FastCellsTests` cases for the forms it declines.
extension FastNumber {
    /// The amount in 分 when the number lands on whole 分 in `unit`; nil otherwise (rounding is
    /// the full parser's job, with its warning).
    @inline(__always)
    static func amount(_ n: (significand: Int64, scale: Int), unit: MoneyUnit) -> Amount? {
        var factor = unit.fen, s = n.scale, sig = n.significand
        while s > 0 && factor % 10 == 0 { factor /= 10; s -= 1 }
        while s > 0 && sig % 10 == 0 { sig /= 10; s -= 1 }
        guard s == 0 else { return nil }
        let (fen, overflow) = sig.multipliedReportingOverflow(by: factor)
        return overflow ? nil : Amount(fen: fen)
    }
}
