import Foundation
import PlanGaugeModel
import Yams

/// Reads a policy from YAML (`Data/policies/README.md`), with file:line:column errors like plans.
public enum PolicyFile {
    /// Reads the policy file at `path`; throws `PlanFileError` naming line and column.
    public static func load(path: String) throws -> Policy {
        try policy(YAMLDocument.load(path: path, kind: "policy"))
    }

    /// Reads a policy from YAML text; `file` names it in errors.
    public static func parse(_ yaml: String, file: String) throws -> Policy {
        try policy(YAMLDocument.parse(yaml, file: file, kind: "policy"))
    }

    private static func policy(_ document: YAMLDocument) throws -> Policy {
        let root = document.root
        let r = PlanReader(file: document.file)
        let e = try r.entries(
            root,
            known: [
                "id", "title", "document", "issued", "valid_from", "valid_to", "overlap",
                "credit_exclusion_years", "conditions", "clauses"
            ], what: "a policy")
        func date(_ key: String, required: Bool) throws -> CalendarDate? {
            guard let text = try r.string(e[key], key, required: required, parent: root) else { return nil }
            guard case .success(let d?) = DateCell.parse(text) else {
                throw r.fail(e[key], "\(key) must be a date", expected: DateCell.expected)
            }
            return d
        }
        let overlap = try r.string(e["overlap"], "overlap") ?? "highest"
        guard ["highest", "cumulative"].contains(overlap) else {
            throw r.fail(e["overlap"], "overlap must be highest (从高不重复) or cumulative")
        }
        guard let list = e["clauses"]?.sequence.map(Array.init), !list.isEmpty else {
            throw r.fail(e["clauses"] ?? root, "clauses must be a non-empty list")
        }
        var ids = Set<String>()
        var clauses: [PolicyClause] = []
        let items = itemTexts(list)
        for node in list {
            let c = try clause(node, r, items: items)
            guard ids.insert(c.id).inserted else { throw r.fail(node, "clause id «\(c.id)» is used twice") }
            clauses.append(c)
        }
        let creditNode = e["credit_exclusion_years"].flatMap { $0.null == nil ? $0 : nil }
        let credit = try r.string(creditNode, "credit_exclusion_years").map { text -> Int in
            guard let n = Int(text), n > 0 else {
                throw r.fail(e["credit_exclusion_years"], "credit_exclusion_years must be a whole number of years")
            }
            return n
        }
        var policy = Policy(
            id: try r.string(e["id"], "id", required: true, parent: root)!,
            title: try r.string(e["title"], "title", required: true, parent: root)!,
            document: try r.string(e["document"], "document", required: true, parent: root)!,
            issued: try date("issued", required: false), validFrom: try date("valid_from", required: true)!,
            validTo: try date("valid_to", required: true)!, highestOfOverlapping: overlap == "highest",
            creditExclusionYears: credit, clauses: clauses)
        policy.conditions = try PolicyConditionReader.conditions(e["conditions"], within: nil, r)
        return policy
    }

    /// The texts of each item (`number`) of the document, over the entries that split it (-a, -b):
    /// a condition stated once for the item (对新引进或新设立的…企业，租赁…；购置…) may be quoted from any.
    private static func itemTexts(_ list: [Node]) -> [String: String] {
        var out: [String: String] = [:]
        for node in list {
            guard let number = node["number"]?.string, let text = node["text"]?.string else { continue }
            out[number, default: ""] += text + "\n"
        }
        return out
    }

    static func clause(_ node: Node, _ r: PlanReader, items: [String: String] = [:]) throws -> PolicyClause {
        let e = try r.entries(
            node, known: ["id", "number", "title", "text", "base", "ratio", "share", "cap", "schedule", "conditions"],
            what: "a clause")
        let baseText = try r.string(e["base"], "base") ?? "none"
        guard let base = PolicyClause.Base(rawValue: baseText) else {
            throw r.fail(
                e["base"], "unknown base «\(baseText)»",
                expected: PolicyClause.Base.allCases.map(\.rawValue).joined(separator: ", "))
        }
        var ratio: Rational?
        var ratioText: String?
        if let t = e["ratio"], t.null == nil, let text = t.scalar?.string, text != "null" {
            ratioText = text
            ratio = try parseRatio(text, t, r)
        }
        let (once, perYear, total) = try caps(e["cap"], r)
        let schedule = try paySchedule(e["schedule"], r)
        let text = try r.string(e["text"], "text", required: true, parent: node)!
        let number = try r.string(e["number"], "number", required: true, parent: node)!
        var clause = PolicyClause(
            id: try r.string(e["id"], "id", required: true, parent: node)!,
            number: number,
            title: try r.string(e["title"], "title", required: true, parent: node)!,
            text: text,
            base: base, ratio: ratio, ratioText: ratioText, capOnce: once, capPerYear: perYear, capTotal: total,
            schedule: schedule,
            conditions: try PolicyConditionReader.conditions(e["conditions"], within: items[number] ?? text, r))
        clause.shareIsFixed = try share(e["share"], ratio: ratio, r)
        return clause
    }

    /// `share: fixed` (按…50%: the text sets the share) or `up_to` (50%以内: a ceiling; the default).
    private static func share(_ node: Node?, ratio: Rational?, _ r: PlanReader) throws -> Bool {
        guard let node else { return false }
        let v = try r.string(node, "share")
        guard v == "fixed" || v == "up_to" else {
            throw r.fail(node, "share is «\(v ?? "")»", expected: "fixed (按…50%) or up_to (50%以内)")
        }
        guard ratio != nil else {
            throw r.fail(node, "share is given but the clause has no ratio", expected: "a ratio")
        }
        return v == "fixed"
    }

    /// The clause's caps (`once`, `per_year`, `total`), each nil when not given.
    private static func caps(_ capNode: Node?, _ r: PlanReader) throws -> (
        once: Amount?, perYear: Amount?, total: Amount?
    ) {
        var once: Amount?, perYear: Amount?, total: Amount?
        if let capNode {
            let c = try r.entries(capNode, known: ["once", "per_year", "total"], what: "a cap")
            func amount(_ key: String) throws -> Amount? {
                guard let n = c[key] else { return nil }
                guard let text = n.scalar?.string, case .value(let a) = AmountCell.parse(text, defaultUnit: .wan) else {
                    throw r.fail(n, "cap \(key) is not an amount", expected: "an amount with its unit, e.g. 500万 or 1亿")
                }
                return a
            }
            once = try amount("once")
            perYear = try amount("per_year")
            total = try amount("total")
        }
        return (once, perYear, total)
    }

    /// How the clause pays: lump sum when not given, unspecified for null, else instalments or per year.
    private static func paySchedule(_ node: Node?, _ r: PlanReader) throws -> PolicyClause.Schedule {
        let schedule: PolicyClause.Schedule
        if let s = node {
            if s.null != nil {
                schedule = .unspecified
            } else if s.scalar?.string == "lump_sum" {
                schedule = .lumpSum
            } else {
                let m = try r.entries(s, known: ["instalments", "per_year"], what: "a schedule")
                func years(_ key: String) throws -> Int? {
                    guard let n = m[key], n.null == nil else { return nil }
                    guard let s = n.scalar?.string, let v = Int(s), v > 0 else {
                        throw r.fail(n, "\(key) must be a whole number")
                    }
                    return v
                }
                if let n = try years("instalments") {
                    schedule = .instalments(n)
                } else if m["per_year"] != nil {
                    schedule = .perYear(try years("per_year"))
                } else {
                    throw r.fail(s, "a schedule is lump_sum, {instalments: N}, {per_year: N} or null")
                }
            }
        } else {
            schedule = .lumpSum
        }
        return schedule
    }

    /// "50%" → 1/2, "1:1" → 1, "1:0.5" → 1/2.
    static func parseRatio(_ text: String, _ node: Node, _ r: PlanReader) throws -> Rational {
        if text.hasSuffix("%"), let d = ExactDecimal(text.dropLast()) { return (Rational(d) / Rational(100))! }
        let parts = text.split(separator: ":")
        if parts.count == 2, let a = ExactDecimal(parts[0]), let b = ExactDecimal(parts[1]),
            let q = Rational(b) / Rational(a)
        {
            return q
        }
        throw r.fail(node, "ratio «\(text)» is not a share", expected: "e.g. \"50%\" or \"1:1\"")
    }
}

extension PolicyFile {
    /// Every `*.yaml` / `*.yml` policy in a folder, in file-name order.
    public static func loadFolder(_ folder: String) throws -> [Policy] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        return try names.map { try load(path: (folder as NSString).appendingPathComponent($0)) }
    }
}
