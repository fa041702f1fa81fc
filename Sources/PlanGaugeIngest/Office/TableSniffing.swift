import Foundation
import PlanGaugeModel
import PlanGaugeRecords

/// Which table a file holds when its name does not say: returns come named as offices name them
/// (`普陀区2025年1-9月软件企业主要指标.xlsx`), and a return left unread is a return lost.
enum TableSniffing {
    /// The tables, most specific first: a revenue return also names 统一社会信用代码 and 企业名称,
    /// which is all enterprises.csv requires.
    static func table(of path: String, sheet: String?, limits: CSVReader.Limits) -> String? {
        guard let (rows, places) = firstRows(path, sheet: sheet, limits: limits), !rows.isEmpty else { return nil }
        let name = (path as NSString).lastPathComponent
        func score<C: TableColumn>(_: C.Type) -> Int {
            let s = OfficeShape<C>.find(in: rows, places: places, placeWord: "line", fileName: name)
            return s.matched ? s.requiredFound : 0
        }
        let scores: [(String, Int)] = [
            ("revenue", score(RevenueColumn.self)), ("grants", score(GrantColumn.self)),
            ("grant_payments", score(GrantPaymentColumn.self)), ("park_stats", score(ParkStatColumn.self)),
            ("series", score(SeriesColumn.self)), ("milestones", score(MilestoneColumn.self)),
            // A list of firms with a 标签 column names tags.csv's required columns too: without
            // a from/to column it is the enterprises table.
            ("tags", max(0, score(TagColumn.self) - 1)),
            ("park_members", score(ParkMemberColumn.self)),
            ("enterprises", score(EnterpriseColumn.self)), ("parks", score(ParkColumn.self))
        ]
        guard let best = scores.max(by: { $0.1 < $1.1 }), best.1 > 0 else { return nil }
        // Two tables equally well matched: say nothing rather than guess.
        return scores.filter { $0.1 == best.1 }.count == 1 ? best.0 : nil
    }

    /// A CSV file's or a workbook sheet's first rows, decoded.
    static func firstRows(_ path: String, sheet: String?, limits: CSVReader.Limits) -> ([[String]], [Int])? {
        var rows: [[String]] = []
        var places: [Int] = []
        let want = OfficeShape<RevenueColumn>.searchRows
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "xlsx" || ext == "xlsm" {
            guard let book = try? Workbook(path: path), let s = try? book.sheet(named: sheet) else { return nil }
            let reader = SheetReader(workbook: book, maxCellBytes: limits.maxFieldBytes, maxColumns: limits.maxFields) {
                row, cells in
                rows.append(cells)
                places.append(row)
                if rows.count >= want { throw StopReading() }
            }
            try? book.stream(s, into: reader)
            return (rows, places)
        }
        guard let file = try? MappedFile(path: path) else { return nil }
        return OfficeTable.firstRows(file.view, encoding: nil, limits: limits)
    }
}

extension DatasetFiles {
    /// Files whose names say no table but whose header does, moved to that table; returns each
    /// with the table it is read as.
    mutating func sniffTables(sheet: String?, limits: CSVReader.Limits) -> [(path: String, table: String)] {
        var moved: [(String, String)] = []
        unrecognised = unrecognised.filter { path in
            guard Self.tableExtensions.contains((path as NSString).pathExtension.lowercased()),
                let table = TableSniffing.table(of: path, sheet: sheet, limits: limits)
            else { return true }
            switch table {
            case "revenue": revenue.append(path); revenue.sort()
            case "enterprises" where enterprises == nil: enterprises = path
            case "parks" where parks == nil: parks = path
            case "park_stats" where parkStats == nil: parkStats = path
            case "series" where series == nil: series = path
            case "milestones" where milestones == nil: milestones = path
            case "tags" where tags == nil: tags = path
            case "park_members" where parkMembers == nil: parkMembers = path
            case "grants" where grants == nil: grants = path
            case "grant_payments" where grantPayments == nil: grantPayments = path
            default: return true
            }
            moved.append((path, table))
            return false
        }
        return moved
    }
}
