import PlanGaugeAnalytics
import PlanGaugeModel

/// The quarter's statistical summary in display units (亿元; rates as fractions): what
/// `plangauge quarterly --format json` writes (schema `plangauge.quarterly/1`) and the report's
/// "本季度运行情况" section shows.
public struct QuarterlyReport: Sendable, Encodable {
    /// The JSON schema name and version.
    public var schema = "plangauge.quarterly/1"
    /// The quarter (`2026Q3`).
    public var period: String
    /// The quarter's official Chinese label (`2026年三季度`).
    public var periodLabel: String
    /// "2026年1-9月".
    public var yearToDateLabel: String
    /// The amount summed: `scale` (产业收入 where reported, else 营业收入), `revenue` ….
    public var field: String
    /// 累计: January to the quarter's end.
    public var yearToDate: Figures
    /// 当季: the quarter alone.
    public var quarter: Figures
    /// 累计同比 at each quarter-end (1-3月 … 1-12月) of this year and the year before: the 累计增速走势.
    public var quarterEnds: [QuarterEnd]
    /// Decompositions of the year-to-date growth: by segment, district, park, and the ten largest enterprises.
    public var breakdowns: [BreakdownTable]
    /// Districts by year-to-date value, largest first, with their places now and the change since the quarter before.
    public var districtRanking: [Rank]
    /// Parks by year-to-date value, largest first, with their places now and the change since the quarter before.
    public var parkRanking: [Rank]
    /// Gaps and conflicts found in the enterprises' series (the values they affect are left out).
    public var seriesIssues: Int
    /// The quarter in prose, one paragraph per string, in the report's language.
    public var narrative: [String]

    /// Totals and growth of one view (当季 or 累计). Money in 亿元; growth rates are fractions.
    public struct Figures: Sendable, Encodable {
        /// `period` (当季) or `cumulative` (累计).
        public var view: String
        /// Σ over reporting enterprises, 亿元.
        public var total: Double
        /// Σ a year ago (上年同期), 亿元; nil when no enterprise had a value then.
        public var totalYearAgo: Double?
        /// Σ in the previous quarter (当季 only), 亿元; nil for 累计 or when nobody had a value then.
        public var totalPrevious: Double?
        /// 同比 of the published totals; nil without a year-ago total.
        public var growth: Double?
        /// 环比 against the previous quarter (当季 only); nil otherwise.
        public var chainGrowth: Double?
        /// 同比 one period earlier, for 较上期 提高/回落 X 个百分点; nil when it cannot be computed.
        public var growthPrevious: Double?
        /// 同比 one year earlier, for 较上年同期 提高/回落 X 个百分点; nil when it cannot be computed.
        public var growthYearAgo: Double?
        /// Enterprises with a value for this period.
        public var reporters: Int
        /// The 同口径 split of the growth; nil without a year-ago total.
        public var comparable: Comparable?
    }

    /// One quarter-end of the 累计增速走势: the year-to-date growth to it, this year and the year before.
    public struct QuarterEnd: Sendable, Encodable {
        /// 1…4: the year to the end of March, June, September or December.
        public var quarter: Int
        /// This year's 累计同比 to the quarter-end, a fraction; nil after the report's quarter or without a base.
        public var growth: Double?
        /// The year before's 累计同比 to the quarter-end, a fraction; nil without a base.
        public var growthYearAgo: Double?
    }

    /// 同口径: growth over the enterprises with a value in both periods, and what the others did to the published rate. Values in 亿元; rates are fractions.
    public struct Comparable: Sendable, Encodable {
        /// Enterprises with a value in both periods (in the set throughout).
        public var firms: Int
        /// 同口径 growth, now / a year ago − 1; nil when the base is zero.
        public var growth: Double?
        /// 新纳入: enterprises with a value now but not a year ago.
        public var entered: Int
        /// Their value now, 亿元.
        public var enteredValue: Double
        /// 退出: no figure now and no report in the last twelve months.
        public var left: Int
        /// Their value a year ago, 亿元.
        public var leftValue: Double
        /// 未报: a figure a year ago, none now, though they still report (late returns).
        public var unreported: [Firm]
        /// 新入驻 / 迁出: joined or left the park within the comparison window.
        public var joined: [Firm]
        /// 迁出: counted a year ago, now out of the park (or the set), with their value then.
        public var movedOut: [Firm]
        /// What arrived (新纳入, 新入驻) did to the published rate, a fraction (+0.031 = +3.1 个百分点).
        public var entryEffect: Double?
        /// What is missing now (退出, 未报, 迁出) did to the published rate, a fraction; published − 同口径 = entryEffect + exitEffect.
        public var exitEffect: Double?
    }

    /// An enterprise outside 同口径: its value (亿元: now for 新入驻, a year ago otherwise) and the day it moved.
    public struct Firm: Sendable, Encodable {
        /// 统一社会信用代码 (USCC).
        public var id: String
        /// The enterprise's name.
        public var name: String
        /// In 亿元: now for 新入驻, a year ago for 迁出 and 未报; nil when it has none.
        public var value: Double?
        /// The day it moved in or out (ISO), when its membership is dated.
        public var date: String?
    }

    /// The year-to-date growth split by one dimension.
    public struct BreakdownTable: Sendable, Encodable {
        /// `segment`, `district`, `park` or `enterprise` (the ten largest and the rest).
        public var dimension: String
        /// Σ of the rows' 拉动, equal to the total's 同比 (a fraction).
        public var totalGrowth: Double?
        /// The parts, largest now first, the catch-alls (未注明, 园区外, 其他企业) last.
        public var rows: [Row]

        /// One part of the total.
        public struct Row: Sendable, Encodable {
            /// The group's name, or a catch-all such as （未注明）.
            public var name: String
            /// For an enterprise: its 统一社会信用代码; nil otherwise.
            public var id: String?
            /// Σ of the part's year-to-date values now, 亿元.
            public var value: Double
            /// Σ a year earlier (上年同期), 亿元.
            public var valueYearAgo: Double
            /// 同比 of the part, a fraction; nil when it had nothing a year ago.
            public var growth: Double?
            /// Share of the total now, a fraction.
            public var share: Double?
            /// 贡献率: the part's change / the total's change, a fraction.
            public var contributionRate: Double?
            /// 拉动: the part's change / the total a year ago, a fraction (0.012 = 1.2 个百分点).
            public var pull: Double?
            /// For an enterprise: its base is a first part-year, so its growth is flagged (首年不足12个月).
            public var partYearBase: Bool
        }
    }

    /// One district's or park's place in a ranking.
    public struct Rank: Sendable, Encodable {
        /// The district or park name.
        public var name: String
        /// Year-to-date value, 亿元.
        public var value: Double
        /// 同比, a fraction; nil when it had nothing a year ago.
        public var growth: Double?
        /// Place by value, 1 = largest.
        public var scaleRank: Int
        /// Places moved up by value since the previous quarter (negative: down); nil when not ranked then.
        public var scaleRankChange: Int?
        /// Place by growth, 1 = fastest; nil without a growth.
        public var growthRank: Int?
        /// Places moved up by growth since the previous quarter; nil when either place is missing.
        public var growthRankChange: Int?
    }
}

/// Turns a `QuarterlySummary` (分, fractions) into the report model (亿元) and writes its narrative.
public enum QuarterlyReportBuilder {
    /// `language` and `names`: the narrative's language and the English names of places and segments it uses.
    public static func build(
        _ s: QuarterlySummary, language: ReportLanguage = .zh, names: EnglishNames = EnglishNames()
    ) -> QuarterlyReport {
        let yi = { (a: Amount) in a.value(in: .yi) }
        func figures(_ g: GrowthFigures) -> QuarterlyReport.Figures {
            .init(
                view: g.view.rawValue, total: yi(g.total), totalYearAgo: g.totalYearAgo.map(yi),
                totalPrevious: g.totalPrevious.map(yi),
                growth: g.growth, chainGrowth: g.chainGrowth, growthPrevious: g.growthPrevious,
                growthYearAgo: g.growthYearAgo,
                reporters: g.reporters,
                comparable: g.comparable.map { c in
                    let firms = { (list: [ComparableFirm]) in
                        list.map {
                            QuarterlyReport.Firm(
                                id: $0.id.code, name: $0.name, value: $0.value.map(yi), date: $0.date?.description)
                        }
                    }
                    return .init(
                        firms: c.firms, growth: c.growth, entered: c.entered, enteredValue: yi(c.enteredValue),
                        left: c.left,
                        leftValue: yi(c.leftValue), unreported: firms(c.unreported), joined: firms(c.joined),
                        movedOut: firms(c.movedOut), entryEffect: c.entryEffect, exitEffect: c.exitEffect)
                })
        }
        let ranks = { (rows: [RankRow]) in
            rows.map {
                QuarterlyReport.Rank(
                    name: $0.name, value: yi($0.value), growth: $0.growth, scaleRank: $0.scaleRank,
                    scaleRankChange: $0.scaleRankChange, growthRank: $0.growthRank,
                    growthRankChange: $0.growthRankChange)
            }
        }
        var r = QuarterlyReport(
            period: s.period.description, periodLabel: s.period.chineseLabel,
            yearToDateLabel: YearToDate.label(s.period),
            field: s.field.rawValue, yearToDate: figures(s.yearToDate), quarter: figures(s.quarter),
            quarterEnds: s.quarterEnds.map {
                .init(quarter: $0.quarter, growth: $0.growth, growthYearAgo: $0.growthYearAgo)
            },
            breakdowns: s.breakdowns.map { b in
                .init(
                    dimension: b.dimension.rawValue, totalGrowth: b.totalGrowth,
                    rows: b.rows.map {
                        .init(
                            name: $0.name, id: $0.id, value: yi($0.now), valueYearAgo: yi($0.before), growth: $0.growth,
                            share: $0.share,
                            contributionRate: $0.contributionRate, pull: $0.pull, partYearBase: $0.partYearBase)
                    })
            },
            districtRanking: ranks(s.districtRanking), parkRanking: ranks(s.parkRanking), seriesIssues: s.seriesIssues,
            narrative: [])
        r.narrative = QuarterlyNarrative.paragraphs(r, s.period, L10n(lang: language, names: names))
        return r
    }
}
