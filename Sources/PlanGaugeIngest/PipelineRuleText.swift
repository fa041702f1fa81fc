import PlanGaugeModel
import Yams

extension PlanReader {
    /// The indicator's `pipeline:` (`{revenue_at_least: 3亿}`, `{market_cap_at_least: 50亿, tag: 上市}`):
    /// the plan's rule for the firms its count lists as candidates. Only a count has a pipeline.
    func pipelineRule(_ node: Node?, measure: Measure, indicator id: String) throws -> PipelineRule? {
        guard let node else { return nil }
        guard case .count = measure else {
            throw fail(
                node, "indicator «\(id)»: `pipeline` lists candidate firms of a count, but this measure is not a count",
                expected: "pipeline only under a measure {count: …}")
        }
        let e = try entries(node, known: ["revenue_at_least", "market_cap_at_least", "tag"], what: "a pipeline")
        var conditions: [CountCondition] = []
        var parts: [String] = []
        if let r = e["revenue_at_least"] {
            conditions.append(.annualRevenueAtLeast(try moneyThreshold(r)))
            parts.append("revenue_at_least: " + (r.scalar?.string ?? ""))
        }
        if let m = e["market_cap_at_least"] {
            conditions.append(.marketCapAtLeast(try moneyThreshold(m)))
            parts.append("market_cap_at_least: " + (m.scalar?.string ?? ""))
        }
        for t in try strings(e["tag"], "tag") {
            conditions.append(.tag(t))
            parts.append("tag: " + t)
        }
        guard !conditions.isEmpty else {
            throw fail(
                node, "indicator «\(id)»: `pipeline` states no rule",
                expected: "revenue_at_least, market_cap_at_least or tag, e.g. {revenue_at_least: 3亿}")
        }
        return PipelineRule(conditions: conditions, text: parts.joined(separator: ", "))
    }
}
