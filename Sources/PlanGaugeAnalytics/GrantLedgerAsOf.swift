import PlanGaugeModel

/// The grants ledger as it stood on a day (`plangauge grants … --as-of D`, and the report page with
/// the data's last day): what a fund administrator would have seen on D.
///
/// - a grant counts when it was applied for on or before D (申报日期 ≤ D); later ones do not exist yet;
/// - a payment counts when it is dated on or before D; later ones have not been made yet, so they
///   are not paid, cannot be an overpayment or ahead of schedule, and do not start a schedule;
/// - a credit record counts when it is dated on or before D (an undated one always counts: it cannot
///   be shown to be later);
/// - everything derived — entitlements, instalment schedules (from the first payment on or before
///   D, else the application year), findings, "to pay" by year, the evaluation's support cohorts and
///   the subsidy set against growth — is computed from that state alone.
/// Rows are kept as they are (same ids, files, lines); only what did not exist yet is left out, and
/// `GrantsNotYetDue` lists what that is, so that no row is left out without a word. A grant applied
/// outside its policy's validity is flagged whatever the day (`GrantChecks.run(_:asOf:)`).
extension Grant {
    /// The grant as known on `day`: nil when applied for after it; else with the payments dated on
    /// or before it.
    public func asOf(_ day: CalendarDate) -> Grant? {
        guard applied <= day else { return nil }
        guard payments.contains(where: { $0.date > day }) else { return self }
        var g = self
        g.payments = payments.filter { $0.date <= day }
        return g
    }
}

extension CreditFlag {
    /// On record on `day`: dated on or before it, or undated.
    public func isKnown(on day: CalendarDate) -> Bool { date.map { $0 <= day } ?? true }
}

extension GrantTerms {
    /// The terms of the grant as known on `day` (see `Grant.asOf`); nil when applied for after it.
    /// The schedule is derived again when a later payment is dropped (it may have set the start year).
    public func asOf(_ day: CalendarDate) -> GrantTerms? {
        guard let g = grant.asOf(day) else { return nil }
        return g == grant ? self : GrantTerms(grant: g, policy: policy, clause: clause)
    }
}

extension Dataset {
    /// The dataset with its grants ledger and credit records as they stood on `day` (see above).
    /// Revenue and the other tables are left as they are.
    public func grantsLedger(asOf day: CalendarDate) -> Dataset {
        var d = self
        d.grants = grants.compactMap { $0.asOf(day) }
        if enterprises.contains(where: { $0.creditFlags.contains { !$0.isKnown(on: day) } }) {
            d.enterprises = enterprises.map { e in
                guard e.creditFlags.contains(where: { !$0.isKnown(on: day) }) else { return e }
                var known = e
                known.creditFlags = e.creditFlags.filter { $0.isKnown(on: day) }
                return known
            }
        }
        return d
    }
}
