import Foundation
import PlanGaugeModel
import Synchronization

/// Amounts filled in the wrong unit: the failure that does most harm, since a revenue column headed
/// `营业收入` (no unit: 万元) filled with 元 is read 10,000 times too large, passes every cell check,
/// and reaches a report as a target "reached" many times over.
///
/// A unit slip shows as a jump no real figure makes: an enterprise's amount (营业收入, 产业收入 or
/// 研发投入, each on its own) that differs `factor` times or more from the same enterprise's
/// neighbouring report of the same series (the previous or next reported period of the same 口径 and,
/// for 当期, the same length) or from the same period a year earlier. Like is compared with like: a
/// 当期 month only with months, a quarter with quarters, a 累计 value with the 累计 values of the same
/// year (1-3月 → 1-6月 grows about 2×, never 1,000×) and with the same 累计 a year earlier; a 累计
/// value is never compared across a new year (the year to date starts again) nor with a 当期 one.
///
/// - Enterprise findings are **warnings** (the row may be right: the firm is asked to confirm).
///   Each suspect figure is named once, with the figure it jumps from, both periods and the cause
///   the size of the jump suggests.
/// - File findings are **errors** (`check` exits 65): where the dataset's total of a period and 口径
///   is itself the figure that jumps `factor` times or more (too large) against a neighbour, each
///   file whose total for that period is `factor` times or more the neighbour's total, and whose
///   mean per row is too (a whole district return in 元; the mean keeps a neighbour that few firms
///   reported from passing for a yardstick, as does `meanFloorFen`); or a file in which half or more of the rows of a period, and at least
///   three, are enterprise findings (a return in 元 from a district too small to move the dataset's
///   total; from rows only, as facts gathered into panels keep no file). Only a file too *large* is
///   an error: a file's total is legitimately a small part of the dataset's.
///
/// Small values: a pair is judged only when both figures are above zero and the larger is at least
/// `floorFen` (1,000 万元). A value in 元 read as 万元 is at least 1,000 万元 whenever the real figure is
/// at least 1,000 元 (0.1 万元), so the floor loses next to nothing of the slip it is for, while a
/// start-up going from a few thousand 元 to a few hundred 万元 (its first contract) stays quiet. The
/// price: a firm below 1,000 万元 whose figure was read 10,000 times *too small* (万元 in a column
/// headed 元) is not flagged on its own; a whole file so filled still is, by its rows.
public enum UnitJumpChecks {
    /// The jump that counts as a unit slip: 1,000×. The units of Chinese statistics are 元, 千元, 万元
    /// and 亿元; a value written in one and read in another is off by a power of ten of at least three:
    /// 元 read as 千元 is 1,000× too large, 元 read as 万元 (the usual slip: a column without a unit is
    /// 万元) 10,000×, 元 read as 亿元 10^8×, and the reverse too small by as much. 1,000 catches every
    /// one of them, while no real firm's revenue moves 1,000× between neighbouring reports or from one
    /// year to the next above the floor (a tenfold growth is already exceptional). 千元 against 万元 is
    /// only 10×, indistinguishable from real growth, and is not looked for.
    public static let factor: Int64 = 1_000

    /// The larger figure of a pair must reach this (1,000 万元, in 分) for the pair to be judged: see above.
    public static let floorFen: Int64 = 1_000 * 1_000_000

    /// A file's total is judged against a neighbouring period's only when that period's figures
    /// average at least 1 万元 a row (in 分): a first period that a few start-ups reported a few
    /// thousand 元 in is no yardstick, while a real return of firms in the industry always clears it.
    public static let meanFloorFen: Int64 = 1_000_000

    /// One suspected unit slip: an enterprise's figure (a warning) or a file's total (an error).
    public struct Finding: Sendable, Equatable {
        /// `warning` for an enterprise finding (the firm confirms), `error` for a file finding (`check` exits 65).
        public enum Severity: String, Sendable { case warning, error }
        /// `enterprise`: one firm's figure jumps; `file`: a file's total (or half its rows of a period) does.
        public enum Kind: String, Sendable { case enterprise, file }
        /// Warning or error, following `kind`.
        public var severity: Severity
        /// Whether an enterprise's figure or a whole file is suspect.
        public var kind: Kind
        /// The enterprise of an enterprise finding.
        public var enterprise: USCC?
        /// The file of a file finding, or of the suspect row when it was read from a file.
        public var file: String?
        /// The suspect row (enterprise findings from rows; facts gathered into panels have none).
        public var origin: FactOrigin?
        /// The amount column that jumps: 营业收入, 产业收入 or 研发投入.
        public var field: AmountField
        /// The period of the suspect figure.
        public var period: Period
        /// The suspect figure's 口径: 当期 or 累计.
        public var basis: Basis
        /// The explanation shown: the figure, the one it jumps from, both periods and the likely cause.
        public var message: String
        /// The jump, larger over smaller (for sorting and scripts).
        public var ratio: Double
        /// Whether the suspect figure is the larger one (likely 元 read as 万元) or the smaller.
        public var tooLarge: Bool
        /// The suspect figure itself, in 分 (enterprise findings).
        public var fen: Int64?

        /// The message, after the file for a file finding (an enterprise finding names its enterprise).
        public var located: String { kind == .file ? "\(file ?? ""): \(message)" : message }
    }

    // MARK: whole dataset

    /// Enterprise and file findings: enterprises' series from the rows, or, when the facts were
    /// gathered into panels, what `note(_:of:)` found in them while the panels were still whole.
    public static func run(_ dataset: Dataset) -> [Finding] {
        let enterprises: [Finding]
        if let store = dataset.revenuePanels {
            enterprises = noted.findings(of: store) ?? []
        } else {
            enterprises = enterpriseFindings(dataset.revenue)
        }
        return fileFindings(dataset.revenueFileTotals, enterpriseFindings: enterprises) + enterprises
    }

    /// Checks the enterprises' series in panels before they are turned into ledgers (the panels are
    /// taken then): called where `DatasetIndex` derives its ledgers, read back by `run(_:)`.
    public static func note(_ panels: RevenuePanels, of store: RevenuePanelStore) {
        noted.set(enterpriseFindings(panels: panels, keys: store.keys), of: store)
    }

    private static let noted = NotedFindings()

    // MARK: enterprises

    /// One reported amount of one enterprise.
    struct Report {
        var field: AmountField
        var basis: Basis
        /// 累计: the month the year to date ends in; 当期: the period.
        var period: Period
        var fen: Int64
        var origin: FactOrigin?

        /// Which series it belongs to: field, 口径, and for 当期 the length of the period.
        var series: Int {
            (Self.fields.firstIndex(of: field) ?? 0) * 32 + (basis == .cumulative ? 16 : Int(period.unit.rawValue))
        }
        /// Its place in the series: consecutive periods of a series are consecutive numbers.
        var ordinal: Int { period.year * period.unit.perYear + period.index - 1 }
        /// The same place a year earlier.
        var yearAgoOrdinal: Int { ordinal - period.unit.perYear }

        static let fields: [AmountField] = [.revenue, .industryRevenue, .rdExpense]

        func with(fen: Int64) -> Report { var r = self; r.fen = fen; return r }
    }

    /// Enterprise findings over facts kept as rows (with the file and line of each suspect row).
    public static func enterpriseFindings(_ facts: RevenueFacts) -> [Finding] {
        let (start, order) = facts.groupedByEnterprise { _ in true }
        var findings: [Finding] = []
        for k in facts.keys.indices.sorted(by: { facts.keys[$0] < facts.keys[$1] }) where start[k] < start[k + 1] {
            var reports: [Report] = []
            for i32 in order[start[k]..<start[k + 1]] {
                let i = Int(i32)
                let basis = facts.bases[i]
                let period = normalised(facts.periods[i], basis)
                let origin = facts.origin(i)
                for (field, fen) in [
                    (AmountField.revenue, facts.revenueFen[i]), (.industryRevenue, facts.industryRevenueFen[i]),
                    (.rdExpense, facts.rdExpenseFen[i])
                ] where fen != RevenueFacts.none {
                    reports.append(Report(field: field, basis: basis, period: period, fen: fen, origin: origin))
                }
            }
            findings += judge(facts.keys[k], reports)
        }
        return findings
    }

    /// Enterprise findings over panels (no rows, so no lines): the flows the reader gathered.
    public static func enterpriseFindings(panels: RevenuePanels, keys: [USCC]) -> [Finding] {
        let flows: [(AmountField, FlowPanel)] =
            [(.revenue, panels.revenue)]
            + (panels.industryRevenue.map { [(.industryRevenue, $0)] } ?? [])
            + (panels.rdExpense.map { [(.rdExpense, $0)] } ?? [])
        let looseByKey = looseYearsByKey(flows.map(\.1))
        var findings: [Finding] = []
        for k in keys.indices.sorted(by: { keys[$0] < keys[$1] }) {
            // Every slot of the enterprise, in every flow: (flow, kind, year, month, fen).
            func visit(_ body: (Int, UInt8, Int, Int, Int64) -> Void) {
                for (f, (_, panel)) in flows.enumerated() {
                    func extras(_ year: Int, _ month: Int) {
                        for r in panel.extras[FlowPanel.slotKey(year: year, key: k, month: month)] ?? [] {
                            body(f, r.kind, year, month, r.fen)
                        }
                    }
                    if k < panel.keyCount {
                        for (b, year) in panel.blockYears.enumerated() {
                            for m in 1...12 {
                                let s = k * 12 + m - 1, kind = panel.kinds[b][s]
                                guard kind != 0 else { continue }
                                let fen = SlotValue.decode(panel.values[b][s]) {
                                    panel.exact[FlowPanel.slotKey(year: year, key: k, month: m)] ?? FlowPanel.unknown
                                }
                                body(f, kind, year, m, fen)
                                if kind & FlowPanel.Kind.hasExtras != 0 { extras(year, m) }
                            }
                        }
                    }
                    for (year, y) in looseByKey[f][k] ?? [] {
                        for m in 1...12 where y.kinds[m - 1] != 0 {
                            body(f, y.kinds[m - 1], year, m, y.values[m - 1])
                            if y.kinds[m - 1] & FlowPanel.Kind.hasExtras != 0 { extras(year, m) }
                        }
                    }
                }
            }
            // Most enterprises have no two figures a slip apart at all: found without building reports.
            var low = Int64.max, high: Int64 = 0
            visit { _, _, _, _, fen in
                guard fen != FlowPanel.unknown, fen > 0 else { return }
                low = min(low, fen)
                high = max(high, fen)
            }
            guard low != .max, isJump(low, high) else { continue }
            var reports: [Report] = []
            visit { f, kind, year, month, fen in
                guard fen != FlowPanel.unknown, let (basis, period) = reportPeriod(kind, year, month) else { return }
                reports.append(Report(field: flows[f].0, basis: basis, period: period, fen: fen))
            }
            if !reports.isEmpty { findings += judge(keys[k], reports) }
        }
        return findings
    }

    /// Each panel's loose enterprise-years (years without a block) by key, gathered once: (year, figures).
    private static func looseYearsByKey(_ panels: [FlowPanel]) -> [[Int: [(Int, FlowPanel.LooseYear)]]] {
        var looseByKey: [[Int: [(Int, FlowPanel.LooseYear)]]] = []
        for panel in panels {
            var byKey: [Int: [(Int, FlowPanel.LooseYear)]] = [:]
            for (lk, y) in panel.loose {
                byKey[Int((lk >> 4) & 0xFF_FFFF_FFFF), default: []].append((Int(lk >> 40), y))
            }
            looseByKey.append(byKey)
        }
        return looseByKey
    }

    /// 口径 and period of a panel slot's report ending in `month`.
    private static func reportPeriod(_ kind: UInt8, _ year: Int, _ month: Int) -> (Basis, Period)? {
        let base = kind & ~FlowPanel.Kind.hasExtras
        if base & FlowPanel.Kind.cumulative != 0 { return Period.month(year, month).map { (.cumulative, $0) } }
        let months = Int(base & FlowPanel.Kind.months)
        guard let unit = Period.Unit.allCases.first(where: { $0.months == months }), month % months == 0 else {
            return nil
        }
        return Period(year: year, unit: unit, index: month / months).map { (.period, $0) }
    }

    /// A 累计 value by the month its year to date ends in (1-9月 and 前三季度 are one value).
    private static func normalised(_ p: Period, _ basis: Basis) -> Period {
        basis == .cumulative ? (Period.month(p.year, p.lastMonth) ?? p) : p
    }

    /// Whether two figures are a unit slip apart: both above zero, the larger at least the floor and
    /// `factor` times the smaller.
    static func isJump(_ a: Int64, _ b: Int64) -> Bool {
        guard a > 0, b > 0 else { return false }
        let (big, small) = a >= b ? (a, b) : (b, a)
        let (scaled, overflow) = small.multipliedReportingOverflow(by: factor)
        return big >= floorFen && !overflow && big >= scaled
    }

    enum Relation: Int {
        case previous, next, yearAgo, yearAhead
        var chinese: String { ["上期", "下期", "上年同期", "下年同期"][rawValue] }
    }

    /// One enterprise's reports, series by series: the jumping pairs, then each suspect figure once.
    static func judge(_ id: USCC, _ all: [Report]) -> [Finding] {
        var findings: [Finding] = []
        let bySeries = Dictionary(grouping: all, by: \.series)
        for series in bySeries.keys.sorted() {
            // One report per place (a repeated key keeps the first), in order.
            var seen = Set<Int>()
            let reports = bySeries[series]!.sorted { $0.ordinal < $1.ordinal }.filter {
                seen.insert($0.ordinal).inserted
            }
            for (suspect, partner, relation) in suspects(reports) {
                findings.append(finding(id, reports[suspect], against: reports[partner], relation))
            }
        }
        return findings
    }

    /// The figures of one series (in order, one per place) that jump, each once, with the figure it
    /// jumps from and how that one stands to it.
    static func suspects(_ reports: [Report]) -> [(Int, Int, Relation)] {
        let at = Dictionary(uniqueKeysWithValues: reports.enumerated().map { ($1.ordinal, $0) })
        var pairs: [(Int, Int, Bool)] = []  // (i, j, adjacent?) with i before j
        for (i, r) in reports.enumerated() {
            if i + 1 < reports.count {
                let n = reports[i + 1]
                // 累计 starts again each year: its neighbours are within the year.
                if (r.basis == .period || n.period.year == r.period.year), isJump(r.fen, n.fen) {
                    pairs.append((i, i + 1, true))
                }
            }
            // The year before, unless it is the previous report and so judged above (a 当期 year series).
            if let j = at[r.yearAgoOrdinal], !(j == i - 1 && r.basis == .period), isJump(reports[j].fen, r.fen) {
                pairs.append((j, i, false))
            }
        }
        // Each suspect once: the figure in most jumping pairs (the larger on a tie: 元 read as 万元
        // is the common slip, and the harmful one), named against the figure it jumps from.
        var out: [(Int, Int, Relation)] = []
        var open = pairs
        while !open.isEmpty {
            var count = [Int: Int]()
            for (i, j, _) in open { count[i, default: 0] += 1; count[j, default: 0] += 1 }
            let suspect = count.keys.max { a, b in
                (count[a]!, reports[a].fen, reports[a].ordinal) < (count[b]!, reports[b].fen, reports[b].ordinal)
            }!
            let mine = open.filter { $0.0 == suspect || $0.1 == suspect }
                .map { p -> (Int, Relation) in
                    p.0 == suspect ? (p.1, p.2 ? .next : .yearAhead) : (p.0, p.2 ? .previous : .yearAgo)
                }
                .min { $0.1.rawValue < $1.1.rawValue }!
            out.append((suspect, mine.0, mine.1))
            open.removeAll { $0.0 == suspect || $0.1 == suspect }
        }
        return out
    }

    private static func finding(_ id: USCC, _ r: Report, against o: Report, _ relation: Relation) -> Finding {
        let tooLarge = r.fen > o.fen
        let ratio = tooLarge ? Double(r.fen) / Double(o.fen) : Double(o.fen) / Double(r.fen)
        let times = tooLarge ? "\(format(ratio))×" : "1/\(format(ratio)) of"
        let message =
            "\(fieldName(r.field)) of \(id.code): \(label(r.period, r.basis)) \(wan(r.fen)) 万元 is \(times) "
            + "\(label(o.period, o.basis)) \(wan(o.fen)) 万元 (\(relation.chinese)): \(cause(ratio, tooLarge: tooLarge))"
            + "; check the unit of this row"
        var f = Finding(
            severity: .warning, kind: .enterprise, enterprise: id, file: r.origin?.file, origin: r.origin,
            field: r.field, period: r.period, basis: r.basis, message: message, ratio: ratio, tooLarge: tooLarge)
        f.fen = r.fen
        return f
    }

    // MARK: files

    /// File findings (errors) from the files' period totals and, when they came from rows, the
    /// enterprise findings (a file half of whose rows of a period jump).
    public static func fileFindings(_ totals: [RevenueFileTotal], enterpriseFindings: [Finding] = []) -> [Finding] {
        let dataset = datasetTotals(totals)
        let jumpsUp = datasetJumpsUp(dataset)
        let byFilePlace = findingsByFilePlace(enterpriseFindings)
        var flagged = Set<String>()  // file + series + place, once
        var findings = fileJumpFindings(totals, dataset, jumpsUp, byFilePlace, flagged: &flagged)
        findings += jumpingRowsFindings(totals, byFilePlace, flagged: flagged)
        return findings
    }

    /// A place in a series (`Report.series`, `Report.ordinal`).
    private struct Place: Hashable { var series: Int; var ordinal: Int }
    /// The dataset's total and rows at a place, with the report of the first file total there.
    private typealias PlaceTotal = (fen: Int64, rows: Int, report: Report)

    private static func place(_ t: RevenueFileTotal) -> (Place, Report) {
        let r = Report(field: t.field, basis: t.basis, period: normalised(t.period, t.basis), fen: t.fen)
        return (Place(series: r.series, ordinal: r.ordinal), r)
    }

    /// The dataset's totals and rows per series and place (a sum past Int64 stays at its maximum).
    private static func datasetTotals(_ totals: [RevenueFileTotal]) -> [Place: PlaceTotal] {
        var dataset: [Place: PlaceTotal] = [:]
        for t in totals {
            let (p, r) = place(t)
            var d = dataset[p] ?? (0, 0, r)
            let (s, overflow) = d.fen.addingReportingOverflow(t.fen)
            d.fen = overflow ? .max : s
            d.rows += t.rows
            dataset[p] = d
        }
        return dataset
    }

    /// The places where the dataset's own total jumps, too large, against which neighbour.
    private static func datasetJumpsUp(_ dataset: [Place: PlaceTotal]) -> [Place: (Place, Relation)] {
        // Each series' places in order.
        var ordinals: [Int: [Int]] = [:]
        for p in dataset.keys { ordinals[p.series, default: []].append(p.ordinal) }
        for s in ordinals.keys { ordinals[s]!.sort() }

        var jumpsUp: [Place: (Place, Relation)] = [:]
        for (series, line) in ordinals {
            let reports = line.map {
                dataset[Place(series: series, ordinal: $0)]!.report.with(
                    fen: dataset[Place(series: series, ordinal: $0)]!.fen)
            }
            for (suspect, partner, relation) in suspects(reports) where reports[suspect].fen > reports[partner].fen {
                jumpsUp[Place(series: series, ordinal: line[suspect])] = (
                    Place(series: series, ordinal: line[partner]), relation
                )
            }
        }
        return jumpsUp
    }

    /// The enterprise findings of each file, period and 口径, keyed `file|series|place`.
    private static func findingsByFilePlace(_ enterpriseFindings: [Finding]) -> [String: [Finding]] {
        var byFilePlace: [String: [Finding]] = [:]
        for f in enterpriseFindings where f.kind == .enterprise {
            guard let file = f.file else { continue }
            let r = Report(field: f.field, basis: f.basis, period: f.period, fen: 0)
            byFilePlace["\(file)|\(r.series)|\(r.ordinal)", default: []].append(f)
        }
        return byFilePlace
    }

    /// Files whose total of a period jumps where the dataset's does, in total and per row; each
    /// goes into `flagged` as `file|series|place`.
    private static func fileJumpFindings(
        _ totals: [RevenueFileTotal], _ dataset: [Place: PlaceTotal], _ jumpsUp: [Place: (Place, Relation)],
        _ byFilePlace: [String: [Finding]], flagged: inout Set<String>
    ) -> [Finding] {
        var findings: [Finding] = []
        for t in totals where t.fen > 0 {
            let (p, r) = place(t)
            guard let (q, relation) = jumpsUp[p], let d = dataset[q] else { continue }
            // A few rows in 元 can lift a whole file's total: when the rows found jumping explain it
            // (the rest of the file is in line), they are the finding, not the file.
            if rowsExplainJump(
                t, byFilePlace["\(t.file)|\(p.series)|\(p.ordinal)"] ?? [], datasetMean: Double(d.fen) / Double(d.rows))
            {
                continue
            }
            // This file jumps too, in total and per row, from a neighbour of real figures.
            let fileMean = Double(t.fen) / Double(t.rows), datasetMean = Double(d.fen) / Double(d.rows)
            guard isJump(t.fen, d.fen), t.fen > d.fen, fileMean >= Double(factor) * datasetMean,
                datasetMean >= Double(meanFloorFen)
            else { continue }
            let ratio = Double(t.fen) / Double(d.fen)
            let message =
                "\(label(r.period, r.basis)) \(fieldName(t.field)) totals \(wan(t.fen)) 万元 over \(t.rows) rows, "
                + "\(format(ratio))× the dataset's \(label(d.report.period, d.report.basis)) total of \(wan(d.fen)) 万元 over \(d.rows) rows "
                + "(\(relation.chinese)): \(cause(ratio, tooLarge: true, wholeFile: true)); check the unit of the \(fieldName(t.field)) column"
            findings.append(
                Finding(
                    severity: .error, kind: .file, file: t.file, field: t.field, period: r.period, basis: r.basis,
                    message: message, ratio: ratio, tooLarge: true))
            flagged.insert("\(t.file)|\(p.series)|\(p.ordinal)")
        }
        return findings
    }

    /// Files half or more of whose rows of a period jump against their own series, unless `flagged`.
    private static func jumpingRowsFindings(
        _ totals: [RevenueFileTotal], _ byFilePlace: [String: [Finding]], flagged: Set<String>
    ) -> [Finding] {
        var findings: [Finding] = []
        for t in totals {
            let (p, r) = place(t)
            let key = "\(t.file)|\(p.series)|\(p.ordinal)"
            guard !flagged.contains(key), let jumps = byFilePlace[key], jumps.count >= 3, jumps.count * 2 >= t.rows
            else { continue }
            let larger = jumps.filter(\.tooLarge).count
            let tooLarge = larger * 2 >= jumps.count
            let typical = jumps.map(\.ratio).sorted()[jumps.count / 2]
            let message =
                "\(jumps.count) of the \(t.rows) rows of \(label(r.period, r.basis)) \(fieldName(t.field)) jump "
                + "\(format(Double(factor)))× or more against the same enterprises' neighbouring figures (typically \(format(typical))×): "
                + "\(cause(typical, tooLarge: tooLarge, wholeFile: true)); check the unit of the \(fieldName(t.field)) column"
            findings.append(
                Finding(
                    severity: .error, kind: .file, file: t.file, field: t.field, period: r.period, basis: r.basis,
                    message: message, ratio: typical, tooLarge: tooLarge))
        }
        return findings
    }

    // MARK: wording

    /// What a jump of `ratio` suggests: the nearest power of ten names the units.
    /// Whether the rows found too large in a file explain its total's jump: without them, the
    /// file's rows average less than `factor` times the dataset's.
    static func rowsExplainJump(_ t: RevenueFileTotal, _ rows: [Finding], datasetMean: Double) -> Bool {
        let large = rows.filter(\.tooLarge)
        guard !large.isEmpty, large.count * 2 < t.rows else { return false }
        let rest = Double(t.fen) - large.reduce(0.0) { $0 + Double($1.fen ?? 0) }
        return rest / Double(t.rows - large.count) < Double(factor) * datasetMean
    }

    static func cause(_ ratio: Double, tooLarge: Bool, wholeFile: Bool = false) -> String {
        let whole = wholeFile ? "整表" : ""
        switch (ratio, tooLarge) {
        case (..<3_162, true): return "疑似\(whole)以元填报（应为千元）"
        case (..<100_000, true): return "疑似\(whole)以元填报（应为万元）"
        case (..<3_162, false): return "疑似\(whole)以千元填报（应为元）"
        case (..<100_000, false): return "疑似\(whole)以万元填报（应为元）"
        case (_, true): return "疑似\(whole)单位错误（大了约 \(format(ratio)) 倍，如以元填报亿元）"
        case (_, false): return "疑似\(whole)单位错误（小了约 \(format(ratio)) 倍）"
        }
    }

    static func fieldName(_ f: AmountField) -> String {
        switch f {
        case .industryRevenue: "产业收入"
        case .rdExpense: "研发投入"
        default: "营业收入"
        }
    }

    static func label(_ p: Period, _ basis: Basis) -> String {
        basis == .cumulative ? "\(p.year)年1-\(p.lastMonth)月 累计" : "\(p) 当期"
    }

    static func wan(_ fen: Int64) -> String { Amount(fen: fen).formatted(in: .wan, grouping: true) }

    /// A ratio as a whole number with thousands separators (10,000), or with one decimal below 100.
    static func format(_ ratio: Double) -> String {
        guard ratio.isFinite, ratio < 1e15 else { return "10^15+" }
        if ratio < 100 { return String(format: "%.1f", ratio) }
        return Amount(fen: Int64(ratio.rounded()) * 100).formatted(in: .yuan, decimals: 0, grouping: true)
    }
}

/// Enterprise findings made from panels, by the store the panels were in (see `UnitJumpChecks.note`).
private final class NotedFindings: Sendable {
    private let byStore = Mutex<[ObjectIdentifier: [UnitJumpChecks.Finding]]>([:])

    func set(_ findings: [UnitJumpChecks.Finding], of store: RevenuePanelStore) {
        byStore.withLock { $0[ObjectIdentifier(store)] = findings }
    }

    func findings(of store: RevenuePanelStore) -> [UnitJumpChecks.Finding]? {
        byStore.withLock { $0[ObjectIdentifier(store)] }
    }
}
