import Foundation

/// Draws a `LineChart` as inline SVG: deterministic text, no script, accessible (`role="img"`,
/// `<title>`, `<desc>`), styled by the page's stylesheet so dark mode and print apply.
enum SVGChart {
    static let width = 720.0, height = 330.0
    static let left = 64.0, right = 20.0, top = 34.0, bottom = 70.0

    static func render(_ chart: LineChart) -> String {
        let points = chart.series.flatMap(\.points)
        guard !points.isEmpty else { return "" }
        var minX = points.map(\.x).min()!.rounded(.down), maxX = points.map(\.x).max()!.rounded(.up)
        // Labelled positions span the whole axis, points or not (a year's later quarters not yet
        // reached), each in the middle of its share so the end labels stay inside the drawing.
        if let labels = chart.xLabels, !labels.isEmpty { minX = -0.5; maxX = Double(labels.count) - 0.5 }
        if maxX == minX { maxX += 1; minX -= 1 }
        let peak = max(points.map(\.y).max()!, chart.targetLine ?? 0)
        let (yMin, yMax, step) = yScale(peak: peak, low: min(points.map(\.y).min()!, chart.targetLine ?? 0))
        let plotW = width - left - right, plotH = height - top - bottom
        func sx(_ x: Double) -> Double { left + (x - minX) / (maxX - minX) * plotW }
        func sy(_ y: Double) -> Double { top + plotH - (y - yMin) / (yMax - yMin) * plotH }
        let n = { (x: Double) in HTML.number(x) }

        var s = opening(id: chart.id, title: chart.title, summary: chart.summary)
        s += grid(yMin: yMin, yMax: yMax, step: step, sy: sy)
        // Axes and year labels.
        s +=
            "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(top + plotH))\" x2=\"\(n(width - right))\" y2=\"\(n(top + plotH))\"/>"
        if yMin < 0 {
            // Values below zero: the zero line drawn as an axis, so a fall reads as one.
            s +=
                "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(sy(0)))\" x2=\"\(n(width - right))\" y2=\"\(n(sy(0)))\"/>"
        }
        if let labels = chart.xLabels, !labels.isEmpty {
            for (i, label) in labels.enumerated() {
                s +=
                    "<text x=\"\(n(sx(Double(i))))\" y=\"\(n(top + plotH + 18))\" text-anchor=\"middle\">\(HTML.escape(label))</text>"
            }
        } else {
            let years = Int(minX)...Int(maxX)
            let every = max(1, years.count / 10)
            for year in years where (year - years.lowerBound) % every == 0 {
                s +=
                    "<text x=\"\(n(sx(Double(year))))\" y=\"\(n(top + plotH + 18))\" text-anchor=\"middle\">\(year)</text>"
            }
        }
        s += "<text x=\"\(n(left - 6))\" y=\"\(n(top - 18))\" text-anchor=\"end\">\(HTML.escape(chart.unit))</text>"
        if let t = chart.targetLine {
            s +=
                "<line class=\"target\" x1=\"\(n(left))\" y1=\"\(n(sy(t)))\" x2=\"\(n(width - right))\" y2=\"\(n(sy(t)))\" stroke-width=\"1.5\"/>"
            if let label = chart.targetLabel {
                s +=
                    "<text x=\"\(n(width - right - 4))\" y=\"\(n(sy(t) - 5))\" text-anchor=\"end\">\(HTML.escape(label))</text>"
            }
        }
        for (i, series) in chart.series.enumerated() where !series.points.isEmpty {
            let path = series.points.map { "\(n(sx($0.x))),\(n(sy($0.y)))" }.joined(separator: " ")
            let dash =
                series.style == .dashed
                ? " stroke-dasharray=\"7 5\"" : series.style == .dotted ? " stroke-dasharray=\"2 4\"" : ""
            s += "<polyline class=\"s\(i % 4)\" fill=\"none\" stroke-width=\"2.5\"\(dash) points=\"\(path)\"/>"
            if series.style == .solid {
                for p in series.points {
                    s +=
                        "<circle class=\"s\(i % 4)\" cx=\"\(n(sx(p.x)))\" cy=\"\(n(sy(p.y)))\" r=\"3\" fill=\"none\" stroke-width=\"2\"/>"
                }
            }
        }
        // Legend under the plot.
        var lx = left
        let ly = height - 18
        for (i, series) in chart.series.enumerated() {
            let dash =
                series.style == .dashed
                ? " stroke-dasharray=\"7 5\"" : series.style == .dotted ? " stroke-dasharray=\"2 4\"" : ""
            s +=
                "<line class=\"s\(i % 4)\" x1=\"\(n(lx))\" y1=\"\(n(ly - 4))\" x2=\"\(n(lx + 26))\" y2=\"\(n(ly - 4))\" stroke-width=\"2.5\"\(dash)/>"
            s += "<text x=\"\(n(lx + 32))\" y=\"\(n(ly))\">\(HTML.escape(series.name))</text>"
            lx += 48 + Double(TextTable.width(series.name)) * 7
        }
        s += "</svg>"
        return s
    }

    /// The `<svg>` element's opening with its accessible title and description; `height`: the
    /// drawing's, when not the charts' usual one.
    static func opening(id: String, title: String, summary: String, height: Double = SVGChart.height) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(HTML.escape(title))</title>"
            + "<desc id=\"\(id)-desc\">\(HTML.escape(summary))</desc>"
    }

    /// The y axis's range and tick step for values up to `peak` and down to `low`: from 0 when
    /// nothing is negative (as every chart drew before values could be), else from a round step below `low`.
    static func yScale(peak: Double, low: Double) -> (min: Double, max: Double, step: Double) {
        guard low < 0 else {
            let (yMax, step) = niceScale(max(peak * 1.08, 1e-9))
            return (0, yMax, step)
        }
        let high = max(peak, 0) * 1.08, deep = low * 1.08
        let (_, step) = niceScale(high - deep)
        return ((deep / step).rounded(.down) * step, (high / step).rounded(.up) * step, step)
    }

    /// Horizontal grid lines and y labels from `yMin` (0 unless values are negative) to `yMax`, one every `step`.
    static func grid(yMin: Double = 0, yMax: Double, step: Double, sy: (Double) -> Double) -> String {
        var s = "", y = yMin
        while y <= yMax + step / 2 {
            // Steps added up from below zero can miss zero by a rounding error: it is drawn as 0, not -0.0.
            if yMin < 0, abs(y) < step * 1e-9 { y = 0 }
            let py = HTML.number(sy(y))
            s +=
                "<line class=\"grid\" x1=\"\(HTML.number(left))\" y1=\"\(py)\" x2=\"\(HTML.number(width - right))\" y2=\"\(py)\"/>"
            s +=
                "<text x=\"\(HTML.number(left - 6))\" y=\"\(HTML.number(sy(y) + 4))\" text-anchor=\"end\">\(label(y, step: step))</text>"
            y += step
        }
        return s
    }

    /// A round upper bound and tick step (1, 2 or 5 × 10ᵏ) for about five ticks.
    static func niceScale(_ maxValue: Double) -> (max: Double, step: Double) {
        let raw = maxValue / 5
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        return ((maxValue / step).rounded(.up) * step, step)
    }

    static func label(_ y: Double, step: Double) -> String {
        step >= 1 ? NumberFormat.fixed(y, places: 0) : NumberFormat.fixed(y, places: step >= 0.1 ? 1 : 2)
    }
}
