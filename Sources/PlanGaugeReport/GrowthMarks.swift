import PlanGaugeAnalytics
import PlanGaugeModel

/// The words beside an enterprise's growth when it does not compare like with like.
enum GrowthMarks {
    /// （首年不足12个月） when its base is a first part-year (a +130% on half a year), （2025-07-01入驻）
    /// when it moved into the park within the comparison window; empty otherwise.
    static func mark(_ e: EnterpriseFigures, _ l: L10n) -> String {
        let text = SharedText(l: l)
        var marks: [String] = []
        if e.partYearBase { marks.append(text.partYearBase) }
        if let d = e.joinedPark { marks.append(text.joinedPark(d)) }
        guard !marks.isEmpty else { return "" }
        return text.growthMarks(marks)
    }
}
