import PlanGaugeModel

extension DatasetIndex {
    /// The park offices' revenue as a flow ledger, each figure with its 口径, so a 累计 quarter is
    /// the year to date and a 当期 one is chained from January, as for an enterprise.
    ///
    /// Unlike an enterprise, a park is never new in business: the year before its first figures is
    /// recorded as reported with no value, so a year whose first months are missing has no year to
    /// date (not the sum of the months that are there), and the twelve months to a mid-year period
    /// need the year before (not the year to date alone).
    static func parkRevenueLedger(_ stats: [ParkStat]) -> FlowLedger<String> {
        var years: Set<String> = []
        for s in stats { years.insert("\(s.park)\u{1F}\(s.period.year)") }
        var facts = stats.map { (key: $0.park, period: $0.period, basis: $0.basis, value: $0.revenue) }
        for s in stats where !years.contains("\(s.park)\u{1F}\(s.period.year - 1)") {
            years.insert("\(s.park)\u{1F}\(s.period.year - 1)")
            facts.append((key: s.park, period: .month(s.period.year - 1, 12)!, basis: .period, value: nil))
        }
        return FlowLedger(facts: facts)
    }
}

extension MeasureEngine {
    /// A park office's own figure at `p`: revenue over the year (at a December) or the twelve months
    /// to `p`, with the year to date; firms and employees at `p`'s end. Where there is none, why.
    func parkStat(_ park: String, _ field: ParkStatField, _ p: Period) -> MeasureReading {
        switch field {
        case .revenue:
            let ledger = index.parkRevenue
            let ytd = ledger.yearToDate(park, year: p.year, month: p.lastMonth)
            let twelve = ytd == nil ? nil : ledger.trailingYear(park, year: p.year, month: p.lastMonth)
            var r = MeasureReading(
                level: twelve.map(Quantity.init), yearToDate: twelve == nil ? nil : ytd.map(Quantity.init), isFlow: true
            )
            if twelve == nil {
                r.reason = ParkStatReasons(index.dataset, park: park).revenue(at: p, yearToDateKnown: ytd != nil)
            }
            return r
        case .firms, .employees:
            let ledger = field == .firms ? index.parkFirms : index.parkEmployees
            guard let n = ledger.value(park, year: p.year, month: p.lastMonth) else {
                return .unavailable(ParkStatReasons(index.dataset, park: park).count(field, at: p))
            }
            return MeasureReading(level: Quantity(n))
        }
    }
}

/// Why a park's own statistics give no figure at a period: what the park_stats rows of the park
/// hold, and what is missing from them.
struct ParkStatReasons {
    let dataset: Dataset
    let park: String
    let rows: [ParkStat]

    init(_ dataset: Dataset, park: String) {
        self.dataset = dataset
        self.park = park
        rows = dataset.parkStats.filter { $0.park == park }
    }

    private var name: String { dataset.parks.first { $0.id == park }?.name ?? park }

    func revenue(at p: Period, yearToDateKnown: Bool) -> UnavailableReason {
        if let none = noRows() { return none }
        let valued = rows.filter { $0.revenue != nil }
        guard !valued.isEmpty else {
            return .init(
                "园区统计没有园区\(name)的营业收入（只有企业数或从业人员）", "park_stats gives no revenue for park \(name) (only counts)")
        }
        if let outside = outside(valued, p, what: ("营业收入", "revenue"), stock: false) { return outside }
        let m = p.lastMonth
        guard yearToDateKnown else { return missingMonths(of: p.year, through: m) }
        // The year to date is known; the twelve months to p need last year's year and months.
        let lastYear = valued.filter { $0.period.year == p.year - 1 }
        guard !lastYear.isEmpty else {
            return .init(
                "园区统计没有\(p.year - 1)年的营业收入，算不出截至\(p.chineseLabel)的近12个月（只有\(p.year)年1-\(m)月累计）",
                "park_stats has no revenue for \(p.year - 1), so no twelve months to \(p) (only \(p.year) year to date)"
            )
        }
        let coverage = ParkRevenueCoverage(lastYear)
        let need = [m, 12].filter { !coverage.isKnown($0) }
        let gaps = coverage.gaps(through: need.max() ?? 12)
        return .init(
            "园区统计\(p.year - 1)年的营业收入不全" + (gaps.isEmpty ? "" : "（缺\(ParkRevenueCoverage.chineseMonths(gaps))）")
                + "，算不出截至\(p.chineseLabel)的近12个月",
            "park_stats revenue for \(p.year - 1) is incomplete"
                + (gaps.isEmpty ? "" : " (missing \(ParkRevenueCoverage.englishMonths(gaps)))")
                + ", so no twelve months to \(p)")
    }

    func count(_ field: ParkStatField, at p: Period) -> UnavailableReason {
        if let none = noRows() { return none }
        let what = field == .firms ? ("入驻企业数", "firm count") : ("从业人员", "employee count")
        let valued = rows.filter { (field == .firms ? $0.firms : $0.employees) != nil }
        guard !valued.isEmpty else {
            return .init("园区统计没有园区\(name)的\(what.0)", "park_stats gives no \(what.1) for park \(name)")
        }
        if let outside = outside(valued, p, what: what, stock: true) { return outside }
        let near = valued.filter { $0.period.year == p.year }.map(\.period.lastMonth).sorted()
        return .init(
            "园区统计没有\(p.year)年\(p.lastMonth)月末的\(what.0)"
                + (near.isEmpty ? "" : "（\(p.year)年有\(near.map { "\($0)月" }.joined(separator: "、"))末）"),
            "park_stats has no \(what.1) at the end of \(p)")
    }

    /// No park_stats at all, or none for this park.
    private func noRows() -> UnavailableReason? {
        if dataset.parkStats.isEmpty {
            return .init("数据集没有园区统计（park_stats.csv）", "the dataset has no park statistics (park_stats.csv)")
        }
        if rows.isEmpty {
            return .init("园区统计（park_stats）没有园区\(name)的数据", "park_stats has no rows for park \(name)")
        }
        return nil
    }

    /// The period lies after the latest figure or before the first one. A count is named by the
    /// month it stands at (`2025年9月末`), a revenue figure by its period and 口径.
    private func outside(_ valued: [ParkStat], _ p: Period, what: (String, String), stock: Bool) -> UnavailableReason? {
        let end = { (s: ParkStat) in (s.period.year, s.period.lastMonth) }
        let latest = valued.max { end($0) < end($1) }!, first = valued.min { end($0) < end($1) }!
        let zh = { (s: ParkStat) in stock ? "\(s.period.year)年\(s.period.lastMonth)月末" : s.chineseLabel }
        let en = { (s: ParkStat) in
            stock
                ? "end of \(Period.month(s.period.year, s.period.lastMonth)!.monthAbbreviation) \(s.period.year)"
                : s.englishLabel
        }
        if (p.year, p.lastMonth) > end(latest) {
            return .init(
                "园区统计没有\(p.chineseLabel)的\(what.0)（最新为\(zh(latest))）",
                "park_stats has no \(what.1) for \(p) (latest: \(en(latest)))")
        }
        if (p.year, p.lastMonth) < end(first) {
            return .init(
                "园区统计没有\(p.chineseLabel)的\(what.0)（最早为\(zh(first))）",
                "park_stats has no \(what.1) for \(p) (earliest: \(en(first)))")
        }
        return nil
    }

    /// The year's figures do not reach the year to date at month m: which months nothing covers.
    private func missingMonths(of year: Int, through m: Int) -> UnavailableReason {
        let coverage = ParkRevenueCoverage(rows.filter { $0.period.year == year })
        let gaps = coverage.gaps(through: m)
        let span = m == 12 ? "\(year)年全年" : "\(year)年1-\(m)月累计",
            spanEn = m == 12 ? "the year \(year)" : "\(year) to the end of month \(m)"
        var zh =
            gaps.isEmpty
            ? "园区统计\(year)年1-\(m)月的营业收入不全（有当期行缺数值）" : "园区统计\(year)年缺\(ParkRevenueCoverage.chineseMonths(gaps))的营业收入"
        var en =
            gaps.isEmpty
            ? "park_stats revenue for \(year) to month \(m) has a 当期 row without a value"
            : "park_stats has no revenue for \(ParkRevenueCoverage.englishMonths(gaps)) \(year)"
        zh += "，算不出\(span)"
        en += ", so no value for \(spanEn)"
        if coverage.hasPeriodValues && !coverage.hasCumulativeValues {
            zh += "（当期值从1月起逐期累加；如为累计值，请在“口径”列写“累计”）"
            en += " (当期 values are added up from January; if they are year-to-date values, write 累计 in a 口径 column)"
        }
        return .init(zh, en)
    }
}
