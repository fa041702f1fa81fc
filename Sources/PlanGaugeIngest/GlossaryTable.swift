import PlanGaugeModel

extension DatasetLoader {
    /// Reads glossary.csv (term, english) into `dataset.glossary`: the English the pages print for a
    /// Chinese district, segment, tag or park name. A term given twice keeps its first English.
    func readGlossary(_ path: String) throws {
        var lines: [String: Int] = [:]
        let rows = try table(path, "glossary", GlossaryColumn.self) { row -> (String, String)? in
            guard let term = row.text(.term), let english = row.text(.english), !row.hasError else { return nil }
            if let first = lines[term] {
                row.error(.term, "duplicate term (first on line \(first))", value: term)
                return nil
            }
            lines[term] = row.line
            return (term, english)
        }
        for (term, english) in rows { dataset.glossary[term] = english }
    }
}
