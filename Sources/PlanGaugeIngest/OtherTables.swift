import PlanGaugeModel

extension DatasetLoader {
    func readParkStats(_ path: String) throws {
        var lines: [Period: [String: Int]] = [:]
        let stats = try table(path, "park_stats", ParkStatColumn.self) { row -> ParkStat? in
            let park = row.text(.park)
            let label = row.periodLabel(.period)
            let stat = ParkStat(park: park ?? "", period: label?.period ?? .year(2000)!, firms: row.count(.firms),
                                revenue: row.amount(.revenue), employees: row.count(.employees))
            guard let park, let label, !row.hasError else { return nil }
            guard let id = parkID(for: park) else {
                if parksFileRead {
                    row.error(.park, "unknown park: not in parks.csv", value: park, expected: "a park id or name from parks.csv")
                } else {
                    row.error(.park, "unknown park: the dataset has no parks.csv", value: park, expected: "a parks.csv listing this park")
                }
                return nil
            }
            if let first = lines[label.period]?[id] {
                row.error(.period, "duplicate of line \(first) for this park and period", value: label.period.description)
                return nil
            }
            lines[label.period, default: [:]][id] = row.line
            var s = stat
            s.park = id
            return s
        }
        dataset.parkStats = stats
    }

    func readSeries(_ path: String) throws {
        var lines: [String: [Period: Int]] = [:]
        dataset.series = try table(path, "series", SeriesColumn.self) { row -> SeriesPoint? in
            let name = row.text(.series)
            let label = row.periodLabel(.period)
            let value = row.decimal(.value)
            let point = SeriesPoint(series: name ?? "", period: label?.period ?? .year(2000)!, value: value ?? ExactDecimal(0),
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
                    row.warning(.park, parksFileRead ? "park is not in parks.csv; kept without a park"
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
