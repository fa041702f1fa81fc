import PlanGaugeModel

/// Display rules of Chinese statistics (PlanGaugeAnalytics.docc, UnitsAndMoney): round only for display,
/// half away from zero (四舍五入); 亿元 with 2 decimals, rates with 1 decimal and a % sign,
/// differences of rates in 个百分点.
public enum NumberFormat {
    /// `x` with `places` decimals, half away from zero, optional thousands grouping, optionally without
    /// trailing zeros; "—" for NaN and infinities. The double is rounded by its shortest round-trip text
    /// to 15 significant digits (`DecimalFormat` in PlanGaugeModel), so 2.675, held as 2.67499…, still rounds to 2.68
    /// without any epsilon.
    public static func fixed(_ x: Double, places: Int, grouping: Bool = false, trimmingZeros: Bool = false) -> String {
        DecimalFormat(places: places, grouping: grouping, trimmingZeros: trimmingZeros).string(x) ?? "—"
    }

    /// A fraction as a percentage: 0.2376 → "23.8%".
    public static func percent(_ fraction: Double?, places: Int = 1) -> String {
        guard let fraction else { return "—" }
        return fixed(fraction * 100, places: places) + "%"
    }

    /// A difference of two rates (fractions) in percentage points: "1.2个百分点".
    public static func points(_ fractionDifference: Double, places: Int = 1) -> String {
        fixed(fractionDifference * 100, places: places) + "个百分点"
    }

    /// A value already in display units with the indicator's unit: "237.00亿元", "23.8%", "11家".
    public static func value(_ v: Double?, unit: IndicatorUnit) -> String {
        guard let v else { return "—" }
        switch unit {
        case .yi, .wan, .yuan: return fixed(v, places: 2, grouping: unit != .yi) + unit.rawValue
        case .percent: return fixed(v, places: 1) + "%"
        case .firms, .items:
            return (v == v.rounded() ? fixed(v, places: 0) : fixed(v, places: 1)) + unit.rawValue
        case .number:
            return v == v.rounded() ? fixed(v, places: 0) : fixed(v, places: 2)
        case .rank:
            return v == v.rounded() ? "第" + fixed(v, places: 0) + "位" : fixed(v, places: 1) + "位"
        }
    }

    /// An amount in 亿元 as English readers write it: `CNY 23.70 bn` from 1亿 (CNY 100 m) up,
    /// `CNY 3.2 m` below (two decimals under CNY 1 m, so CNY 40,000 is `CNY 0.04 m`, not `0.0`).
    public static func englishMoney(yi: Double) -> String {
        let sign = yi < 0 ? "-" : ""
        if abs(yi) >= 1 { return sign + "CNY " + fixed(abs(yi) / 10, places: 2, grouping: true) + " bn" }
        let millions = abs(yi) * 100
        return sign + "CNY " + fixed(millions, places: millions < 1 ? 2 : 1) + " m"
    }
}
