import Foundation
import Testing

/// Every level on the sample's city page is shown with its own basis and its own growth: the page
/// is read as a person reads it (its Markdown), and each figure is checked against the figures it
/// is paired with, recomputed from what the page itself shows.
@Suite(.serialized) struct FigurePairingTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The sample's city page, freshly written.
    static func page() throws -> String {
        let out = try TempDataset()
        let run = try runPlangauge(["report", "--data", "Data/sample", "--out", out.folder], in: repository)
        #expect(run.status == 0, "\(run.stderr)")
        return try String(contentsOfFile: out.path("2026Q3/index.md"), encoding: .utf8)
    }

    /// The rows of the Markdown table under `## heading`, each a list of its cells.
    static func table(_ page: String, _ heading: String) -> [[String]] {
        guard let start = page.range(of: "## " + heading + "\n") else { return [] }
        let lines = page[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false)
        let rows = lines.drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
        return rows.dropFirst(2).map { row in
            row.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
        }
    }

    static func number(_ cell: String) -> Double? {
        Double(
            cell.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "%", with: "")
                .replacingOccurrences(of: "+", with: "").replacingOccurrences(of: "亿元", with: ""))
    }

    /// Growth shown to one decimal of a percent agrees with the two levels shown to 0.01亿元.
    static func agrees(_ growthCell: String, now: Double, before: Double) -> Bool {
        guard let shown = number(growthCell) else { return false }
        // The levels are rounded to 0.005亿元 each: allow for that and the growth's own rounding.
        let low = ((now - 0.005) / (before + 0.005) - 1) * 100, high = ((now + 0.005) / (before - 0.005) - 1) * 100
        return shown >= (low - 0.05) && shown <= (high + 0.05)
    }

    @Test func levelsGrowthAndBasesBelongTogether() throws {
        let page = try Self.page()
        // The head's coverage: Data/sample/enterprises.csv lists 300 firms, none marked exited.
        #expect(page.contains("- 统计范围：本市网络安全产业重点监测企业 300 家（2026年三季度报送 "))
        let totals = Self.table(page, "总量与增速")
        let ytd = try #require(totals.first { $0[0].hasSuffix("累计") })
        let quarter = try #require(totals.first { $0[0].hasSuffix("当季") })
        // Each row's growth is its own level against its own year-ago level.
        for row in [ytd, quarter] {
            let now = try #require(Self.number(row[1])), before = try #require(Self.number(row[2]))
            #expect(Self.agrees(row[3], now: now, before: before), "\(row)")
        }
        // A cumulative row has no 环比 (1-9月 against 1-6月 means nothing); the quarter's has one.
        #expect(ytd[5] == "—")
        #expect(quarter[5] != "—")
        // The headline tile names the same span as the 累计 row, with the same level and growth.
        let label = String(ytd[0].dropLast(2))  // "2026年1-9月"
        let tile = try #require(Self.table(page, "主要指标").first { $0[0].hasPrefix("最新") })
        #expect(tile[0] == "最新：\(label)产业规模")
        #expect(tile[1] == ytd[1] + "亿元")
        #expect(tile[2].hasPrefix("同比 \(ytd[3])"))
        // The narratives say the same level with the same growth, under the same label.
        let growth = ytd[3].replacingOccurrences(of: "+", with: "")
        #expect(page.contains("\(label)，全市网络安全产业规模\(ytd[1])亿元，同比增长\(growth)"))
        #expect(page.contains("\(label)，全市网络安全产业累计实现产业收入\(ytd[1])亿元，同比增长\(growth)"))
        // The trend's latest point is the rolling twelve months, said so, never the 1-9月 level.
        let trend = try #require(page.range(of: "全市网络安全产业规模（近四季度或全年）"))
        #expect(!page[trend.lowerBound...].prefix(200).contains("最新 \(ytd[1]) 亿元"))
    }

    /// The breakdowns: each row's growth from its own levels, shares adding up to the whole, and
    /// pulls adding up to the city's growth, as the note under each says.
    @Test func breakdownsAddUpToTheCity() throws {
        let page = try Self.page()
        let ytd = try #require(Self.table(page, "总量与增速").first { $0[0].hasSuffix("累计") })
        let cityGrowth = try #require(Self.number(ytd[3]))
        for heading in ["分领域贡献", "分区贡献"] {
            let rows = Self.table(page, heading)
            #expect(!rows.isEmpty, "\(heading)")
            for row in rows {
                let now = try #require(Self.number(row[1])), before = try #require(Self.number(row[2]))
                #expect(Self.agrees(row[3], now: now, before: before), "\(heading) \(row)")
            }
            let shares = rows.compactMap { Self.number($0[4]) }.reduce(0, +)
            #expect(abs(shares - 100) <= 0.05 * Double(rows.count), "\(heading): shares add up to \(shares)")
            let pulls = rows.compactMap { Self.number($0[6]) }.reduce(0, +)
            #expect(abs(pulls - cityGrowth) <= 0.05 * Double(rows.count), "\(heading): pulls add up to \(pulls)")
        }
    }
}
