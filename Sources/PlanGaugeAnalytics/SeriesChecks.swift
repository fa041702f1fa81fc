import PlanGaugeModel

/// Consistency of each enterprise's series within a year: a month or quarter missing inside a
/// series (so later year-to-date or period values cannot be derived: a gap, never a silent zero),
/// a year-to-date value that falls, and 当期 and 累计 figures that disagree.
public enum SeriesChecks {
    /// One inconsistency in an enterprise's revenue series.
    public struct Issue: Sendable, Equatable {
        /// `gap`: a month or quarter missing inside a series; `decreasing_cumulative`: a 累计 value that falls; `basis_conflict`: 当期 and 累计 that disagree.
        public enum Kind: String, Sendable {
            case gap, decreasingCumulative = "decreasing_cumulative", basisConflict = "basis_conflict"
        }
        /// What kind of inconsistency.
        public var kind: Kind
        /// The enterprise whose series it is.
        public var enterprise: USCC
        /// The explanation shown, naming the enterprise, the periods and the figures.
        public var message: String
        /// The row after the gap or at the conflict.
        public var origin: FactOrigin?
    }

    /// Every issue of every enterprise's revenue series, enterprises in code order, years in turn.
    public static func run(_ dataset: Dataset) -> [Issue] {
        // Facts grouped by enterprise (a counting sort on their numbers, file order kept within),
        // enterprises in code order, each one's years in turn: no comparison sort of millions of facts.
        let facts = dataset.revenue
        let (start, order) = facts.groupedByEnterprise { facts.revenueFen[$0] != RevenueFacts.none }
        var issues: [Issue] = []
        for k in facts.keys.indices.sorted(by: { facts.keys[$0] < facts.keys[$1] }) where start[k] < start[k + 1] {
            let group = order[start[k]..<start[k + 1]].sorted {
                (facts.periods[Int($0)].year, $0) < (facts.periods[Int($1)].year, $1)
            }
            let id = facts.keys[k]
            var i = 0
            while i < group.count {
                let year = facts.periods[Int(group[i])].year
                var j = i
                while j < group.count, facts.periods[Int(group[j])].year == year { j += 1 }
                let yearFacts = group[i..<j].map { facts[Int($0)] }
                issues += cumulativeIssues(id, year, yearFacts.filter { $0.basis == .cumulative })
                issues += periodIssues(id, year, yearFacts.filter { $0.basis == .period })
                issues += conflicts(id, year, yearFacts)
                i = j
            }
        }
        return issues
    }

    private static func cumulativeIssues(_ id: USCC, _ year: Int, _ facts: [RevenueFact]) -> [Issue] {
        let sorted = facts.sorted { $0.period.lastMonth < $1.period.lastMonth }
        guard sorted.count > 1 else { return [] }
        var issues: [Issue] = []
        // Monthly if any month is not a quarter end; the combined 1-2月 report stands for January too.
        let monthly = sorted.contains { $0.period.lastMonth % 3 != 0 }
        let step = monthly ? 1 : 3
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let expected = a.period.lastMonth + step
            if b.period.lastMonth > expected {
                let missing = stride(from: expected, to: b.period.lastMonth, by: step).map { "\(year)年1-\($0)月" }
                issues.append(
                    Issue(
                        kind: .gap, enterprise: id,
                        message:
                            "累计 series of \(id.code) lacks \(missing.joined(separator: ", ")) between \(year)年1-\(a.period.lastMonth)月 and \(year)年1-\(b.period.lastMonth)月; the months in between cannot be derived",
                        origin: b.origin))
            }
            if let x = a.revenue, let y = b.revenue, y < x {
                issues.append(
                    Issue(
                        kind: .decreasingCumulative, enterprise: id,
                        message:
                            "累计 revenue of \(id.code) falls from \(x.formatted(in: .wan)) 万元 (1-\(a.period.lastMonth)月) to \(y.formatted(in: .wan)) 万元 (1-\(b.period.lastMonth)月): a year-to-date value cannot fall unless revenue was negative",
                        origin: b.origin))
            }
        }
        return issues
    }

    private static func periodIssues(_ id: USCC, _ year: Int, _ facts: [RevenueFact]) -> [Issue] {
        let sorted = facts.sorted {
            ($0.period.firstMonth, -$0.period.unit.months) < ($1.period.firstMonth, -$1.period.unit.months)
        }
        var issues: [Issue] = []
        var covered = sorted.first.map { $0.period.lastMonth } ?? 0
        for f in sorted.dropFirst() {
            if f.period.firstMonth > covered + 1 {
                let missing =
                    Period(year: year, unit: f.period.unit, index: f.period.index - 1)?.description
                    ?? "months \(covered + 1)–\(f.period.firstMonth - 1)"
                issues.append(
                    Issue(
                        kind: .gap, enterprise: id,
                        message:
                            "当期 series of \(id.code) has no value for \(f.period.unit == .month && f.period.firstMonth - covered > 2 ? "months \(covered + 1)–\(f.period.firstMonth - 1)" : missing) of \(year) before \(f.period); year-to-date values after it cannot be derived",
                        origin: f.origin))
            }
            covered = max(covered, f.period.lastMonth)
        }
        return issues
    }

    /// Where a firm reports both bases in a year, the chained 当期 values must match the 累计 ones.
    private static func conflicts(_ id: USCC, _ year: Int, _ facts: [RevenueFact]) -> [Issue] {
        guard facts.contains(where: { $0.basis == .period }), facts.contains(where: { $0.basis == .cumulative }) else {
            return []
        }
        let chained = FlowLedger(
            facts: facts.filter { $0.basis == .period }.map { ($0.enterprise, $0.period, $0.basis, $0.revenue) })
        var issues: [Issue] = []
        for c in facts where c.basis == .cumulative {
            guard let reported = c.revenue, let derived = chained.yearToDate(id, year: year, month: c.period.lastMonth),
                derived != reported
            else { continue }
            issues.append(
                Issue(
                    kind: .basisConflict, enterprise: id,
                    message:
                        "\(id.code) reports \(year)年1-\(c.period.lastMonth)月 累计 \(reported.formatted(in: .wan)) 万元 but its 当期 figures add up to \(derived.formatted(in: .wan)) 万元; the 累计 figure is used",
                    origin: c.origin))
        }
        return issues
    }
}
