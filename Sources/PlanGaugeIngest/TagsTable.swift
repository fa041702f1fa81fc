import PlanGaugeModel

extension DatasetLoader {
    /// Reads tags.csv into the enterprises' tag history: each row gives an enterprise a tag, with
    /// the days it held it when known. Read after enterprises.csv, whose rows it names.
    func readTags(_ path: String) throws {
        var lines: [String: Int] = [:]
        let rows = try table(path, "tags", TagColumn.self) { row -> (Int, TagSpan)? in
            let id = row.uscc(.enterprise)
            let tag = row.text(.tag)
            let from = row.date(.from), to = row.date(.to)
            if let from, let to, to < from {
                row.error(
                    .to, "the term ends before it starts (\(from))", value: to.description,
                    expected: "a day on or after the start")
            }
            if let tag, tag.contains(where: { "@＠;；、,，|".contains($0) }) {
                row.error(.tag, "one tag per row, its dates in from/to", value: tag, expected: "a tag such as 小巨人")
            }
            let place = enterprisePlace(id, .enterprise, in: &row)
            guard let id, let tag, let place, !row.hasError else { return nil }
            let key = "\(id.code)\u{1F}\(tag)\u{1F}\(from?.description ?? "")\u{1F}\(to?.description ?? "")"
            if let first = lines[key] {
                row.error(.tag, "duplicate of line \(first) for this enterprise, tag and dates", value: tag)
                return nil
            }
            lines[key] = row.line
            return (place, TagSpan(tag: tag, from: from, to: to, source: row.text(.source)))
        }
        for (place, span) in rows {
            if !dataset.enterprises[place].tags.contains(span.tag) { dataset.enterprises[place].tags.append(span.tag) }
            // A row without dates says the firm carries the tag, as enterprises.csv would.
            if span.from != nil || span.to != nil { dataset.enterprises[place].tagSpans.append(span) }
        }
    }
}
