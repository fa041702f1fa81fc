import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Membership over time: enterprises.csv's 入驻日期 / 迁出日期 and the optional park_members.csv
/// become the enterprises' park history; park figures read it at each period. The dataset is a park
/// P of eight firms (quarterly 当期 returns in 万元, 2024 → 2025):
///
///   甲 乙   in P throughout                      40 → 44, 80 → 100
///   丙      in Q until 2025-07-01, then P         20 → 24         (park_members.csv)
///   丁      joined P 2024-07-01, reports from Q3  20 → 46         (a first part-year)
///   戊      moved out of P 2025-04-01             120 → 120
///   己      no 2025Q4 return yet                  32 → 24 (Q1–Q3)
///   庚      stopped reporting                     16 → —
///   辛      first reports 2025                    — → 12
///
/// P at 2025-12-31: 44 + 100 + 24 + 46 + 12 = 226; at 2024-12-31: 40 + 80 + 20 + 120 + 32 + 16 = 308.
@Suite struct ParkMembershipTests {
    static let ids = [
        "913101070000000019", "91310107000000002C", "91310107000000003F", "91310107000000004J",
        "91310107000000005M", "91310107000000006Q", "91310107000000007U", "91310107000000008Y"
    ]

    static func day(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

    static let enterprises = """
        id,name,park,入驻日期,迁出日期
        \(ids[0]),甲,P,,
        \(ids[1]),乙,P,,
        \(ids[2]),丙,P,,
        \(ids[3]),丁,P,2024-07-01,
        \(ids[4]),戊,P,,2025-04-01
        \(ids[5]),己,P,,
        \(ids[6]),庚,P,,
        \(ids[7]),辛,P,,

        """

    static let members = """
        统一社会信用代码,园区,入驻日期,迁出日期
        \(ids[2]),Q,,2025-07-01
        \(ids[2]),P,2025-07-01,

        """

    static var revenue: String {
        let returns: [([Int?], [Int?])] = [
            ([10, 10, 10, 10], [11, 11, 11, 11]), ([20, 20, 20, 20], [25, 25, 25, 25]), ([5, 5, 5, 5], [6, 6, 6, 6]),
            ([nil, nil, 10, 10], [12, 11, 11, 12]), ([30, 30, 30, 30], [30, 30, 30, 30]),
            ([8, 8, 8, 8], [8, 8, 8, nil]),
            ([4, 4, 4, 4], [nil, nil, nil, nil]), ([nil, nil, nil, nil], [3, 3, 3, 3])
        ]
        var rows = ["id,period,basis,revenue_wan"]
        for (n, (a, b)) in returns.enumerated() {
            for (year, values) in [(2024, a), (2025, b)] {
                for (q, v) in values.enumerated() { if let v { rows.append("\(ids[n]),\(year)Q\(q + 1),当期,\(v)") } }
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// One revenue row for the first firm, where a test needs only the enterprises.
    static let oneReturn = "id,period,revenue_wan\n\(ids[0]),2024Q1,100\n"

    static func park() throws -> TempDataset {
        try TempDataset([
            "parks.csv": "id,name\nP,示范园\nQ,市北园\n", "enterprises.csv": enterprises,
            "park_members.csv": members, "revenue.csv": revenue
        ])
    }

    @Test func datesInBothFilesBecomeTheMembershipHistory() throws {
        let (d, report) = try Self.park().load()
        #expect(report.errors == 0 && report.warnings == 0)
        #expect(summary(report, "park_members.csv")?.accepted == 2)
        let byName = Dictionary(uniqueKeysWithValues: d.enterprises.map { ($0.name, $0) })
        #expect(byName["丁"]?.parkSpans == [ParkSpan(park: "P", from: Self.day("2024-07-01"), to: nil)])
        #expect(byName["丁"]?.park == "P")
        #expect(byName["戊"]?.parkSpans == [ParkSpan(park: "P", from: nil, to: Self.day("2025-04-01"))])
        #expect(byName["戊"]?.park == nil)  // moved out: in no park now
        #expect(
            byName["丙"]?.parkSpans == [
                ParkSpan(park: "Q", from: nil, to: Self.day("2025-07-01")),
                ParkSpan(park: "P", from: Self.day("2025-07-01"), to: nil)
            ])
        #expect(
            byName["丙"]?.park(atEndOf: .quarter(2025, 2)!) == "Q"
                && byName["丙"]?.park(atEndOf: .quarter(2025, 3)!) == "P")
        #expect(byName["甲"]?.parkSpans.isEmpty == true && byName["甲"]?.park(atEndOf: .quarter(2019, 1)!) == "P")
    }

    @Test func englishColumnsAndAParkTheFirmMovedToAfterItsLastRow() throws {
        let ds = try TempDataset([
            "parks.csv": "id,name\nP,示范园\nQ,市北园\n",
            "enterprises.csv":
                "id,name,park,park_from,park_to\n\(Self.ids[0]),甲,示范园,2023-03-15,\n\(Self.ids[1]),乙,Q,,\n",
            // 乙's history names only the park it left; enterprises.csv names where it is now.
            "park_members.csv": "enterprise,park,from,to\n\(Self.ids[1]),P,2020-01-01,2024-10-01\n",
            "revenue.csv": Self.oneReturn
        ])
        let (d, report) = try ds.load()
        #expect(report.errors == 0)
        // by name → id
        #expect(d.enterprises[0].parkSpans == [ParkSpan(park: "P", from: Self.day("2023-03-15"), to: nil)])
        #expect(
            d.enterprises[1].parkSpans == [
                ParkSpan(park: "P", from: Self.day("2020-01-01"), to: Self.day("2024-10-01")),
                ParkSpan(park: "Q", from: Self.day("2024-10-01"), to: nil)
            ])
        #expect(d.enterprises[1].park == "Q")
        #expect(d.enterprises[1].park(atEndOf: .quarter(2019, 4)!) == nil)  // before it moved in anywhere
    }

    @Test func badDatesAreErrorsNamingTheCell() throws {
        let ds = try TempDataset([
            "parks.csv": "id,name\nP,示范园\nQ,市北园\n",
            "enterprises.csv": """
            id,name,park,入驻日期,迁出日期
            \(Self.ids[0]),甲,P,2025-02-30,
            \(Self.ids[1]),乙,P,2025-07-01,2025-03-01
            \(Self.ids[2]),丙,,2025-07-01,
            \(Self.ids[3]),丁,P,,

            """,
            "park_members.csv": """
            enterprise,park,from,to
            \(Self.ids[3]),P,2024-01-01,2023-01-01
            \(Self.ids[3]),Z,2024-01-01,
            \(Self.ids[7]),P,2024-01-01,
            \(Self.ids[3]),P,2020-01-01,2022-01-01
            \(Self.ids[3]),Q,2021-06-30,2023-01-01
            \(Self.ids[3]),P,2023-01-01,

            """,
            "revenue.csv": Self.oneReturn
        ])
        let (_, report) = try ds.load()
        let lines = briefs(report, file: "enterprises.csv") + briefs(report, file: "park_members.csv")
        #expect(lines.contains("enterprises.csv:2:4: error: park_from: no such day"))
        #expect(
            lines.contains(
                "enterprises.csv:3:5: error: park_to: the enterprise moves out on or before the day it moved in (2025-07-01)"
            ))
        #expect(lines.contains("enterprises.csv:4:4: error: park_from: a move-in or move-out date without a park"))
        #expect(
            lines.contains(
                "park_members.csv:2:4: error: to: the enterprise moves out on or before the day it moved in (2024-01-01)"
            ))
        #expect(lines.contains("park_members.csv:3:2: error: park: unknown park: not in parks.csv"))
        #expect(lines.contains("park_members.csv:4:1: error: enterprise: unknown enterprise: not in enterprises.csv"))
        #expect(
            lines.contains(
                "park_members.csv:6:3: error: from: overlaps line 5 (P 2020-01-01~2022-01-01): an enterprise is in one park at a time"
            ))
        let s = try #require(summary(report, "park_members.csv"))
        #expect(s.rowsRead == 6 && s.accepted == 2 && s.rejected == 4)  // lines 5 and 7 follow each other
        #expect(report.exitStatus != 0)
    }

    @Test func withoutParksCSVAMovedOutFirmsParkIsStillMade() throws {
        let ds = try TempDataset([
            "enterprises.csv": "id,name,所属园区,迁出日期\n\(Self.ids[0]),甲,临港园,2024-06-30\n\(Self.ids[1]),乙,市北园,\n",
            "park_members.csv": "enterprise,park,from\n\(Self.ids[1]),临港园,2024-06-30\n\(Self.ids[0]),张江园,2024-06-30\n",
            "revenue.csv": Self.oneReturn
        ])
        let (d, report) = try ds.load()
        #expect(Set(d.parks.map(\.name)) == ["临港园", "市北园"])
        let lingang = try #require(d.parks.first { $0.name == "临港园" }?.id)
        #expect(d.enterprises[0].parkSpans == [ParkSpan(park: lingang, from: nil, to: Self.day("2024-06-30"))])
        #expect(
            briefs(report, file: "park_members.csv").contains(
                "park_members.csv:3:2: error: park: unknown park: not a 所属园区 of enterprises.csv (the dataset has no parks.csv)"
            ))
        // 乙's open row puts it in 临港园 though enterprises.csv says 市北园: used, with a warning.
        #expect(
            briefs(report, file: "park_members.csv").contains(
                "park_members.csv:2:2: warning: park: enterprises.csv gives this enterprise's park as \(d.parks.first { $0.name == "市北园" }!.id); this row, still open, is used"
            ))
        #expect(d.enterprises[1].park == lingang)
    }

    /// The quarter's 同口径 over the park's own dataset: the late reporter is 未报 by name, not an exit.
    @Test func quarterlyCallsALateReturnUnreported() throws {
        let ds = try Self.park()
        let run = try runPlangauge(["quarterly", "--data", ds.folder, "--period", "2025Q4"])
        #expect(run.status == 0)
        // City (all eight firms): 同口径 甲 乙 丙 丁 戊, 334 against 280; 辛 new; 庚 gone; 己 late.
        #expect(
            run.stdout.contains(
                "同口径：5 家两期均有数据；新纳入 1 家（0.00亿元），影响 3.7个百分点；退出 1 家（上年同期 0.00亿元）、未报 1 家（上年同期 0.00亿元），影响 -17.5个百分点"))
        #expect(run.stdout.contains("未报（近12个月报过数、本期未报，不是退出）：己"))
        #expect(run.stdout.contains("新纳入企业1家、退出1家、未报1家"))
        // 丁's 46 on a first year of two quarters (20): +130%, flagged among the largest enterprises.
        #expect(run.stdout.contains("+130.0%（首年不足12个月）"))
    }

    /// A park plan's baseline keeps 戊 (in P all 2024) and its figure names the late reporter.
    @Test func progressNamesTheLateReporterAndKeepsTheBaseline() throws {
        let ds = try Self.park()
        try ds.write(
            "p.yaml",
            """
            id: p
            title: 示范园
            baseline: 2024
            deadline: 2026
            indicators:
              - id: scale
                name: 园区产业规模
                measure: {sum: {field: scale, park: P}}
                unit: 万元
                target: ">= 400"

            """)
        let run = try runPlangauge([
            "progress", "--data", ds.folder, "--plan", ds.path("p.yaml"), "--period", "2025Q4", "--format", "json"
        ])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let scale = try #require((object["indicators"] as? [[String: Any]])?.first)
        #expect(scale["baseline"] as? Double == 308)
        #expect(scale["value"] as? Double == 226)
        let missing = try #require(scale["missing_reporters"] as? [[String: String]])
        #expect(missing == [["id": Self.ids[5], "name": "己"]])
        let text = try runPlangauge(["progress", "--data", ds.folder, "--plan", ds.path("p.yaml"), "--period", "2025Q4"]
        )
        #expect(text.stdout.contains("园区产业规模：1 家近12个月报过数的企业本期未报，未计入：己"))
    }
}
