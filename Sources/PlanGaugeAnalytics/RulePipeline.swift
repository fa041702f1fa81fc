import PlanGaugeModel

extension MeasureEngine {
    /// The candidates a plan's `pipeline:` rule names for a count (a tag-based goal such as 龙头企业
    /// has no threshold to be near): firms in the count's scope, active at `p`, not counted, that
    /// meet every condition of the rule. Ranked by the value of the rule's first threshold (its
    /// twelve-month revenue or market cap), largest first, then by code; for a rule of tags alone,
    /// by twelve-month revenue. `shareOfThreshold` is that value over the rule's threshold.
    public func pipeline(_ rule: PipelineRule, of measure: Measure, at p: Period) -> [CountedEnterprise] {
        var measure = measure
        for _ in 0..<8 {  // `indicator:` references, as `read` follows them
            guard case .indicator(let id) = measure, let i = indicators[id] else { break }
            measure = i.measure
        }
        guard case .count(let filter, let conditions) = measure else { return [] }
        let all = index.dataset.enterprises
        var found: [(i: Int, value: Amount?, share: Double?)] = []
        for i in inScope(filter, p) {
            let k = index.enterpriseNumbers[i]
            guard index.isActive(number: k, at: p) else { continue }
            if conditions.allSatisfy({ holds($0, firm: i, number: k, at: p) }) { continue }  // counted already
            guard rule.conditions.allSatisfy({ holds($0, firm: i, number: k, at: p) }) else { continue }
            if let first = rule.conditions.first(where: { $0.threshold != nil }), let x = first.threshold {
                let v = value(first, firm: i, number: k, at: p)
                found.append((i, v, v.map { $0.value(in: .yuan) / x.value(in: .yuan) }))
            } else {
                found.append((i, index.revenue.trailingYear(number: k, year: p.year, month: p.lastMonth), nil))
            }
        }
        found.sort { a, b in (a.value ?? .zero, all[b.i].id) > (b.value ?? .zero, all[a.i].id) }
        return found.map { x in
            CountedEnterprise(
                id: all[x.i].id, name: all[x.i].name, park: all[x.i].park(atEndOf: p), value: x.value,
                shareOfThreshold: x.share)
        }
    }

    /// Whether firm `i` (ledger number `k`) meets one count condition at `p`, as `count` reads it.
    func holds(_ c: CountCondition, firm i: Int, number k: Int, at p: Period) -> Bool {
        switch c {
        case .tag(let t): return index.dataset.enterprises[i].hasTag(t, atEndOf: p)
        case .annualRevenueAtLeast(let x), .marketCapAtLeast(let x):
            guard let v = value(c, firm: i, number: k, at: p) else { return false }
            return v >= x
        }
    }

    /// The amount a threshold condition compares: revenue over the twelve months to `p`'s end, or
    /// the market cap at its end; nil for a tag or when the firm has no such figure.
    func value(_ c: CountCondition, firm i: Int, number k: Int, at p: Period) -> Amount? {
        switch c {
        case .tag: nil
        case .annualRevenueAtLeast: index.revenue.trailingYear(number: k, year: p.year, month: p.lastMonth)
        case .marketCapAtLeast: index.marketCap.value(index.dataset.enterprises[i].id, year: p.year, month: p.lastMonth)
        }
    }
}
