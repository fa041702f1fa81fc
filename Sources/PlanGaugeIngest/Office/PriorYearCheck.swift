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
    /// The facts of the 当期 quarters (or else months) from January to `month` of `year`, when the
    /// dataset has every one; nil otherwise.
    static func periods(through month: Int, of year: Int, index: [FactKey: Int], id: USCC) -> [Int]? {
        if month % 3 == 0 {
            let quarters = (1...(month / 3)).compactMap {
                Period.quarter(year, $0).flatMap { index[FactKey(enterprise: id, period: $0, basis: .period)] }
            }
            if quarters.count == month / 3 { return quarters }
        }
        let months = (1...month).compactMap {
            Period.month(year, $0).flatMap { index[FactKey(enterprise: id, period: $0, basis: .period)] }
        }
        return months.count == month ? months : nil
    }

    func checkRestatedFigures() {
        guard !restatedFigures.isEmpty, options.revenuePanels == nil, !dataset.revenue.isEmpty else { return }
        var index: [FactKey: Int] = [:]
        for i in dataset.revenue.indices { index[dataset.revenue[i].key] = i }
        for r in restatedFigures {
            let f = r.figure
            guard case .success(let id) = USCC.validate(f.id), let label = PeriodLabel(f.period) else { continue }
            let basis = f.basis.flatMap { try? BasisCell.parse($0).get() } ?? label.impliedBasis ?? .period
            let lastYear = label.period.yearAgo
            let column = ColumnLookup<RevenueColumn>().column(for: f.field)
            func amount(_ i: Int) -> Amount? {
                let fact = dataset.revenue[i]
                switch column {
                case .revenue?: return fact.revenue
                case .industryRevenue?: return fact.industryRevenue
                case .rdExpense?: return fact.rdExpense
                default: return nil
                }
            }
            // The dataset's own figure: the same fact, or for a 累计 figure the 当期 figures of the
            // months it covers when the dataset has every one of them (quarters, or months).
            let known: Amount?
            var origins: [Int] = []
            if let i = index[FactKey(enterprise: id, period: lastYear, basis: basis)] {
                known = amount(i)
                origins = [i]
            } else if basis == .cumulative, lastYear.unit != .year,
                let parts = Self.periods(
                    through: lastYear.lastMonth, of: lastYear.year,
                    index: index, id: id)
            {
                let values = parts.map(amount)
                known = values.contains { $0 == nil } ? nil : Amount(fen: values.reduce(0) { $0 + $1!.fen })
                origins = parts
            } else {
                continue
            }
            let unit = HeaderName(f.field).unit.flatMap { MoneyUnit.fromShortName($0) } ?? .wan
            guard let known, case .value(let stated) = AmountCell.parse(f.value, defaultUnit: unit), stated != known
            else { continue }
            let period =
                basis == .cumulative && lastYear.unit != .year
                ? "\(lastYear.year)年1-\(lastYear.lastMonth)月" : lastYear.chineseLabel
            let source =
                origins.count == 1
                ? dataset.revenue.origin(origins[0]).map { " (\($0.file):\($0.line))" } ?? ""
                : " (the sum of its \(origins.count) 当期 figures)"
            let name = column.map { $0.names.count > 1 ? $0.names[1] : $0.englishName } ?? f.field
            log.add(
                Diagnostic(
                    file: r.file, line: f.place, column: f.column, severity: .warning,
                    message:
                        "上年同期 of \(name) for \(f.id) differs from the dataset's own \(period) \(basis.chineseName) figure, \(known.formatted(in: unit)) \(unit.rawValue)\(source): a revision candidate; the dataset's figure is kept until the earlier return is corrected",
                    value: f.value, expected: "\(known.formatted(in: unit)) (the figure already in the dataset)",
                    sheet: r.sheet))
            if let k = files.lastIndex(where: { $0.file == r.file }) { files[k].warnings += 1 }
        }
    }
}
