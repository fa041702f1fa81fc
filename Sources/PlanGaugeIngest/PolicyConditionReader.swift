import PlanGaugeModel
import Yams

/// Reads `conditions:` of a policy or a clause (`Data/policies/README.md`): a list of one-key
/// mappings, the key naming the condition and its value giving the quote and what the check needs:
///
///     conditions:
///       - new_entrant: {within_years: 1, quote: 对新引进或新设立的网络安全领域企业}
///       - in_catalogue: {manual: true, quote: 纳入上海市网络安全产业创新攻关成果目录的项目}
///
/// A condition the data cannot check must say `manual: true`; one that is neither is rejected, so
/// no condition of a file goes unchecked and unlisted.
enum PolicyConditionReader {
    /// The conditions the data can check, with the keys each needs besides `quote`.
    static let checkable: [String: [String]] = [
        "new_entrant": ["within_years"], "district": ["is"], "park": ["in"], "tag": ["is"],
        "credit": ["kinds", "within_years"]
    ]

    /// What a condition may be, for error messages.
    static let expected =
        "one of new_entrant {within_years}, district {is}, park {in}, tag {is}, credit {kinds, within_years}, "
        + "or any name with manual: true; each with a quote"

    /// The conditions under `node`; `within` is the text each quote must stand in: the clause's, with
    /// the other entries of the same item (nil for policy-wide conditions, whose quotes stand in the
    /// document and are checked by the tests).
    static func conditions(_ node: Node?, within text: String?, _ r: PlanReader) throws -> [PolicyCondition] {
        guard let node, node.null == nil else { return [] }
        guard let list = node.sequence else {
            throw r.fail(node, "conditions must be a list", expected: "- name: {quote: …}")
        }
        var names = Set<String>()
        return try list.map { item in
            let c = try condition(item, within: text, r)
            guard names.insert(c.name).inserted else { throw r.fail(item, "condition «\(c.name)» is listed twice") }
            return c
        }
    }

    /// One `- name: {quote: …, manual: true | the check's keys}`.
    private static func condition(_ item: Node, within text: String?, _ r: PlanReader) throws -> PolicyCondition {
        guard let pairs = item.mapping, pairs.count == 1,
            let (keyNode, value) = pairs.first.map({ ($0.key, $0.value) }),
            let name = keyNode.string
        else {
            let shown = item.scalar.map { "«\($0.string)»" } ?? "this entry"
            throw r.fail(item, "condition \(shown) must name a check and quote the text", expected: expected)
        }
        let needs = checkable[name] ?? []
        let e = try r.entries(value, known: ["quote", "manual"] + needs, what: "condition «\(name)»")
        guard let quote = try r.string(e["quote"], "quote of condition «\(name)»", required: true, parent: value),
            !quote.isEmpty
        else { throw r.fail(value, "quote of condition «\(name)» is empty") }
        if let text, !normalized(text).contains(normalized(quote)) {
            throw r.fail(
                e["quote"],
                "quote «\(quote)» of condition «\(name)» does not stand in the clause's text (nor its item's)",
                expected: "words copied from the clause's text")
        }
        if try flag(e["manual"], name, r) {
            return PolicyCondition(name: name, check: .manual, quote: quote)
        }
        guard checkable[name] != nil else {
            throw r.fail(
                keyNode, "condition «\(name)» cannot be checked from the data and is not marked manual: true",
                expected: expected)
        }
        return PolicyCondition(name: name, check: try check(name, e, value, r), quote: quote)
    }

    /// The data check named `name`, from its keys.
    private static func check(_ name: String, _ e: [String: Node], _ value: Node, _ r: PlanReader) throws
        -> PolicyCondition.Check
    {
        func text(_ key: String) throws -> String {
            try r.string(e[key], "\(key) of condition «\(name)»", required: true, parent: value)!
        }
        func years() throws -> Int {
            let t = try text("within_years")
            guard let n = Int(t), n > 0 else {
                throw r.fail(
                    e["within_years"], "within_years of condition «\(name)» is «\(t)»",
                    expected: "a whole number of years, e.g. 1")
            }
            return n
        }
        func list(_ key: String) throws -> [String] {
            let l = try r.strings(e[key], "\(key) of condition «\(name)»")
            guard !l.isEmpty else { throw r.fail(e[key] ?? value, "\(key) of condition «\(name)» is required") }
            return l
        }
        switch name {
        case "new_entrant": return .newEntrant(withinYears: try years())
        case "district": return .district(try text("is"))
        case "park": return .park(try list("in"))
        case "tag": return .tag(try text("is"))
        default: return .credit(kinds: try list("kinds"), withinYears: try years())
        }
    }

    /// `manual: true` / `false` (absent: false).
    private static func flag(_ node: Node?, _ name: String, _ r: PlanReader) throws -> Bool {
        guard let node else { return false }
        switch node.scalar?.string {
        case "true": return true
        case "false": return false
        case let v: throw r.fail(node, "manual of condition «\(name)» is «\(v ?? "")»", expected: "true or false")
        }
    }

    /// Whitespace dropped, so a quote compares as the document writes it.
    static func normalized(_ s: String) -> String { s.filter { !$0.isWhitespace } }
}
