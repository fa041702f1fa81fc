import PlanGaugeModel

/// The forms an office sends out for one period (`plangauge template`): the roster split into
/// units (a district's office, a park's office, or each enterprise alone), each unit's enterprises
/// with last period's 营业收入 for reference. Plain values: the renderers only lay them out.
///
/// Every enterprise of the roster is on exactly one form, unless it left the roster (`exited` on or
/// before the period's last day, the firms `missing` does not chase either): those are listed in
/// `exited`, never dropped silently. Enterprises without a district (or, by park, in no park at the
/// period's end) share one `unassigned` form, so that no one is left without a form.
public struct FormSet: Sendable, Equatable {
    /// Who receives a form.
    public enum Grouping: String, Sendable, CaseIterable {
        case district, park, enterprise
    }

    /// The receiver of one form.
    public enum Unit: Hashable, Sendable {
        /// A district office (所属区 as the roster writes it).
        case district(String)
        /// A park office: its `parks.csv` id and name (the id again when parks.csv lacks it).
        case park(id: String, name: String)
        /// One enterprise, filling its own row.
        case enterprise(USCC, name: String)
        /// The enterprises the roster gives no district (or, by park, no park at the period's end).
        case unassigned
    }

    /// One pre-filled row: who, and what it reported the period before.
    public struct Row: Sendable, Equatable {
        /// The enterprise's 统一社会信用代码.
        public var id: USCC
        /// Its name as the roster writes it.
        public var name: String
        /// 营业收入 over the previous period alone (当期), as reported or derived from year-to-date
        /// figures; nil when it cannot be known.
        public var previousRevenue: Amount?

        /// A row for `id`.
        public init(id: USCC, name: String, previousRevenue: Amount?) {
            self.id = id
            self.name = name
            self.previousRevenue = previousRevenue
        }
    }

    /// One form: its receiver and its rows, in roster order.
    public struct Form: Sendable, Equatable {
        /// Whom the form goes to.
        public var unit: Unit
        /// Its pre-filled rows, in roster order.
        public var rows: [Row]

        /// A form for `unit`.
        public init(unit: Unit, rows: [Row]) {
            self.unit = unit
            self.rows = rows
        }
    }

    /// The period the forms ask figures for (each row's 统计期, 口径 当期).
    public var period: Period
    /// The period whose 营业收入 the forms show for reference (上期: the one just before).
    public var previous: Period
    /// Whom the forms go to: districts, parks or enterprises.
    public var grouping: Grouping
    /// Forms by unit: districts and parks by name or id, enterprises by code, `unassigned` last.
    public var forms: [Form]
    /// Roster enterprises on no form because they left the roster by the period's last day.
    public var exited: [USCC]

    /// A set of forms as given.
    public init(period: Period, previous: Period, grouping: Grouping, forms: [Form], exited: [USCC]) {
        self.period = period
        self.previous = previous
        self.grouping = grouping
        self.forms = forms
        self.exited = exited
    }

    /// Rows over all forms.
    public var rowCount: Int { forms.reduce(0) { $0 + $1.rows.count } }
}

extension FormSet {
    /// The forms for `period` from the dataset's roster (enterprises.csv) and revenue facts.
    public static func build(from dataset: Dataset, period: Period, by grouping: Grouping) -> FormSet {
        let previous = period.previous
        let ledger = DatasetIndex(dataset).revenue
        let parkNames = Dictionary(dataset.parks.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var byUnit: [Unit: [Row]] = [:]
        var exited: [USCC] = []
        for e in dataset.enterprises {
            if let day = e.exited, day <= period.lastDay {
                exited.append(e.id)
                continue
            }
            let row = Row(id: e.id, name: e.name, previousRevenue: ledger.periodValue(e.id, previous))
            byUnit[unit(of: e, by: grouping, at: period, parkNames: parkNames), default: []].append(row)
        }
        let forms = byUnit.keys.sorted(by: formOrder).map { Form(unit: $0, rows: byUnit[$0]!) }
        return FormSet(period: period, previous: previous, grouping: grouping, forms: forms, exited: exited)
    }

    /// The unit whose form carries an enterprise: a blank district or park counts as none.
    static func unit(of e: Enterprise, by grouping: Grouping, at period: Period, parkNames: [String: String]) -> Unit {
        switch grouping {
        case .district:
            guard let d = e.district, !d.isEmpty else { return .unassigned }
            return .district(d)
        case .park:
            guard let id = e.park(atEndOf: period), !id.isEmpty else { return .unassigned }
            return .park(id: id, name: parkNames[id] ?? id)
        case .enterprise:
            return .enterprise(e.id, name: e.name)
        }
    }

    /// Districts by name, parks by id, enterprises by code; `unassigned` last.
    static func formOrder(_ a: Unit, _ b: Unit) -> Bool {
        sortKey(a) < sortKey(b)
    }

    private static func sortKey(_ u: Unit) -> (Int, String) {
        switch u {
        case .district(let name): (0, name)
        case .park(let id, _): (0, id)
        case .enterprise(let id, _): (0, id.code)
        case .unassigned: (1, "")
        }
    }
}
