import PlanGaugeAnalytics
import PlanGaugeModel

/// Where the as-of day of a policy-funds report came from: given (`plangauge grants … --as-of D`),
/// or the last day of the data's latest complete period (the default, and always on the pages).
public struct AsOfSourceLine: Encodable, Sendable, Equatable {
    /// `as_of_option` (given with `--as-of`) or `data_latest_period`.
    public var kind: String
    /// The data period whose last day it is (`2026Q3`); nil when given.
    public var period: String?
    /// The as-of day with its source, as one phrase in Chinese and English.
    public var label, labelEn: String

    /// The day given with `--as-of`.
    public static func given(_ day: CalendarDate) -> AsOfSourceLine {
        AsOfSourceLine(
            kind: "as_of_option", period: nil, label: AsOfText.given(day, .zh), labelEn: AsOfText.given(day, .en))
    }

    /// The last day of `period`, the data's latest complete period.
    public static func dataPeriod(_ period: Period) -> AsOfSourceLine {
        AsOfSourceLine(
            kind: "data_latest_period", period: period.description, label: AsOfText.dataPeriod(period, .zh),
            labelEn: AsOfText.dataPeriod(period, .en))
    }
}

/// The ledger's rows dated after the as-of day (`GrantsNotYetDue`): counted, summed and listed,
/// because every figure of the report leaves them out. Money in 分.
public struct NotYetDueReport: Encodable, Sendable, Equatable {
    /// Grants applied after the as-of day (rows of grants.csv), payments left out (rows of
    /// grant_payments.csv: dated after the day, or on a grant applied after it), and credit records
    /// dated after the day.
    public var grants, payments, creditRecords: Int
    /// Σ granted over those grants, and Σ over those payments, in 分.
    public var grantsFen, paymentsFen: Int64
    /// The counts as one sentence in Chinese and English (截至日后的记录，未计入：…).
    public var summary, summaryEn: String
    /// Every row left out: grants, then payments, then credit records.
    public var rows: [Row]

    /// One row dated after the as-of day.
    public struct Row: Encodable, Sendable, Equatable {
        /// `grant`, `payment` or `credit_record`, and its label in Chinese and English.
        public var kind, kindLabel, kindLabelEn: String
        /// The grant's id (its own, or the one paid on); nil for a credit record.
        public var grant: String?
        /// The enterprise's USCC and name.
        public var enterprise, enterpriseName: String
        /// 申报日期, the payment's date, or the credit record's date (ISO).
        public var date: String
        /// The amount granted or paid, in 分; nil for a credit record.
        public var amountFen: Int64?
        /// The credit record as written (严重失信); for a payment on a grant applied after the day, 项目未申报.
        public var note, noteEn: String?
        /// For a grant: the kinds of the findings it carries whatever the day (`outside_validity`).
        public var findings: [String]
        /// Where the row was read and its line; nil for a credit record (a cell of enterprises.csv).
        public var file: String?
        public var line: Int?
    }

    /// The report of `later`, naming firms by `names` and each later grant's findings from `reviews`.
    public static func build(_ later: GrantsNotYetDue, names: [USCC: String], reviews: [GrantReview])
        -> NotYetDueReport
    {
        let findings = Dictionary(
            reviews.map { ($0.grant.id, $0.findings.map(\.kind.rawValue)) }, uniquingKeysWith: { a, _ in a })
        var rows = later.grants.map { g in
            Row(
                kind: "grant", kindLabel: AsOfText.rowKind("grant", .zh), kindLabelEn: AsOfText.rowKind("grant", .en),
                grant: g.id,
                enterprise: g.enterprise.code, enterpriseName: names[g.enterprise] ?? "", date: g.applied.description,
                amountFen: g.granted.fen, findings: findings[g.id] ?? [], file: g.file, line: g.line)
        }
        rows += later.payments.map { p in
            Row(
                kind: "payment", kindLabel: AsOfText.rowKind("payment", .zh),
                kindLabelEn: AsOfText.rowKind("payment", .en), grant: p.grant,
                enterprise: p.enterprise.code, enterpriseName: names[p.enterprise] ?? "",
                date: p.payment.date.description, amountFen: p.payment.amount.fen,
                note: p.grantNotYetApplied ? AsOfText.grantAppliedLater(.zh) : nil,
                noteEn: p.grantNotYetApplied ? AsOfText.grantAppliedLater(.en) : nil, findings: [],
                file: p.payment.file, line: p.payment.line)
        }
        rows += later.creditRecords.map { c in
            Row(
                kind: "credit_record", kindLabel: AsOfText.rowKind("credit_record", .zh),
                kindLabelEn: AsOfText.rowKind("credit_record", .en), grant: nil,
                enterprise: c.enterprise.code, enterpriseName: names[c.enterprise] ?? "",
                date: c.flag.date?.description ?? "", amountFen: nil, note: c.flag.kind, noteEn: c.flag.kind,
                findings: [], file: nil, line: nil)
        }
        let counts = (later.grants.count, later.payments.count, later.creditRecords.count)
        return NotYetDueReport(
            grants: counts.0, payments: counts.1, creditRecords: counts.2, grantsFen: later.granted.fen,
            paymentsFen: later.paid.fen,
            summary: AsOfText.notYetDueSummary(counts, granted: later.granted, paid: later.paid, .zh),
            summaryEn: AsOfText.notYetDueSummary(counts, granted: later.granted, paid: later.paid, .en), rows: rows)
    }

    /// The same rows with their files named by `naming` (relative to the dataset).
    public func named(by naming: DatasetNaming) -> NotYetDueReport {
        var r = self
        for k in r.rows.indices { r.rows[k].file = r.rows[k].file.map(naming.file) }
        return r
    }

    /// Whether no row is dated after the as-of day.
    public var isEmpty: Bool { rows.isEmpty }
}

/// A `plangauge grants` JSON document with the as-of day stated: the body's own keys, then
/// `as_of` (unless the body carries it already), `as_of_source` and `not_yet_due`.
public struct AsOfStatedDocument<Body: Encodable>: Encodable {
    /// The document as the subcommand writes it.
    public var body: Body
    /// The as-of day (ISO); nil when `body` has its own `as_of`.
    public var asOf: String?
    /// Where the day came from.
    public var asOfSource: AsOfSourceLine
    /// The rows dated after it.
    public var notYetDue: NotYetDueReport

    enum Keys: String, CodingKey { case asOf, asOfSource, notYetDue }

    /// The body's keys and the three keys above in one object.
    public func encode(to encoder: any Encoder) throws {
        try body.encode(to: encoder)
        var c = encoder.container(keyedBy: Keys.self)
        try c.encodeIfPresent(asOf, forKey: .asOf)
        try c.encode(asOfSource, forKey: .asOfSource)
        try c.encode(notYetDue, forKey: .notYetDue)
    }
}

extension PolicyFundsReport {
    /// `body` with this report's as-of day, its source and the rows dated after it.
    public func stating<Body: Encodable>(_ body: Body, asOfInBody: Bool = false) -> AsOfStatedDocument<Body> {
        AsOfStatedDocument(
            body: body, asOf: asOfInBody ? nil : asOf, asOfSource: asOfSource, notYetDue: notYetDue)
    }
}
