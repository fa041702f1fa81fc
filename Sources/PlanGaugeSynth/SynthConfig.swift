import PlanGaugeModel

/// What `plangauge synth` makes.
public struct SynthConfig: Sendable {
    /// How often the synthetic firms report: each quarter or each month.
    public enum Frequency: String, Sendable, CaseIterable { case quarter, month }

    /// The random seed: the same seed and settings make the same files.
    public var seed: UInt64
    /// How many enterprises to make.
    public var firms: Int
    /// First and last reporting period (quarters, or months with `.month`).
    public var from: Period
    /// The last reporting period (quarter, or month with `.month`).
    public var to: Period
    /// Whether firms report quarterly or monthly.
    public var frequency: Frequency
    /// The city whose districts and parks the firms are in (Shanghai: the shipped sample).
    public var region: SynthRegion

    /// The defaults make the shipped sample: seed 2021, 300 firms, 2019Q1–2026Q3 quarterly, Shanghai.
    public init(
        seed: UInt64 = 2021, firms: Int = 300, from: Period = .quarter(2019, 1)!, to: Period = .quarter(2026, 3)!,
        frequency: Frequency = .quarter, region: SynthRegion = .shanghai
    ) {
        self.seed = seed
        self.firms = firms
        self.from = from
        self.to = to
        self.frequency = frequency
        self.region = region
    }

    /// The reporting periods in order, at the configured frequency.
    public var periods: [Period] {
        let unit: Period.Unit = frequency == .quarter ? .quarter : .month
        func align(_ p: Period, last: Bool) -> Period {
            if p.unit == unit { return p }
            let month = last ? p.lastMonth : p.firstMonth
            return unit == .month ? .month(p.year, month)! : .quarter(p.year, (month - 1) / 3 + 1)!
        }
        var p = align(from, last: false)
        let end = align(to, last: true)
        var out: [Period] = []
        while p <= end {
            out.append(p)
            p = p.next
        }
        return out
    }

    /// The calendar years from `from` to `to`.
    public var years: ClosedRange<Int> { from.year...to.year }
}
