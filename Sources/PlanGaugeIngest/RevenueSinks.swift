import PlanGaugeModel

/// Revenue facts kept as rows: each is appended as it is accepted, so a later duplicate can name
/// the first (in this file or an earlier one).
struct RevenueRowSink: RecordSink {
    typealias Column = RevenueColumn
    var store: RevenueFacts
    var slots: FactSlots
    /// Per period and 口径, what this file adds up to (for the unit checks: a return filled in 元).
    var totals = FileTotals()
    /// The file as diagnostics name it.
    let file: String
    /// Facts a merge revised, and which file now holds each.
    var revised: RevisedFacts

    mutating func verdict(on converted: NumberedFact, at place: RecordPlace) -> RowVerdict<RevenueColumn> {
        if !revised.isEmpty && revised.supersedes(converted) { return .superseded }
        if slots.insert(converted) { return .accept }
        // A duplicate (rare): find the first, in this file or an earlier one.
        guard let first = slots.firstFact(like: converted, in: store) else { return .accept }
        let kept = store[first]
        let same = store.sameFigures(first, converted) ? "same values" : "conflicting values"
        let firstFile = kept.origin?.file ?? ""
        let firstPlace = firstFile == file ? "line \(kept.origin?.line ?? 0)" : "\(firstFile):\(kept.origin?.line ?? 0)"
        return .reject { row in
            // Same key, so compare the figures only: 1-9月 and 前三季度 spell one period two ways.
            row.error(
                .period, "duplicate of \(firstPlace) for this enterprise, period and 口径 (\(same))",
                value: "\(row.text(.period) ?? converted.period.description) \(converted.basis.chineseName)",
                expected: "one row per enterprise × period × 口径")
        }
    }

    mutating func accept(_ converted: NumberedFact) {
        store.append(converted)
        slots.noteAppended(converted, at: store.count - 1)
        totals.add(converted)
    }
}

/// Revenue facts folded into panels as the commit step hands them over, a chunk's run at a time
/// (nothing reads the panels while the file is read). The rows are gone once folded in, so a
/// duplicate cannot name the first here (`check` reads rows and does).
struct RevenuePanelSink: RecordSink {
    typealias Column = RevenueColumn
    var panels: RevenuePanels
    var slots: FactSlots
    var totals = FileTotals()
    /// Facts a merge revised, and which file now holds each.
    var revised: RevisedFacts

    static var takesRuns: Bool { true }

    mutating func verdict(on converted: NumberedFact, at place: RecordPlace) -> RowVerdict<RevenueColumn> {
        if !revised.isEmpty && revised.supersedes(converted) { return .superseded }
        if slots.insert(converted) { return .accept }
        return .reject { row in
            row.error(
                .period, "duplicate of an earlier row for this enterprise, period and 口径 (`plangauge check` names it)",
                value: "\(row.text(.period) ?? converted.period.description) \(converted.basis.chineseName)",
                expected: "one row per enterprise × period × 口径")
        }
    }

    mutating func accept(_ converted: NumberedFact) { accept(run: [converted][...]) }

    mutating func accept(run: ArraySlice<NumberedFact>) {
        for row in run { totals.add(row) }
        panels.record(run: run)
    }
}
