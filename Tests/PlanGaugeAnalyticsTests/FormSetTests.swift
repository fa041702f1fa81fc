import Foundation
import Testing
@testable import PlanGaugeAnalytics
@testable import PlanGaugeModel
@testable import PlanGaugeReport

/// The forms `template` sends (`FormSet`) on a hand-built roster, and their CSV layout, file names
/// and amounts. Every expected value is worked out below from the facts, not from the code.
@Suite struct FormSetTests {
    static func wan(_ text: String) -> Amount {
        let parts = text.split(separator: ".")
        let fraction = parts.count > 1 ? String(parts[1]) + String(repeating: "0", count: 6 - parts[1].count) : "000000"
        return Amount(fen: Int64(parts[0])! * 1_000_000 + Int64(fraction)!)
    }

    /// Six firms: 1 (普陀区, PT-DEMO) reports 当期; 2 (浦东新区, no park) reports 累计 only; 3 has
    /// no district and no figures; 4 (普陀区) left the roster on 2025-11-30, within 2025Q4; 5 (普陀区)
    /// leaves on 2026-01-10, after it; 6 (浦东新区) moved from LG-DS to PD-TZ on 2025-10-01.
    static func roster() -> Dataset {
        var firms = [
            Enterprise(id: Tiny.id(1), name: "企业1", district: "普陀区", park: "PT-DEMO"),
            Enterprise(id: Tiny.id(2), name: "企业2", district: "浦东新区"),
            Enterprise(id: Tiny.id(3), name: "企业3"),
            Enterprise(id: Tiny.id(4), name: "企业4", district: "普陀区"),
            Enterprise(id: Tiny.id(5), name: "企业5", district: "普陀区"),
            Enterprise(id: Tiny.id(6), name: "企业6", district: "浦东新区", park: "PD-TZ")
        ]
        firms[3].exited = CalendarDate(year: 2025, month: 11, day: 30)
        firms[4].exited = CalendarDate(year: 2026, month: 1, day: 10)
        firms[5].parkSpans = [
            ParkSpan(park: "LG-DS", from: nil, to: CalendarDate(year: 2025, month: 10, day: 1)),
            ParkSpan(park: "PD-TZ", from: CalendarDate(year: 2025, month: 10, day: 1), to: nil)
        ]
        let q = { (n: Int) in Period.quarter(2025, n)! }
        let facts = [
            RevenueFact(enterprise: Tiny.id(1), period: q(2), basis: .period, revenue: wan("80")),
            RevenueFact(enterprise: Tiny.id(1), period: q(3), basis: .period, revenue: wan("100")),
            RevenueFact(enterprise: Tiny.id(2), period: q(2), basis: .cumulative, revenue: wan("300")),
            RevenueFact(enterprise: Tiny.id(2), period: q(3), basis: .cumulative, revenue: wan("450.5")),
            RevenueFact(enterprise: Tiny.id(5), period: q(3), basis: .period, revenue: wan("0.123456")),
            RevenueFact(enterprise: Tiny.id(6), period: q(3), basis: .period, revenue: nil)
        ]
        var dataset = Dataset(enterprises: firms, revenue: facts)
        dataset.parks = [Park(id: "PT-DEMO", name: "示范园"), Park(id: "PD-TZ", name: "唐镇园")]
        return dataset
    }

    static let q4 = Period.quarter(2025, 4)!

    @Test func byDistrictEveryFirmOnOneFormTheExitedOnNone() {
        let set = FormSet.build(from: Self.roster(), period: Self.q4, by: .district)
        #expect(set.previous == Period.quarter(2025, 3)!)
        // 普 (U+666E) sorts before 浦 (U+6D66); the firms without a district come last.
        #expect(set.forms.map(\.unit) == [.district("普陀区"), .district("浦东新区"), .unassigned])
        #expect(
            set.forms.map { $0.rows.map(\.id) } == [[Tiny.id(1), Tiny.id(5)], [Tiny.id(2), Tiny.id(6)], [Tiny.id(3)]])
        #expect(set.exited == [Tiny.id(4)])
        #expect(set.rowCount == 5)
    }

    @Test func lastPeriodRevenueAsReportedOrFromYearToDate() {
        let set = FormSet.build(from: Self.roster(), period: Self.q4, by: .district)
        let previous = Dictionary(uniqueKeysWithValues: set.forms.flatMap(\.rows).map { ($0.id, $0.previousRevenue) })
        #expect(previous[Tiny.id(1)] == Self.wan("100"))  // 当期 as reported
        #expect(previous[Tiny.id(2)] == Self.wan("150.5"))  // 1–9月 450.5 − 1–6月 300
        #expect(previous[Tiny.id(3)] == .some(nil))  // never reported
        #expect(previous[Tiny.id(5)] == Self.wan("0.123456"))  // kept to the 分
        #expect(previous[Tiny.id(6)] == .some(nil))  // reported "no data"
    }

    @Test func byParkTheParkAtThePeriodsEnd() {
        let set = FormSet.build(from: Self.roster(), period: Self.q4, by: .park)
        #expect(
            set.forms.map(\.unit) == [.park(id: "PD-TZ", name: "唐镇园"), .park(id: "PT-DEMO", name: "示范园"), .unassigned])
        #expect(
            set.forms.map { $0.rows.map(\.id) } == [[Tiny.id(6)], [Tiny.id(1)], [Tiny.id(2), Tiny.id(3), Tiny.id(5)]])
        // At the end of 2025Q3 firm 6 was still in LG-DS (no parks.csv name: the id stands).
        let q3 = FormSet.build(from: Self.roster(), period: .quarter(2025, 3)!, by: .park)
        #expect(q3.forms.first?.unit == .park(id: "LG-DS", name: "LG-DS"))
    }

    @Test func byEnterpriseOneFormEachByCode() {
        let set = FormSet.build(from: Self.roster(), period: Self.q4, by: .enterprise)
        #expect(set.forms.map(\.rows.count) == [1, 1, 1, 1, 1])
        #expect(set.forms.map { $0.rows[0].id } == [1, 2, 3, 5, 6].map(Tiny.id))
        #expect(set.forms[0].unit == .enterprise(Tiny.id(1), name: "企业1"))
    }

    @Test func fileNamesArePredictableAndSafe() {
        let roster = Self.roster()
        let byDistrict = FormSet.build(from: roster, period: Self.q4, by: .district)
        #expect(
            FormFolder.fileNames(byDistrict, format: .xlsx) == [
                "2025Q4_普陀区.xlsx", "2025Q4_浦东新区.xlsx", "2025Q4_未注明所属区.xlsx"
            ])
        let byPark = FormSet.build(from: roster, period: Self.q4, by: .park)
        #expect(
            FormFolder.fileNames(byPark, format: .csv) == ["2025Q4_PD-TZ.csv", "2025Q4_PT-DEMO.csv", "2025Q4_未入驻园区.csv"]
        )
        let byFirm = FormSet.build(from: roster, period: Self.q4, by: .enterprise)
        #expect(FormFolder.fileNames(byFirm, format: .xlsx).first == "2025Q4_\(Tiny.id(1).code).xlsx")
        // Two districts written apart only by characters Windows refuses share a name: the second gets -2.
        let clash = FormSet(
            period: Self.q4, previous: .quarter(2025, 3)!, grouping: .district,
            forms: [
                FormSet.Form(unit: .district("新区/东"), rows: []), FormSet.Form(unit: .district("新区:东"), rows: [])
            ], exited: [])
        #expect(FormFolder.fileNames(clash, format: .xlsx) == ["2025Q4_新区_东.xlsx", "2025Q4_新区_东-2.xlsx"])
        #expect(FormFolder.safeName(" ..a*b?. ") == "a_b_")
    }

    @Test func amountsInWanAreExactDecimals() {
        #expect(FormLayout.wanText(Self.wan("150.5")) == "150.50")
        #expect(FormLayout.wanText(Self.wan("0.123456")) == "0.123456")
        #expect(FormLayout.wanText(Self.wan("1234567.89")) == "1234567.89")
        #expect(FormLayout.wanText(Amount(fen: 10_000)) == "0.01")
        #expect(FormLayout.wanText(Amount(fen: -1_500_000)) == "-1.50")
        #expect(FormLayout.wanText(.zero) == "0.00")
    }

    @Test func csvFormIsGB18030WithoutBOMHeaderAndRowsOnly() throws {
        let set = FormSet.build(from: Self.roster(), period: Self.q4, by: .district)
        let bytes = try FormCSV.bytes(set, set.forms[1])
        #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        // 统 in GB18030 is CD B3 (it is E7 BB 9F in UTF-8).
        #expect(bytes.starts(with: [0xCD, 0xB3]))
        let text = try #require(String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632)))
        let header = "统一社会信用代码,企业名称,统计期,口径,上期营业收入（万元，参考）,营业收入（万元）,产业收入（万元）,研发投入（万元）,从业人员（人）"
        #expect(
            text == header + "\r\n" + "\(Tiny.id(2).code),企业2,2025年四季度,当期,150.50,,,,\r\n"
                + "\(Tiny.id(6).code),企业6,2025年四季度,当期,,,,,\r\n")
        #expect(FormCSV.quoted("SecureWorks Asia, Ltd.") == "\"SecureWorks Asia, Ltd.\"")
        #expect(FormCSV.quoted("a\"b") == "\"a\"\"b\"")
    }
}
