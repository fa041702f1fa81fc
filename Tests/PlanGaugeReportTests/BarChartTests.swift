import Foundation
import PlanGaugeReport
import Testing

/// The grouped bar chart: geometry worked out by hand, accessible and escaped like the line charts,
/// its table beside it and exported.
@Suite struct BarChartTests {
    static func page() -> Page {
        let table = ReportTable(
            id: "bars", title: "t", columns: [.init("Year", nowrap: true), .init("A", numeric: true)],
            rows: [[.init("2025"), .init("100")], [.init("2026"), .init("50")]])
        let chart = BarChart(
            id: "bars", title: "Funds <by> year", summary: "A & B by year", unit: "万元", categories: ["2025", "2026"],
            series: [.init(name: "<b>A</b>", values: [100, 50]), .init(name: "B", values: [0, 200])], table: table)
        return Page(language: .zh, title: "p", sections: [Section(id: "s", title: "s", content: .bars(chart))])
    }

    @Test func barsByHand() {
        let html = HTMLRenderer.render(Self.page(), footer: "")
        // Plot 720 − 64 − 20 = 636 wide, 330 − 34 − 70 = 226 high. Peak 200 × 1.08 = 216 → step 50 (216/5 = 43.2 → 50),
        // top of scale 250. Two categories: groups 318 wide, bars 318 × 0.8 / 2 = 127.2 (drawn 127.2 × 0.92 = 117.0).
        // A in 2025: x = 64 + 0.1 × 318 = 95.8; height 100/250 × 226 = 90.4; y = 34 + 226 − 90.4 = 169.6.
        #expect(html.contains("<rect class=\"s0\" x=\"95.8\" y=\"169.6\" width=\"117.0\" height=\"90.4\">"))
        // B in 2026: x = 64 + 318 + 31.8 + 127.2 = 541.0; height 200/250 × 226 = 180.8; y = 260 − 180.8 = 79.2.
        #expect(html.contains("<rect class=\"s1\" x=\"541.0\" y=\"79.2\" width=\"117.0\" height=\"180.8\">"))
        // Accessible and escaped: role, title, desc, names.
        #expect(html.contains("role=\"img\" aria-labelledby=\"bars-title bars-desc\""))
        #expect(
            html.contains(
                "<title id=\"bars-title\">Funds &lt;by&gt; year</title><desc id=\"bars-desc\">A &amp; B by year</desc>")
        )
        #expect(html.contains("&lt;b&gt;A&lt;/b&gt;") && !html.contains("<b>A</b>"))
        #expect(!html.contains("<script"))
        // The data table follows, with the nowrap column marked, and is what gets exported.
        #expect(html.contains("<td class=\"nowrap\">2025</td><td class=\"num\">100</td>"))
        #expect(Self.page().tables.map(\.id) == ["bars"])
    }
}
