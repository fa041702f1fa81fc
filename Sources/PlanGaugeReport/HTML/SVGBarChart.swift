import Foundation

/// Draws a `BarChart` as inline SVG, grouped bars (one group per category, one bar per series):
/// deterministic text, no script, accessible (`role="img"`, `<title>`, `<desc>`, and each bar's
/// value in its own `<title>`), colours from the page's stylesheet so dark mode and print apply.
/// A chart with a measure `beside` its bars is drawn a row per category (`SVGBesideBars`).
enum SVGBarChart {
    static let width = SVGChart.width, height = SVGChart.height
    static let left = SVGChart.left, right = SVGChart.right, top = SVGChart.top, bottom = SVGChart.bottom

    static func render(_ chart: BarChart) -> String {
        // A second measure beside the first: a row per category, drawn by its own layout.
        if chart.beside != nil { return SVGBesideBars.render(chart) }
        let values = chart.series.flatMap(\.values)
        guard !chart.categories.isEmpty, !chart.series.isEmpty, !values.isEmpty else { return "" }
        let (yMax, step) = SVGChart.niceScale(max((values.max() ?? 0) * 1.08, 1e-9))
        let plotW = width - left - right, plotH = height - top - bottom
        let group = plotW / Double(chart.categories.count)
        let bar = group * 0.8 / Double(chart.series.count)
        func sy(_ y: Double) -> Double { top + plotH - max(0, y) / yMax * plotH }
        let n = { (x: Double) in HTML.number(x) }

        var s = SVGChart.opening(id: chart.id, title: chart.title, summary: chart.summary)
        s += SVGChart.grid(yMax: yMax, step: step, sy: sy)
        s += "<text x=\"\(n(left - 6))\" y=\"\(n(top - 18))\" text-anchor=\"end\">\(HTML.escape(chart.unit))</text>"
        for (c, category) in chart.categories.enumerated() {
            let x0 = left + Double(c) * group + group * 0.1
            for (i, series) in chart.series.enumerated() where c < series.values.count {
                let v = series.values[c]
                let top = sy(v)
                s +=
                    "<rect class=\"s\(i % 4)\" x=\"\(n(x0 + Double(i) * bar))\" y=\"\(n(top))\" width=\"\(n(bar * 0.92))\" height=\"\(n(sy(0) - top))\">"
                s +=
                    "<title>\(HTML.escape("\(category) \(series.name) \(NumberFormat.fixed(v, places: 2)) \(chart.unit)"))</title></rect>"
            }
            s +=
                "<text x=\"\(n(left + (Double(c) + 0.5) * group))\" y=\"\(n(top + plotH + 18))\" text-anchor=\"middle\">\(HTML.escape(category))</text>"
        }
        s +=
            "<line class=\"axis\" x1=\"\(n(left))\" y1=\"\(n(top + plotH))\" x2=\"\(n(width - right))\" y2=\"\(n(top + plotH))\"/>"
        // Legend under the plot: a swatch and the name of each series.
        var lx = left
        let ly = height - 18
        for (i, series) in chart.series.enumerated() {
            s += "<rect class=\"s\(i % 4)\" x=\"\(n(lx))\" y=\"\(n(ly - 10))\" width=\"14\" height=\"10\"/>"
            s += "<text x=\"\(n(lx + 20))\" y=\"\(n(ly))\">\(HTML.escape(series.name))</text>"
            lx += 36 + Double(TextTable.width(series.name)) * 7
        }
        s += "</svg>"
        return s
    }
}
