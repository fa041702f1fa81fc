import PlanGaugeModel
import PlanGaugeRecords

/// Rows inside an office table that are no data: blank rows, `合计`/`小计` rows and the footer
/// (`填报人：…`). They are recognised, counted as skipped, and never taken as data or rejected.
enum NonDataRow: Equatable {
    case blank
    case total(TotalKind)
    case footer

    enum TotalKind: Equatable {
        /// `小计` closes the rows since the previous 小计 or 合计.
        case subtotal
        /// `合计`, `总计` close every data row since the previous 合计.
        case grandTotal
    }

    /// Words a footer line starts with.
    static let footerWords = [
        "填报人", "填表人", "联系电话", "联系人", "填报日期", "填表日期", "报出日期", "制表人", "制表",
        "审核人", "审核", "负责人", "单位负责人", "统计负责人", "注：", "注:", "备注：", "备注:", "说明：", "说明:"
    ]

    /// What a record is, judged from its first cells (decoded with `decode`); nil for a data row.
    static func classify(_ record: CSVRecord, decode: (ByteView) -> String?) -> NonDataRow? {
        var firstText: String?
        var nonEmpty = 0
        for i in 0..<record.count {
            let bytes = record[i]
            if bytes.isEmpty { continue }
            // Only whitespace? (Rare: decode only then, or for the first cells.)
            if i >= 3 && firstText != nil { nonEmpty += 1; continue }
            guard let text = decode(bytes) else { return nil }
            let t = CellText.trimmed(text)
            if t.isEmpty { continue }
            nonEmpty += 1
            if firstText == nil { firstText = String(t) }
            if i < 3, let kind = totalKind(String(t)) {
                // A row with an enterprise code in it is a firm's, whatever its name says.
                let hasCode = (0..<min(3, record.count)).contains { j in
                    record[j].withSpan(USCC.plain) != nil
                }
                return hasCode ? nil : .total(kind)
            }
        }
        guard let first = firstText else { return nonEmpty == 0 ? .blank : nil }
        let compact = CellText.halfWidth(first).replacingOccurrences(of: " ", with: "")
        if footerWords.contains(where: { compact.hasPrefix(CellText.halfWidth($0)) }) { return .footer }
        return nil
    }

    /// `合计`, `总 计`, `合计（万元）`, `合计：`, `全区合计`, `普陀区小计`, `软件类小计` → the kind of
    /// total; a firm's name with the word in it (`合计云（上海）科技有限公司`) is none.
    static func totalKind(_ cell: String) -> TotalKind? {
        var t = CellText.halfWidth(cell).replacingOccurrences(of: " ", with: "").replacingOccurrences(
            of: "\u{3000}", with: "")
        // `合计(万元)`, `合计:`: the word, then a unit in brackets or a colon.
        if let open = t.firstIndex(where: { $0 == "(" || $0 == ":" }), open != t.startIndex {
            let rest = t[open...]
            if rest.hasSuffix(")") || rest.hasPrefix(":") { t = String(t[..<open]) }
        }
        for (word, kind) in [("小计", TotalKind.subtotal), ("合计", .grandTotal), ("总计", .grandTotal), ("共计", .grandTotal)]
        {
            if t == word || t == "总" + word { return kind }
            // A group's name before the word: a district, a park, a category (全区合计, 普陀区小计, 软件类小计).
            guard t.hasSuffix(word) else { continue }
            let group = t.dropLast(word.count)
            if group.count <= 8, !["公司", "企业", "有限", "科技", "集团"].contains(where: { group.contains($0) }),
                ["区", "县", "市", "省", "园", "类", "全", "本", "其他", "以上"].contains(where: {
                    group.hasSuffix($0) || group.hasPrefix($0)
                })
            {
                return kind
            }
        }
        return nil
    }
}

/// Checks each `合计`/`小计` row of a table against the sum of the rows it closes: a return whose
/// total disagrees with its rows has a typing error in one of them (or a row left out).
struct TotalRowCheck<Column: TableColumn> {
    let header: ResolvedHeader<Column>
    let file: String

    /// Reads the table's records again and returns a warning for every total that differs.
    func check(_ input: TableBytes, decoder: TextDecoder, limits: RecordLimits) -> [Diagnostic] {
        let amountColumns = Column.allCases.filter { $0.isAmount && header[$0] != nil }
        guard !amountColumns.isEmpty else { return [] }
        var grand = Array(repeating: Int64(0), count: amountColumns.count)
        var group = grand
        var grandRows = 0, groupRows = 0
        var findings: [Diagnostic] = []
        var first = true
        _ = input.readRecords(
            0..<input.count, line: 1, final: true, limits: limits, copy: false,
            onRecord: { record in
                if first { first = false; return }  // the header
                guard record.count == header.fieldCount || NonDataRow.classify(record, decode: decoder.decode) != nil
                else { return }
                let kind = NonDataRow.classify(record, decode: decoder.decode)
                switch kind {
                case .blank?, .footer?:
                    return
                case .total(let k)?:
                    let sums = k == .subtotal ? group : grand
                    let rows = k == .subtotal ? groupRows : grandRows
                    for (n, column) in amountColumns.enumerated() {
                        guard let i = header[column], i < record.count, let text = decoder.decode(record[i]),
                            case .value(let stated) = AmountCell.parse(
                                text, defaultUnit: header.unit[column.rawValue] ?? .wan
                            )
                            .normalised
                        else { continue }
                        if stated.fen != sums[n] {
                            let sum = Amount(fen: sums[n]), unit = header.unit[column.rawValue] ?? .wan
                            let word = k == .subtotal ? "小计" : "合计"
                            findings.append(
                                Diagnostic(
                                    file: file, line: record.line, column: i + 1, severity: .warning,
                                    message:
                                        "\(column.englishName): the \(word) row says \(stated.formatted(in: unit)) \(unit.rawValue) but the \(rows) rows it closes add up to \(sum.formatted(in: unit)) \(unit.rawValue) (difference \(Amount(fen: stated.fen - sums[n]).formatted(in: unit)) \(unit.rawValue)); check the rows and the total",
                                    value: text, expected: "\(sum.formatted(in: unit))"))
                        }
                    }
                    if k == .subtotal {
                        group = group.map { _ in 0 }; groupRows = 0
                    } else {
                        grand = grand.map { _ in 0 }; group = grand; grandRows = 0; groupRows = 0
                    }
                case nil:
                    for (n, column) in amountColumns.enumerated() {
                        guard let i = header[column], i < record.count, let text = decoder.decode(record[i]),
                            case .value(let a) = AmountCell.parse(
                                text, defaultUnit: header.unit[column.rawValue] ?? .wan
                            ).normalised
                        else { continue }
                        grand[n] &+= a.fen
                        group[n] &+= a.fen
                    }
                    grandRows += 1
                    groupRows += 1
                }
            }, onError: { _ in })
        return findings
    }
}

private extension AmountCell.Outcome {
    /// A rounded value counts as its value here.
    var normalised: AmountCell.Outcome {
        if case .rounded(let a) = self { return .value(a) }
        return self
    }
}
