import PlanGaugeModel

/// Checks a plan against a dataset: every series, milestone kind, park, tag, segment and
/// district it names should exist. Unknown series and parks are errors (the indicator could
/// never be measured); unknown tags and the like are warnings (a count of zero may be true).
public enum PlanValidator {
    public struct Problem: Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var isError: Bool
        public var message: String

        public var description: String { "\(file):\(line):1: \(isError ? "error" : "warning"): \(message)" }
    }

    public static func validate(_ plan: Plan, against d: Dataset) -> [Problem] {
        let series = Set(d.series.map(\.series))
        let parks = Set(d.parks.map(\.id))
        let tags = Set(d.enterprises.flatMap(\.tags))
        let segments = Set(d.enterprises.compactMap(\.segment))
        let districts = Set(d.enterprises.compactMap(\.district))
        let kinds = Set(d.milestones.map(\.kind))
        var problems: [Problem] = []
        for ind in plan.indicators {
            func report(_ error: Bool, _ what: String, _ name: String, _ known: Set<String>) {
                let list = known.sorted().prefix(30).joined(separator: ", ")
                problems.append(Problem(file: plan.source ?? plan.id, line: ind.line ?? 0, isError: error,
                                        message: "indicator «\(ind.id)»: unknown \(what) «\(name)» (known: \(list.isEmpty ? "none" : list))"))
            }
            func walk(_ m: Measure) {
                switch m {
                case .series(let s): if !series.contains(s) { report(true, "series", s, series) }
                case .parkStat(let p, _): if !parks.contains(p) { report(true, "park", p, parks) }
                case .milestones(let k, let p):
                    if !kinds.contains(k) { report(false, "milestone kind", k, kinds) }
                    if let p, !parks.contains(p) { report(true, "park", p, parks) }
                case .sum(_, let f): check(f)
                case .count(let f, let conditions):
                    check(f)
                    for case .tag(let t) in conditions where !tags.contains(t) { report(false, "tag", t, tags) }
                case .ratio(let a, let b): walk(a); walk(b)
                case .cagr(let a, _): walk(a)
                case .indicator: break
                }
            }
            func check(_ f: EnterpriseFilter) {
                for p in f.parks where !parks.contains(p) { report(true, "park", p, parks) }
                for t in f.tags where !tags.contains(t) { report(false, "tag", t, tags) }
                for s in f.segments where !segments.contains(s) { report(false, "segment", s, segments) }
                for x in f.districts where !districts.contains(x) { report(false, "district", x, districts) }
            }
            walk(ind.measure)
        }
        return problems
    }
}
