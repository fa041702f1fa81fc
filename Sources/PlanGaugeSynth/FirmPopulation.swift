import Foundation
import PlanGaugeModel

/// Draws the firms and their revenue paths, then scales each year so the industry follows
/// `IndustryPath` while each firm keeps its own size, growth and noise.
struct FirmPopulation {
    let config: SynthConfig
    let periods: [Period]
    var firms: [FirmProfile] = []

    init(config: SynthConfig) {
        self.config = config
        self.periods = config.periods
        let rng = SplitMix64(seed: config.seed)
        drawFirms(rng.fork(1))
        drawRevenue(rng.fork(2))
        calibrate()
        assignTags(rng.fork(3))
        placeInParks(rng.fork(4))
        name(rng.fork(5))
        recordMoves()
    }

    private func periodIndex(year: Int, month: Int) -> Int {
        periods.firstIndex { $0.year > year || ($0.year == year && $0.lastMonth >= month) } ?? periods.count
    }

    private mutating func drawFirms(_ seed: SplitMix64) {
        var rng = seed
        let years = config.years
        let districts = config.region.districts.map { ($0.name, $0.weight) }
        for i in 0..<config.firms {
            let district = rng.pick(districts)
            let entrant = rng.chance(0.22) && years.count > 1
            let foundedYear =
                entrant
                ? years.lowerBound + Int(rng.next() % UInt64(years.count - 1))
                : years.lowerBound - 1 - Int(rng.next() % 20)
            let founded = CalendarDate(
                year: foundedYear, month: 1 + Int(rng.next() % 12), day: 1 + Int(rng.next() % 28))!
            // An entrant reports from the quarter after it is founded; 6% of firms stop reporting.
            let first = entrant ? min(periods.count - 1, periodIndex(year: founded.year, month: founded.month) + 1) : 0
            var last = periods.count - 1
            if rng.chance(0.06) && periods.count - first > 4 {
                last = first + 4 + Int(rng.next() % UInt64(periods.count - first - 4))
            }
            var seasonal = IndustryPath.quarterShares.map { $0 * (1 + 0.08 * rng.normal()) }
            let total = seasonal.reduce(0, +)
            seasonal = seasonal.map { $0 / total }
            firms.append(
                FirmProfile(
                    index: i, id: USCC("91350100M000100Y43")!, name: "", district: district, park: nil,
                    segment: rng.pick(Geography.segments), founded: founded, firstPeriod: first, lastPeriod: last,
                    industryShare: rng.chance(0.2) ? 0.25 + 0.45 * rng.unit() : nil, salesMultiple: nil,
                    revenuePerEmployee: 55 + 50 * rng.unit(), rdRatio: 0.08 + 0.14 * rng.unit(), seasonal: seasonal))
        }
    }

    /// Raw (uncalibrated) annual paths: log-normal-ish size, firm growth with yearly noise.
    private mutating func drawRevenue(_ seed: SplitMix64) {
        var rng = seed
        for i in firms.indices {
            let size = exp(1.25 * rng.normal())
            let growth = max(-0.15, min(0.8, 0.17 + 0.10 * rng.normal()))
            let firstYear = periods[firms[i].firstPeriod].year
            let entrant = firms[i].firstPeriod > 0
            var value = entrant ? 0.25 * size : size / pow(1 + growth, Double(2020 - firstYear))
            for year in firstYear...config.years.upperBound {
                firms[i].annual[year] = value
                let g = entrant && year == firstYear ? growth + 0.6 : growth
                value *= max(0.6, 1 + g + 0.07 * rng.normal())
            }
        }
    }

    /// The share of its year a firm's year-end total covers, as PlanGauge measures it: a firm
    /// counts only if it reports through the year's end (or the dataset's end, for a last partial
    /// year); an entrant's first year covers the quarters it reported.
    private func activeFraction(_ f: FirmProfile, year: Int) -> Double {
        let yearEnd = periodIndex(year: year, month: 12)
        let last = min(yearEnd, periods.count - 1)
        guard f.reports(at: last) || (yearEnd >= periods.count && f.lastPeriod == periods.count - 1) else { return 0 }
        var share = 0.0
        for q in 1...4 {
            let idx = periodIndex(year: year, month: q * 3)
            if idx >= periods.count || f.reports(at: idx) { share += f.seasonal[q - 1] }
        }
        return share
    }

    private mutating func calibrate() {
        for year in config.years {
            var raw = 0.0
            for f in firms {
                raw += (f.annual[year] ?? 0) * (f.industryShare ?? 1) * activeFraction(f, year: year)
            }
            guard raw > 0 else { continue }
            let factor = IndustryPath.scaleWan(year: year, firms: config.firms) / raw
            for i in firms.indices where firms[i].annual[year] != nil { firms[i].annual[year]! *= factor }
        }
    }

    /// The year whose ranking sets the tags: the plan's deadline when covered, else the last full year.
    private var rankingYear: Int {
        let lastFull = periods.last!.lastMonth == 12 ? periods.last!.year : periods.last!.year - 1
        return min(2023, lastFull)
    }

    private mutating func assignTags(_ seed: SplitMix64) {
        var rng = seed
        let year = rankingYear
        let ranked = firms.indices.sorted {
            (firms[$0].annual[year] ?? 0, $1) > (firms[$1].annual[year] ?? 0, $0)
        }
        let leaders = max(1, Int((Double(firms.count) * 11 / 300).rounded()))
        for (rank, i) in ranked.enumerated() {
            let revenueYi = (firms[i].annual[year] ?? 0) / 10_000
            if rank < leaders { firms[i].tags.append("龙头企业") }
            let listed = rank < leaders + 20 ? rng.chance(rank < leaders ? 0.7 : 0.3) : rng.chance(0.01)
            if listed {
                firms[i].tags.append("上市")
                firms[i].salesMultiple = 5.5 + 8 * rng.unit()
            }
            if rank >= leaders && revenueYi >= 0.1 && revenueYi < 4 && rng.chance(0.3) {
                firms[i].tags.append("专精特新")
                if rng.chance(0.25) { firms[i].tags.append("小巨人") }
            }
        }
    }

    /// Puts firms into their district's parks; the demonstration park gets five leaders and
    /// most of the niche stars (细分明星), as its 2025 goals are about them.
    private mutating func placeInParks(_ seed: SplitMix64) {
        var rng = seed
        let demo = config.region.demoPark
        let leaders = firms.indices.filter { firms[$0].tags.contains("龙头企业") }
        for (n, i) in leaders.enumerated() where n % 2 == 1 || n == 0 {
            if firms.filter({ $0.park == demo.id && $0.tags.contains("龙头企业") }).count < 5 {
                firms[i].district = demo.district
                firms[i].park = demo.id
            }
        }
        for i in firms.indices where firms[i].park == nil {
            let candidates = config.region.parks.filter { $0.district == firms[i].district }
            for p in candidates where rng.chance(p.capture) {
                firms[i].park = p.id
                break
            }
        }
        for i in firms.indices where !firms[i].tags.contains("龙头企业") {
            let inDemo = firms[i].park == demo.id
            if rng.chance(inDemo ? 0.30 : 0.08) { firms[i].tags.append("细分明星") }
        }
    }

    /// Three moves with their dates, so park figures have membership over time to follow: a firm
    /// moves into the demonstration park from outside any park (1 October of the year before the
    /// last), one moves out of it (1 April of the last year), and one moves between two parks of a
    /// district that has two (1 July of the year before the last). Chosen by rule, not drawn, so no
    /// other draw changes: the first firms by index that report every period and carry none of the
    /// tags the demonstration park's goals count.
    private mutating func recordMoves() {
        let last = config.years.upperBound
        guard config.years.count >= 3 else { return }
        let demo = config.region.demoPark
        func eligible(_ i: Int) -> Bool {
            let f = firms[i]
            return f.firstPeriod == 0 && f.lastPeriod == periods.count - 1 && f.parkSpans.isEmpty
                && !f.tags.contains("龙头企业") && !f.tags.contains("细分明星")
        }
        func day(_ year: Int, _ month: Int) -> CalendarDate { .firstDay(of: year, month) }
        // Its enterprises.csv row keeps no park: park_members.csv says where it is now.
        if let i = firms.indices.first(where: {
            eligible($0) && firms[$0].park == nil && firms[$0].district == demo.district
        }) {
            firms[i].parkSpans = [ParkSpan(park: demo.id, from: day(last - 1, 10), to: nil)]
        }
        if let i = firms.indices.first(where: { eligible($0) && firms[$0].park == demo.id }) {
            firms[i].parkSpans = [ParkSpan(park: demo.id, from: nil, to: day(last, 4))]
        }
        let district = config.region.parks.dropFirst().first { p in
            config.region.parks.filter { $0.district == p.district }.count > 1
        }?.district
        let pair = config.region.parks.filter { $0.district == district }
        if pair.count > 1, let i = firms.indices.first(where: { eligible($0) && firms[$0].park == pair[1].id }) {
            firms[i].parkSpans = [
                ParkSpan(park: pair[0].id, from: nil, to: day(last - 1, 7)),
                ParkSpan(park: pair[1].id, from: day(last - 1, 7), to: nil)
            ]
        }
    }

    private mutating func name(_ seed: SplitMix64) {
        var rng = seed
        var used: Set<String> = []
        for i in firms.indices {
            let code = config.region.districts.first { $0.name == firms[i].district }!.code
            firms[i].id = SyntheticUSCC.make(index: i, districtCode: code, salt: config.seed)
            firms[i].name = FirmNames.unique(
                listed: firms[i].tags.contains("上市"), city: config.region.prefix, used: &used, rng: &rng)
        }
        // One foreign-invested firm with a comma in its registered English name, as real lists have.
        let office = config.region.foreignOfficeDistrict
        if let i = firms.indices.first(where: { firms[$0].district == office && !firms[$0].tags.contains("上市") }) {
            firms[i].name = "SecureWorks Asia, Ltd. \(config.region.prefix)代表处"
        }
    }
}
