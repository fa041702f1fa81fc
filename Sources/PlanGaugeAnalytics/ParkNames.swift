import PlanGaugeModel

extension Measure {
    /// The measure with every park written by its name (`park: 天府软件园`) given by its id instead,
    /// as the dataset's parks have them: a plan is written from the park's name, while parks made
    /// from enterprises.csv get generated ids (`park-0fdb72a0`).
    public func resolvingParkNames(_ ids: [String: String]) -> Measure {
        func id(_ p: String) -> String { ids[p] ?? p }
        switch self {
        case .sum(let field, var f):
            f.parks = f.parks.map(id)
            return .sum(field, f)
        case .count(var f, let conditions):
            f.parks = f.parks.map(id)
            return .count(f, conditions)
        case .ratio(let a, let b): return .ratio(a.resolvingParkNames(ids), b.resolvingParkNames(ids))
        case .cagr(let m, let from): return .cagr(m.resolvingParkNames(ids), fromYear: from)
        case .milestones(let kind, let park): return .milestones(kind: kind, park: park.map(id))
        case .parkStat(let park, let field): return .parkStat(park: id(park), field: field)
        case .series, .indicator: return self
        }
    }
}

extension Plan {
    /// The plan with parks written by name given by id (see `Measure.resolvingParkNames`). A name
    /// two parks share is left as written (the validator then names both ids).
    public func resolvingParkNames(_ parks: [Park]) -> Plan {
        var ids: [String: String] = [:]
        let ambiguous = Set(Dictionary(grouping: parks, by: \.name).filter { $0.value.count > 1 }.keys)
        let known = Set(parks.map(\.id))
        for park in parks where !known.contains(park.name) && !ambiguous.contains(park.name) {
            ids[park.name] = park.id
        }
        guard !ids.isEmpty else { return self }
        var plan = self
        plan.indicators = indicators.map {
            var i = $0; i.measure = i.measure.resolvingParkNames(ids); return i
        }
        if let scope, let id = ids[scope] { plan.scope = id }
        return plan
    }
}
