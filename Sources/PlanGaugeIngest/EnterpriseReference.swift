import PlanGaugeModel

extension DatasetLoader {
    /// The place among the accepted enterprises of the id a row names (tags.csv, park_members.csv,
    /// grants.csv); nil, with an error on the row's `column`, when enterprises.csv has not got it or
    /// rejected it (then the message sends the reader to that line).
    func enterprisePlace<Column: TableColumn>(_ id: USCC?, _ column: Column, in row: inout RowReader<Column>) -> Int? {
        guard let id else { return nil }
        if let place = enterpriseIndex[id] { return place }
        if let line = rejectedEnterpriseLines[id.code] {
            row.error(column, "enterprise was rejected in enterprises.csv (line \(line)); fix it there", value: id.code)
        } else {
            row.error(
                column, "unknown enterprise: not in enterprises.csv", value: id.code,
                expected: "a 统一社会信用代码 listed in enterprises.csv")
        }
        return nil
    }
}
