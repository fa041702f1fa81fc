import Foundation
import PlanGaugeAnalytics
import PlanGaugeIngest
import PlanGaugeModel
import Testing

/// The series-level cases of the bad-input corpus (PlanGaugeIngestTests/Fixtures/corpus): the
/// loader accepts every row (CorpusCrossFileTests), `SeriesChecks` finds what the rows say together.
/// Amounts in 万元; A = 91350100M000100Y43, B = 91110000100010433L.
@Suite struct CorpusSeriesChecksTests {
    /// The issues of a corpus folder, after checking how many of its rows the loader rejected.
    func issues(_ folder: String, rejected: Int = 0) throws -> [SeriesChecks.Issue] {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("PlanGaugeIngestTests/Fixtures/corpus").appendingPathComponent(folder).path
        let (dataset, report) = try DatasetLoader.load(folder: path)
        #expect(report.rejected == rejected)
        return SeriesChecks.run(dataset)
    }

    /// [kind, message, file:line of the row the issue points at]
    func described(_ issues: [SeriesChecks.Issue]) -> [[String]] {
        issues.map { issue in
            [
                issue.kind.rawValue, issue.message,
                issue.origin.map { "\(($0.file as NSString).lastPathComponent):\($0.line)" } ?? "-"
            ]
        }
    }

    /// An office that files 当期 quarters and also 累计 year-to-date figures: 1-6月 (250) matches
    /// Q1 + Q2 = 100 + 150, but 1-9月 says 500 where Q1 + Q2 + Q3 = 100 + 150 + 200 = 450. (Line 7,
    /// 1-9月 marked 当期, is the loader's error and never reaches the series.)
    @Test func mixedBasesThatDisagree() throws {
        #expect(
            described(try issues("mixed-bases", rejected: 1)) == [
                [
                    "basis_conflict",
                    "91350100M000100Y43 reports 2023年1-9月 累计 500.00 万元 but its 当期 figures add up to 450.00 万元; the 累计 figure is used",
                    "revenue.csv:6"
                ]
            ])
    }

    /// A 累计 series missing 1-9月 between 1-6月 and 1-12月 (quarterly, so only quarter ends count),
    /// a monthly one missing 1-4月 (2024: 1-2月, 1-3月, 1-5月), and B's 当期 quarters missing Q2.
    /// Issues come by enterprise code (B sorts before A), then year.
    @Test func cumulativeSeriesWithAGap() throws {
        #expect(
            described(try issues("cumulative-gap")) == [
                [
                    "gap",
                    "当期 series of 91110000100010433L has no value for 2023Q2 of 2023 before 2023Q3; year-to-date values after it cannot be derived",
                    "revenue.csv:9"
                ],
                [
                    "gap",
                    "累计 series of 91350100M000100Y43 lacks 2023年1-9月 between 2023年1-6月 and 2023年1-12月; the months in between cannot be derived",
                    "revenue.csv:4"
                ],
                [
                    "gap",
                    "累计 series of 91350100M000100Y43 lacks 2024年1-4月 between 2024年1-3月 and 2024年1-5月; the months in between cannot be derived",
                    "revenue.csv:7"
                ]
            ])
    }

    /// 1-6月 300 then 1-9月 280: a year-to-date value that falls (a correction carried into one
    /// month only, or a typo). 1-3月 100 and the year's 420 are in order.
    @Test func fallingCumulative() throws {
        #expect(
            described(try issues("falling-cumulative")) == [
                [
                    "decreasing_cumulative",
                    "累计 revenue of 91350100M000100Y43 falls from 300.00 万元 (1-6月) to 280.00 万元 (1-9月): a year-to-date value cannot fall unless revenue was negative",
                    "revenue.csv:4"
                ]
            ])
    }
}
