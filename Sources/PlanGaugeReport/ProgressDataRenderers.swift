import Foundation

/// `progress --format json`: the report model as JSON, keys sorted, snake_case, stable bytes.
public enum ProgressJSONRenderer {
    /// The report as stable JSON (`StableJSON`).
    public static func render(_ r: ProgressReport) throws -> String { try StableJSON.string(r) }
}

/// `progress --format csv`: one row per indicator, display units, for Excel and scripts.
public enum ProgressCSVRenderer {
    /// The CSV columns, in order.
    public static let header = [
        "plan", "period", "indicator", "name", "unit", "value", "baseline_year", "baseline",
        "target", "target_level", "completion", "observed_cagr", "required_cagr", "projection",
        "status", "score", "progress_value", "method"
    ]

    /// The CSV: `header`, then one row per indicator (values in display units, rates as fractions, no value empty), LF line ends.
    public static func render(_ r: ProgressReport) -> String {
        var lines = [header.joined(separator: ",")]
        func num(_ d: Double?) -> String { d.map { NumberFormat.fixed($0, places: 6, trimmingZeros: true) } ?? "" }
        for i in r.indicators {
            let fields = [
                r.plan.id, r.period, i.id, i.name, i.unit, num(i.value), String(i.baselineYear), num(i.baseline),
                i.target?.text ?? "", num(i.target?.level), num(i.completion), num(i.observedCagr), num(i.requiredCagr),
                num(i.projection), i.status, num(i.score), num(i.progressValue), i.method
            ]
            lines.append(fields.map(CSVCell.escape).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// CSV cells for export: RFC 4180 quoting, and formula neutralisation — a cell starting with
/// `= + - @` (or a tab/CR) gets a leading apostrophe so Excel shows it as text, never runs it.
/// Plain negative numbers are left alone.
public enum CSVCell {
    /// `s` as a safe CSV cell: quoted when it holds a comma, quote or line break; an apostrophe before a leading `= + - @` (not a number).
    public static func escape(_ s: String) -> String {
        var v = s
        if let first = v.first, "=+-@\t\r".contains(first), Double(v) == nil { v = "'" + v }
        return quoted(v)
    }

    /// `s` quoted when it holds a comma, quote or line break, and otherwise as it is (for data
    /// files PlanGauge reads back, where a cell must keep its exact text).
    public static func quoted(_ s: String) -> String {
        let needs = s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        return needs ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
