import Foundation
import Synchronization
/// One enterprise's figures for one period on one basis (a row of a `revenue*.csv` file).
public struct RevenueFact: Hashable, Sendable {
    /// The enterprise, by its 统一社会信用代码.
    public var enterprise: USCC
    /// The statistical period the figures are for.
    public var period: Period
    /// 口径: the period alone (当期) or the year to date at its end (累计).
    public var basis: Basis
    /// 营业收入; nil when the cell said "no data" (`-`, `—`, `…` or empty).
    public var revenue: Amount?
    /// 产业收入: the part of revenue in the tracked industry, for diversified firms.
    public var industryRevenue: Amount?
    /// 市值 at the end of the period (listed firms).
    public var marketCap: Amount?
    /// 研发投入 (R&D expense); nil when not reported.
    public var rdExpense: Amount?
    /// 从业人员 (headcount) at the period; nil when not reported.
    public var employees: Int? {
        get { storedEmployees.map(Int.init) }
        set { storedEmployees = newValue.map { Int32(clamping: $0) } }
    }
    private var storedEmployees: Int32?
    /// Where the row came from, for messages about the series it belongs to. Not part of the
    /// fact's identity or value: two rows with the same figures are equal wherever they stand.
    public var origin: FactOrigin?

    /// A fact from its figures; amounts and employees nil mean "no data".
    public init(
        enterprise: USCC, period: Period, basis: Basis, revenue: Amount?, industryRevenue: Amount? = nil,
        marketCap: Amount? = nil, rdExpense: Amount? = nil, employees: Int? = nil, origin: FactOrigin? = nil
    ) {
        self.enterprise = enterprise
        self.period = period
        self.basis = basis
        self.revenue = revenue
        self.industryRevenue = industryRevenue
        self.marketCap = marketCap
        self.rdExpense = rdExpense
        self.storedEmployees = employees.map { Int32(clamping: $0) }
        self.origin = origin
    }

    /// Same enterprise, period, 口径 and figures; `origin` is not compared.
    public static func == (a: RevenueFact, b: RevenueFact) -> Bool {
        a.enterprise == b.enterprise && a.period == b.period && a.basis == b.basis && a.revenue == b.revenue
            && a.industryRevenue == b.industryRevenue && a.marketCap == b.marketCap && a.rdExpense == b.rdExpense
            && a.employees == b.employees
    }

    /// Hashes the identity and revenue only (a subset of what `==` compares).
    public func hash(into h: inout Hasher) {
        h.combine(enterprise)
        h.combine(period)
        h.combine(basis)
        h.combine(revenue)
    }

    /// What makes two rows the same fact. A cumulative value is the year to date at its last month,
    /// so `2023年1-9月` and `2023年前三季度` (both 累计) are one fact; period values key by period.
    public var key: FactKey { FactKey(enterprise: enterprise, period: period, basis: basis) }

    /// The industry's share of this firm: 产业收入 where reported, else all revenue.
    public var scaleRevenue: Amount? { industryRevenue ?? revenue }
}

/// The identity of a revenue fact: enterprise × period × basis, cumulative values by year-to-date month.
public struct FactKey: Hashable, Sendable {
    /// The enterprise, by its 统一社会信用代码.
    public let enterprise: USCC
    /// The calendar year of the period.
    public let year: Int
    /// The 口径 of the fact.
    public let basis: Basis
    /// For 累计: 0 and the last month. For 当期: the unit and index.
    public let unit: Period.Unit
    /// For 累计: the last month (1–12). For 当期: the period's 1-based index within the year.
    public let index: Int

    /// The key of a fact with this enterprise, period and 口径.
    public init(enterprise: USCC, period: Period, basis: Basis) {
        self.enterprise = enterprise
        self.year = period.year
        self.basis = basis
        if basis == .cumulative {
            unit = .month
            index = period.lastMonth
        } else {
            unit = period.unit
            index = period.index
        }
    }
}

/// A file and line a fact was read from: eight bytes, the file's name kept once in a table.
public struct FactOrigin: Hashable, Sendable {
    /// The file's number in `FileNames.shared`.
    public let fileNumber: Int32
    /// The line as read (for a plain copy, the copy's line; see `line`).
    public let lineNumber: Int32

    /// An origin in file `file` (numbered in `FileNames.shared`) at line `line`.
    public init(file: String, line: Int) {
        self.init(fileNumber: FileNames.shared.number(of: file), line: line)
    }

    /// An origin in the file numbered `fileNumber` at line `line`.
    public init(fileNumber: Int32, line: Int) {
        self.fileNumber = fileNumber
        self.lineNumber = Int32(clamping: line)
    }

    /// The file's name as it was numbered.
    public var file: String { FileNames.shared.name(fileNumber) }
    /// The line in the file as its reader names it: for an office file read through a plain copy,
    /// the file's own line or sheet row.
    public var line: Int { FileNames.shared.place(fileNumber, line: Int(lineNumber)) }
    /// The sheet, for a fact read from a workbook.
    public var sheet: String? { FileNames.shared.sheet(fileNumber) }
}

/// The names of the files facts come from, numbered once per process.
public final class FileNames: Sendable {
    /// The one table of the process.
    public static let shared = FileNames()
    private struct Table {
        var names: [String] = []
        var numbers: [String: Int32] = [:]
        /// For a file read through a plain copy (a workbook, a CSV with title rows): each line of the
        /// copy's own line or row in the file, and the sheet.
        var places: [Int32: (lines: [Int32], sheet: String?)] = [:]
    }
    private let table = Mutex(Table())

    /// Says where the lines of file `number` are in the file itself (nil: they are its own lines).
    public func setPlaces(_ number: Int32, lines: [Int32]?, sheet: String?) {
        table.withLock { $0.places[number] = lines.map { ($0, sheet) } }
    }

    /// The file's own line for a line of file `number` as read.
    public func place(_ number: Int32, line: Int) -> Int {
        table.withLock { t in
            guard let map = t.places[number]?.lines, line >= 0, line < map.count else { return line }
            return Int(map[line])
        }
    }

    /// The sheet file `number` was read from, or nil when it is not a workbook.
    public func sheet(_ number: Int32) -> String? {
        table.withLock { $0.places[number]?.sheet }
    }

    /// The number of file `name`, numbering it when new.
    public func number(of name: String) -> Int32 {
        table.withLock { t in
            if let n = t.numbers[name] { return n }
            let n = Int32(t.names.count)
            t.names.append(name)
            t.numbers[name] = n
            return n
        }
    }

    /// The name of file `number`; "" for a number never given out.
    public func name(_ number: Int32) -> String {
        table.withLock { t in t.names.indices.contains(Int(number)) ? t.names[Int(number)] : "" }
    }
}
