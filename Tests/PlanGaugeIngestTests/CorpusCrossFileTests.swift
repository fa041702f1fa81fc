import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Corpus: rows that are fine alone but wrong against another row or file. Series-level problems
/// (gaps, a falling 累计, 当期 and 累计 that disagree) are accepted here and reported by
/// `SeriesChecks` (PlanGaugeAnalyticsTests/CorpusSeriesChecksTests).
@Suite struct CorpusCrossFileTests {
    /// park_stats.csv from a park office naming a park the city's parks.csv does not have (P9), and
    /// one by a near-miss of its name (临港园区); the exact name 临港网络安全产业园 resolves to P1.
    @Test func parkStatsForAnUnknownPark() throws {
        let c = try Corpus("park-stats-unknown-park")
        #expect(
            c.briefs() == [
                "park_stats.csv:3:1: error: park: unknown park: not in parks.csv",
                "park_stats.csv:5:1: error: park: unknown park: not in parks.csv"
            ])
        #expect(c.diagnostic("park_stats.csv", 5, 1)?.value == "临港园区")
        #expect(c.counts("parks.csv") == oneCleanRow)
        #expect(c.counts("park_stats.csv") == [4, 2, 2, 2, 0])
        // 12.5亿 = 125,000,000,000分; 13亿 = 130,000,000,000分.
        #expect(
            c.dataset.parkStats == [
                ParkStat(park: "P1", period: .quarter(2023, 1)!, firms: 120, revenue: Amount(fen: 125_000_000_000)),
                ParkStat(park: "P1", period: .quarter(2023, 2)!, firms: 125, revenue: Amount(fen: 130_000_000_000))
            ])
        #expect(c.report.exitStatus == 65)
    }

    /// park_stats.csv sent without the parks.csv it refers to: say that, not "not in parks.csv".
    @Test func parkStatsWithoutAParksFile() throws {
        let c = try Corpus("park-stats-without-parks-file")
        #expect(c.briefs() == ["park_stats.csv:2:1: error: park: unknown park: the dataset has no parks.csv"])
        #expect(c.diagnostic("park_stats.csv", 2, 1)?.expected == "a parks.csv listing this park")
        #expect(c.counts("park_stats.csv") == [1, 0, 1, 1, 0])
        #expect(c.report.exitStatus == 65)
    }

    /// milestones.csv naming a park when the dataset has no parks.csv: kept without the park, and
    /// the warning says why (not "not in parks.csv").
    @Test func milestoneParkWithoutAParksFile() throws {
        let c = try Corpus("milestone-park-without-parks-file")
        #expect(
            c.briefs() == [
                "milestones.csv:2:4: warning: park: park given but the dataset has no parks.csv; kept without a park"
            ])
        #expect(c.diagnostic("milestones.csv", 2, 4)?.value == "P1")
        #expect(c.counts("milestones.csv") == [1, 1, 0, 0, 1])
        #expect(c.dataset.milestones.map(\.park) == [nil])
        #expect(c.report.exitStatus == 0)
    }

    /// series.csv copied from a press release: 约2038 (approximately), 12.4% in the value column,
    /// N/A, and 9.4994E+04 from a narrow cell. "123,258" (grouped, quoted) is a number.
    @Test func seriesWithNonNumberValues() throws {
        let c = try Corpus("series-not-a-number")
        #expect(
            c.briefs() == [
                "series.csv:3:3: error: value: not a number",
                "series.csv:4:3: error: value: not a number",
                "series.csv:6:3: error: value: required value says no data",
                "series.csv:7:3: error: value: scientific notation loses digits; format the column as a plain number"
            ])
        #expect(c.diagnostic("series.csv", 3, 3)?.value == "约2038")
        #expect(c.diagnostic("series.csv", 4, 3)?.expected == "a number such as 2232, 12.4 or 1,234.5")
        #expect(c.counts("series.csv") == [6, 2, 4, 4, 0])
        #expect(c.dataset.series.map(\.value) == [ExactDecimal(2232), ExactDecimal(123_258)])
        #expect(c.report.exitStatus == 65)
    }

    /// The loader's share of mixed bases: 2023年1-9月 is 累计 by its wording, so a row that says 当期
    /// (line 7) contradicts itself. The 当期 quarters and the 累计 values that disagree with them
    /// (lines 2–6) are each valid rows: SeriesChecks reports the disagreement.
    @Test func mixedBasesInOneSeries() throws {
        let c = try Corpus("mixed-bases")
        #expect(c.briefs() == ["revenue.csv:7:3: error: basis: the period label is 累计 by itself but the row says 当期"])
        #expect(c.diagnostic("revenue.csv", 7, 3)?.value == "当期")
        #expect(c.diagnostic("revenue.csv", 7, 3)?.expected == "累计 or an empty 口径")
        #expect(c.counts("revenue.csv") == [6, 5, 1, 1, 0])
        #expect(c.dataset.revenue.map(\.basis) == [.period, .period, .period, .cumulative, .cumulative])
        #expect(c.report.exitStatus == 65)
    }

    /// Gaps and a falling 累计 are no row errors: every row is accepted and the load is clean.
    @Test(arguments: [("cumulative-gap", [8, 8, 0, 0, 0], 2), ("falling-cumulative", [4, 4, 0, 0, 0], 1)])
    func seriesProblemsAreNotLoaderErrors(folder: String, revenue: [Int], enterprises: Int) throws {
        let c = try Corpus(folder)
        #expect(c.briefs() == [])
        #expect(c.counts("revenue.csv") == revenue)
        #expect(c.counts("enterprises.csv") == [enterprises, enterprises, 0, 0, 0])
        #expect(c.report.exitStatus == 0)
    }
}
