import PlanGaugeModel

/// 同口径 for a set of enterprises (all of them, or a park's) between a period and the same period
/// a year before: who is in both, and who is not and why.
///
/// A park's total at a period counts the enterprises in it on the period's last day (see
/// `Enterprise.park(atEndOf:)`). An enterprise that joined or left the park within the comparison
/// window — from the first day the base value covers to the last day of the period — is outside
/// 同口径: 新入驻 (`joined`) or 迁出 (`movedOut`). Of the enterprises in the set throughout, those with
/// a value in both periods are 同口径; a value now only is 新纳入 (`entered`); a value a year ago
/// only is 未报 (`unreported`) when the enterprise reported within the twelve months to the
/// period's end (a late return, not an exit), else 退出 (`left`).
struct ComparableBasis {
    let index: DatasetIndex
    let filter: EnterpriseFilter

    /// What a pass over the enterprises gives.
    struct Tally {
        var now = Amount.zero
        var before = Amount.zero
        var reporters = 0
        var anyBefore = false
        var comparable: ComparableGrowth
    }

    /// Whether the enterprise is in the set at `p` (its park and tags on the period's last day).
    func member(_ e: Enterprise, _ p: Period) -> Bool { filter.isEmpty || filter.matches(e, atEndOf: p) }

    /// Whether the enterprise stayed in the set's parks on every day of the window (true when the
    /// set names no park: only park membership has dates that cut a firm out of 同口径).
    func stays(_ e: Enterprise, from start: CalendarDate, through end: CalendarDate) -> Bool {
        filter.parks.isEmpty || e.staysInParks(filter.parks, from: start, through: end)
    }

    /// The first day a value of `view` at `base` covers: the year's first day for 累计, the period's own for 当季.
    static func windowStart(_ view: QuarterView, base: Period) -> CalendarDate {
        .firstDay(of: base.year, view == .cumulative ? 1 : base.firstMonth)
    }

    /// Totals at `p` and at `base` (members at each) and the 同口径 split between them. `value` is
    /// the enterprise's own figure at a period, whatever its membership.
    func tally(
        _ firms: [Enterprise], now p: Period, base: Period, windowStart: CalendarDate,
        value: (Enterprise, Period) -> Amount?
    ) -> Tally {
        var t = Tally(comparable: ComparableGrowth())
        var c = ComparableGrowth()
        for e in firms {
            let inNow = member(e, p), inBefore = member(e, base)
            guard inNow || inBefore else { continue }
            let v = inNow ? value(e, p) : nil, w = inBefore ? value(e, base) : nil
            if let v { t.now += v; t.reporters += 1 }
            if let w { t.before += w; t.anyBefore = true }
            if inNow && !(inBefore && stays(e, from: windowStart, through: p.lastDay)) {
                // 新入驻: now in the set, not in it throughout; its base value, if it counted then, goes with it.
                c.joined.append(
                    ComparableFirm(id: e.id, name: e.name, value: v, date: e.joinedParks(filter.parks, asOf: p.lastDay))
                )
                c.joinedValue += v ?? .zero
                c.joinedBaseValue += w ?? .zero
                continue
            }
            if !inNow {
                if let w {  // 迁出: counted a year ago, gone from the set now
                    c.movedOut.append(
                        ComparableFirm(
                            id: e.id, name: e.name, value: w, date: e.leftParks(filter.parks, after: base.lastDay)))
                    c.movedOutValue += w
                }
                continue
            }
            switch (v, w) {
            case let (v?, w?): c.firms += 1; c.now += v; c.before += w
            case let (v?, nil): c.entered += 1; c.enteredValue += v
            case let (nil, w?):
                if index.isActive(e.id, at: p) {
                    c.unreported.append(ComparableFirm(id: e.id, name: e.name, value: w, date: nil))
                    c.unreportedValue += w
                } else {
                    c.left += 1; c.leftValue += w
                }
            default: break
            }
        }
        c.finish(publishedBase: t.before)
        t.comparable = c
        return t
    }
}

extension ComparableGrowth {
    /// The rate and the effects, once every enterprise is placed. With N, B the published totals
    /// and g꜀ the comparable rate: entry effect = (new values − 新入驻's base values × (1 + g꜀)) / B,
    /// exit effect = −(退出 + 未报 + 迁出 base values) × (1 + g꜀) / B; they add up to the published
    /// rate minus g꜀, exactly.
    mutating func finish(publishedBase b: Amount) {
        growth = QuarterlyAnalytics.rate(now, before)
        let gone = leftValue + unreportedValue + movedOutValue
        guard b.fen != 0 else { return }
        let base = Double(b.fen)
        if let g = growth {
            entryEffect = (Double((enteredValue + joinedValue).fen) - Double(joinedBaseValue.fen) * (1 + g)) / base
            exitEffect = -Double(gone.fen) * (1 + g) / base
        } else if joinedBaseValue.fen == 0 {
            entryEffect = Double((enteredValue + joinedValue).fen) / base
        }
    }
}
