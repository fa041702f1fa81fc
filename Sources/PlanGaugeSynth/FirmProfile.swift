import PlanGaugeModel

/// One synthetic enterprise: who it is and how its revenue moves, before any row is written.
struct FirmProfile {
    let index: Int
    var id: USCC
    var name: String
    var district: String
    /// enterprises.csv's 所属园区 (for a firm that moved out, the park it left; for the one that moved
    /// in from outside any park, none: park_members.csv says where it is).
    var park: String?
    /// Dated membership, for the few firms that moved (park_members.csv); empty: `park` at every period.
    var parkSpans: [ParkSpan] = []
    var segment: String
    var tags: [String] = []
    var founded: CalendarDate
    /// Index into the config's periods of the first and last period the firm reports.
    var firstPeriod: Int
    var lastPeriod: Int
    /// Share of revenue in the tracked industry, for diversified firms (nil: all of it).
    var industryShare: Double?
    /// Price-to-sales multiple for listed firms.
    var salesMultiple: Double?
    /// Revenue per employee, 万元 a year.
    var revenuePerEmployee: Double
    var rdRatio: Double
    /// Quarter shares of the year, summing to 1.
    var seasonal: [Double]
    /// Calendar year → annual revenue in 万元 (all revenue, not only the industry's part).
    var annual: [Int: Double] = [:]

    func reports(at periodIndex: Int) -> Bool { periodIndex >= firstPeriod && periodIndex <= lastPeriod }
}

/// A 统一社会信用代码 that is valid and unique per index: 9 (enterprise) 1 (company), the district's
/// division code, a 9-character organisation code that spells the index in base 31, then the check.
enum SyntheticUSCC {
    static func make(index: Int, districtCode: String, salt: UInt64) -> USCC {
        let alphabet = USCC.alphabet
        var digits: [Character] = []
        var n = UInt64(index) &+ salt % 1_000_000 &* 1_000_003  // spread, but injective for index < 31^9 / 2
        n = n % 26_439_622_160_671  // 31^9
        for _ in 0..<9 {
            digits.append(alphabet[Int(n % 31)])
            n /= 31
        }
        let prefix = "91" + districtCode + String(digits.reversed())
        return USCC(prefix + String(USCC.checkCharacter(forPrefix: prefix)!))!
    }
}
