import PlanGaugeModel
import PlanGaugeRecords

/// The full checks of a revenue row: its enterprise (by the code's bytes, else a validated code),
/// period label and 口径, amounts, the name against enterprises.csv, and 产业收入 ≤ 营业收入.
/// One per chunk; it teaches the chunk's `FastRevenueRow` each clean row's period label and 口径.
struct RevenueConverter {
    let fast: FastRevenueRow
    let lookups: EnterpriseLookups
    /// The enterprises' names as bytes in the file's encoding.
    let nameBytes: ByteStrings
    let enterpriseIndex: [USCC: Int]
    /// Ids that appeared in enterprises.csv on a rejected row, with that row's line.
    let rejectedLines: [String: Int]
    /// Whether the dataset has an enterprises.csv at all (else each row says so).
    let hasEnterprisesFile: Bool
    let file: Int32
    /// The name column guards against a mistyped code. It repeats on every row, so a name whose
    /// bytes matched the enterprise before is not decoded and compared again.
    private var namesMatched: [Int: [UInt8]] = [:]

    init(
        fast: FastRevenueRow, lookups: EnterpriseLookups, nameBytes: ByteStrings, enterpriseIndex: [USCC: Int],
        rejectedLines: [String: Int], hasEnterprisesFile: Bool, file: Int32
    ) {
        self.fast = fast
        self.lookups = lookups
        self.nameBytes = nameBytes
        self.enterpriseIndex = enterpriseIndex
        self.rejectedLines = rejectedLines
        self.hasEnterprisesFile = hasEnterprisesFile
        self.file = file
    }

    mutating func convert(_ row: inout RowReader<RevenueColumn>) -> NumberedFact? {
        var known: Int32?
        if let raw = row.cellBytes(.id) { known = fast.enterprise(coded: raw) }
        // A code found by its bytes is the enterprise's own; anything else is validated.
        let id: USCC? = known == nil ? row.uscc(.id) : nil
        let label = row.periodLabel(.period)
        let written = row.basis(.basis)
        let revenue = row.amount(.revenue)
        let industry = row.amount(.industryRevenue)
        let marketCap = row.amount(.marketCap), rd = row.amount(.rdExpense), employees = row.count(.employees)
        guard known != nil || id != nil, let label, !row.hasError else { return nil }
        if let implied = label.impliedBasis, let written, implied != written {
            row.error(
                .basis, "the period label is \(implied.chineseName) by itself but the row says \(written.chineseName)",
                value: written.chineseName, expected: "\(implied.chineseName) or an empty 口径")
            return nil
        }
        guard let index = known.map({ Int($0) }) ?? enterprise(id!, in: &row) else { return nil }
        checkName(of: index, in: &row)
        if let revenue, let industry, industry > revenue {
            row.error(
                .industryRevenue, "产业收入 exceeds 营业收入 (\(revenue.formatted(in: .wan)) 万元)",
                value: industry.formatted(in: .wan) + " 万元", expected: "at most the row's 营业收入")
            return nil
        }
        if row.diagnostics.isEmpty { fast.learn(row.record, label: label, basis: written) }
        return RevenueFacts.Row(
            enterpriseNumber: Int32(index), period: label.period, basis: label.impliedBasis ?? written ?? .period,
            revenue: revenue, industryRevenue: industry, marketCap: marketCap, rdExpense: rd, employees: employees,
            file: file, line: row.line)
    }

    /// The enterprise's number in enterprises.csv, or nil with an error saying why it is not there.
    private func enterprise(_ id: USCC, in row: inout RowReader<RevenueColumn>) -> Int? {
        if let index = enterpriseIndex[id] { return index }
        if let line = rejectedLines[id.code] {
            row.error(.id, "enterprise was rejected in enterprises.csv (line \(line)); fix it there", value: id.code)
        } else if hasEnterprisesFile {
            row.error(
                .id, "unknown enterprise: not in enterprises.csv", value: id.code,
                expected: "a 统一社会信用代码 listed in enterprises.csv")
        } else {
            row.error(
                .id, "unknown enterprise: the dataset has no enterprises.csv", value: id.code,
                expected: "an enterprises.csv listing this 统一社会信用代码")
        }
        return nil
    }

    /// Warns when the row's name is not the enterprise's name in enterprises.csv.
    private mutating func checkName(of index: Int, in row: inout RowReader<RevenueColumn>) {
        let sameBytes = row.cellBytes(.name).map { nameBytes.equals(index, $0) } == true
        guard !sameBytes, !row.cell(.name, equals: namesMatched[index]), let name = row.text(.name) else { return }
        if name == lookups.names[index] {
            namesMatched[index] = row.rawBytes(.name)
        } else {
            row.warning(
                .name, "name differs from enterprises.csv («\(lookups.names[index])»); check the code", value: name)
        }
    }
}
