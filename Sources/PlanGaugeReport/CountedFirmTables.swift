import PlanGaugeModel

/// The firms behind each count of a plan: those counted and its pipeline (储备企业), each table
/// showing the value it is ranked by, largest first, and no column that would repeat one value
/// (the park on a park's own page).
enum CountedFirmTables {
    /// One section per list that has firms. `plan`: the plan the report is of, for what each count
    /// and pipeline compares; `parkPage`: the tables sit on one park's page (no park column).
    static func sections(_ r: ProgressReport, plan: Plan?, _ l: L10n, parkPage: Bool = false) -> [Section] {
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
                let more =
                    i.counted.count > pageRows
                    ? l.t(
                        "，页面列前 \(pageRows) 家，完整名单见 data/\(i.id)_counted.csv",
                        "; the page lists the first \(pageRows), data/\(i.id)_counted.csv has all") : ""
                sections.append(
                    Section(
                        id: "\(i.id)-counted",
                        title: l.t("\(name)：计入企业（\(i.counted.count) 家）", "\(name): firms counted (\(i.counted.count))"),
                        note: l.t("按\(ranked.short)从大到小\(more)。", "By \(ranked.short), largest first\(more)."),
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
                    let said = rule.conditions.map { conditionText($0, l) }.joined(separator: l.t("、", ", "))
                    note = l.t(
                        "按计划规定的候选规则（\(said)）列出、尚未计入的企业，按\(ranked.short)从大到小。",
                        "Firms not counted yet that meet the plan's candidate rule (\(said)), by \(ranked.short), largest first."
                    )
                } else {
                    note = l.t(
                        "距门槛 20% 以内、最可能下一步跨过门槛的企业，按\(ranked.short)从大到小。",
                        "Within 20% below the threshold: the firms most likely to cross next, by \(ranked.short), largest first."
                    )
                }
                let title =
                    rule == nil
                    ? l.t(
                        "\(name)：接近门槛的企业（\(i.pipeline.count) 家）",
                        "\(name): close to the threshold (\(i.pipeline.count))")
                    : l.t("\(name)：储备企业（\(i.pipeline.count) 家）", "\(name): candidates (\(i.pipeline.count))")
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
        if case .marketCapAtLeast = c {
            return (l.t("期末市值（亿元）", "Market cap (\(l.moneyUnit))"), l.t("期末市值", "market cap"))
        }
        return (
            l.t("近12个月营业收入（亿元）", "Revenue, last 12 months (\(l.moneyUnit))"),
            l.t("近12个月营业收入", "revenue over the last 12 months")
        )
    }

    /// A condition in words: `近12个月营业收入 ≥ 3亿元`, `标签「上市」`.
    static func conditionText(_ c: CountCondition, _ l: L10n) -> String {
        switch c {
        case .tag(let t): return l.t("标签「\(t)」", "tag «\(t)»")
        case .annualRevenueAtLeast(let a):
            return l.t("近12个月营业收入 ≥ ", "revenue over the last 12 months ≥ ")
                + l.money(yi: a.value(in: .yi)).trimmedMoney
        case .marketCapAtLeast(let a):
            return l.t("期末市值 ≥ ", "market cap ≥ ") + l.money(yi: a.value(in: .yi)).trimmedMoney
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
        var columns: [ReportTable.Column] = [.init("#", numeric: true), .init(l.t("企业", "Enterprise"))]
        if showPark { columns.append(.init(l.t("园区", "Park"))) }
        columns.append(.init(valueTitle.column, numeric: true))
        if showShare { columns.append(.init(l.t("达门槛", "Of threshold"), numeric: true)) }
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
