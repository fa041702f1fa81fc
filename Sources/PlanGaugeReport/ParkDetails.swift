import PlanGaugeAnalytics
import PlanGaugeModel

/// What a park's page shows beyond the dashboard facts: the park office's figures beside the
/// tracked firms', and the park's plan in the detail its goals need (what each measures, the
/// quarter before).
public struct ParkDetails: Sendable {
    /// The park office's figures (全口径) beside the tracked firms' (名录内企业), each on a stated basis.
    public var figures: ParkReportFigures
    /// The park's plan (its `scope` is the park's id) assessed, when there is one.
    public var assessment: PlanAssessment?
    /// Each goal's level at `previousQuarter`, by indicator id, in base quantities (分, counts).
    public var previousLevels: [String: Quantity]
    /// The quarter before the assessment's period: what 较上季 compares with.
    public var previousQuarter: Period?
    /// series.csv's `source` of each series (its latest point's), for the goals' labels.
    public var seriesSources: [String: String]

    /// A park's details; only `figures` is required.
    public init(
        figures: ParkReportFigures, assessment: PlanAssessment? = nil, previousLevels: [String: Quantity] = [:],
        previousQuarter: Period? = nil, seriesSources: [String: String] = [:]
    ) {
        self.figures = figures
        self.assessment = assessment
        self.previousLevels = previousLevels
        self.previousQuarter = previousQuarter
        self.seriesSources = seriesSources
    }
}
