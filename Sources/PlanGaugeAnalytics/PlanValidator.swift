import Foundation
import PlanGaugeModel

/// Checks a plan against a dataset: every series, milestone kind, park, tag, segment and
/// district it names should exist. A series, milestone kind or park statistic the dataset has no
/// data for is a warning: the indicator is assessed as not available (无法评估) and every other one
/// as usual, as statistics offices' datasets often lack the national series. A park an enterprise
/// filter names that is not in the dataset is an error (a count over it would be a silent 0); a
/// tag no enterprise carries makes the indicator not available too (the dataset does not record
/// it, or the plan misspells it); an unknown segment or district is a warning. Where the missing name
/// looks like a typo of a known one, the message suggests it.
public enum PlanValidator {
    /// One problem found in a plan, located at its indicator's line.
    public struct Problem: Sendable, CustomStringConvertible {
        /// The plan file (the plan's id when it was not read from a file).
        public var file: String
        /// The line of the indicator in the plan file (0 when unknown).
        public var line: Int
        /// true: an error (the plan cannot be measured as written); false: a warning.
        public var isError: Bool
        /// What is wrong, naming the indicator and the unknown name, with a suggestion when one is close.
        public var message: String

        /// `file:line:1: error|warning: message`, as compilers print diagnostics.
        public var description: String { "\(file):\(line):1: \(isError ? "error" : "warning"): \(message)" }
    }

    /// Every problem of `plan` against `d`, indicator by indicator in plan order; empty when it fits.
    public static func validate(_ plan: Plan, against d: Dataset) -> [Problem] {
        let plan = plan.resolvingParkNames(d.parks)
        var names = NameCheck(d, file: plan.source ?? plan.id)
        for ind in plan.indicators {
            names.walk(ind.measure, of: ind)
            if case .series(let name) = ind.measure, let problem = unitProblem(ind, series: name, points: d.series) {
                names.problems.append(
                    Problem(
                        file: plan.source ?? plan.id, line: ind.line ?? 0, isError: true,
                        message: "indicator «\(ind.id)»: \(problem)"))
            }
        }
        return names.problems
    }

    /// The names a dataset knows, checked against the names indicators use; the problems found so far.
    private struct NameCheck {
        let d: Dataset
        /// The plan file the problems are located in.
        let file: String
        let series, parks, tags, segments, districts, kinds: Set<String>
        /// Parks some enterprise is (or was) in: a measure over any other park counts no firm.
        let peopled: Set<String>
        var problems: [Problem] = []

        init(_ d: Dataset, file: String) {
            self.d = d
            self.file = file
            series = Set(d.series.map(\.series))
            parks = Set(d.parks.map(\.id))
            tags = Set(d.enterprises.flatMap(\.tags))
            segments = Set(d.enterprises.compactMap(\.segment))
            districts = Set(d.enterprises.compactMap(\.district))
            kinds = Set(d.milestones.map(\.kind))
            peopled = Set(d.enterprises.flatMap { e in [e.park].compactMap { $0 } + e.parkSpans.map(\.park) })
        }

        /// An unknown `what` named `name` in `ind`, with the known names and a close one if any.
        mutating func report(
            _ ind: Indicator, _ error: Bool, _ what: String, _ name: String, _ known: Set<String>,
            notAvailable: Bool = false
        ) {
            // Parks by id with their names: generated ids (park-0fdb72a0) say nothing by themselves.
            let names =
                what == "park" ? Dictionary(d.parks.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }) : [:]
            let list = known.sorted().prefix(30).map { k in names[k].map { $0 == k ? k : "\(k) (\($0))" } ?? k }
                .joined(separator: ", ")
            var message = "indicator «\(ind.id)»: unknown \(what) «\(name)»"
            if let close = PlanValidator.closest(to: name, in: known) { message += "; did you mean «\(close)»?" }
            message += " (known: \(list.isEmpty ? "none" : list))"
            if notAvailable {
                message += "; the dataset has no data for it, so the indicator is not available (无法评估)"
            }
            problems.append(Problem(file: file, line: ind.line ?? 0, isError: error, message: message))
        }

        /// Checks every name measure `m` of `ind` uses, and those of the measures it is made of.
        mutating func walk(_ m: Measure, of ind: Indicator) {
            switch m {
            case .series(let s): if !series.contains(s) { report(ind, false, "series", s, series, notAvailable: true) }
            case .parkStat(let p, _): if !parks.contains(p) { report(ind, false, "park", p, parks, notAvailable: true) }
            case .milestones(let k, let p):
                if !kinds.contains(k) { report(ind, false, "milestone kind", k, kinds, notAvailable: true) }
                if let p, !parks.contains(p) { report(ind, true, "park", p, parks) }
            case .sum(_, let f): check(f, of: ind)
            case .count(let f, let conditions):
                check(f, of: ind)
                for case .tag(let t) in conditions where !tags.contains(t) {
                    report(ind, false, "tag", t, tags, notAvailable: true)
                }
            case .ratio(let a, let b): walk(a, of: ind); walk(b, of: ind)
            case .cagr(let a, _): walk(a, of: ind)
            case .indicator: break
            }
        }

        /// Checks the parks, tags, segments and districts an enterprise filter of `ind` names.
        mutating func check(_ f: EnterpriseFilter, of ind: Indicator) {
            for p in f.parks where !parks.contains(p) { report(ind, true, "park", p, parks) }
            for p in f.parks where parks.contains(p) && !peopled.contains(p) {
                problems.append(
                    Problem(
                        file: file, line: ind.line ?? 0, isError: false,
                        message:
                            "indicator «\(ind.id)»: park «\(p)» has no firms (no enterprise in enterprises.csv or park_members.csv is in it), so a count over it is 0 and a sum is not available"
                    ))
            }
            for t in f.tags where !tags.contains(t) { report(ind, false, "tag", t, tags, notAvailable: true) }
            for s in f.segments where !segments.contains(s) { report(ind, false, "segment", s, segments) }
            for x in f.districts where !districts.contains(x) { report(ind, false, "district", x, districts) }
        }
    }

    /// Whether a series' own unit (series.csv's unit column) fits the indicator's: a series in 亿元
    /// read as a plain number, or plain numbers read as 亿元 or %, would be off by powers of ten.
    static func unitProblem(_ ind: Indicator, series name: String, points: [SeriesPoint]) -> String? {
        let units = Set(points.filter { $0.series == name }.map { $0.unit?.trimmingCharacters(in: .whitespaces) ?? "" })
        guard !units.isEmpty else { return nil }  // no data: reported above
        let money = units.compactMap { MoneyUnit(rawValue: $0) ?? MoneyUnit.fromShortName($0) }
        let percent = units.filter { $0 == "%" || $0 == "％" }
        let said = units.sorted().map { $0.isEmpty ? "none" : $0 }.joined(separator: ", ")
        switch ind.unit {
        case .yuan, .wan, .yi:
            guard money.count == units.count else {
                return
                    "series «\(name)» does not say it is money (its unit: \(said)), so its values cannot be read as \(ind.unit.rawValue); give the unit in series.csv (元, 万元 or 亿元) or write the indicator's unit as the series has it"
            }
        case .percent:
            guard percent.count == units.count else {
                return
                    "series «\(name)» is not in % (its unit: \(said)), so its values cannot be read as a percentage; give % in series.csv or write the indicator's unit as the series has it"
            }
        case .number, .firms, .items, .rank:
            guard money.isEmpty && percent.isEmpty else {
                return
                    "series «\(name)» is in \(said), but the indicator's unit is \(ind.unit == .number ? "none (a plain number)" : ind.unit.rawValue); write `unit: \(money.first?.rawValue ?? "%")` for the indicator"
            }
        }
        return nil
    }

    /// The known name within a few edits of `name` (a typo), if there is exactly one closest.
    static func closest(to name: String, in known: Set<String>) -> String? {
        let limit = max(1, min(3, name.count / 4))
        let scored = known.map { ($0, editDistance(Array(name), Array($0))) }.filter { $0.1 <= limit }
        guard let best = scored.map(\.1).min() else { return nil }
        let at = scored.filter { $0.1 == best }
        return at.count == 1 ? at[0].0 : nil
    }

    /// Levenshtein distance, by characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where j <= b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
