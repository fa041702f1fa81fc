import Foundation
import PlanGaugeModel
import Yams

/// Reads a plan from YAML (PlanGaugeIngest.docc, "Plan files"). Every problem names the file, line and column
/// and lists what would have been accepted.
public enum PlanFile {
    /// Reads the plan file at `path`; throws `PlanFileError` naming line and column.
    public static func load(path: String) throws -> Plan {
        try plan(YAMLDocument.load(path: path, kind: "plan"))
    }

    /// Reads a plan from YAML text; `file` names it in errors.
    public static func parse(_ yaml: String, file: String) throws -> Plan {
        try plan(YAMLDocument.parse(yaml, file: file, kind: "plan"))
    }

    private static func plan(_ document: YAMLDocument) throws -> Plan {
        var reader = PlanReader(file: document.file)
        return try reader.plan(document.root)
    }
}

/// Walks the YAML tree; keeps the file name for errors.
struct PlanReader {
    let file: String

    func fail(_ node: Node?, _ message: String, expected: String? = nil) -> PlanFileError {
        PlanFileError(
            file: file, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0, message: message,
            expected: expected)
    }

    /// The mapping's entries by key, rejecting keys not in `known`.
    func entries(_ node: Node, known: [String], what: String) throws -> [String: Node] {
        guard let mapping = node.mapping else { throw fail(node, "\(what) must be a mapping of keys to values") }
        var out: [String: Node] = [:]
        for (k, v) in mapping {
            guard let key = k.string else { throw fail(k, "a key must be text") }
            guard known.contains(key) else {
                throw fail(k, "unknown key «\(key)» in \(what)", expected: "one of " + known.joined(separator: ", "))
            }
            if out[key] != nil { throw fail(k, "key «\(key)» appears twice in \(what)") }
            out[key] = v
        }
        return out
    }

    func string(_ node: Node?, _ what: String, required: Bool = false, parent: Node? = nil) throws -> String? {
        guard let node else {
            if required { throw fail(parent, "\(what) is required") }
            return nil
        }
        guard let s = node.scalar?.string else { throw fail(node, "\(what) must be text") }
        return s
    }

    func year(_ node: Node?, _ what: String, required: Bool = false, parent: Node? = nil) throws -> Int? {
        guard let s = try string(node, what, required: required, parent: parent) else { return nil }
        guard let y = Int(s), (1900...2200).contains(y) else {
            throw fail(node, "\(what) must be a year", expected: "e.g. 2023")
        }
        return y
    }

    func strings(_ node: Node?, _ what: String) throws -> [String] {
        guard let node else { return [] }
        if let s = node.scalar?.string { return [s] }
        guard let seq = node.sequence else { throw fail(node, "\(what) must be text or a list of text") }
        return try seq.map { n in
            guard let s = n.scalar?.string else { throw fail(n, "\(what) must be text") }
            return s
        }
    }

    mutating func plan(_ root: Node) throws -> Plan {
        let e = try entries(
            root,
            known: [
                "id", "title", "title_en", "document", "issued", "scope", "baseline", "deadline",
                "method", "indicators", "source", "note"
            ], what: "the plan")
        let id = try string(e["id"], "id", required: true, parent: root)!
        let title = try string(e["title"], "title", required: true, parent: root)!
        let baseline = try year(e["baseline"], "baseline", required: true, parent: root)!
        let deadline = try year(e["deadline"], "deadline", required: true, parent: root)!
        guard deadline > baseline else {
            throw fail(e["deadline"], "deadline must be after the baseline year \(baseline)")
        }
        let method = try self.method(e["method"]) ?? .statcan
        var issued: CalendarDate?
        if let text = try string(e["issued"], "issued") {
            guard case .success(let d?) = DateCell.parse(text) else {
                throw fail(e["issued"], "issued must be a date", expected: DateCell.expected)
            }
            issued = d
        }
        guard let list = e["indicators"]?.sequence.map(Array.init), !list.isEmpty else {
            throw fail(e["indicators"] ?? root, "indicators must be a non-empty list")
        }
        var indicators: [Indicator] = []
        var seen: [String: Int] = [:]
        for node in list {
            let indicator = try self.indicator(node, deadline: deadline, baseline: baseline)
            if let first = seen[indicator.id] {
                throw fail(node, "indicator id «\(indicator.id)» is used twice (first on line \(first))")
            }
            seen[indicator.id] = node.mark?.line ?? 0
            indicators.append(indicator)
        }
        // References to other indicators must exist and must not loop.
        let ids = Set(indicators.map(\.id))
        for (i, ind) in indicators.enumerated() {
            for ref in Self.references(ind.measure) where !ids.contains(ref) {
                throw fail(
                    list[i], "indicator «\(ind.id)» refers to unknown indicator «\(ref)»",
                    expected: "one of " + indicators.map(\.id).joined(separator: ", "))
            }
        }
        try checkCycles(indicators, list)
        return Plan(
            id: id, title: title, titleEnglish: try string(e["title_en"], "title_en"),
            document: try string(e["document"], "document"), issued: issued, scope: try string(e["scope"], "scope"),
            baseline: baseline, deadline: deadline, method: method, indicators: indicators, source: file)
    }

    func method(_ node: Node?) throws -> AssessmentMethod? {
        guard let s = try string(node, "method") else { return nil }
        guard let m = AssessmentMethod(rawValue: s) else {
            throw fail(
                node, "unknown method «\(s)»",
                expected: AssessmentMethod.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return m
    }

    mutating func indicator(_ node: Node, deadline: Int, baseline planBaseline: Int) throws -> Indicator {
        let e = try entries(
            node,
            known: [
                "id", "name", "name_en", "measure", "unit", "direction", "target", "target_year",
                "baseline", "limit", "method", "clause", "note", "pipeline"
            ], what: "an indicator")
        let id = try string(e["id"], "id", required: true, parent: node)!
        let name = try string(e["name"], "name", required: true, parent: node)!
        guard let measureNode = e["measure"] else { throw fail(node, "indicator «\(id)» has no measure") }
        let measure = try self.measure(measureNode)
        let unitText = try string(e["unit"], "unit") ?? Self.defaultUnit(measure)
        guard let unit = IndicatorUnit(text: unitText) else {
            throw fail(e["unit"], "unknown unit «\(unitText)»", expected: "亿元, 万元, 元, %, 家, 个 or 位 (a rank)")
        }
        var direction: Direction?
        if let d = try string(e["direction"], "direction") {
            guard let dir = Direction(rawValue: d) else {
                throw fail(e["direction"], "direction must be higher or lower")
            }
            direction = dir
        }
        let targetYear = try year(e["target_year"], "target_year") ?? deadline
        // A target due at or before its baseline has no path to it: progress cannot be measured.
        let baseline = try year(e["baseline"], "baseline") ?? planBaseline
        if targetYear <= baseline, e["target"] != nil || e["target_year"] != nil {
            throw fail(
                e["target_year"] ?? e["baseline"] ?? node,
                "indicator «\(id)»: target_year \(targetYear) is not after the baseline year \(baseline)\(e["baseline"] == nil ? " (the plan's)" : "")",
                expected: "a year after \(baseline), e.g. \(baseline + 1)–\(max(deadline, baseline + 1))")
        }
        var target: Target?
        if let t = e["target"] {
            let isRate: Bool = if case .cagr = measure { true } else { false }
            target = try TargetText.parse(t, unit: unit, year: targetYear, growthRate: isRate, reader: self)
            if direction == nil {
                direction = target!.comparison == .atMost || target!.comparison == .lessThan ? .lower : .higher
            }
        }
        var limit: Rational?
        if let l = e["limit"] {
            limit = try TargetText.parse(l, unit: unit, year: targetYear, growthRate: false, reader: self).value
        }
        var indicator = Indicator(
            id: id, name: name, nameEnglish: try string(e["name_en"], "name_en"), measure: measure, unit: unit,
            direction: direction ?? .higher, target: target, baseline: try year(e["baseline"], "baseline"),
            limit: limit, method: try method(e["method"]), clause: try string(e["clause"], "clause"),
            note: try string(e["note"], "note"), line: node.mark?.line)
        indicator.pipeline = try pipelineRule(e["pipeline"], measure: measure, indicator: id)
        return indicator
    }

    static func defaultUnit(_ m: Measure) -> String {
        switch m {
        case .sum(.employees, _): "个"
        case .sum: "亿元"
        case .count: "家"
        case .milestones: "个"
        case .ratio, .cagr: "%"
        // A series or another indicator's value is taken as it is unless the plan names its unit:
        // guessing 亿元 read a series of plain numbers as money 10^10 times too small.
        case .series, .indicator: ""
        case .parkStat(_, let f): f == .revenue ? "亿元" : "个"
        }
    }

    static let measureKinds = ["sum", "count", "ratio", "series", "milestones", "cagr", "park_stat", "indicator"]

    func measure(_ node: Node) throws -> Measure {
        guard let mapping = node.mapping, mapping.count == 1, let (k, v) = mapping.first, let kind = k.string else {
            throw fail(
                node, "a measure is a mapping with exactly one key",
                expected: "one of " + Self.measureKinds.joined(separator: ", "))
        }
        switch kind {
        case "sum":
            return try sumMeasure(v)
        case "count":
            return try countMeasure(v)
        case "ratio":
            return try ratioMeasure(v)
        case "series":
            guard let name = v.scalar?.string, !name.isEmpty else {
                throw fail(v, "series takes the name of a series in series.csv")
            }
            return .series(name)
        case "milestones":
            return try milestonesMeasure(v)
        case "cagr":
            return try cagrMeasure(v)
        case "park_stat":
            return try parkStatMeasure(v)
        case "indicator":
            guard let id = v.scalar?.string else { throw fail(v, "indicator takes the id of another indicator") }
            return .indicator(id)
        default:
            throw fail(k, "unknown measure «\(kind)»", expected: "one of " + Self.measureKinds.joined(separator: ", "))
        }
    }

    /// A `sum:` of an amount field, by name alone or with a filter.
    private func sumMeasure(_ v: Node) throws -> Measure {
        if let field = v.scalar?.string {
            return .sum(try amountField(field, v), EnterpriseFilter())
        }
        let e = try entries(v, known: ["field", "segment", "district", "park", "tag"], what: "a sum")
        let field = try string(e["field"], "field") ?? "scale"
        return .sum(try amountField(field, e["field"] ?? v), try filter(e))
    }

    /// A `count:` of enterprises, with its filter and conditions.
    private func countMeasure(_ v: Node) throws -> Measure {
        let e = try entries(
            v, known: ["segment", "district", "park", "tag", "revenue_at_least", "market_cap_at_least"],
            what: "a count")
        var conditions: [CountCondition] = try strings(e["tag"], "tag").map { .tag($0) }
        if let r = e["revenue_at_least"] { conditions.append(.annualRevenueAtLeast(try moneyThreshold(r))) }
        if let m = e["market_cap_at_least"] { conditions.append(.marketCapAtLeast(try moneyThreshold(m))) }
        var f = try filter(e)
        f.tags = []  // tags are conditions of a count
        return .count(f, conditions)
    }

    /// A `ratio:` as `[numerator, denominator]` or as a mapping naming both.
    private func ratioMeasure(_ v: Node) throws -> Measure {
        if let seq = v.sequence {
            guard seq.count == 2 else {
                throw fail(v, "a ratio lists exactly two measures: [numerator, denominator]")
            }
            return .ratio(try measure(seq[0]), try measure(seq[1]))
        }
        let e = try entries(v, known: ["numerator", "denominator"], what: "a ratio")
        guard let n = e["numerator"], let d = e["denominator"] else {
            throw fail(v, "a ratio needs numerator and denominator")
        }
        return .ratio(try measure(n), try measure(d))
    }

    /// `milestones:` of a kind, by name alone or with a park.
    private func milestonesMeasure(_ v: Node) throws -> Measure {
        if let kind = v.scalar?.string { return .milestones(kind: Milestone.kindID(for: kind), park: nil) }
        let e = try entries(v, known: ["kind", "park"], what: "milestones")
        let kind = try string(e["kind"], "kind", required: true, parent: v)!
        return .milestones(kind: Milestone.kindID(for: kind), park: try string(e["park"], "park"))
    }

    /// A `cagr:` of a measure, or `of:` a measure `from:` a year.
    private func cagrMeasure(_ v: Node) throws -> Measure {
        if v.mapping?.count == 2 || v.mapping?.keys.contains(where: { $0.string == "of" }) == true {
            let e = try entries(v, known: ["of", "from"], what: "a cagr")
            guard let of = e["of"] else { throw fail(v, "a cagr needs `of:` (the measure that grows)") }
            return .cagr(try measure(of), fromYear: try year(e["from"], "from"))
        }
        return .cagr(try measure(v), fromYear: nil)
    }

    /// A `park_stat:` field of one park.
    private func parkStatMeasure(_ v: Node) throws -> Measure {
        let e = try entries(v, known: ["park", "field"], what: "a park_stat")
        let park = try string(e["park"], "park", required: true, parent: v)!
        let fieldText = try string(e["field"], "field") ?? "revenue"
        guard let field = ParkStatField(rawValue: fieldText) else {
            throw fail(
                e["field"], "unknown park_stat field «\(fieldText)»",
                expected: ParkStatField.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return .parkStat(park: park, field: field)
    }

    func amountField(_ text: String, _ node: Node) throws -> AmountField {
        guard let f = AmountField(rawValue: text) else {
            throw fail(
                node, "unknown field «\(text)»", expected: AmountField.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return f
    }

    func filter(_ e: [String: Node]) throws -> EnterpriseFilter {
        EnterpriseFilter(
            segments: try strings(e["segment"], "segment"), districts: try strings(e["district"], "district"),
            parks: try strings(e["park"], "park"), tags: try strings(e["tag"], "tag"))
    }

    func moneyThreshold(_ node: Node) throws -> Amount {
        guard let text = node.scalar?.string, case .value(let a) = AmountCell.parse(text, defaultUnit: .wan) else {
            throw fail(node, "not an amount", expected: "an amount with its unit, e.g. 1亿 or 5000万元")
        }
        return a
    }

    static func references(_ m: Measure) -> [String] {
        switch m {
        case .indicator(let id): [id]
        case .ratio(let a, let b): references(a) + references(b)
        case .cagr(let a, _): references(a)
        default: []
        }
    }

    func checkCycles(_ indicators: [Indicator], _ nodes: [Node]) throws {
        let byID = Dictionary(indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, ind) in indicators.enumerated() {
            var stack = Self.references(ind.measure)
            var visited: Set<String> = []
            while let next = stack.popLast() {
                if next == ind.id {
                    throw fail(nodes[i], "indicator «\(ind.id)» refers to itself through other indicators")
                }
                if visited.insert(next).inserted, let m = byID[next]?.measure { stack += Self.references(m) }
            }
        }
    }
}
