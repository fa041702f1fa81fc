import Testing
@testable import PlanGaugeAnalytics
import PlanGaugeModel

/// Park figures with dated membership. Park P, quarterly 当期 returns (万元), 2024 → 2025:
///
///   1 甲   in P throughout                     10 ×4 = 40  → 11 ×4 = 44
///   2 乙   in P throughout                     20 ×4 = 80  → 25 ×4 = 100
///   3 丙   in Q until 2025-07-01, then P       5 ×4 = 20   → 6 ×4 = 24      新入驻 (moved in mid-year)
///   4 丁   joined P 2024-07-01, reports from   Q3 10, Q4 10 = 20 → 12+11+11+12 = 46   新入驻, first part-year
///          then (its 2024 is half a year: +130% on a half-year base)
///   5 戊   in P, moved out 2025-04-01          30 ×4 = 120 → 30 ×4 = 120    迁出
///   6 己   in P, no 2025Q4 return yet          8 ×4 = 32   → 8 ×3 (Q1–Q3)   未报 (a late return)
///   7 庚   in P, stopped reporting             4 ×4 = 16   → —              退出
///   8 辛   in P, first reports 2025            —           → 3 ×4 = 12      新纳入
///
/// P at the end of 2025 (2025-12-31): 甲 44 + 乙 100 + 丙 24 + 丁 46 + 辛 12 = 226 (己 has no figure).
/// P at the end of 2024: 甲 40 + 乙 80 + 丁 20 + 戊 120 + 己 32 + 庚 16 = 308 (丙 was in Q).
@Suite struct ParkMembershipAnalyticsTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static let returns: [Int: ([Int64?], [Int64?])] = [
        1: ([10, 10, 10, 10], [11, 11, 11, 11]), 2: ([20, 20, 20, 20], [25, 25, 25, 25]),
        3: ([5, 5, 5, 5], [6, 6, 6, 6]), 4: ([nil, nil, 10, 10], [12, 11, 11, 12]),
        5: ([30, 30, 30, 30], [30, 30, 30, 30]), 6: ([8, 8, 8, 8], [8, 8, 8, nil]),
        7: ([4, 4, 4, 4], [nil, nil, nil, nil]), 8: ([nil, nil, nil, nil], [3, 3, 3, 3])
    ]
    static let names = [1: "甲", 2: "乙", 3: "丙", 4: "丁", 5: "戊", 6: "己", 7: "庚", 8: "辛"]

    /// `moveOutDated`: 戊's move recorded with its date (else: not recorded, 戊 still in P).
    static func data(moveOutDated: Bool = true) -> Dataset {
        var firms = (1...8).map { n in
            var f = Tiny.firm(n, park: "P")
            f.name = names[n]!
            return f
        }
        firms[2].parkSpans = [
            ParkSpan(park: "Q", from: nil, to: day(2025, 7, 1)), ParkSpan(park: "P", from: day(2025, 7, 1), to: nil)
        ]
        firms[3].parkSpans = [ParkSpan(park: "P", from: day(2024, 7, 1), to: nil)]
        if moveOutDated {
            firms[4].parkSpans = [ParkSpan(park: "P", from: nil, to: day(2025, 4, 1))]
            firms[4].park = nil
        }
        var facts: [RevenueFact] = []
        for (n, (y2024, y2025)) in returns {
            for (year, values) in [(2024, y2024), (2025, y2025)] {
                for (q, v) in values.enumerated() {
                    guard let v else { continue }
                    facts.append(
                        RevenueFact(
                            enterprise: Tiny.id(n), period: .quarter(year, q + 1)!, basis: .period, revenue: .wan(v)))
                }
            }
        }
        var d = Dataset(enterprises: firms, revenue: facts)
        d.parks = [Park(id: "P", name: "示范园"), Park(id: "Q", name: "市北园")]
        return d
    }

    static let q4 = Period.quarter(2025, 4)!
    static let parkP = EnterpriseFilter(parks: ["P"])

    @Test func membershipIsReadAtEachPeriodsLastDay() {
        let d = Self.data()
        let mover = d.enterprises[2], leaver = d.enterprises[4]
        #expect(mover.park(atEndOf: .quarter(2025, 2)!) == "Q")
        #expect(mover.park(atEndOf: .quarter(2025, 3)!) == "P")  // moved in on 1 July
        #expect(leaver.park(atEndOf: .quarter(2025, 1)!) == "P")  // moved out on 1 April: still in at 31 March
        #expect(leaver.park(atEndOf: .quarter(2025, 2)!) == nil)
        #expect(d.enterprises[0].park(atEndOf: .quarter(2019, 4)!) == "P")  // undated: at every period
        #expect(Self.parkP.matches(mover, atEndOf: Self.q4) && !Self.parkP.matches(mover, atEndOf: .yearEnd(2024)))
    }

    @Test func aDatedMoveOutLeavesTheBaselineAsItWas() {
        let sum = Measure.sum(.scale, Self.parkP)
        let undated = MeasureEngine(index: DatasetIndex(Self.data(moveOutDated: false)))
        let dated = MeasureEngine(index: DatasetIndex(Self.data()))
        // 2024: 308万元 either way (戊 was in P all year). 2025: 226 with the move dated; without
        // it 戊's 120 would still count: 226 + 120 = 346.
        #expect(dated.read(sum, at: .yearEnd(2024)).level == undated.read(sum, at: .yearEnd(2024)).level)
        #expect(dated.read(sum, at: .yearEnd(2024)).level?.doubleValue == 308e6)  // 分
        #expect(dated.read(sum, at: Self.q4).level?.doubleValue == 226e6)
        #expect(undated.read(sum, at: Self.q4).level?.doubleValue == 346e6)
    }

    @Test func aLateReporterIsNamedNotCountedAsAnExit() {
        let r = MeasureEngine(index: DatasetIndex(Self.data())).read(.sum(.scale, Self.parkP), at: Self.q4)
        #expect(r.missingReporters == [NamedEnterprise(id: Tiny.id(6), name: "己")])  // 庚 stopped a year ago: not active
    }

    @Test func comparableGrowthLeavesOutMoversAndSaysWhoIsWho() throws {
        let s = try #require(QuarterlyAnalytics.summarize(DatasetIndex(Self.data()), at: Self.q4, filter: Self.parkP))
        let y = s.yearToDate
        #expect(y.total == .wan(226) && y.totalYearAgo == .wan(308))
        #expect(abs(y.growth! - (226.0 / 308 - 1)) < 1e-12)  // −26.62%
        let c = try #require(y.comparable)
        // 同口径: 甲 and 乙 only: 144 against 120, +20%.
        #expect(c.firms == 2 && c.now == .wan(144) && c.before == .wan(120))
        #expect(abs(c.growth! - 0.2) < 1e-12)
        #expect(c.entered == 1 && c.enteredValue == .wan(12))  // 辛
        #expect(c.joined.map(\.name) == ["丙", "丁"])
        #expect(c.joined.map(\.date) == [Self.day(2025, 7, 1), Self.day(2024, 7, 1)])
        #expect(c.joinedValue == .wan(70) && c.joinedBaseValue == .wan(20))  // 24 + 46; 丁's half-year 20
        #expect(c.movedOut.map(\.name) == ["戊"] && c.movedOut.first?.date == Self.day(2025, 4, 1))
        #expect(c.movedOutValue == .wan(120))
        #expect(c.unreported.map(\.name) == ["己"] && c.unreportedValue == .wan(32))  // 未报, not 退出
        #expect(c.left == 1 && c.leftValue == .wan(16))  // 庚
        // Entry effect (12 + 70 − 20 × 1.2) / 308 = 58/308; exit effect −(16 + 32 + 120) × 1.2 / 308 = −201.6/308.
        #expect(abs(c.entryEffect! - 58.0 / 308) < 1e-12)
        #expect(abs(c.exitEffect! - -201.6 / 308) < 1e-12)
        #expect(abs((y.growth! - c.growth!) - (c.entryEffect! + c.exitEffect!)) < 1e-12)
    }

    @Test func theCitysComparableGrowthIgnoresMovesBetweenParks() throws {
        let s = try #require(QuarterlyAnalytics.summarize(DatasetIndex(Self.data()), at: Self.q4))
        let c = try #require(s.yearToDate.comparable)
        // Everyone but 己, 庚, 辛: 44 + 100 + 24 + 46 + 120 = 334 against 40 + 80 + 20 + 20 + 120 = 280.
        #expect(c.firms == 5 && c.now == .wan(334) && c.before == .wan(280))
        #expect(c.joined.isEmpty && c.movedOut.isEmpty)
        #expect(c.unreported.map(\.name) == ["己"] && c.left == 1)
        // 丁's base is a first part-year: flagged on its row among the largest enterprises.
        let top = try #require(s.breakdowns.first { $0.dimension == .enterprise })
        #expect(top.rows.first { $0.name == "丁" }?.partYearBase == true)
        #expect(top.rows.filter(\.partYearBase).map(\.name) == ["丁"])
    }

    @Test func theParkBreakdownPutsEachValueInTheParkOfItsPeriod() throws {
        let s = try #require(QuarterlyAnalytics.summarize(DatasetIndex(Self.data()), at: Self.q4))
        let parks = try #require(s.breakdowns.first { $0.dimension == .park })
        let byName = Dictionary(uniqueKeysWithValues: parks.rows.map { ($0.name, $0) })
        #expect(byName["示范园"]?.now == .wan(226) && byName["示范园"]?.before == .wan(308))
        #expect(byName["市北园"]?.now == .zero && byName["市北园"]?.before == .wan(20))  // 丙 a year ago
        #expect(byName["（园区外）"]?.now == .wan(120) && byName["（园区外）"]?.before == .zero)  // 戊 after moving out
        // Still a partition: the city's 346 against 328.
        #expect(abs(parks.totalGrowth! - (346.0 / 328 - 1)) < 1e-12)
    }

    @Test func parkFiguresCountMembersAtThePeriodAndFlagPartYears() throws {
        let index = DatasetIndex(Self.data())
        let p = try #require(ParkFigures.compare(at: Self.q4, in: index).first { $0.park.id == "P" })
        #expect(p.firms == 6)  // 甲 乙 丙 丁 己 辛; 庚 inactive, 戊 gone
        #expect(p.scale?.yearToDate == .wan(226))
        #expect(abs(p.scale!.comparableGrowth! - 0.2) < 1e-12)
        let firms = EnterpriseFigures.list(Self.parkP, at: Self.q4, in: index)
        let ding = try #require(firms.first { $0.enterprise.name == "丁" })
        #expect(abs(ding.growth! - 1.3) < 1e-12)  // 46 on a half-year 20
        #expect(ding.partYearBase && ding.joinedPark == Self.day(2024, 7, 1))
        let bing = try #require(firms.first { $0.enterprise.name == "丙" })
        #expect(!bing.partYearBase && bing.joinedPark == Self.day(2025, 7, 1))
        #expect(firms.filter { $0.partYearBase || $0.joinedPark != nil }.map(\.enterprise.name).sorted() == ["丁", "丙"])
    }
}
