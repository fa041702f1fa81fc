import PlanGaugeModel

/// A `上年同期` figure restated by a return, with the file it came from.
struct RestatedFigure {
    let file: String
    let sheet: String?
    let figure: OfficeTable.PriorYearFigure
}

extension DatasetLoader {
    /// Compares each `上年同期` figure a return restates with the dataset's own figure for that
    /// enterprise, period a year earlier and 口径. A difference is a revision candidate: it is
    /// reported with both figures, and the dataset's own figure is kept (nothing is taken silently).
    func checkRestatedFigures() {
        guard !restatedFigures.isEmpty, options.revenuePanels == nil, !dataset.revenue.isEmpty else { return }
        var index: [FactKey: Int] = [:]
        for i in dataset.revenue.indices { index[dataset.revenue[i].key] = i }
        for r in restatedFigures {
            let f = r.figure
            guard case .success(let id) = USCC.validate(f.id), let label = PeriodLabel(f.period) else { continue }
            let basis = f.basis.flatMap { try? BasisCell.parse($0).get() } ?? label.impliedBasis ?? .period
            let lastYear = label.period.yearAgo
            guard let i = index[FactKey(enterprise: id, period: lastYear, basis: basis)] else { continue }
            let fact = dataset.revenue[i]
            let column = ColumnLookup<RevenueColumn>().column(for: f.field)
            let known: Amount?
            switch column {
            case .revenue?: known = fact.revenue
            case .industryRevenue?: known = fact.industryRevenue
            case .rdExpense?: known = fact.rdExpense
            case .marketCap?: known = fact.marketCap
            default: continue
            }
            let unit = HeaderName(f.field).unit.flatMap { MoneyUnit.fromShortName($0) } ?? .wan
            guard let known, case .value(let stated) = AmountCell.parse(f.value, defaultUnit: unit), stated != known else { continue }
            let period = basis == .cumulative && lastYear.unit != .year
                ? "\(lastYear.year)年1-\(lastYear.lastMonth)月" : lastYear.chineseLabel
            let source = dataset.revenue.origin(i).map { " (\($0.file):\($0.line))" } ?? ""
            let name = column.map { $0.names.count > 1 ? $0.names[1] : $0.englishName } ?? f.field
            log.add(Diagnostic(
                file: r.file, line: f.place, column: f.column, severity: .warning,
                message: "上年同期 of \(name) for \(f.id) differs from the dataset's own \(period) \(basis.chineseName) figure, \(known.formatted(in: unit)) \(unit.rawValue)\(source): a revision candidate; the dataset's figure is kept until the earlier return is corrected",
                value: f.value, expected: "\(known.formatted(in: unit)) (the figure already in the dataset)", sheet: r.sheet))
            if let k = files.lastIndex(where: { $0.file == r.file }) { files[k].warnings += 1 }
        }
    }
}
