import PlanGaugeModel

/// `grants.csv`: one row per award. Payments are a table of their own (`grant_payments.csv`, one
/// row per payment) rather than a list packed into a cell: each payment then has its own line for
/// diagnostics, its own exact amount with a unit, and Excel users add a row instead of editing a
/// mini-format.
enum GrantColumn: Int, TableColumn {
    case id, enterprise, name, policy, clause, item, applied, base, granted, years

    var names: [String] {
        switch self {
        case .id: ["id", "项目编号", "编号", "grant_id"]
        case .enterprise: ["enterprise", "统一社会信用代码", "信用代码", "uscc"]
        case .name: ["name", "企业名称", "名称"]
        case .policy: ["policy", "政策", "政策编号"]
        case .clause: ["clause", "条款", "条款编号"]
        case .item: ["item", "支持事项", "项目名称"]
        case .applied: ["applied", "申报日期", "申请日期"]
        case .base: ["base", "计算基数", "基数"]
        case .granted: ["granted", "核定金额", "资助金额"]
        case .years: ["years", "支持年限", "年限"]
        }
    }

    var isRequired: Bool { [.id, .enterprise, .policy, .clause, .applied, .granted].contains(self) }
    var isAmount: Bool { self == .base || self == .granted }
}

enum GrantPaymentColumn: Int, TableColumn {
    case grant, date, amount

    var names: [String] {
        switch self {
        case .grant: ["grant", "项目编号", "grant_id"]
        case .date: ["date", "拨付日期", "日期"]
        case .amount: ["amount", "拨付金额", "金额"]
        }
    }

    var isRequired: Bool { true }
    var isAmount: Bool { self == .amount }
}

extension DatasetLoader {
    func readGrants(_ path: String) throws {
        let policies = Dictionary(options.policies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let known = options.policies.map(\.id).sorted()
        let source = options.policiesSource ?? "the policies folder"
        var lines: [String: Int] = [:]
        let file = display(path)
        dataset.grants = try table(path, "grants", GrantColumn.self) { row -> Grant? in
            let id = row.text(.id)
            let enterprise = row.uscc(.enterprise)
            let policyID = row.text(.policy)
            let clauseID = row.text(.clause)
            let applied = row.date(.applied)
            let base = row.amount(.base)
            let granted = row.amount(.granted)
            let years = row.count(.years)
            if row.text(.granted, emptyMeansNoData: true) != nil, granted == nil, !row.hasError {
                row.error(.granted, "required value says no data", expected: "the amount awarded")
            }
            _ = enterprisePlace(enterprise, .enterprise, in: &row)
            let clause = Self.clause(
                policyID, clauseID, in: &row, policies: policies, known: known, source: source)
            if let clause { Self.checkTerms(of: clause, base: base, years: years, in: &row) }
            if let years, years == 0 {
                row.error(.years, "an award covers at least one year", value: "0", expected: "1 or more")
            }
            guard let id, let enterprise, let policyID, let clauseID, let applied, let granted, clause != nil,
                !row.hasError
            else {
                if let id, lines[id] == nil { rejectedGrantLines[id] = row.line }
                return nil
            }
            if let first = lines[id] {
                row.error(.id, "duplicate grant id (first on line \(first))", value: id)
                return nil
            }
            lines[id] = row.line
            return Grant(
                id: id, enterprise: enterprise, policy: policyID, clause: clauseID, item: row.text(.item),
                applied: applied,
                base: base, granted: granted, years: years, file: file, line: row.line)
        }
        for (i, g) in dataset.grants.enumerated() { grantIndex[g.id] = i }
    }

    /// The clause the row names, nil (with an error) when its policy is not loaded or the policy has
    /// no such clause.
    private static func clause(
        _ policyID: String?, _ clauseID: String?, in row: inout RowReader<GrantColumn>, policies: [String: Policy],
        known: [String], source: String
    ) -> PolicyClause? {
        var clause: PolicyClause?
        if let policyID {
            if let policy = policies[policyID] {
                if let clauseID {
                    clause = policy.clauses.first { $0.id == clauseID }
                    if clause == nil {
                        row.error(
                            .clause, "unknown clause of \(policyID)", value: clauseID,
                            expected: "one of " + policy.clauses.map(\.id).joined(separator: ", "))
                    }
                }
            } else {
                row.error(
                    .policy, "unknown policy: not in \(source)", value: policyID,
                    expected: known.isEmpty
                        ? "a policy file in \(source) (none was loaded; see --policies)"
                        : "one of " + known.joined(separator: ", "))
            }
        }
        return clause
    }

    /// Checks the row against its clause: a share needs its base, years only for clauses paid each year.
    private static func checkTerms(
        of clause: PolicyClause, base: Amount?, years: Int?, in row: inout RowReader<GrantColumn>
    ) {
        // A share of nothing cannot be checked: the base is part of the award.
        if clause.ratio != nil && base == nil && row.text(.base, emptyMeansNoData: true) == nil {
            row.error(
                .base,
                "the clause pays \(clause.ratioText ?? "a share") of a base (\(clause.base.rawValue)); the base is required",
                expected: "the base amount, e.g. 1200万")
        }
        if years != nil, !clause.isPaidEachYear {
            row.warning(.years, "years apply only to clauses paid each year; ignored", value: row.text(.years))
        }
    }

    /// Payments attach to their grants in date order; a negative amount is a repayment (追缴).
    func readGrantPayments(_ path: String, hasGrantsFile: Bool) throws {
        var seen: [String: Int] = [:]
        let file = display(path)
        let payments = try table(path, "grant_payments", GrantPaymentColumn.self) { row -> (Int, GrantPayment)? in
            let grant = row.text(.grant)
            let date = row.date(.date)
            let amount = row.amount(.amount, nonNegative: false)
            if row.text(.amount, emptyMeansNoData: true) != nil, amount == nil, !row.hasError {
                row.error(.amount, "required value says no data", expected: "the amount paid")
            }
            var index: Int?
            if let grant {
                index = grantIndex[grant]
                if index == nil {
                    if let line = rejectedGrantLines[grant] {
                        row.error(.grant, "grant was rejected in grants.csv (line \(line)); fix it there", value: grant)
                    } else if hasGrantsFile {
                        row.error(
                            .grant, "unknown grant: not in grants.csv", value: grant,
                            expected: "a grant id (项目编号) listed in grants.csv")
                    } else {
                        row.error(
                            .grant, "unknown grant: the dataset has no grants.csv", value: grant,
                            expected: "a grants.csv listing this grant")
                    }
                }
            }
            guard let grant, let index, let date, let amount, !row.hasError else { return nil }
            let key = "\(grant)\u{1F}\(date)\u{1F}\(amount.fen)"
            if let first = seen[key] {
                row.warning(
                    .amount, "same grant, date and amount as line \(first); counted as a second payment",
                    value: row.text(.amount))
            } else {
                seen[key] = row.line
            }
            return (index, GrantPayment(date: date, amount: amount, file: file, line: row.line))
        }
        for (i, p) in payments { dataset.grants[i].payments.append(p) }
        for i in dataset.grants.indices {
            // Stable: payments of one day keep their file order.
            dataset.grants[i].payments = dataset.grants[i].payments.enumerated()
                .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        }
    }
}

/// `credit_flags / 信用记录` in enterprises.csv: entries `kind@date` separated like tags
/// (`严重失信@2024-05-10; 经营异常@2023-02`). The date says when the record was made, so the
/// policies' "过去三年内" can be checked against each application.
enum CreditFlagsCell {
    static let expected = "entries such as 严重失信@2024-05-10, separated by ; or 、"

    static func parse(_ raw: String) -> (flags: [CreditFlag], problems: [String]) {
        var flags: [CreditFlag] = []
        var problems: [String] = []
        for entry in TagsCell.parse(raw) {
            let parts = entry.split(separator: "@", maxSplits: 1).map { String(CellText.trimmed(String($0))) }
            let kind = parts[0]
            guard parts.count == 2, !parts[1].isEmpty else {
                problems.append("credit flag «\(entry)» has no date; kept, and counted as recent")
                flags.append(CreditFlag(kind: kind, date: nil))
                continue
            }
            switch DateCell.parse(parts[1]) {
            case .success(let d?): flags.append(CreditFlag(kind: kind, date: d))
            default:
                problems.append("credit flag «\(entry)»: «\(parts[1])» is not a date; kept, and counted as recent")
                flags.append(CreditFlag(kind: kind, date: nil))
            }
        }
        return (flags, problems)
    }
}
