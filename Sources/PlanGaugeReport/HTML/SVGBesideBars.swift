import Foundation

/// Draws a `BarChart` with a measure `beside` its bars (累计 and its 拉动) as inline SVG, a row per
/// category: the name, the series' bars from a common left edge with their values, then the second
/// measure's bars from its own zero line, negative ones to the left of it in another colour and
/// signed. Deterministic text, no script, accessible (`role="img"`, `<title>`, `<desc>`, each bar's
/// value in its own `<title>`); colours from the page's stylesheet so dark mode and print apply.
enum SVGBesideBars {
    static let width = SVGChart.width
    /// Row height, room above the rows for the headers, below them for the zero line's end.
    static let rowHeight = 26.0, top = 44.0, bottom = 14.0
    /// Bars fill a row but for this margin above and below.
    static let rowMargin = 4.0
    /// Room kept for a value written at the end of a bar.
    static let labelRoom = 48.0, besideLabelRoom = 40.0
    /// Between the category names and the bars, between the two panels, and at the right edge.
    static let nameGap = 10.0, panelGap = 28.0, rightMargin = 12.0
    /// The first panel's share of the width the bars have.
    static let firstShare = 0.55

    static func render(_ chart: BarChart) -> String {
        guard let beside = chart.beside, !chart.categories.isEmpty, !chart.series.isEmpty else { return "" }
        let rows = Double(chart.categories.count)
        let height = top + rows * rowHeight + bottom
        let nameRight = 8 + nameWidth(chart.categories)
        let x0 = nameRight + nameGap, bars = width - rightMargin - x0
        let firstWidth = (bars - panelGap) * firstShare
        let x1 = x0 + firstWidth + panelGap, secondWidth = bars - panelGap - firstWidth
        let n = { (x: Double) in HTML.number(x) }

        var s = SVGChart.opening(id: chart.id, title: chart.title, summary: chart.summary, height: height)
        s += headers(chart, beside, x0: x0, x1: x1)
        for (c, category) in chart.categories.enumerated() {
            let rowTop = top + Double(c) * rowHeight
            s +=
                "<text x=\"\(n(nameRight))\" y=\"\(n(rowTop + rowHeight / 2 + 4))\" text-anchor=\"end\">\(HTML.escape(category))</text>"
        }
        s += firstPanel(chart, x0: x0, width: firstWidth)
        s += secondPanel(chart, beside, x1: x1, width: secondWidth)
        s += "</svg>"
        return s
    }

    /// The width kept for the category names: the longest at about 6.5 px a column (a CJK character
    /// is two), within 48…200 px.
    static func nameWidth(_ names: [String]) -> Double {
        min(200, max(48, Double(names.map(TextTable.width).max() ?? 0) * 6.5))
    }

    /// Each panel's heading: the series' names (with a swatch when there are several), then the second measure's.
    static func headers(_ chart: BarChart, _ beside: BarChart.Beside, x0: Double, x1: Double) -> String {
        let n = { (x: Double) in HTML.number(x) }
        let y = top - 14
        var s = "", x = x0
        for (i, series) in chart.series.enumerated() {
            if chart.series.count > 1 {
                s += "<rect class=\"s\(i % 4)\" x=\"\(n(x))\" y=\"\(n(y - 10))\" width=\"14\" height=\"10\"/>"
                x += 20
            }
            s += "<text x=\"\(n(x))\" y=\"\(n(y))\">\(HTML.escape(heading(series.name, chart.unit)))</text>"
            x += 16 + Double(TextTable.width(heading(series.name, chart.unit))) * 7
        }
        s += "<text x=\"\(n(x1))\" y=\"\(n(y))\">\(HTML.escape(heading(beside.name, beside.unit)))</text>"
        return s
    }

    /// A heading with its unit: "拉动 · 个百分点".
    static func heading(_ name: String, _ unit: String) -> String { unit.isEmpty ? name : "\(name) · \(unit)" }

    /// The series' bars from the panel's left edge, each as long as its value against the largest,
    /// its value after it; a row holds one bar per series.
    static func firstPanel(_ chart: BarChart, x0: Double, width: Double) -> String {
        let n = { (x: Double) in HTML.number(x) }
        let largest = max(chart.series.flatMap(\.values).max() ?? 0, 1e-9)
        let perPx = (width - labelRoom) / largest
        let band = (rowHeight - 2 * rowMargin) / Double(chart.series.count)
        var s = ""
        for (c, category) in chart.categories.enumerated() {
            let rowTop = top + Double(c) * rowHeight
            for (i, series) in chart.series.enumerated() where c < series.values.count {
                let v = series.values[c], length = max(0, v) * perPx, y = rowTop + rowMargin + Double(i) * band
                s +=
                    "<rect class=\"s\(i % 4)\" x=\"\(n(x0))\" y=\"\(n(y))\" width=\"\(n(length))\" height=\"\(n(band))\">"
                s +=
                    "<title>\(HTML.escape("\(category) \(series.name) \(NumberFormat.fixed(v, places: 2)) \(chart.unit)"))</title></rect>"
                s +=
                    "<text x=\"\(n(x0 + length + 4))\" y=\"\(n(y + band / 2 + 4))\">\(NumberFormat.fixed(v, places: 2))</text>"
            }
        }
        s += axis(x0, rows: chart.categories.count)
        return s
    }

    /// The second measure's bars from its zero line: right for a positive value, left and in another
    /// colour (class `neg`) for a negative one, each with its signed value (one decimal) at its end.
    static func secondPanel(_ chart: BarChart, _ beside: BarChart.Beside, x1: Double, width: Double) -> String {
        let n = { (x: Double) in HTML.number(x) }
        let values = beside.values.compactMap { $0 }
        let low = min(0, values.min() ?? 0), high = max(0, values.max() ?? 0)
        let padLeft = low < 0 ? besideLabelRoom : 4, padRight = high > 0 ? besideLabelRoom : 4
        let perPx = (width - padLeft - padRight) / (high - low > 0 ? high - low : 1)
        let zero = x1 + padLeft - low * perPx
        var s = ""
        for (c, category) in chart.categories.enumerated() {
            let y = top + Double(c) * rowHeight + rowMargin, band = rowHeight - 2 * rowMargin
            let textY = n(y + band / 2 + 4)
            guard c < beside.values.count, let v = beside.values[c] else {
                s += "<text x=\"\(n(zero + 4))\" y=\"\(textY)\">—</text>"
                continue
            }
            let length = abs(v) * perPx, shown = (v > 0 ? "+" : "") + NumberFormat.fixed(v, places: 1)
            s +=
                "<rect class=\"\(v < 0 ? "s3 neg" : "s2")\" x=\"\(n(v < 0 ? zero - length : zero))\" y=\"\(n(y))\" width=\"\(n(length))\" height=\"\(n(band))\">"
            s += "<title>\(HTML.escape("\(category) \(beside.name) \(shown) \(beside.unit)"))</title></rect>"
            s +=
                v < 0
                ? "<text x=\"\(n(zero - length - 4))\" y=\"\(textY)\" text-anchor=\"end\">\(shown)</text>"
                : "<text x=\"\(n(zero + length + 4))\" y=\"\(textY)\">\(shown)</text>"
        }
        s += axis(zero, rows: chart.categories.count)
        return s
    }

    /// A vertical axis line at `x` over all the rows.
    static func axis(_ x: Double, rows: Int) -> String {
        let n = { (x: Double) in HTML.number(x) }
        return
            "<line class=\"axis\" x1=\"\(n(x))\" y1=\"\(n(top - 4))\" x2=\"\(n(x))\" y2=\"\(n(top + Double(rows) * rowHeight + 4))\"/>"
    }
}
