import PlanGaugeModel

extension DatasetLoader {
    /// Reads park_stats: each row's revenue with its 口径 (the label's own, else the 口径 column, else
    /// 当期), checked against the park's other rows of the year (`ParkStatBook`); then a warning for
    /// each park-year whose figures do not give the year to date they reach.
    func readParkStats(_ path: String) throws {
        var book = ParkStatBook()
        var periodColumn = 0
        let stats = try table(path, "park_stats", ParkStatColumn.self) { row -> ParkStat? in
            let park = row.text(.park)
            let label = row.periodLabel(.period)
            let written = row.basis(.basis)
            let firms = row.count(.firms), revenue = row.amount(.revenue), employees = row.count(.employees)
            periodColumn = row.header[.period].map { $0 + 1 } ?? 0
            guard let park, let label, !row.hasError else { return nil }
            if let implied = label.impliedBasis, let written, implied != written {
                row.error(
                    .basis,
                    "the period label is \(implied.chineseName) by itself but the row says \(written.chineseName)",
                    value: written.chineseName, expected: "\(implied.chineseName) or an empty 口径")
                return nil
            }
            guard let id = parkID(for: park) else {
                if parksFileRead {
                    row.error(
                        .park, "unknown park: not in parks.csv", value: park,
                        expected: "a park id or name from parks.csv")
                } else {
                    row.error(
                        .park, "unknown park: the dataset has no parks.csv", value: park,
                        expected: "a parks.csv listing this park")
                }
                return nil
            }
            let stat = ParkStat(
                park: id, period: label.period, basis: label.impliedBasis ?? written ?? .period,
                firms: firms, revenue: revenue, employees: employees)
            if let p = book.problem(with: stat) {
                row.error(p.column, p.message, value: p.value, expected: p.expected)
                return nil
            }
            book.add(stat, line: row.line)
            return stat
        }
        dataset.parkStats = stats
        noteAfterReading(path, book.underivedYears(), column: periodColumn)
    }

    /// Warnings about a table's accepted rows that only the whole file shows, placed as the
    /// reader places its own (the file's line, a workbook's sheet row) and counted in its summary.
    private func noteAfterReading(_ path: String, _ warnings: [(line: Int, message: String)], column: Int) {
        guard !warnings.isEmpty else { return }
        let shown = display(path), number = FileNames.shared.number(of: shown)
        let sheet = FileNames.shared.sheet(number)
        for w in warnings {
            log.add(
                Diagnostic(
                    file: shown, line: FileNames.shared.place(number, line: w.line), column: sheet == nil ? column : 0,
                    severity: .warning, message: w.message,
                    expected: "each year's figures from January: 当期 values of every period, or 累计 values", sheet: sheet)
            )
        }
        if let i = files.lastIndex(where: { $0.file == shown }) { files[i].warnings += warnings.count }
    }

    func readSeries(_ path: String) throws {
        var lines: [String: [Period: Int]] = [:]
        dataset.series = try table(path, "series", SeriesColumn.self) { row -> SeriesPoint? in
            let name = row.text(.series)
            let label = row.periodLabel(.period)
            let value = row.decimal(.value)
            let point = SeriesPoint(
                series: name ?? "", period: label?.period ?? .year(2000)!, value: value ?? ExactDecimal(0),
                unit: row.text(.unit), source: row.text(.source))
            guard let name, let label, value != nil, !row.hasError else { return nil }
            if let first = lines[name]?[label.period] {
                row.error(.period, "duplicate of line \(first) for series \(name)", value: label.period.description)
                return nil
            }
            lines[name, default: [:]][label.period] = row.line
            return point
        }
    }

    func readMilestones(_ path: String) throws {
        var lines: [String: Int] = [:]
        dataset.milestones = try table(path, "milestones", MilestoneColumn.self) { row -> Milestone? in
            let kind = row.text(.kind).map(Milestone.kindID(for:))
            let name = row.text(.name)
            let date = row.date(.date)
            var park = row.text(.park)
            if let p = park {
                park = parkID(for: p)
                if park == nil {
                    row.warning(
                        .park,
                        parksFileRead
                            ? "park is not in parks.csv; kept without a park"
                            : "park given but the dataset has no parks.csv; kept without a park", value: p)
                }
            }
            guard let kind, let name, let date, !row.hasError else { return nil }
            let key = kind + "\u{1F}" + name
            if let first = lines[key] {
                row.error(.name, "duplicate milestone (first on line \(first)); it would be counted twice", value: name)
                return nil
            }
            lines[key] = row.line
            return Milestone(kind: kind, name: name, date: date, district: row.text(.district), park: park)
        }
    }
}
