/// Which firms a count's pipeline (储备企业) lists, as the plan states it on the indicator
/// (`pipeline: {revenue_at_least: 3亿}`): firms in the count's scope that are not counted yet and
/// meet every condition here. A tag-based goal (龙头企业) has no threshold to be near, so without a
/// rule it has no pipeline; a threshold count without a rule lists firms within 20% below it.
public struct PipelineRule: Sendable, Equatable {
    /// Every condition a candidate meets (revenue over the twelve months to the period's end,
    /// market cap at its end, a tag held then).
    public var conditions: [CountCondition]
    /// As written in the plan, for the page's note (`revenue_at_least: 3亿`).
    public var text: String

    /// A rule from its conditions and the plan's text.
    public init(conditions: [CountCondition], text: String) {
        self.conditions = conditions
        self.text = text
    }
}
