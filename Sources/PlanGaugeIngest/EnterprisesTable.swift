import PlanGaugeModel

extension DatasetLoader {
    func readEnterprises(_ path: String) throws {
        var lines: [USCC: Int] = [:]
        let hasParks = parksFileRead
        let enterprises = try table(path, "enterprises", EnterpriseColumn.self) { row -> Enterprise? in
            let id = row.uscc(.id)
            let name = row.text(.name)
            var park = row.text(.park)
            if let p = park {
                if let known = parkID(for: p) {
                    park = known
                } else {
                    row.warning(.park, hasParks ? "park is not in parks.csv; the enterprise is kept without a park"
                                                : "park given but the dataset has no parks.csv; kept without a park",
                                value: p, expected: hasParks ? "a park id or name from parks.csv" : nil)
                    park = nil
                }
            }
            let tags = row.text(.tags).map(TagsCell.parse) ?? []
            var enterprise = Enterprise(id: id ?? USCC("91350100M000100Y43")!, name: name ?? "",
                                        district: row.text(.district), park: park, segment: row.text(.segment),
                                        tags: tags, founded: row.date(.founded))
            if let raw = row.text(.creditFlags) {
                let (flags, problems) = CreditFlagsCell.parse(raw)
                for p in problems { row.warning(.creditFlags, p, value: raw, expected: CreditFlagsCell.expected) }
                enterprise.creditFlags = flags
            }
            guard let id, name != nil, !row.hasError else {
                if let id { rejectedEnterpriseLines[id.code] = row.line }   // an invalid id fails in revenue by itself
                return nil
            }
            if let first = lines[id] {
                row.error(.id, "duplicate enterprise (first on line \(first))", value: id.code)
                return nil
            }
            lines[id] = row.line
            return enterprise
        }
        for (i, e) in enterprises.enumerated() { enterpriseIndex[e.id] = i }
        dataset.enterprises = enterprises
    }
}
