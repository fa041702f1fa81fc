import PlanGaugeAnalytics
import PlanGaugeModel

/// The quarter's statistical summary in display units (亿元; rates as fractions): what
/// `plangauge quarterly --format json` writes (schema `plangauge.quarterly/1`) and the report's
/// "本季度运行情况" section shows.
public struct QuarterlyReport: Sendable, Encodable {
    public var schema = "plangauge.quarterly/1"
    public var period: String
    public var periodLabel: String
    /// "2026年1-9月".
    public var yearToDateLabel: String
    public var field: String
    public var yearToDate: Figures
    public var quarter: Figures
    public var breakdowns: [BreakdownTable]
    public var districtRanking: [Rank]
    public var parkRanking: [Rank]
    public var seriesIssues: Int
    public var narrative: [String]

    public struct Figures: Sendable, Encodable {
        public var view: String
        public var total: Double
        public var totalYearAgo: Double?
        public var totalPrevious: Double?
        public var growth: Double?
        public var chainGrowth: Double?
        public var growthPrevious: Double?
        public var growthYearAgo: Double?
        public var reporters: Int
        public var comparable: Comparable?
    }

    public struct Comparable: Sendable, Encodable {
        public var firms: Int
        public var growth: Double?
        public var entered: Int
        public var enteredValue: Double
        /// 退出: no figure now and no report in the last twelve months.
        public var left: Int
        public var leftValue: Double
        /// 未报: a figure a year ago, none now, though they still report (late returns).
        public var unreported: [Firm]
        /// 新入驻 / 迁出: joined or left the park within the comparison window.
        public var joined: [Firm]
        public var movedOut: [Firm]
        public var entryEffect: Double?
        public var exitEffect: Double?
    }

    /// An enterprise outside 同口径: its value (亿元: now for 新入驻, a year ago otherwise) and the day it moved.
    public struct Firm: Sendable, Encodable {
        public var id: String
        public var name: String
        public var value: Double?
        public var date: String?
    }

    public struct BreakdownTable: Sendable, Encodable {
        public var dimension: String
        public var totalGrowth: Double?
        public var rows: [Row]

        public struct Row: Sendable, Encodable {
            public var name: String
            public var id: String?
            public var value: Double
            public var valueYearAgo: Double
            public var growth: Double?
            public var share: Double?
            public var contributionRate: Double?
            public var pull: Double?
            /// For an enterprise: its base is a first part-year, so its growth is flagged (首年不足12个月).
            public var partYearBase: Bool
        }
    }

    public struct Rank: Sendable, Encodable {
        public var name: String
        public var value: Double
        public var growth: Double?
        public var scaleRank: Int
        public var scaleRankChange: Int?
        public var growthRank: Int?
        public var growthRankChange: Int?
    }
}

public enum QuarterlyReportBuilder {
    public static func build(_ s: QuarterlySummary, language: ReportLanguage = .zh, names: EnglishNames = EnglishNames()) -> QuarterlyReport {
        let yi = { (a: Amount) in a.value(in: .yi) }
        func figures(_ g: GrowthFigures) -> QuarterlyReport.Figures {
            .init(view: g.view.rawValue, total: yi(g.total), totalYearAgo: g.totalYearAgo.map(yi), totalPrevious: g.totalPrevious.map(yi),
                  growth: g.growth, chainGrowth: g.chainGrowth, growthPrevious: g.growthPrevious, growthYearAgo: g.growthYearAgo,
                  reporters: g.reporters,
                  comparable: g.comparable.map { c in
                      let firms = { (list: [ComparableFirm]) in
                          list.map { QuarterlyReport.Firm(id: $0.id.code, name: $0.name, value: $0.value.map(yi), date: $0.date?.description) }
                      }
                      return .init(firms: c.firms, growth: c.growth, entered: c.entered, enteredValue: yi(c.enteredValue), left: c.left,
                                   leftValue: yi(c.leftValue), unreported: firms(c.unreported), joined: firms(c.joined),
                                   movedOut: firms(c.movedOut), entryEffect: c.entryEffect, exitEffect: c.exitEffect)
                  })
        }
        let ranks = { (rows: [RankRow]) in
            rows.map { QuarterlyReport.Rank(name: $0.name, value: yi($0.value), growth: $0.growth, scaleRank: $0.scaleRank,
                                            scaleRankChange: $0.scaleRankChange, growthRank: $0.growthRank,
                                            growthRankChange: $0.growthRankChange) }
        }
        var r = QuarterlyReport(
            period: s.period.description, periodLabel: s.period.chineseLabel, yearToDateLabel: YearToDate.label(s.period),
            field: s.field.rawValue, yearToDate: figures(s.yearToDate), quarter: figures(s.quarter),
            breakdowns: s.breakdowns.map { b in
                .init(dimension: b.dimension.rawValue, totalGrowth: b.totalGrowth, rows: b.rows.map {
                    .init(name: $0.name, id: $0.id, value: yi($0.now), valueYearAgo: yi($0.before), growth: $0.growth, share: $0.share,
                          contributionRate: $0.contributionRate, pull: $0.pull, partYearBase: $0.partYearBase)
                })
            },
            districtRanking: ranks(s.districtRanking), parkRanking: ranks(s.parkRanking), seriesIssues: s.seriesIssues, narrative: [])
        r.narrative = QuarterlyNarrative.paragraphs(r, s.period, L10n(lang: language, names: names))
        return r
    }
}
