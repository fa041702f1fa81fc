import Foundation
import Testing
@testable import PlanGaugeIngest

/// The sample's park_stats.csv in the shapes park offices send: the parks of the districts that
/// report year to date (松江区 SJ-SJ, 嘉定区 JD-CV) give 累计 figures labelled `2025年1-9月`, the
/// others each quarter's own; the figures the reports derive are the quarters' (issue 18, point 7).
@Suite struct SampleParkStatsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func rows() throws -> [[String]] {
        let text = try String(contentsOfFile: repository + "/Data/sample/park_stats.csv", encoding: .utf8)
        return text.split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func twoParksReportYearToDate() throws {
        let rows = try Self.rows()
        #expect(rows[0] == ["园区", "统计期", "口径", "入驻企业数", "营业收入(亿元)", "从业人员"])
        for r in rows.dropFirst() {
            let cumulative = r[0] == "SJ-SJ" || r[0] == "JD-CV"
            #expect(r[2] == (cumulative ? "累计" : "当期"), "\(r)")
            #expect(r[1].contains("年1-") == cumulative, "\(r)")
        }
        // SJ-SJ's quarters of 2025 (亿元): 3.0546, 4.4702, 5.1052, 8.2305; their running sums:
        // 3.0546, 7.5248, 12.6300, 20.8605.
        let sj2025 = rows.filter { $0[0] == "SJ-SJ" && $0[1].hasPrefix("2025") }.map { [$0[1], $0[4]] }
        #expect(
            sj2025 == [
                ["2025年1-3月", "3.0546"], ["2025年1-6月", "7.5248"], ["2025年1-9月", "12.6300"], ["2025年1-12月", "20.8605"]
            ])
        // PT-DEMO stays 当期: 2026Q1 23.1915.
        #expect(rows.contains { $0[0] == "PT-DEMO" && $0[1] == "2026Q1" && $0[2] == "当期" && $0[4] == "23.1915" })
    }

    /// SJ-SJ's page: 2026年1-9月 is its 累计 row, 13.8995 → 13.90亿元; the last twelve months are
    /// 2025Q4 (20.8605 − 12.6300 = 8.2305, a difference of two 累计 rows) + 13.8995 = 22.1300.
    @Test func theParkPageDerivesTheQuartersFromTheYearToDate() throws {
        let out = try TempDataset()
        let run = try runPlangauge(
            ["report", "--data", "Data/sample", "--park", "SJ-SJ", "--out", out.path("site")], in: Self.repository)
        #expect(run.status == 0, "\(run.stderr)")
        let md = try String(contentsOfFile: out.path("site/2026Q3/index.md"), encoding: .utf8)
        #expect(md.contains("| 园区统计（全口径）营业收入 · 2026年1-9月 | 13.90亿元 |"))
        #expect(md.contains("近12个月 22.13亿元；2025年全年 20.86亿元"))
    }
}
