import Foundation
import PlanGaugeModel

/// Paths drawn beside an indicator's history: the path the target required and the projection
/// of the observed trend. Computed here so renderers only draw.
public enum Trajectory {
    /// Geometric path from the baseline level to the target level: base × (target/base)^((t − t0)/(T − t0)).
    public static func required(base: Double, baseYear: Int, target: Double, targetYear: Int) -> [(
        year: Int, value: Double
    )] {
        guard targetYear > baseYear, base > 0, target > 0 else { return [] }
        return (baseYear...targetYear).map { y in
            (y, base * pow(target / base, Double(y - baseYear) / Double(targetYear - baseYear)))
        }
    }

    /// The observed CAGR carried from the current level to the target year.
    public static func projected(current: Double, at time: Double, rate: Double, untilYear: Int) -> [(
        time: Double, value: Double
    )] {
        guard Double(untilYear) > time else { return [] }
        var points = [(time, current)]
        var y = Int(time.rounded(.down)) + 1
        while y <= untilYear {
            points.append((Double(y), current * pow(1 + rate, Double(y) - time)))
            y += 1
        }
        return points
    }
}
