import PlanGaugeModel

extension DatasetLoader {
    func readParks(_ path: String) throws {
        var lines: [String: Int] = [:]
        let parks = try table(path, "parks", ParkColumn.self) { row -> Park? in
            let id = row.text(.id)
            let name = row.text(.name)
            let park = Park(
                id: id ?? "", name: name ?? "", district: row.text(.district), level: row.text(.level),
                recognized: row.date(.recognized), nameEn: row.text(.nameEn))
            if let level = park.level, !["国家级", "市级", "区级", "national", "city", "district"].contains(level) {
                row.warning(.level, "unusual park level", value: level, expected: "国家级, 市级 or 区级")
            }
            guard let id, name != nil, !row.hasError else { return nil }  // a rejected row claims no id
            if let first = lines[id] {
                row.error(.id, "duplicate park id (first on line \(first))", value: id)
                return nil
            }
            lines[id] = row.line
            return park
        }
        for (i, p) in parks.enumerated() {
            parkIDs[p.id] = i
            parkNames[p.name] = p.id
        }
        dataset.parks = parks
    }
}
