import PlanGaugeModel

/// Computes measures over an indexed dataset. Knows nothing of targets or presentation.
public struct MeasureEngine: Sendable {
    /// The indexed dataset measured.
    public let index: DatasetIndex
    /// Indicators of the plan, for `Measure.indicator` references.
    public let indicators: [String: Indicator]
    /// Default base year for `cagr` without `from`.
    public let baselineYear: Int

    /// An engine over `index`; `plan` supplies the indicators referenced and the baseline year (2020 without a plan).
    public init(index: DatasetIndex, plan: Plan? = nil) {
        self.index = index
        indicators = Dictionary((plan?.indicators ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        baselineYear = plan?.baseline ?? 2020
    }

    /// The measure's reading at the period; `lists: false` leaves a count's `counted` and `pipeline`
    /// empty (a history or a baseline needs the level only, and sorting and naming tens of thousands
    /// of firms at every year of it was most of an assessment's time).
    public func read(_ measure: Measure, at period: Period, lists: Bool = true) -> MeasureReading {
        read(measure, at: period, depth: 0, lists: lists)
    }

    private func read(_ measure: Measure, at p: Period, depth: Int, lists: Bool = false) -> MeasureReading {
        guard depth < 8 else { return .unavailable(.referenceCycle) }  // a reference cycle; plans are validated
        switch measure {
        case .sum(let field, let filter):
            guard tagsAreRecorded(filter.tags) else { return .unavailable(.unrecordedTag(unrecorded(filter.tags))) }
            return sum(field, filter, p)
        case .count(let filter, let conditions):
            let tags = filter.tags + conditions.compactMap { if case .tag(let t) = $0 { t } else { nil } }
            guard tagsAreRecorded(tags) else { return .unavailable(.unrecordedTag(unrecorded(tags))) }
            return count(filter, conditions, p, lists: lists)
        case .ratio(let n, let d): return ratio(n, d, p, depth: depth)
        case .series(let name): return series(name, p)
        case .milestones(let kind, let park):
            // No milestone of this kind at all: the dataset does not record them (not a count of 0).
            guard index.dataset.milestones.contains(where: { $0.kind == kind }) else {
                return .unavailable(.noMilestones(kind))
            }
            let n = index.dataset.milestones.filter {
                $0.kind == kind && (park == nil || $0.park == park) && $0.date.isOnOrBefore(endOf: p)
            }.count
            return MeasureReading(level: Quantity(n))
        case .cagr(let inner, let from): return cagr(inner, from: from ?? baselineYear, p, depth: depth)
        case .parkStat(let park, let field): return parkStat(park, field, p)  // ParkStatReading.swift
        case .indicator(let id):
            guard let i = indicators[id] else { return .unavailable(.noIndicator(id)) }
            return read(i.measure, at: p, depth: depth + 1, lists: lists)
        }
    }

    /// The ratio of two measures' readings at `p`, both taken at the older side's date when one lags.
    private func ratio(_ n: Measure, _ d: Measure, _ p: Period, depth: Int) -> MeasureReading {
        var a = read(n, at: p, depth: depth + 1), b = read(d, at: p, depth: depth + 1)
        // A side whose latest figure is older (a national total published a year later): both
        // sides at that year's end, so the ratio compares like with like.
        let asOf = [a.observedAt, b.observedAt].compactMap { $0 }.min()
        if let asOf, asOf < p {
            let at = Period.yearEnd(asOf.year)
            if a.observedAt != asOf { a = read(n, at: at, depth: depth + 1) }
            if b.observedAt != asOf { b = read(d, at: at, depth: depth + 1) }
        }
        guard let x = a.level else { return .unavailable(a.reason?.prefixed("分子", "numerator")) }
        guard let y = b.level else { return .unavailable(b.reason?.prefixed("分母", "denominator")) }
        guard let r = x / y else { return .unavailable(.zeroDenominator) }
        var reading = MeasureReading(level: r)
        reading.missingReporters = NamedEnterprise.union(a.missingReporters, b.missingReporters)
        reading.backdatedTags = MeasureReading.union(a.backdatedTags, b.backdatedTags)
        reading.observedAt = asOf.flatMap { $0 < p ? $0 : nil }
        return reading
    }

    /// The yearly growth of `inner` from the end of year `base` to the date of its reading at `p`.
    private func cagr(_ inner: Measure, from base: Int, _ p: Period, depth: Int) -> MeasureReading {
        let now = read(inner, at: p, depth: depth + 1)
        // Growth to the date of the latest figure, not to the period asked for.
        let t0 = Double(base), t1 = (now.observedAt ?? p).endTime
        let then = read(inner, at: .yearEnd(base), depth: depth + 1)
        guard t1 > t0 else { return .unavailable(.notAfterBase(base)) }
        guard let v1 = now.level?.doubleValue else { return .unavailable(now.reason) }
        guard let v0 = then.level?.doubleValue else {
            return .unavailable(then.reason?.prefixed("基期（\(base)年末）", "base year (\(base))"))
        }
        guard let g = Growth.cagr(from: v0, to: v1, years: t1 - t0) else {
            return .unavailable(.growthFromZero(base))
        }
        var reading = MeasureReading(level: .approximate(g))
        reading.observedAt = now.observedAt
        reading.backdatedTags = MeasureReading.union(now.backdatedTags, then.backdatedTags)
        return reading
    }

    /// The places in `dataset.enterprises` of the enterprises the filter keeps (places, not copies:
    /// a measure runs over tens of thousands of them per period).
    func inScope(_ filter: EnterpriseFilter, _ p: Period) -> [Int] {
        let all = index.dataset.enterprises
        return filter.isEmpty ? Array(all.indices) : all.indices.filter { filter.matches(all[$0], atEndOf: p) }
    }

    /// The tags among `tags` that some of `firms` carry without a date, when `p` is before the
    /// data's latest period: those firms were counted with today's tag at an earlier date.
    private func backdated(_ tags: [String], _ firms: some Sequence<Int>, _ p: Period) -> [String] {
        guard !tags.isEmpty, let latest = index.dataset.latestRevenuePeriod,
            (p.year, p.lastMonth) < (latest.year, latest.lastMonth)
        else { return [] }
        let all = index.dataset.enterprises
        return tags.filter { t in firms.contains { all[$0].hasUndatedTag(t) } }
    }

    private func sum(_ field: AmountField, _ filter: EnterpriseFilter, _ p: Period) -> MeasureReading {
        let firms = inScope(filter, p)
        let backdatedTags = backdated(filter.tags, firms, p)
        if let ledger = index.flow(field) {
            var level = Amount.zero, ytd = Amount.zero, missing: [NamedEnterprise] = [], any = false
            for i in firms {
                let k = index.enterpriseNumbers[i]
                let y = ledger.yearToDate(number: k, year: p.year, month: p.lastMonth)
                let t = ledger.trailingYear(number: k, year: p.year, month: p.lastMonth)
                if let y, let t {
                    ytd += y
                    level += t
                    any = true
                } else if index.isActive(number: k, at: p) {
                    let e = index.dataset.enterprises[i]
                    missing.append(NamedEnterprise(id: e.id, name: e.name))
                }
            }
            // Mid-year with no firm reporting the year before (the data's first year), every firm
            // looks new and its twelve months would be its year to date: part of a year, so no level.
            let whole =
                any
                && (p.lastMonth == 12
                    || firms.contains { ledger.reported(number: index.enterpriseNumbers[$0], in: p.year - 1) })
            var r = MeasureReading(
                level: whole ? Quantity(level) : nil, yearToDate: any ? Quantity(ytd) : nil, isFlow: true)
            r.missingReporters = missing
            r.backdatedTags = backdatedTags
            if !any { r.reason = noFigure(filter, firms: firms.count, p) }
            return r
        }
        // Stocks at the period's end.
        var total = Rational.zero, any = false
        let staff = field == .employees ? index.employees(year: p.year, month: p.lastMonth) : [:]
        for i in firms {
            let id = index.dataset.enterprises[i].id
            if field == .marketCap, let v = index.marketCap.value(id, year: p.year, month: p.lastMonth) {
                total = total + Rational(v); any = true
            } else if field == .employees, let v = staff[id] {
                total = total + Rational(v); any = true
            }
        }
        var r = MeasureReading(level: any ? .exact(total) : nil)
        r.backdatedTags = backdatedTags
        if !any { r.reason = noFigure(filter, firms: firms.count, p) }
        return r
    }

    /// Why a sum over `firms` enterprises in scope has no figure at `p`.
    private func noFigure(_ filter: EnterpriseFilter, firms: Int, _ p: Period) -> UnavailableReason {
        if !dataCover(p) { return .noEnterpriseData(at: p, range: index.dataset.revenuePeriodRange) }
        return firms == 0 ? .noFirmsInScope(filter, at: p) : .noFirmReported(filter, firms: firms, at: p)
    }

    /// Whether the enterprises' revenue data reach `p`: its end lies within theirs.
    private func dataCover(_ p: Period) -> Bool {
        guard let range = index.dataset.revenuePeriodRange else { return false }
        let end = { (x: Period) in (x.year, x.lastMonth) }
        return end(range.lowerBound) <= end(p) && end(p) <= end(range.upperBound)
    }

    /// Whether every tag is carried by some enterprise at some date. A tag no enterprise carries is
    /// not recorded in the dataset (or misspelt in the plan): its count is unknown, not 0, as for a
    /// milestone kind the dataset has none of.
    private func tagsAreRecorded(_ tags: [String]) -> Bool {
        tags.allSatisfy { t in index.dataset.enterprises.contains { $0.tags.contains(t) } }
    }

    /// The tags among `tags` that no enterprise carries.
    private func unrecorded(_ tags: [String]) -> [String] {
        tags.filter { t in !index.dataset.enterprises.contains { $0.tags.contains(t) } }
    }

    private func count(_ filter: EnterpriseFilter, _ conditions: [CountCondition], _ p: Period, lists: Bool)
        -> MeasureReading
    {
        // Firms are gathered as places with their value (no copies of names and ids), sorted so, and
        // only then made into `CountedEnterprise`s: a count runs over tens of thousands of firms at
        // every year of a history.
        struct Place { var i: Int; var value: Amount?; var share: Double? }
        var counted: [Place] = []
        var pipeline: [Place] = []
        var anyData = false, total = 0
        var countedPlaces: [Int] = []
        let all = index.dataset.enterprises
        for i in inScope(filter, p) where index.isActive(number: index.enterpriseNumbers[i], at: p) {
            let k = index.enterpriseNumbers[i]
            anyData = true
            let (meets, nearMiss, decisive) = standing(i, against: conditions, p, lists: lists)
            if meets { total += 1; countedPlaces.append(i) }
            guard lists else { continue }
            if meets {
                // A count by tag alone is ranked, and its table shown, by the firm's twelve-month revenue.
                let value = decisive?.0 ?? index.revenue.trailingYear(number: k, year: p.year, month: p.lastMonth)
                counted.append(Place(i: i, value: value, share: decisive?.1))
            } else if let nearMiss, conditions.filter({ $0.threshold != nil }).count == 1,
                conditions.allSatisfy({ if case .tag(let t) = $0 { all[i].hasTag(t, atEndOf: p) } else { true } })
            {
                pipeline.append(Place(i: i, value: nearMiss.0, share: nearMiss.1))
            }
        }
        // Largest value first, then by code.
        let order = { (a: Place, b: Place) in (a.value ?? .zero, all[b.i].id) > (b.value ?? .zero, all[a.i].id) }
        let made = { (x: Place) in
            CountedEnterprise(
                id: all[x.i].id, name: all[x.i].name, park: all[x.i].park(atEndOf: p), value: x.value,
                shareOfThreshold: x.share)
        }
        // A count over no firm is 0 (a park with none, firms that all left); only a period the
        // data do not reach has no count.
        var r = MeasureReading(level: anyData || dataCover(p) ? Quantity(total) : nil)
        if r.level == nil { r.reason = .noEnterpriseData(at: p, range: index.dataset.revenuePeriodRange) }
        r.counted = counted.sorted(by: order).map(made)
        r.pipeline = pipeline.sorted(by: order).map(made)
        let tags = filter.tags + conditions.compactMap { if case .tag(let t) = $0 { t } else { nil } }
        r.backdatedTags = backdated(tags, countedPlaces, p)
        return r
    }

    /// How the firm at place `i` stands against a count's conditions at `p`: whether it meets them
    /// all and, with `lists`, (value, share of threshold) of the threshold it meets, or of the last
    /// one it misses by at most 20%.
    private func standing(_ i: Int, against conditions: [CountCondition], _ p: Period, lists: Bool)
        -> (meets: Bool, nearMiss: (Amount, Double)?, decisive: (Amount, Double)?)
    {
        let all = index.dataset.enterprises
        let k = index.enterpriseNumbers[i]
        var meets = true
        var nearMiss: (Amount, Double)?
        var decisive: (Amount, Double)?
        for c in conditions {
            switch c {
            case .tag(let t):
                if !all[i].hasTag(t, atEndOf: p) { meets = false }
            case .annualRevenueAtLeast(let x), .marketCapAtLeast(let x):
                let v: Amount?
                if case .annualRevenueAtLeast = c {
                    v = index.revenue.trailingYear(number: k, year: p.year, month: p.lastMonth)
                } else {
                    v = index.marketCap.value(all[i].id, year: p.year, month: p.lastMonth)
                }
                guard let v else { meets = false; continue }
                guard lists else { if v < x { meets = false }; continue }
                let share = v.value(in: .yuan) / x.value(in: .yuan)
                if v >= x {
                    decisive = (v, share)
                } else {
                    meets = false
                    // Within 20% below the threshold: 5 × v ≥ 4 × x, exactly.
                    if Rational(v) * Rational(5) >= Rational(x) * Rational(4) {
                        nearMiss = (v, share)
                    } else {
                        nearMiss = nil
                    }
                }
            }
        }
        return (meets, nearMiss, decisive)
    }

    /// A series' value at the period, or at the latest year-end at or before it; converted to the
    /// base quantity (分 for money units, a fraction for %).
    private func series(_ name: String, _ p: Period) -> MeasureReading {
        let points = index.dataset.series.filter { $0.series == name }
        let lastYear = p.lastMonth == 12 ? p.year : p.year - 1
        let point =
            points.first { $0.period == p }
            ?? points.filter { $0.period.unit == .year && $0.period.year <= lastYear }.max { $0.period < $1.period }
        guard let point else {
            guard !points.isEmpty else { return .unavailable(.noSeries(name)) }
            return .unavailable(.seriesHasNoValue(name, at: p, earliest: points.map(\.period).min()))
        }
        var reading = MeasureReading(level: SeriesValue.quantity(point))
        if point.period < p && !(point.period.unit == .year && point.period.year == p.year && p.lastMonth == 12) {
            reading.observedAt = point.period
        }
        return reading
    }
}

/// Series values in the base quantity of indicators.
enum SeriesValue {
    static func quantity(_ point: SeriesPoint) -> Quantity {
        let r = Rational(point.value)
        if let unit = point.unit {
            if let money = MoneyUnit(rawValue: unit) ?? MoneyUnit.fromShortName(unit) {
                return .exact(r * Rational(Int128(money.fen)))
            }
            if unit == "%" || unit == "％" { return .exact((r / Rational(100))!) }
        }
        return .exact(r)
    }
}
