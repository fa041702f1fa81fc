import Foundation
import PlanGaugeModel

/// Which report a run writes: the city's site (every page) or one park's own page. A plan whose
/// `scope` is a park's id (or its name, as a plan may name parks: `Plan.resolvingParkNames`) is
/// that park's plan; one whose scope reads as a park's but names none (a typo) is an error naming
/// the known ids, never a city plan that quietly loses the park's goals.
public enum ReportScope {
    /// The id of the park `plan` is scoped to, or nil for a city plan (no scope, or a place that is
    /// no park: `上海市`). Throws `PlanScopeError` when the scope is the name two parks share, or
    /// when the plan measures parks only (every sum and count is over a park) and its scope is none
    /// of them.
    public static func park(of plan: Plan, parks: [Park]) throws(PlanScopeError) -> String? {
        guard let scope = plan.scope?.trimmingCharacters(in: .whitespaces), !scope.isEmpty else { return nil }
        if parks.contains(where: { $0.id == scope }) { return scope }
        let known = parks.map(\.id)
        let named = parks.filter { $0.name == scope }
        if named.count == 1 { return named[0].id }
        if named.count > 1 {
            throw PlanScopeError(
                plan: plan, scope: scope, known: known,
                why:
                    "it is the name of \(named.count) parks (\(named.map(\.id).joined(separator: ", "))): write the id of the one meant"
            )
        }
        let measured = parkReferences(plan)
        if !measured.isEmpty && overParksOnly(plan) {
            throw PlanScopeError(
                plan: plan, scope: scope, known: known,
                why:
                    "it matches no park, but the plan measures park \(measured.sorted().map { "«\($0)»" }.joined(separator: ", "))"
            )
        }
        return nil
    }

    /// The parks a plan's measures name (enterprise filters, park statistics, milestones).
    static func parkReferences(_ plan: Plan) -> Set<String> {
        var out: Set<String> = []
        func walk(_ m: Measure) {
            switch m {
            case .sum(_, let f), .count(let f, _): out.formUnion(f.parks)
            case .parkStat(let p, _): out.insert(p)
            case .milestones(_, let p): if let p { out.insert(p) }
            case .ratio(let a, let b): walk(a); walk(b)
            case .cagr(let a, _): walk(a)
            case .series, .indicator: break
            }
        }
        plan.indicators.forEach { walk($0.measure) }
        return out
    }

    /// Whether every sum and count of the plan is over a park (a park's plan, whatever its scope says).
    static func overParksOnly(_ plan: Plan) -> Bool {
        func ok(_ m: Measure) -> Bool {
            switch m {
            case .sum(_, let f), .count(let f, _): !f.parks.isEmpty
            case .ratio(let a, let b): ok(a) && ok(b)
            case .cagr(let a, _): ok(a)
            case .series, .milestones, .parkStat, .indicator: true
            }
        }
        return plan.indicators.allSatisfy { ok($0.measure) }
    }
}

/// A plan whose `scope` reads as a park's but names no park of the dataset (exit 65: a bad plan).
public struct PlanScopeError: ExitStatusError {
    /// The plan whose scope is wrong.
    public var plan: Plan
    /// The scope as the plan writes it.
    public var scope: String
    /// The dataset's park ids.
    public var known: [String]
    /// What is wrong with it, for the message.
    public var why: String
    /// Exit 65 (`dataError`): the plan file is bad.
    public var exitStatus: ExitStatus { .dataError }
    /// `plan-file: scope «…»: why; known park ids: …`.
    public var description: String {
        "\(plan.source ?? plan.id): scope «\(scope)»: \(why); known park ids: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
    }
}

/// A park asked for by id (`report --park`) that the dataset does not have (exit 64: a bad option).
public struct UnknownPark: ExitStatusError {
    /// The park id asked for.
    public var id: String
    /// The dataset's park ids.
    public var known: [String]
    /// The unknown id and the ids the dataset has.
    public init(id: String, known: [String]) {
        self.id = id
        self.known = known
    }
    /// Exit 64 (`usage`): a bad option.
    public var exitStatus: ExitStatus { .usage }
    /// `plangauge: --park «…» is not a park of the dataset; known park ids: …`.
    public var description: String {
        "plangauge: --park «\(id)» is not a park of the dataset; known park ids: \(known.isEmpty ? "none" : known.joined(separator: ", "))"
    }
}
