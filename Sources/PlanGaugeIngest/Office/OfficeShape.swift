import Foundation
import PlanGaugeModel

/// Where the table is in an office return, and what the lines around its header say.
///
/// Returns from districts and firms rarely start with their header: a title (`2024年一季度…统计表`),
/// a `单位：万元` line, a row of units under the header or a two-row header (`营业收入` merged over
/// `本期累计 | 上年同期 | 增长%`) come first. `OfficeShape` looks at a file's first rows and decides
/// which row is the header (the first whose cells name every required column of the table), what
/// unit each amount column has, and whether the period comes from the title.
struct OfficeShape<Column: TableColumn> {
    /// How many rows are searched for the header.
    static var searchRows: Int { 30 }

    /// What each column of the table as read is made of.
    enum Source: Equatable {
        /// The cell in this 0-based column of the file.
        case cell(Int)
        /// The same text on every row (a period taken from the title, 累计 from `本期累计`).
        case fixed(String)
    }

    /// One column of the table as read: its header text and where its cells come from.
    struct Field: Equatable {
        var name: String
        var source: Source
    }

    /// A column beside a figure that restates it: `上年同期` (last year's figure) or `增长%`.
    struct Companion: Equatable {
        enum Role: Equatable { case priorYear, growth }
        let role: Role
        /// The file's 0-based column holding the companion, and the field it belongs to.
        let sourceColumn: Int
        let field: Int
    }

    /// Index in the rows searched of the header (of its first row, for two rows).
    var headerRow: Int
    /// Rows the header takes: 2 for a two-row header, 1 otherwise; plus a unit row under it.
    var headerRows: Int
    var unitRow: Bool
    var fields: [Field]
    var companions: [Companion] = []
    /// What the reader did, in words, for notes (`header found on line 3 …`, `unit from …`).
    var notes: [(row: Int, column: Int, message: String, value: String?)] = []
    /// Rows above the header that are blank (the others are title or notes).
    var blankAbove = 0
    /// Whether a row naming every required column was found (else the first row stands as header).
    var matched = true
    /// How well the header fits the table: 100 per required column, 1 per column named.
    var requiredFound = 0

    /// The rows after the header (and any unit row) are data.
    var dataStart: Int { headerRow + headerRows + (unitRow ? 1 : 0) }

    /// True when the file can be read as it stands: the header on the first row, no row of units,
    /// nothing taken from outside the table.
    var isPlain: Bool {
        headerRow == 0 && headerRows == 1 && !unitRow && companions.isEmpty
            && fields.enumerated().allSatisfy { i, f in f.source == .cell(i) } && notes.isEmpty
    }

    /// Decides the shape from a file's first rows. `places` says how each row is named in
    /// messages (`line 3`, `row 3`); `fileName` is a last place to find the period in.
    static func find(in rows: [[String]], places: [Int], placeWord: String, fileName: String) -> OfficeShape {
        let lookup = ColumnLookup<Column>()
        for i in rows.indices {
            let two = i + 1 < rows.count && SubHeader.isSubHeader(rows[i + 1])
            let names =
                two
                ? SubHeader.combine(rows[i], rows[i + 1])
                : rows[i].enumerated().map { SubHeader.Name(text: $1, role: .plain, source: $0) }
            var found: [Column: Int] = [:]
            for (j, n) in names.enumerated() where n.role == .plain || n.role == .current {
                if let c = lookup.column(for: n.text), found[c] == nil { found[c] = j }
            }
            let missing = Column.allCases.filter { $0.isRequired && found[$0] == nil }
            // A title cell may name one column by chance; a header names at least two.
            guard found.count >= 2 else { continue }
            var titlePeriod: (label: String, row: Int)?
            if missing.contains(where: { $0.englishName != "period" }) { continue }
            if !missing.isEmpty {
                titlePeriod =
                    PeriodInText.find(in: rows[..<i], places: places) ?? PeriodInText.find(fileName).map { ($0, -1) }
                guard titlePeriod != nil else { continue }
            }
            var shape = make(
                rows: rows, places: places, placeWord: placeWord, header: i, twoRows: two, names: names,
                found: found, titlePeriod: titlePeriod, fileName: fileName)
            // Every required column is there (the period perhaps from the title); ties between
            // tables go to the one whose other columns the header names more of.
            shape.requiredFound = 100 * Column.allCases.filter(\.isRequired).count + found.count
            return shape
        }
        let width = rows.first?.count ?? 0
        var plain = OfficeShape(
            headerRow: 0, headerRows: 1, unitRow: false,
            fields: (0..<width).map { Field(name: rows[0][$0], source: .cell($0)) })
        plain.matched = false
        return plain
    }

    private static func make(
        rows: [[String]], places: [Int], placeWord: String, header i: Int, twoRows: Bool,
        names: [SubHeader.Name], found: [Column: Int], titlePeriod: (label: String, row: Int)?,
        fileName: String
    ) -> OfficeShape {
        var shape = OfficeShape(headerRow: i, headerRows: twoRows ? 2 : 1, unitRow: false, fields: [])
        let unitRowIndex = i + shape.headerRows
        let units = unitRowIndex < rows.count ? UnitRow.units(rows[unitRowIndex]) : nil
        shape.unitRow = units != nil
        let noteUnit = UnitRow.noteUnit(in: rows[..<i])
        let cumulative = shape.readFields(
            names, rows: rows, header: i, units: units, unitRowIndex: unitRowIndex, noteUnit: noteUnit)
        shape.addCompanions(names)
        if let titlePeriod {
            shape.takePeriod(titlePeriod, header: i, places: places, placeWord: placeWord, fileName: fileName)
        }
        // `本期累计` (or `本年累计`) over the figure says its 口径 when the table has no 口径 column.
        if cumulative, Column.allCases.contains(where: { $0.englishName == "basis" }),
            !found.keys.contains(where: { $0.englishName == "basis" }),
            titlePeriod.map({ PeriodLabel($0.label)?.impliedBasis == nil }) ?? true
        {
            shape.fields.append(Field(name: "口径", source: .fixed("累计")))
            shape.notes.append((i + 1, 0, "口径 taken as 累计 for every row: the header labels the figure 累计", nil))
        }
        shape.noteHeaderPlace(rows, header: i, twoRows: twoRows, places: places, placeWord: placeWord)
        return shape
    }

    /// Adds a field for each column of the header read, with the notes on columns left unread and
    /// on units taken from around the table. Returns whether the figure is labelled 累计.
    private mutating func readFields(
        _ names: [SubHeader.Name], rows: [[String]], header i: Int, units: [MoneyUnit?]?, unitRowIndex: Int,
        noteUnit: (unit: MoneyUnit, row: Int, text: String)?
    ) -> Bool {
        let lookup = ColumnLookup<Column>()
        var cumulative = false
        for (j, n) in names.enumerated() {
            switch n.role {
            case .priorYear, .growth:
                continue
            case .otherPeriod:
                notes.append(
                    (
                        i + 1, n.source + 1,
                        "column «\(n.group)·\(lowerLabel(rows, i + 1, n.source))» is not read: each row gives one figure of \(n.group), and the 累计 one is taken",
                        nil
                    ))
                continue
            case .current:
                if n.cumulative { cumulative = true }
            case .plain:
                break
            }
            var text = n.text
            if let column = lookup.column(for: text), column.isAmount, HeaderName(text).unit == nil {
                text += unitSuffix(
                    of: column, source: n.source, units: units, unitRowIndex: unitRowIndex, noteUnit: noteUnit)
            }
            fields.append(Field(name: text, source: .cell(n.source)))
            _ = j
        }
        return cumulative
    }

    /// The unit an amount column without one in its header takes, `（万元）`, from the unit row under
    /// the header or else a `单位：` line above the table, noted; empty when neither gives one.
    private mutating func unitSuffix(
        of column: Column, source: Int, units: [MoneyUnit?]?, unitRowIndex: Int,
        noteUnit: (unit: MoneyUnit, row: Int, text: String)?
    ) -> String {
        if let u = units?[safe: source] ?? nil {
            notes.append(
                (
                    unitRowIndex, source + 1,
                    "unit of \(column.displayName) taken from the unit row under the header: \(u.rawValue)", nil
                ))
            return "（\(u.rawValue)）"
        } else if let u = noteUnit {
            notes.append(
                (
                    u.row, 0,
                    "unit of \(column.displayName) taken from the line above the table: \(u.unit.rawValue)",
                    u.text
                ))
            return "（\(u.unit.rawValue)）"
        }
        return ""
    }

    /// Companions belong to the field of their group.
    private mutating func addCompanions(_ names: [SubHeader.Name]) {
        for n in names where n.role == .priorYear || n.role == .growth {
            if let field = fields.firstIndex(where: { HeaderName($0.name).key == HeaderName(n.group).key }) {
                companions.append(
                    Companion(role: n.role == .growth ? .growth : .priorYear, sourceColumn: n.source, field: field))
            }
        }
    }

    /// The period from the title (or file name) as a field of every row, noted with where it came from.
    private mutating func takePeriod(
        _ titlePeriod: (label: String, row: Int), header i: Int, places: [Int], placeWord: String, fileName: String
    ) {
        fields.append(Field(name: "统计期", source: .fixed(titlePeriod.label)))
        let from =
            titlePeriod.row >= 0
            ? "the title on \(placeWord) \(places[titlePeriod.row])" : "the file name \(fileName)"
        notes.append(
            (
                titlePeriod.row >= 0 ? titlePeriod.row : i, 0,
                "the table has no period column; every row is taken as \(titlePeriod.label), from \(from)",
                titlePeriod.label
            ))
    }

    /// Counts the blank rows above the header and notes where the header was found and whether it
    /// takes two rows.
    private mutating func noteHeaderPlace(
        _ rows: [[String]], header i: Int, twoRows: Bool, places: [Int], placeWord: String
    ) {
        for r in 0..<i where rows[r].allSatisfy({ CellText.trimmed($0).isEmpty }) { blankAbove += 1 }
        if i > 0 {
            let range = i == 1 ? "\(placeWord) \(places[0])" : "\(placeWord)s \(places[0])–\(places[i - 1])"
            notes.insert(
                (i, 0, "header found on \(placeWord) \(places[i]); \(range) skipped (title/notes)", nil), at: 0)
        }
        if twoRows {
            notes.append(
                (i + 1, 0, "two-row header: \(placeWord)s \(places[i])–\(places[i + 1]) read as one", nil))
        }
    }
}

/// The text of a cell of the searched rows (empty past a row's end).
private func lowerLabel(_ rows: [[String]], _ r: Int, _ c: Int) -> String {
    r < rows.count && c < rows[r].count ? String(CellText.trimmed(rows[r][c])) : ""
}

/// The columns of a table by the normalised names of their header cells.
struct ColumnLookup<Column: TableColumn> {
    private let byKey: [String: Column]

    init() {
        byKey = Dictionary(
            Column.allCases.flatMap { c in c.names.map { (HeaderName.key($0), c) } }, uniquingKeysWith: { a, _ in a })
    }

    func column(for headerText: String) -> Column? {
        byKey[HeaderName(headerText).key]
    }
}

/// The second row of a two-row header: what each label under a group says.
enum SubHeader {
    enum Role: Equatable {
        /// A column of its own.
        case plain
        /// This period's figure of the group above (`本期累计`, `本期`, `1-3月`).
        case current
        /// Last year's figure for the same period (`上年同期`).
        case priorYear
        /// The growth rate between them (`增长%`, `同比±%`).
        case growth
        /// A second figure of the group for another span (`本月` beside `本年累计`): not read, since
        /// one row holds one fact; the 累计 figure is.
        case otherPeriod
    }

    struct Name: Equatable {
        var text: String
        var role: Role
        var source: Int
        var group = ""
        var cumulative = false
    }

    static func role(of label: String) -> (Role, cumulative: Bool)? {
        let t = HeaderName.key(CellText.halfWidth(label)).replacingOccurrences(of: "(", with: "").replacingOccurrences(
            of: ")", with: "")
        if t.isEmpty { return nil }
        if ["上年同期", "去年同期", "上年同期累计", "上年同期数", "上年累计", "同期"].contains(t) { return (.priorYear, false) }
        if t.contains("增长") || t.contains("增速") || t.contains("增减") || t.contains("增幅") || t.contains("同比") || t == "±%"
        {
            return (.growth, false)
        }
        if ["本期累计", "本年累计", "累计", "本期累计数", "本年累计数", "1至本月累计"].contains(t) { return (.current, true) }
        if ["本期", "本期数", "本月", "本季", "当期", "本期金额", "本年", "本月数"].contains(t) { return (.current, false) }
        if t.range(of: #"^(本年)?\d{1,2}-\d{1,2}月(累计)?$"#, options: .regularExpression) != nil { return (.current, true) }
        return nil
    }

    /// Whether a row reads as the second row of a two-row header: it has at least one label that
    /// restates a figure (`上年同期`, `增长%`) or one that says which period (`本期累计`).
    /// `当期` and `累计` alone are also what a data row's 口径 cell holds, so they count only beside
    /// a label no data row has; a row with a figure or a code in it is data.
    static func isSubHeader(_ row: [String]) -> Bool {
        var labels = 0, strong = 0
        for cell in row {
            let t = CellText.halfWidth(CellText.trimmed(cell))
            if t.isEmpty { continue }
            if AmountCell.parseNumber(Substring(t.replacingOccurrences(of: "%", with: ""))) != nil { return false }
            if t.count == 18, t.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) { return false }
            guard let (r, _) = role(of: t) else { continue }
            labels += 1
            if r == .priorYear || r == .growth || !["当期", "累计"].contains(t) { strong += 1 }
        }
        return labels > 0 && strong > 0
    }

    /// The two rows as one: a label under a group takes the group's name (and role); a group's
    /// name stands over the empty cells to its right (a merged cell keeps its text in the first).
    static func combine(_ upper: [String], _ lower: [String]) -> [Name] {
        let width = max(upper.count, lower.count)
        var group = ""
        var names: [Name] = []
        for j in 0..<width {
            let u = String(CellText.trimmed(upper[safe: j] ?? ""))
            let l = String(CellText.trimmed(lower[safe: j] ?? ""))
            if !u.isEmpty { group = u }
            if l.isEmpty {
                names.append(Name(text: u, role: .plain, source: j, group: u))
                if u.isEmpty { group = "" }
                continue
            }
            if let (r, cumulative) = role(of: l) {
                let g = u.isEmpty ? group : u
                names.append(
                    Name(text: r == .current ? g : "\(g)·\(l)", role: r, source: j, group: g, cumulative: cumulative))
            } else if let unit = UnitRow.unit(l) {
                let g = u.isEmpty ? group : u
                names.append(Name(text: "\(g)（\(unit.rawValue)）", role: .plain, source: j, group: g))
            } else {
                names.append(Name(text: l, role: .plain, source: j, group: u))
            }
        }
        // Two figures of one group (`本月 | 本年累计`): the 累计 one is the fact.
        for g in Set(names.filter { $0.role == .current }.map(\.group)) {
            let current = names.indices.filter { names[$0].role == .current && names[$0].group == g }
            guard current.count > 1, let keep = current.first(where: { names[$0].cumulative }) ?? current.first else {
                continue
            }
            for k in current where k != keep { names[k].role = .otherPeriod }
        }
        return names
    }
}

/// Units written beside the table: a row of units under the header, a `单位：万元` line above it.
enum UnitRow {
    /// `（万元）`, `万元`, `(元)` → the money unit; nil for anything else.
    static func unit(_ cell: String) -> MoneyUnit? {
        var t = CellText.halfWidth(CellText.trimmed(cell))
        t = t.trimmingCharacters(in: CharacterSet(charactersIn: "()[]【】 单位:"))
        return MoneyUnit.fromShortName(t)
    }

    /// Whether a cell is a unit of any kind (money, people, firms, per cent).
    private static func isUnitLike(_ cell: String) -> Bool {
        var t = CellText.halfWidth(CellText.trimmed(cell))
        t = t.trimmingCharacters(in: CharacterSet(charactersIn: "()[]【】 "))
        return unit(cell) != nil || ["人", "家", "个", "户", "项", "%", "亿", "万", "元/人", "万人"].contains(t)
    }

    /// The money unit of each column when `row` is a row of units (every non-empty cell a unit,
    /// at least one of them money); nil when it is not such a row.
    static func units(_ row: [String]) -> [MoneyUnit?]? {
        let filled = row.filter { !CellText.trimmed($0).isEmpty }
        guard !filled.isEmpty, filled.allSatisfy(isUnitLike), filled.contains(where: { unit($0) != nil }) else {
            return nil
        }
        return row.map { unit($0) }
    }

    /// A `单位：万元` / `金额单位：元` line above the table.
    static func noteUnit(in rows: ArraySlice<[String]>) -> (unit: MoneyUnit, row: Int, text: String)? {
        for (r, row) in zip(rows.indices, rows) {
            for cell in row {
                let t = CellText.halfWidth(cell).replacingOccurrences(of: " ", with: "")
                guard let range = t.range(of: #"单位:(人民币)?(亿元|万元|千元|元)"#, options: .regularExpression) else { continue }
                let unitText =
                    t[range].split(separator: ":").last.map { String($0).replacingOccurrences(of: "人民币", with: "") }
                    ?? ""
                if let u = MoneyUnit.fromShortName(unitText) { return (u, r, cell) }
            }
        }
        return nil
    }
}

/// A period named in a title or a file name: `2024年一季度…统计表`, `2024年1-3月`, `2025Q1`.
enum PeriodInText {
    private static let pattern =
        #"\d{4}\s*年\s*(\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|第?[一二三四1-4]\s*季度|前三季度|上半年|下半年|全年|\d{1,2}\s*月)?|\d{4}\s*-?\s*[Qq][1-4]|\d{4}\s*[Hh][12]"#

    /// Words of a period written apart from its year (`2024年网络安全企业一季度…`).
    private static let partPattern = #"第?[一二三四1-4]\s*季度|前三季度|上半年|下半年|\d{1,2}\s*[-—–~至到]\s*\d{1,2}\s*月|\d{1,2}\s*月"#

    static func find(_ text: String) -> String? {
        let t = CellText.halfWidth(text)
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        let ns = t as NSString
        var best: String?
        for m in regex.matches(in: t, range: NSRange(location: 0, length: ns.length)) {
            // `2024年4月10日` is a date (a 填报日期), not a period.
            let after = m.range.location + m.range.length
            if after < ns.length, let next = UnicodeScalar(ns.character(at: after)),
                CharacterSet.decimalDigits.contains(next)
            {
                continue
            }
            var s = ns.substring(with: m.range).replacingOccurrences(of: " ", with: "")
            // A year alone, with the quarter or months further on in the same text.
            if s.hasSuffix("年"),
                let part = t.range(
                    of: partPattern, options: .regularExpression,
                    range: t.index(t.startIndex, offsetBy: min(t.count, m.range.location + m.range.length))..<t.endIndex
                )
            {
                let joined = s + t[part].replacingOccurrences(of: " ", with: "")
                if PeriodLabel(normalised(joined)) != nil { s = joined }
            }
            s = normalised(s)
            guard PeriodLabel(s) != nil else { continue }
            if best == nil || s.count > best!.count { best = s }
        }
        return best
    }

    private static func normalised(_ s: String) -> String {
        s.replacingOccurrences(of: "至", with: "-").replacingOccurrences(of: "到", with: "-")
            .replacingOccurrences(of: "—", with: "-").replacingOccurrences(of: "–", with: "-").replacingOccurrences(
                of: "~", with: "-")
    }

    /// Lines that give a date, never the table's period.
    private static let dateLines = ["填报日期", "报送日期", "制表日期", "填表日期", "报出日期", "日期", "时间"]

    static func find(in rows: ArraySlice<[String]>, places: [Int]) -> (label: String, row: Int)? {
        for (r, row) in zip(rows.indices, rows) {
            for cell in row where !dateLines.contains(where: { cell.contains($0) }) {
                if let p = find(cell) { return (p, r) }
            }
        }
        return nil
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
