/// One award under a subsidy policy's clause (a row of `grants.csv`) with the payments made on it
/// (the rows of `grant_payments.csv` that name it).
public struct Grant: Sendable, Equatable {
    /// 项目编号: unique in the ledger; payments refer to it.
    public var id: String
    /// The enterprise awarded, by its 统一社会信用代码.
    public var enterprise: USCC
    /// A policy id of `Data/policies` and one of its clause ids.
    public var policy: String
    /// The clause id within `policy` the award is made under.
    public var clause: String
    /// 支持事项: what is funded. Two grants to one enterprise for the same item are the same support
    /// paid twice (从高不重复); nil when the ledger does not say.
    public var item: String?
    /// 申报日期: checked against the policy's validity window and the credit record.
    public var applied: CalendarDate
    /// The amount the clause's ratio applies to (investment, rent, fee …); for a clause paid each
    /// year, the yearly base. nil for a fixed-sum clause.
    public var base: Amount?
    /// 核定金额: the whole amount awarded (all instalments, all years).
    public var granted: Amount
    /// For a clause paid each year (`schedule: {per_year: N}`): the years awarded; nil = the clause's
    /// limit, or one year when the clause sets none.
    public var years: Int?
    /// In date order (then file order).
    public var payments: [GrantPayment]
    /// Where the row was read, for findings that point back at the ledger.
    public var file: String
    /// The line of the row in `file` (0: not read from a file).
    public var line: Int

    /// A grant from its parts; no payments unless given.
    public init(
        id: String, enterprise: USCC, policy: String, clause: String, item: String? = nil, applied: CalendarDate,
        base: Amount? = nil, granted: Amount, years: Int? = nil, payments: [GrantPayment] = [], file: String = "",
        line: Int = 0
    ) {
        self.id = id
        self.enterprise = enterprise
        self.policy = policy
        self.clause = clause
        self.item = item
        self.applied = applied
        self.base = base
        self.granted = granted
        self.years = years
        self.payments = payments
        self.file = file
        self.line = line
    }

    /// All money paid on the grant so far: the sum of its payments.
    public var paid: Amount { payments.reduce(.zero) { $0 + $1.amount } }
}

/// 拨付: money actually paid on a grant.
public struct GrantPayment: Sendable, Equatable {
    /// The date of payment.
    public var date: CalendarDate
    /// The sum paid.
    public var amount: Amount
    /// The file the payment row was read from ("" when not read from a file).
    public var file: String
    /// The line of the row in `file` (0: not read from a file).
    public var line: Int

    /// A payment from its parts.
    public init(date: CalendarDate, amount: Amount, file: String = "", line: Int = 0) {
        self.date = date
        self.amount = amount
        self.file = file
        self.line = line
    }
}

/// An entry of an enterprise's credit record (`credit_flags` in enterprises.csv): `严重失信@2024-05-10`.
public struct CreditFlag: Hashable, Sendable, CustomStringConvertible {
    /// As written: 严重失信, 违法违规, 经营异常 …
    public var kind: String
    /// nil when the file gave none (the flag still counts: it cannot be shown to be old).
    public var date: CalendarDate?

    /// A credit-record entry of `kind`, dated `date` (nil: undated).
    public init(kind: String, date: CalendarDate?) {
        self.kind = kind
        self.date = date
    }

    /// The policies exclude applicants with 严重失信行为或违法行为 in the years before applying; other
    /// entries (经营异常名录, 一般失信) are kept on record but exclude nobody.
    public var excludes: Bool { kind.contains("严重失信") || kind.contains("违法") }

    /// As written in enterprises.csv: `严重失信@2024-05-10`, or the kind alone when undated.
    public var description: String { date.map { "\(kind)@\($0)" } ?? kind }
}

extension Period {
    /// The period's last calendar day.
    public var lastDay: CalendarDate {
        CalendarDate(year: year, month: lastMonth, day: CalendarDate.daysIn(year: year, month: lastMonth))!
    }
}

extension CalendarDate {
    /// `2026-09-30`.
    public init?(iso text: String) {
        let p = text.split(separator: "-", omittingEmptySubsequences: false)
        guard p.count == 3, p[0].count == 4, let y = Int(p[0]), let m = Int(p[1]), let d = Int(p[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
