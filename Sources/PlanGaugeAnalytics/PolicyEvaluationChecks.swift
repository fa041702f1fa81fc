import PlanGaugeModel

/// What a reader needs to judge a window's estimate: where its comparison firms are, how the two
/// groups grew before support, how thin its cells are, and a placebo estimate a year before support.
extension PolicyEvaluation {
    /// A gap in pre-support growth g(T−1) between the supported firms and their comparison firms
    /// larger than this (a fraction: 0.02 = 2 percentage points) is material. Why 2 points: the
    /// differences the evaluation looks for, and their standard errors, are a few points; a gap of
    /// that order before support, partly reversing afterwards (regression to the mean), could make
    /// or hide an effect of the same size. Smaller gaps are within a year's ordinary noise.
    public static let materialPreGrowthGap = 0.02

    /// The distinct comparison firms of a window's estimated cells, by district: in the district of
    /// a supported firm they are compared with (in some cell they serve), or elsewhere.
    public struct DistrictSplit: Sendable, Equatable {
        /// The districts of the evaluated supported firms, sorted.
        public var supportedDistricts: [String]
        /// Comparison firms in the district of a supported firm of a cell they serve.
        public var sameDistrict: Int
        /// Comparison firms in another district in every cell they serve.
        public var otherDistricts: Int
        /// Comparison firms whose district is not given.
        public var noDistrict: Int
    }

    /// Mean pre-support growth g(T−1) of a window's evaluated supported firms and of their comparison:
    /// for each supported firm its cell's comparison mean, averaged over the supported firms (the
    /// weighting of the estimate).
    public struct PreGrowth: Sendable, Equatable {
        /// Mean g(T−1) of the evaluated supported firms, a fraction.
        public var supported: Double
        /// Mean over the evaluated supported firms of their cell's comparison mean g(T−1), a fraction.
        public var comparison: Double
        /// supported − comparison.
        public var gap: Double { supported - comparison }
        /// Whether |gap| exceeds `materialPreGrowthGap`.
        public var isMaterial: Bool { abs(gap) > PolicyEvaluation.materialPreGrowthGap }
    }

    /// The same difference in differences one year earlier: after = g(T−1), before = g(T−2), on the
    /// window's cohorts, same cells (segment, size band by R(T−1)), full years. Needs R(T−3) as a
    /// whole year, so a firm must have reported in T−4. An estimate near zero: no sign that the
    /// groups were already diverging before support.
    public struct Placebo: Sendable, Equatable {
        /// The cohort years T taken (those the window observes).
        public var cohorts: [Int]
        /// Supported firms in the placebo estimate.
        public var evaluated: Int
        /// Supported firms of those cohorts left out for want of revenue back to T−3 (no report in
        /// T−4; entrants included).
        public var lackingHistory: Int
        /// Distinct comparison firms in the cells estimated.
        public var controlsUsed: Int
        /// Mean dᵢ of the placebo, a fraction; nil when fewer than `minTreated` firms are evaluated.
        public var estimate: Double?
        /// Its standard error (Welch, cells independent, as the window's); nil with it.
        public var standardError: Double?
        /// Whether the estimate lies within two standard errors of zero; nil without an estimate.
        public var nearZero: Bool? {
            guard let estimate, let standardError else { return nil }
            return abs(estimate) <= 2 * standardError
        }
    }
}
