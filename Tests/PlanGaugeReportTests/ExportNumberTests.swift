import PlanGaugeModel
@testable import PlanGaugeReport
import Testing

/// Export numbers as the model holds them: no binary-float tails (issue 18).
@Suite struct ExportNumberTests {
    @Test func doublesLoseTheirTails() {
        #expect(ExportNumber.text(106.5) == "106.5")
        #expect(ExportNumber.text(0.1 + 0.2) == "0.3")
        #expect(ExportNumber.text(0.94 - 1e-16) == "0.94")
        #expect(ExportNumber.text(-0.08695652173913038) == "-0.0869565217391304")  // 15 significant digits
        #expect(ExportNumber.text(1.5e-7) == "0.00000015")
        #expect(ExportNumber.text(2.5e16) == "25000000000000000")
        #expect(ExportNumber.text(0) == "0")
        #expect(ExportNumber.text(nil) == nil)
    }

    @Test func exactValuesAreExact() {
        // 1065000000001 分 is 106.5000000001亿元: a real last 分, kept.
        #expect(ExportNumber.text(Rational(1_065_000_000_001, 10_000_000_000)) == "106.5000000001")
        #expect(ExportNumber.text(Rational(213, 2)) == "106.5")
        #expect(ExportNumber.text(Rational(-1, 3), places: 4) == "-0.3333")
        #expect(ExportNumber.text(Rational(2, 3), places: 4) == "0.6667")
        #expect(ExportNumber.text(Rational(19_999, 20_000), places: 2) == "1")
    }
}
