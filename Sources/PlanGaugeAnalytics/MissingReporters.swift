import PlanGaugeModel

/// 漏报: the roster's active enterprises with no 营业收入 for a period, each with the last figure it
/// reported, in the order the office chases them (district, park, code).
///
/// - **Active** at period P: reported a 营业收入 figure for a period ending in the four quarters
///   before P (for 2025Q4: October 2024 to September 2025), or in P's own earlier months (a monthly
///   reporter that sent October and November), and not exited (`Enterprise.exited`) on or before
///   P's last day. A report counts for the month its period ends in, whatever its 口径: `2025年1-9月`
///   (累计), `2025Q3` and `2025-09` all count for September 2025.
/// - **No value for P**: no row with a 营业收入 figure for a period ending in P's last month (当期 or
///   累计; a monthly row for that month counts). A row sent for P with the 营业收入 cell empty is no
///   figure: the firm is listed with `emptyRevenueRow` (已报送但营业收入为空), since the figure still
///   has to be chased, even when it had reported nothing before.
/// - Firms that would be listed but exited on or before P's last day are left out and counted
///   (`exited`), never silently.
///
/// Plain values: the CLI and the report lay them out and compute nothing.
public struct MissingReporters: Sendable, Equatable {
    /// The last 营业收入 a firm reported before the period: the period, its 口径 and the amount.
    public struct LastReport: Sendable, Equatable {
        /// The period of the figure (`2025Q3`, `2025-09`; a 累计 `2025年1-9月` is `2025-09`).
        public var period: Period
        /// 当期 or 累计.
        public var basis: Basis
        /// The amount as reported, exact in 分.
        public var revenue: Amount

        /// A report of `revenue` for `period` on `basis`.
        public init(period: Period, basis: Basis, revenue: Amount) {
            self.period = period
            self.basis = basis
            self.revenue = revenue
        }
    }

    /// One firm to chase.
    public struct Firm: Sendable, Equatable {
        /// Its 统一社会信用代码.
        public var id: USCC
        /// Its name in enterprises.csv.
        public var name: String
        /// Its district (所属区); nil when enterprises.csv gives none.
        public var district: String?
        /// The park it was in on the period's last day; nil when in none.
        public var park: Park?
        /// The last figure it reported before the period; nil only for a firm listed for an empty row alone.
        public var last: LastReport?
        /// It sent a row for the period with the 营业收入 cell empty (已报送但营业收入为空).
        public var emptyRevenueRow: Bool

        /// A firm with every field given.
        public init(
            id: USCC, name: String, district: String?, park: Park?, last: LastReport?, emptyRevenueRow: Bool = false
        ) {
            self.id = id
            self.name = name
            self.district = district
            self.park = park
            self.last = last
            self.emptyRevenueRow = emptyRevenueRow
        }
    }

    /// The firms of one park (or of none) within a district.
    public struct ParkGroup: Sendable, Equatable {
        /// The park; nil for the district's firms in no park.
        public var park: Park?
        /// Its firms, by code.
        public var firms: [Firm]
    }

    /// The firms of one district.
    public struct DistrictGroup: Sendable, Equatable {
        /// The district; nil for firms whose district is not given.
        public var district: String?
        /// Its parks, by name, then the firms in no park.
        public var parks: [ParkGroup]
    }

    /// The period chased.
    public var period: Period
    /// The firms with no figure for it: by district (none last), park (by name, none last), code.
    public var firms: [Firm]
    /// Firms that would be listed but exited on or before the period's last day.
    public var exited: Int
    /// Active firms at the period (listed or not, the exited aside): what `firms` is a part of.
    public var active: Int

    /// A list as given; `firms` is kept in the order given.
    public init(period: Period, firms: [Firm], exited: Int, active: Int) {
        self.period = period
        self.firms = firms
        self.exited = exited
        self.active = active
    }

    /// `firms` grouped by district, then park, in their order.
    public var byDistrict: [DistrictGroup] {
        var groups: [DistrictGroup] = []
        for f in firms {
            if groups.last.map({ $0.district != f.district }) ?? true {
                groups.append(DistrictGroup(district: f.district, parks: []))
            }
            if groups[groups.count - 1].parks.last.map({ $0.park?.id != f.park?.id }) ?? true {
                groups[groups.count - 1].parks.append(ParkGroup(park: f.park, firms: []))
            }
            groups[groups.count - 1].parks[groups[groups.count - 1].parks.count - 1].firms.append(f)
        }
        return groups
    }
}

extension MissingReporters {
    /// The list for `period` from the dataset's revenue rows. Nil when the dataset holds no rows
    /// (the reader gathered them into panels instead): the last figures as reported are then unknown.
    public static func find(in dataset: Dataset, period: Period) -> MissingReporters? {
        let facts = dataset.revenue
        if facts.isEmpty && dataset.revenuePanels != nil { return nil }
        let seen = ReportsSeen(facts, period: period)
        let parks = Dictionary(dataset.parks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let numbers = Dictionary(
            facts.keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var firms: [Firm] = []
        var exited = 0, active = 0
        for e in dataset.enterprises {
            guard let k = numbers[e.id] else { continue }  // no row at all: nothing to chase it by
            let isActive = seen.active[k], empty = seen.emptyRow[k] && !seen.reported[k]
            guard isActive || empty else { continue }
            if let day = e.exited, day <= period.lastDay {
                if !seen.reported[k] { exited += 1 }
                continue
            }
            if isActive { active += 1 }
            guard !seen.reported[k] else { continue }
            firms.append(
                Firm(
                    id: e.id, name: e.name, district: e.district,
                    park: e.park(atEndOf: period).map { parks[$0] ?? Park(id: $0, name: $0) },
                    last: seen.last[k], emptyRevenueRow: empty))
        }
        firms.sort(by: chaseOrder)
        return MissingReporters(period: period, firms: firms, exited: exited, active: active)
    }

    /// District (none last), park by name then id (none last), code.
    static func chaseOrder(_ a: Firm, _ b: Firm) -> Bool {
        func key(_ f: Firm) -> (Int, String, Int, String, String, String) {
            (
                f.district == nil ? 1 : 0, f.district ?? "", f.park == nil ? 1 : 0, f.park?.name ?? "",
                f.park?.id ?? "", f.id.code
            )
        }
        return key(a) < key(b)
    }
}

/// What the revenue rows say of each enterprise (by its number in the facts) around a period.
private struct ReportsSeen {
    /// A figure for a period ending in the period's last month.
    var reported: [Bool]
    /// A row for such a period whose 营业收入 is empty.
    var emptyRow: [Bool]
    /// A figure ending in the activity window (the twelve months before the period, and its earlier months).
    var active: [Bool]
    /// The last figure ending before the period's last month.
    var last: [MissingReporters.LastReport?]

    init(_ facts: RevenueFacts, period p: Period) {
        let n = facts.keys.count
        reported = Array(repeating: false, count: n)
        emptyRow = reported
        active = reported
        last = Array(repeating: nil, count: n)
        // Months counted from year 0, so windows cross year ends.
        let end = p.year * 12 + p.lastMonth
        let window = (p.year * 12 + p.firstMonth - 12)...(end - 1)
        for i in facts.indices {
            let k = Int(facts.enterpriseNumbers[i]), period = facts.periods[i]
            let month = period.year * 12 + period.lastMonth, fen = facts.revenueFen[i]
            guard fen != RevenueFacts.none else {
                if month == end { emptyRow[k] = true }
                continue
            }
            if month == end { reported[k] = true }
            if window.contains(month) { active[k] = true }
            if month < end {
                let r = MissingReporters.LastReport(period: period, basis: facts.bases[i], revenue: Amount(fen: fen))
                if last[k].map({ Self.later(r, than: $0) }) ?? true { last[k] = r }
            }
        }
    }

    /// Which of two reports is the one to show as the last: the later end; at the same end, 当期
    /// before 累计 (the period's own figure, as the form asks), then the longer period (a quarter
    /// before its last month, since forms are quarterly). Otherwise the first read stays.
    static func later(_ a: MissingReporters.LastReport, than b: MissingReporters.LastReport) -> Bool {
        func key(_ r: MissingReporters.LastReport) -> (Int, Int, Int) {
            (r.period.year * 12 + r.period.lastMonth, r.basis == .period ? 1 : 0, r.period.unit.months)
        }
        return key(a) > key(b)
    }
}
