import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel

/// One published period as the site index lists it: its folder and the headline figures of its
/// `summary.json`. Every figure is optional, so a summary of an older or newer layout still lists.
public struct SitePeriod: Sendable, Equatable {
    /// The period folder's name inside the site folder (`2026Q3`).
    public var folder: String
    /// The data period (from `data_period`, else the folder name), for ordering and labels.
    public var period: Period?
    /// The title of the plan assessed (the city's; the park's in a park's own report); nil when the summary has none.
    public var planTitle: String?
    /// The plan's assessment point and phase: `2023年四季度（终期评估）`.
    public var assessment: String?
    /// The city's industry scale, year to date, in 亿元, at `scalePeriod`.
    public var scaleYearToDate: Double?
    /// The period the scale figures are for (`city_scale.period`; the data period in a park's own report); nil without them.
    public var scalePeriod: Period?
    /// Year-on-year growth of that scale (a fraction).
    public var scaleGrowth: Double?
    /// Enterprises that reported for `scalePeriod`.
    public var reporters: Int?
    /// How many of the city plan's indicators have each status.
    public var statusCounts: [ProgressStatus: Int]
    /// The period folder's files (relative paths), from the summary's `files`.
    public var files: [String]
    /// For a park's own report (`report --park`): the park's name; its page is the folder's index.
    public var parkName: String? = nil
    /// The language of the period's pages; the index is written in its newest period's.
    public var language: ReportLanguage = .zh
    /// The plan's title in English and its assessment point in English words (`2023Q4 (final)`).
    public var planTitleEnglish: String? = nil
    /// The assessment point in English (`2023Q4 (final assessment)`); nil when the summary has none.
    public var assessmentEnglish: String? = nil

    /// An entry from its figures; every one but the folder is optional.
    public init(
        folder: String, period: Period? = nil, planTitle: String? = nil, assessment: String? = nil,
        scaleYearToDate: Double? = nil, scalePeriod: Period? = nil, scaleGrowth: Double? = nil, reporters: Int? = nil,
        statusCounts: [ProgressStatus: Int] = [:], files: [String] = []
    ) {
        self.folder = folder
        self.period = period
        self.planTitle = planTitle
        self.assessment = assessment
        self.scaleYearToDate = scaleYearToDate
        self.scalePeriod = scalePeriod
        self.scaleGrowth = scaleGrowth
        self.reporters = reporters
        self.statusCounts = statusCounts
        self.files = files
    }

    /// The entry of the period folder `folder` whose `summary.json` holds `summary`.
    public init(folder: String, summary: Data) throws {
        let s = try JSONDecoder.snakeCase.decode(Summary.self, from: summary)
        // A park's own report has no city: its plan and figures are those of its one park.
        let park = s.park == nil ? nil : s.parks?.first { $0.id == s.park }
        let plan = s.city ?? park?.goals
        var counts: [ProgressStatus: Int] = [:]
        for i in plan?.indicators ?? [] {
            if let status = i.status.flatMap(ProgressStatus.init(rawValue:)) { counts[status, default: 0] += 1 }
        }
        let assessment = plan?.periodLabel.map { label in label + (plan?.phaseLabel.map { "（\($0)）" } ?? "") }
        let period = (s.dataPeriod.flatMap(PeriodLabel.init) ?? PeriodLabel(folder))?.period
        self.init(
            folder: folder, period: period,
            planTitle: plan?.plan?.title, assessment: assessment,
            scaleYearToDate: s.cityScale?.yearToDate ?? park?.scaleYtd,
            scalePeriod: s.cityScale?.period.flatMap(PeriodLabel.init)?.period
                ?? (park?.scaleYtd == nil ? nil : period),
            scaleGrowth: s.cityScale?.growth ?? park?.growth, reporters: s.cityScale?.reporters, statusCounts: counts,
            files: s.files ?? [])
        parkName = park?.name
        language = s.language.flatMap(ReportLanguage.init(rawValue:)) ?? .zh
        planTitleEnglish = plan?.plan?.titleEn
        assessmentEnglish = plan?.period.map { p in p + (plan?.phase.map { " (\($0) assessment)" } ?? "") }
    }

    /// The part of `summary.json` (`plangauge.summary/1`) the index reads.
    private struct Summary: Decodable {
        struct Scale: Decodable {
            var period: String?
            var yearToDate: Double?
            var growth: Double?
            var reporters: Int?
        }
        struct City: Decodable {
            struct Plan: Decodable { var title: String?; var titleEn: String? }
            struct Indicator: Decodable { var status: String? }
            var plan: Plan?
            var periodLabel: String?
            var phaseLabel: String?
            var period: String?
            var phase: String?
            var indicators: [Indicator]?
        }
        struct Park: Decodable {
            var id: String?
            var name: String?
            var scaleYtd: Double?
            var growth: Double?
            var goals: City?
        }
        var dataPeriod: String?
        var language: String?
        var cityScale: Scale?
        var city: City?
        var park: String?
        var parks: [Park]?
        var files: [String]?
    }
}

extension JSONDecoder {
    fileprivate static var snakeCase: JSONDecoder {
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        return d
    }
}
