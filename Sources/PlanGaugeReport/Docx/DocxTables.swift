/// The page's drawn parts as the Word report's tables: the headline tiles and the progress bars.
enum DocxTables {
    /// One row per tile: what it is, its value, its detail line, its status with score.
    static func tiles(_ tiles: [KPITile], _ l: L10n) -> ReportTable {
        let chrome = PageChromeText(l: l)
        return ReportTable(
            id: "", title: "",
            columns: [
                .init(chrome.indicator), .init(chrome.value, numeric: true), .init(chrome.detail), .init(chrome.status)
            ],
            rows: tiles.map { t in
                [.init(t.label), .init(t.value), .init(t.detail ?? ""), .init(withScore(t.status ?? "", t.score))]
            })
    }

    /// One row per bar: 完成度, the time markers the page draws on the bar as figures (columns only
    /// when some bar has them), value, target, status with score, and the basis and the change since
    /// the quarter before where the page says them. No text bar: its glyphs would take a quarter of
    /// the width that the figures need.
    static func bars(_ bars: [ProgressBar], _ l: L10n) -> ReportTable {
        let chrome = PageChromeText(l: l), text = DocxText(l: l)
        let calendar = bars.contains { $0.calendarMarker != nil }, seasonal = bars.contains { $0.seasonalMarker != nil }
        let basis = bars.contains { $0.basis != nil }, change = bars.contains { $0.change != nil }
        var columns: [ReportTable.Column] = [.init(chrome.indicator), .init(chrome.done, numeric: true)]
        if calendar { columns.append(.init(text.calendarProgress, numeric: true)) }
        if seasonal { columns.append(.init(text.seasonalProgress, numeric: true)) }
        columns += [
            .init(chrome.currentValue, numeric: true), .init(chrome.targetValue, numeric: true), .init(chrome.status)
        ]
        if basis { columns.append(.init(chrome.basis)) }
        if change { columns.append(.init(chrome.change)) }
        return ReportTable(
            id: "", title: "", columns: columns,
            rows: bars.map { b in
                var row: [ReportTable.Cell] = [.init(b.label), .init(NumberFormat.percent(b.completion))]
                if calendar { row.append(.init(b.calendarMarker.map { NumberFormat.percent($0) } ?? "")) }
                if seasonal { row.append(.init(b.seasonalMarker.map { NumberFormat.percent($0) } ?? "")) }
                row += [.init(b.valueText), .init(b.targetText), .init(withScore(b.status, b.score))]
                if basis { row.append(.init(b.basis ?? "")) }
                if change { row.append(.init(b.change ?? "")) }
                return row
            })
    }

    /// "已完成目标 · 得分 5.00", or the status alone.
    static func withScore(_ status: String, _ score: String?) -> String {
        status + (score.map { " · " + $0 } ?? "")
    }
}
