import Foundation

/// Growth arithmetic (PlanGaugeAnalytics.docc, ProgressMethods and GrowthAndContribution).
public enum Growth {
    /// (end / start)^(1/years) − 1, with n = end year − start year. nil when undefined
    /// (a zero or opposite-signed start, or no time elapsed).
    public static func cagr(from start: Double, to end: Double, years: Double) -> Double? {
        guard years > 0, start != 0, (start > 0) == (end > 0) || end == 0 else { return nil }
        return pow(end / start, 1 / years) - 1
    }

    /// 同比 / 环比: (current − previous) / previous.
    public static func rate(from previous: Double, to current: Double) -> Double? {
        previous == 0 ? nil : (current - previous) / previous
    }

    /// Average annual growth from consecutive yearly rates: ((1+g₁)(1+g₂)…)^(1/n) − 1.
    public static func averageRate(_ rates: [Double]) -> Double? {
        guard !rates.isEmpty else { return nil }
        let product = rates.reduce(1.0) { $0 * (1 + $1) }
        guard product > 0 else { return nil }
        return pow(product, 1 / Double(rates.count)) - 1
    }
}
