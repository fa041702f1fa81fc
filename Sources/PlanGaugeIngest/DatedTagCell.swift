import PlanGaugeModel

/// A tag with its dates, as enterprises.csv's tags cell may give it: `小巨人@2021-07-15` (held
/// since that day) or `小巨人@2021-07-15~2024-07-14` (held for a term, both days included);
/// `小巨人@~2024-07-14` for a title whose start is not known. A tag without `@` is undated.
enum DatedTagCell {
    static let expected =
        "a tag, or a tag with its dates: 小巨人@2021-07-15 (held since) or 小巨人@2021-07-15~2024-07-14 (held for a term)"

    private static let at: Set<Character> = ["@", "＠"]
    private static let range: Set<Character> = ["~", "～", "至"]

    /// The tag and, for a dated one, its span.
    static func parse(_ piece: String) -> Result<(tag: String, span: TagSpan?), CellProblem> {
        guard let mark = piece.firstIndex(where: at.contains) else { return .success((piece, nil)) }
        let tag = String(CellText.trimmed(String(piece[..<mark])))
        guard !tag.isEmpty else { return .failure("a date without its tag") }
        let dates = piece[piece.index(after: mark)...]
        let sides = dates.split(omittingEmptySubsequences: false, whereSeparator: range.contains)
        guard sides.count <= 2 else {
            return .failure(CellProblem(stringLiteral: "more than one date range in «\(piece)»"))
        }
        var days: [CalendarDate?] = []
        for side in sides {
            let text = String(CellText.trimmed(String(side)))
            if text.isEmpty { days.append(nil); continue }
            switch DateCell.parse(text) {
            case .success(let d): days.append(d)
            case .failure(let p): return .failure(CellProblem(stringLiteral: "«\(text)» in «\(piece)» is \(p.reason)"))
            }
        }
        let from = days[0], to = days.count == 2 ? days[1] : nil
        guard from != nil || to != nil else {
            return .failure(CellProblem(stringLiteral: "«\(piece)» gives no date after @"))
        }
        if let from, let to, to < from {
            return .failure(CellProblem(stringLiteral: "the term of «\(piece)» ends before it starts"))
        }
        return .success((tag, TagSpan(tag: tag, from: from, to: to)))
    }
}
