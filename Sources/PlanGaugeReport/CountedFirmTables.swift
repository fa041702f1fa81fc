import PlanGaugeModel

/// The firms behind each count of a plan: those counted and its pipeline (储备企业), each table
/// showing the value it is ranked by, largest first, and no column that would repeat one value
/// (the park on a park's own page).
enum CountedFirmTables {
    /// One section per list that has firms. `plan`: the plan the report is of, for what each count
    /// and pipeline compares; `parkPage`: the tables sit on one park's page (no park column).
    static func sections(_ r: ProgressReport, plan: Plan?, _ l: L10n, parkPage: Bool = false) -> [Section] {
        let text = CountedFirmsText(l: l)
        let byID = Dictionary((plan?.indicators ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var sections: [Section] = []
        let pageRows = CityPageBuilder.pageRows
        for i in r.indicators where !i.counted.isEmpty || !i.pipeline.isEmpty {
            let name = l.lang == .zh ? i.name : (i.nameEn ?? i.name)
            let indicator = byID[i.id]
            let conditions = indicator.map { countConditions($0.measure, byID) } ?? []
            if !i.counted.isEmpty {
                let ranked = valueTitle(conditions.last { $0.threshold != nil }, l)
                let t = table(id: "\(i.id)_counted", title: name, i.counted, valueTitle: ranked, parkPage: parkPage, l)
                let note = text.countedNote(
                    by: ranked.short, pageRows: i.counted.count > pageRows ? pageRows : nil, file: "\(i.id)_counted.csv"
                )
                sections.append(
                    Section(
                        id: "\(i.id)-counted", title: text.countedTitle(name, i.counted.count), note: note,
                        content: .table(t), style: .half))
            }
            if !i.pipeline.isEmpty {
                let rule = indicator?.pipeline
                let ranked = valueTitle(
                    rule.map { $0.conditions.first { $0.threshold != nil } }
                        ?? conditions.first { $0.threshold != nil }, l)
                let t = table(
                    id: "\(i.id)_pipeline", title: name, i.pipeline, valueTitle: ranked, parkPage: parkPage, l)
                let note: String
                if let rule {
                    note = text.candidatesNote(rule: rule.conditions.map { conditionText($0, l) }, by: ranked.short)
                } else {
                    note = text.closeToThresholdNote(by: ranked.short)
                }
                let title =
                    rule == nil
                    ? text.closeToThresholdTitle(name, i.pipeline.count) : text.candidatesTitle(name, i.pipeline.count)
                sections.append(
                    Section(id: "\(i.id)-pipeline", title: title, note: note, content: .table(t), style: .half))
            }
        }
        return sections
    }

    /// The conditions of the count an indicator measures (through `indicator:` references).
    static func countConditions(_ m: Measure, _ byID: [String: Indicator], depth: Int = 0) -> [CountCondition] {
        switch m {
        case .count(_, let c): return c
        case .indicator(let id) where depth < 8:
            return byID[id].map { countConditions($0.measure, byID, depth: depth + 1) } ?? []
        case .cagr(let inner, _): return countConditions(inner, byID, depth: depth + 1)
        default: return []
        }
    }

    /// The column title of the value a list is ranked by (`近12个月营业收入（亿元）`) and its short
    /// name for the note: the threshold's own figure, or a firm's twelve-month revenue.
    static func valueTitle(_ c: CountCondition?, _ l: L10n) -> (column: String, short: String) {
        let text = CountedFirmsText(l: l)
        if case .marketCapAtLeast = c { return (text.marketCapColumn, text.marketCap) }
        return (text.revenueColumn, text.revenue)
    }

    /// A condition in words: `近12个月营业收入 ≥ 3亿元`, `标签「上市」`.
    static func conditionText(_ c: CountCondition, _ l: L10n) -> String {
        let text = CountedFirmsText(l: l)
        switch c {
        case .tag(let t): return text.tag(t)
        case .annualRevenueAtLeast(let a): return text.revenueAtLeast(l.money(yi: a.value(in: .yi)).trimmedMoney)
        case .marketCapAtLeast(let a): return text.marketCapAtLeast(l.money(yi: a.value(in: .yi)).trimmedMoney)
        }
    }

    /// A list as a table: rank, firm, park (unless it would repeat one value), the value, and the
    /// share of the threshold when the list has one.
    static func table(
        id: String, title: String, _ items: [IndicatorRow.FirmItem], valueTitle: (column: String, short: String),
        parkPage: Bool, _ l: L10n
    ) -> ReportTable {
        let parks = Set(items.map { $0.parkName ?? $0.park ?? "" })
        let showPark = !parkPage && !(parks.count == 1 && (items.count > 1 || parks.first == ""))
        let showShare = items.contains { $0.shareOfThreshold != nil }
        let text = CountedFirmsText(l: l)
        var columns: [ReportTable.Column] = [.init("#", numeric: true), .init(text.enterprise)]
        if showPark { columns.append(.init(text.park)) }
        columns.append(.init(valueTitle.column, numeric: true))
        if showShare { columns.append(.init(text.ofThreshold, numeric: true)) }
        let rows = items.enumerated().map { n, f -> [ReportTable.Cell] in
            var row: [ReportTable.Cell] = [.init(String(n + 1)), .init(f.name)]
            if showPark { row.append(.init((f.parkName ?? f.park).map(l.name) ?? "")) }
            row.append(
                .init(
                    f.value.map { NumberFormat.fixed($0 / l.moneyScale, places: 2) } ?? "—",
                    raw: f.value.map { CityPageBuilder.raw($0 / l.moneyScale) }))
            if showShare {
                row.append(
                    .init(
                        f.shareOfThreshold.map { NumberFormat.percent($0, places: 0) } ?? "",
                        raw: f.shareOfThreshold.map(CityPageBuilder.raw)))
            }
            return row
        }
        return ReportTable(id: id, title: title, columns: columns, rows: rows)
    }
}

extension String {
    /// `3.00亿元` → `3亿元`, `0.30 bn yuan` → `0.3 bn yuan`: a threshold as a plan writes it.
    var trimmedMoney: String {
        // ASCII digits only: 亿 is a numeral to `Character.isNumber`.
        let end = firstIndex(where: { !(("0"..."9").contains($0) || $0 == ".") }) ?? endIndex
        let number = self[..<end]
        return (DecimalFormat.plain.string(decimalText: number) ?? String(number)) + self[end...]
    }
}
