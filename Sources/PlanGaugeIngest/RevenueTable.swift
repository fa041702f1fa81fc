import PlanGaugeModel

extension DatasetLoader {
    func readRevenue(_ path: String) throws {
        let shown = display(path)
        // No enterprises.csv at all (66 already): say so on each row rather than "not in enterprises.csv".
        let hasEnterprisesFile = files.contains { $0.table == "enterprises" }
        let fileNumber = Int32(seenFiles.count)
        let originNumber = FileNames.shared.number(of: shown)
        seenFiles.append(shown)
        // The name column guards against a mistyped code. It repeats on every row, so a name whose
        // bytes matched the enterprise before is not decoded and compared again.
        var namesMatched: [Int: [UInt8]] = [:]
        var accepted: [RevenueFact] = []
        swap(&accepted, &dataset.revenue)                     // appended in place, not copied after the file
        defer { swap(&accepted, &dataset.revenue) }
        _ = try table(path, "revenue", RevenueColumn.self, convert: { row -> RevenueFact? in
            let id = row.uscc(.id)
            let label = row.periodLabel(.period)
            let written = row.basis(.basis)
            let revenue = row.amount(.revenue)
            let industry = row.amount(.industryRevenue)
            let fact = RevenueFact(
                enterprise: id ?? USCC("91350100M000100Y43")!, period: label?.period ?? .year(2000)!,
                basis: label?.impliedBasis ?? written ?? .period, revenue: revenue, industryRevenue: industry,
                marketCap: row.amount(.marketCap), rdExpense: row.amount(.rdExpense), employees: row.count(.employees),
                origin: FactOrigin(fileNumber: originNumber, line: row.line))
            guard let id, let label, !row.hasError else { return nil }

            if let implied = label.impliedBasis, let written, implied != written {
                row.error(.basis, "the period label is \(implied.chineseName) by itself but the row says \(written.chineseName)",
                          value: written.chineseName, expected: "\(implied.chineseName) or an empty 口径")
                return nil
            }
            guard let index = enterpriseIndex[id] else {
                if let line = rejectedEnterpriseLines[id.code] {
                    row.error(.id, "enterprise was rejected in enterprises.csv (line \(line)); fix it there", value: id.code)
                } else if hasEnterprisesFile {
                    row.error(.id, "unknown enterprise: not in enterprises.csv", value: id.code,
                              expected: "a 统一社会信用代码 listed in enterprises.csv")
                } else {
                    row.error(.id, "unknown enterprise: the dataset has no enterprises.csv", value: id.code,
                              expected: "an enterprises.csv listing this 统一社会信用代码")
                }
                return nil
            }
            if !row.cell(.name, equals: namesMatched[index]), let name = row.text(.name) {
                if name == dataset.enterprises[index].name {
                    namesMatched[index] = row.rawBytes(.name)
                } else {
                    row.warning(.name, "name differs from enterprises.csv («\(dataset.enterprises[index].name)»); check the code",
                                value: name)
                }
            }
            if let revenue, let industry, industry > revenue {
                row.error(.industryRevenue, "产业收入 exceeds 营业收入 (\(revenue.formatted(in: .wan)) 万元)",
                          value: industry.formatted(in: .wan) + " 万元", expected: "at most the row's 营业收入")
                return nil
            }
            let key = SeenFact.key(enterprise: index, fact.key)
            let figures = SeenFact.figures(fact)
            if let first = factLines[key] {
                // Same key, so compare the figures only: 1-9月 and 前三季度 spell one period two ways.
                let same = first.figures == figures ? "same values" : "conflicting values"
                let firstFile = seenFiles[Int(first.file)]
                let where_ = firstFile == shown ? "line \(first.line)" : "\(firstFile):\(first.line)"
                row.error(.period, "duplicate of \(where_) for this enterprise, period and 口径 (\(same))",
                          value: "\(row.text(.period) ?? label.period.description) \(fact.basis.chineseName)",
                          expected: "one row per enterprise × period × 口径")
                return nil
            }
            factLines[key] = SeenFact(file: fileNumber, line: Int32(clamping: row.line), figures: figures)
            return fact
        }, sink: { accepted.append($0) })
    }
}

/// What the duplicate check remembers of each fact: where it stood and a digest of its figures,
/// in 16 bytes rather than the whole fact.
struct SeenFact {
    var file: Int32
    var line: Int32
    var figures: Int

    /// enterprise × year × 口径 × period (a 累计 value by its last month), packed.
    static func key(enterprise: Int, _ k: FactKey) -> UInt64 {
        UInt64(enterprise) << 32 | UInt64(k.year) << 12 | UInt64(k.basis == .cumulative ? 1 : 0) << 8
            | UInt64(k.unit.rawValue) << 4 | UInt64(k.index)
    }

    static func figures(_ f: RevenueFact) -> Int {
        var h = Hasher()
        h.combine(f.revenue)
        h.combine(f.industryRevenue)
        h.combine(f.marketCap)
        h.combine(f.rdExpense)
        h.combine(f.employees)
        return h.finalize()
    }
}
