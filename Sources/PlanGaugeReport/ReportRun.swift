import PlanGaugeAnalytics
import PlanGaugeModel

/// From a loaded dataset and plans to everything the pages need. The CLI reads the files and
/// writes the folder; this is the part in between, so tests can drive it without files.
public enum ReportRun {
    public struct Options: Sendable {
        public var dataPeriod: Period?
        public var method: AssessmentMethod?
        public var language: ReportLanguage
        public var generatedAt: String?
        /// How the pages name the dataset (its label) and its files (relative to it).
        public var naming: DatasetNaming
        /// The dataset's name as shown on the pages.
        public var datasetName: String { naming.label }

        public init(dataPeriod: Period? = nil, method: AssessmentMethod? = nil, language: ReportLanguage = .zh,
                    generatedAt: String? = nil, naming: DatasetNaming) {
            self.dataPeriod = dataPeriod
            self.method = method
            self.language = language
            self.generatedAt = generatedAt
            self.naming = naming
        }

        /// The dataset named by `datasetName` alone; file names are kept as given.
        public init(dataPeriod: Period? = nil, method: AssessmentMethod? = nil, language: ReportLanguage = .zh,
                    generatedAt: String? = nil, datasetName: String) {
            self.init(dataPeriod: dataPeriod, method: method, language: language, generatedAt: generatedAt,
                      naming: DatasetNaming(label: datasetName))
        }
    }

    /// Plans whose `scope` is a park id become that park's goals. Returns nil when the dataset has
    /// no period to report. `files`: the accounting, its files already named as the pages show them
    /// (`DataQualitySummary.named(by:)`); the plans' and the grants' files are named here.
    public static func prepare(dataset: Dataset, cityPlan: Plan, otherPlans: [Plan], files: [DataQualitySummary.File],
                               options: Options) -> ReportInput? {
        let index = DatasetIndex(dataset)
        guard let dataPeriod = options.dataPeriod ?? PeriodSelection.latestComplete(index) else { return nil }
        func assessed(_ plan: Plan) -> PlanAssessment {
            PlanAssessor(plan: plan, index: index, method: options.method).assess(at: min(dataPeriod, .yearEnd(plan.deadline)))
        }
        let parkNames = Dictionary(dataset.parks.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let city = assessed(cityPlan)
        var assessments = [city]
        var parkPlans: [String: ProgressReport] = [:]
        for plan in otherPlans where plan.id != cityPlan.id {
            guard let scope = plan.scope, parkNames[scope] != nil else { continue }
            let a = assessed(plan)
            assessments.append(a)
            parkPlans[scope] = ProgressReportBuilder.build(a, dataset: options.datasetName, parkNames: parkNames).named(by: options.naming)
        }
        let facts = DashboardFacts.gather(index: index, dataPeriod: dataPeriod, assessments: assessments)
        let quarterly = dataPeriod.unit == .quarter
            ? QuarterlyAnalytics.summarize(index, at: dataPeriod).map { QuarterlyReportBuilder.build($0, language: options.language) } : nil
        return ReportInput(
            city: ProgressReportBuilder.build(city, dataset: options.datasetName, parkNames: parkNames).named(by: options.naming),
            cityAssessment: city,
            parkPlans: parkPlans, facts: facts, quarterly: quarterly,
            dataQuality: DataQualitySummary(files: files, missingReporters: facts.missingReporters),
            language: options.language, generatedAt: options.generatedAt, dataset: options.datasetName,
            policyFunds: dataset.grants.isEmpty ? nil
                : PolicyFundsReportBuilder.build(index: index, asOf: dataPeriod.lastDay, dataPeriod: dataPeriod, dataset: options.datasetName)
                    .named(by: options.naming))
    }
}
