import PlanGaugeAnalytics
import PlanGaugeModel

/// From a loaded dataset and plans to everything the pages need. The CLI reads the files and
/// writes the folder; this is the part in between, so tests can drive it without files.
public enum ReportRun {
    /// What the run is asked for (the `report` command's options).
    public struct Options: Sendable {
        /// The period to report; nil: the latest complete period in the data.
        public var dataPeriod: Period?
        /// Overrides every indicator's assessment method (`--method`); nil: each indicator's or plan's own.
        public var method: AssessmentMethod?
        /// The language of the pages.
        public var language: ReportLanguage
        /// When the report was generated, written on the pages; nil: no time written.
        public var generatedAt: String?
        /// How the pages name the dataset (its label) and its files (relative to it).
        public var naming: DatasetNaming
        /// The dataset's name as shown on the pages.
        public var datasetName: String { naming.label }

        /// Options naming the dataset and its files by `naming`.
        public init(
            dataPeriod: Period? = nil, method: AssessmentMethod? = nil, language: ReportLanguage = .zh,
            generatedAt: String? = nil, naming: DatasetNaming
        ) {
            self.dataPeriod = dataPeriod
            self.method = method
            self.language = language
            self.generatedAt = generatedAt
            self.naming = naming
        }

        /// The dataset named by `datasetName` alone; file names are kept as given.
        public init(
            dataPeriod: Period? = nil, method: AssessmentMethod? = nil, language: ReportLanguage = .zh,
            generatedAt: String? = nil, datasetName: String
        ) {
            self.init(
                dataPeriod: dataPeriod, method: method, language: language, generatedAt: generatedAt,
                naming: DatasetNaming(label: datasetName))
        }
    }

    /// Plans whose `scope` is a park id become that park's goals. Returns nil when the dataset has
    /// no period to report. `files`: the accounting, its files already named as the pages show them
    /// (`DataQualitySummary.named(by:)`); the plans' and the grants' files are named here.
    /// `park`: a park's own report (`report --park`): only that park's page is prepared, and a
    /// `cityPlan` scoped to it is the park's plan; the city's quarterly and policy figures are left out.
    public static func prepare(
        dataset: Dataset, cityPlan: Plan, otherPlans: [Plan], files: [DataQualitySummary.File],
        options: Options, park: String? = nil
    ) -> ReportInput? {
        let index = DatasetIndex(dataset)
        let m = dataset.manifest
        let shownName = options.naming.shown(title: options.language == .zh ? m?.title : m?.english.title)
        guard let dataPeriod = options.dataPeriod ?? PeriodSelection.latestComplete(index) else { return nil }
        func assessor(_ plan: Plan) -> PlanAssessor { PlanAssessor(plan: plan, index: index, method: options.method) }
        func assessed(_ plan: Plan) -> PlanAssessment {
            assessor(plan).assess(at: min(dataPeriod, .yearEnd(plan.deadline)))
        }
        let parkNames = Dictionary(dataset.parks.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        // Parks a plan names by name are taken by id, its scope too (as `PlanAssessor` reads it).
        let parkCandidates = ((park == nil ? [] : [cityPlan]) + otherPlans.filter { $0.id != cityPlan.id })
            .map { $0.resolvingParkNames(dataset.parks) }
        var parkAssessments: [String: PlanAssessment] = [:]
        var parkPlans: [String: ProgressReport] = [:]
        for plan in parkCandidates {
            guard let scope = plan.scope, parkNames[scope] != nil, park == nil || scope == park else { continue }
            let a = assessed(plan)
            parkAssessments[scope] = a
            parkPlans[scope] = ProgressReportBuilder.build(a, dataset: shownName, parkNames: parkNames).named(
                by: options.naming)
        }
        // A park's own report shows no city figures: the city plan is assessed only when it is the report's.
        let city = park.flatMap { parkAssessments[$0] } ?? assessed(cityPlan)
        var assessments = [city]
        assessments += parkAssessments.keys.sorted().compactMap { parkAssessments[$0] }.filter {
            $0.plan.id != city.plan.id
        }
        let facts = DashboardFacts.gather(index: index, dataPeriod: dataPeriod, assessments: assessments)
        let quarterly =
            dataPeriod.unit == .quarter && park == nil
            ? QuarterlyAnalytics.summarize(index, at: dataPeriod).map {
                QuarterlyReportBuilder.build($0, language: options.language, names: EnglishNames(dataset.glossary))
            } : nil
        var input = ReportInput(
            city: ProgressReportBuilder.build(city, dataset: shownName, parkNames: parkNames).named(
                by: options.naming),
            cityAssessment: city,
            parkPlans: parkPlans, facts: facts, quarterly: quarterly,
            dataQuality: DataQualitySummary(files: files, missingReporters: facts.missingReporters),
            language: options.language, generatedAt: options.generatedAt, dataset: shownName,
            policyFunds: dataset.grants.isEmpty || park != nil
                ? nil
                : PolicyFundsReportBuilder.build(
                    index: index, asOf: dataPeriod.lastDay, dataPeriod: dataPeriod, dataset: shownName
                )
                .named(by: options.naming))
        input.park = park
        input.englishNames = EnglishNames(dataset.glossary)
        input.manifest = dataset.manifest
        for point in dataset.series.sorted(by: { $0.period < $1.period }) {
            if let s = point.source { input.seriesSources[point.series] = s }
        }
        input.parkDetails = details(
            dataset.parks.filter { park == nil || $0.id == park }, at: dataPeriod, index: index,
            plans: parkAssessments, assessor: assessor)
        return input
    }

    /// Each park's own figures and, for a park with a plan, its goals' levels a quarter before.
    static func details(
        _ parks: [Park], at p: Period, index: DatasetIndex, plans: [String: PlanAssessment],
        assessor: (Plan) -> PlanAssessor
    ) -> [String: ParkDetails] {
        var sources: [String: String] = [:]
        for point in index.dataset.series.sorted(by: { $0.period < $1.period }) {
            if let s = point.source { sources[point.series] = s }
        }
        var out: [String: ParkDetails] = [:]
        for park in parks {
            var d = ParkDetails(figures: ParkReportFigures.gather(park, at: p, index: index), seriesSources: sources)
            if let a = plans[park.id] {
                d.assessment = a
                d.previousQuarter = PlanAssessor.quarterBefore(a.period)
                d.previousLevels = assessor(a.plan).previousQuarterLevels(a)
            }
            out[park.id] = d
        }
        return out
    }
}
