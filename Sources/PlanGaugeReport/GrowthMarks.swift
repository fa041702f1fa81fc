import PlanGaugeAnalytics
import PlanGaugeModel

/// The words beside an enterprise's growth when it does not compare like with like.
enum GrowthMarks {
    /// （首年不足12个月） when its base is a first part-year (a +130% on half a year), （2025-07-01入驻）
    /// when it moved into the park within the comparison window; empty otherwise.
    static func mark(_ e: EnterpriseFigures, _ l: L10n) -> String {
        var marks: [String] = []
        if e.partYearBase { marks.append(l.t("首年不足12个月", "first year under 12 months")) }
        if let d = e.joinedPark { marks.append(l.t("\(d)入驻", "joined \(d)")) }
        guard !marks.isEmpty else { return "" }
        return l.t("（" + marks.joined(separator: "，") + "）", " (" + marks.joined(separator: "; ") + ")")
    }
}
