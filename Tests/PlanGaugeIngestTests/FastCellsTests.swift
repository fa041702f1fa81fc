import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeRecords
@testable import PlanGaugeModel

/// The byte-level fast path must agree with the full amount parser wherever it answers.
@Suite struct FastCellsTests {
    static func fast(_ s: String, unit: MoneyUnit = .wan) -> Amount? {
        Array(s.utf8).withUnsafeBytes { raw in FastNumber.parse(raw).flatMap { FastNumber.amount($0, unit: unit) } }
    }

    @Test(arguments: ["1234.56", "-3.7", "1,234.56", " 12 ", "0", "007", "1,234", "123,456,789.5"])
    func answersPlainNumbers(_ s: String) {
        guard case .value(let expected) = AmountCell.parse(s, defaultUnit: .wan) else {
            Issue.record("full parser rejects \(s)"); return
        }
        #expect(Self.fast(s) == expected)
    }

    @Test(arguments: [
        "", "-", "--", "12,34", "1,234,5", ",123", "1.2.3", "5.", "1e5", "12亿", "１２", "1 234", "+5",
        "1234567890123456789", "0.1234567"
    ])
    func declinesEverythingElse(_ s: String) {
        #expect(Self.fast(s) == nil)  // left to the full parser, with its messages and rounding
    }

    @Test func agreesWithTheFullParserOnRandomInputs() {
        var rng = SeededRandom()
        let alphabet = Array("0123456789,.- ")
        for _ in 0..<20_000 {
            let s = String((0..<Int.random(in: 0...9, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            guard let f = Self.fast(s) else { continue }
            guard case .value(let full) = AmountCell.parse(s, defaultUnit: .wan) else {
                Issue.record("fast path accepted «\(s)» which the full parser does not; \(rng.replay)")
                continue
            }
            #expect(f == full, "«\(s)», \(rng.replay)")
        }
    }

    @Test func shortBytesKeysDifferByContentAndLength() {
        let a = Array("2023Q1".utf8), b = Array("2023Q1\u{0}".utf8), c = Array("2023Q2".utf8)
        let ka = a.withUnsafeBytes { ShortBytes($0) }, kb = b.withUnsafeBytes { ShortBytes($0) },
            kc = c.withUnsafeBytes { ShortBytes($0) }
        #expect(ka != kb && ka != kc)
        #expect(Array(repeating: UInt8(65), count: 33).withUnsafeBytes { ShortBytes($0) } == nil)
    }
}
