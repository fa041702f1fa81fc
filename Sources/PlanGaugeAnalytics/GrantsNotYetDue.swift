import PlanGaugeModel

/// The rows of the grants ledger dated after the as-of day: not yet due on that day, so left out of
/// every figure taken as of it (`Dataset.grantsLedger(asOf:)`), and listed here so that nothing is
/// left out without a word.
///
/// - grants applied after the day (rows of `grants.csv`), as read;
/// - payments left out (rows of `grant_payments.csv`): those dated after the day, and those on a
///   grant applied after it (its payments go with it, whatever their date);
/// - credit records dated after the day (entries of `credit_flags`; they carry no line of their own).
///
/// These rows are the ledger's future as seen from the day, not partial data: the figures as of the
/// day are complete without them, so listing them does not change an exit status.
public struct GrantsNotYetDue: Sendable, Equatable {
    /// A payment row left out, with the grant it is paid on.
    public struct Payment: Sendable, Equatable {
        /// The grant's id and enterprise.
        public var grant: String
        /// The enterprise paid.
        public var enterprise: USCC
        /// The payment as read (date, amount, file and line).
        public var payment: GrantPayment
        /// Whether it is left out because its grant was applied after the day (else: dated after it).
        public var grantNotYetApplied: Bool
    }

    /// A credit record dated after the day.
    public struct CreditRecord: Sendable, Equatable {
        /// The enterprise on record.
        public var enterprise: USCC
        /// The entry as read (its date is after the day).
        public var flag: CreditFlag
    }

    /// The as-of day.
    public var asOf: CalendarDate
    /// Grants applied after `asOf`, in ledger order, with all their payments.
    public var grants: [Grant]
    /// Payment rows left out, grant by grant in ledger order, then in date order.
    public var payments: [Payment]
    /// Credit records dated after `asOf`, enterprise by enterprise.
    public var creditRecords: [CreditRecord]

    /// The rows of `dataset` dated after `day`.
    public init(_ dataset: Dataset, asOf day: CalendarDate) {
        asOf = day
        grants = dataset.grants.filter { $0.applied > day }
        payments = dataset.grants.flatMap { g in
            g.payments.filter { g.applied > day || $0.date > day }.map {
                Payment(grant: g.id, enterprise: g.enterprise, payment: $0, grantNotYetApplied: g.applied > day)
            }
        }
        creditRecords = dataset.enterprises.flatMap { e in
            e.creditFlags.filter { !$0.isKnown(on: day) }.map { CreditRecord(enterprise: e.id, flag: $0) }
        }
    }

    /// Σ granted over the grants left out.
    public var granted: Amount { grants.reduce(.zero) { $0 + $1.granted } }
    /// Σ over the payments left out.
    public var paid: Amount { payments.reduce(.zero) { $0 + $1.payment.amount } }
    /// Whether nothing is dated after the day.
    public var isEmpty: Bool { grants.isEmpty && payments.isEmpty && creditRecords.isEmpty }
}
