import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeRecords
@testable import PlanGaugeModel

/// The office inbox (Fixtures/office, made by its make_fixtures.py): each folder a return shaped as
/// districts send them. The expected figures are the script's own, worked out from the values it
/// wrote (Fixtures/office/expected/<folder>.json), never from this reader's output.
@Suite struct OfficeInboxTests {
    struct Expected: Decodable {
        struct File: Decodable {
            struct Rows: Decodable {
                let physical: Int
                let header: Int
                let accepted: Int
                let rejected: Int
                let skipped: [String: Int]
            }
            let file: String
            let format: String
            let rows: Rows?
            let layout: [Layout]?
        }
        struct Layout: Decodable {
            let line: Int?
            let row: Int?
            let kind: String
        }
        struct Fact: Decodable {
            let id: String
            let period: String
            let basis: String
            let revenue_fen: Int64?
            let industry_revenue_fen: Int64?
        }
        let files: [File]
        let accepted_facts: [Fact]
    }

    static let folders = [
        "clean-xlsx", "title-rows-csv", "title-rows-xlsx", "unit-row", "yuan-bare-header", "yuan-note-line",
        "two-row-header-xlsx", "dates-and-serials-xlsx", "combined"
    ]

    static func expected(_ folder: String) throws -> Expected {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixtures("office/expected/\(folder).json")))
        return try JSONDecoder().decode(Expected.self, from: data)
    }

    static func load(_ folder: String) throws -> (Dataset, IngestReport) {
        try DatasetLoader.load(folder: fixtures("office/\(folder)"))
    }

    /// Empty lines of a CSV file: libcsv sees no record there, so they are no row at all.
    static func emptyLines(_ path: String) throws -> Int {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        return text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .dropLast().filter(\.isEmpty).count
    }

    @Test(arguments: folders)
    func everyAcceptedFigureIsExact(folder: String) throws {
        let expected = try Self.expected(folder)
        let (dataset, _) = try Self.load(folder)
        func key(_ id: String, _ period: String, _ basis: String) -> String { "\(id) \(period) \(basis)" }
        var got: [String: (Int64?, Int64?)] = [:]
        for f in dataset.revenue {
            got[key(f.enterprise.description, f.period.description, f.basis.chineseName)] = (
                f.revenue?.fen, f.industryRevenue?.fen
            )
        }
        for f in expected.accepted_facts {
            let k = key(f.id, f.period, f.basis)
            let value = try #require(got[k], "\(folder): no fact \(k)")
            #expect(value.0 == f.revenue_fen, "\(folder) \(k) 营业收入")
            #expect(value.1 == f.industry_revenue_fen, "\(folder) \(k) 产业收入")
        }
        let wanted = Set(expected.accepted_facts.map { key($0.id, $0.period, $0.basis) })
        #expect(Set(got.keys).isSubset(of: wanted.union(Self.otherFacts(folder))), "\(folder): facts nobody expected")
    }

    /// Facts of the folders' plain revenue_2023.csv files, which the expected lists leave out.
    static func otherFacts(_ folder: String) -> Set<String> {
        guard let text = try? String(contentsOfFile: fixtures("office/\(folder)/revenue_2023.csv"), encoding: .utf8)
        else { return [] }
        var keys: Set<String> = []
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count >= 4, let label = PeriodLabel(cells[2]) else { continue }
            let basis = BasisCell.parse(String(cells[3])).map { $0 ?? label.impliedBasis ?? .period }
            if case .success(let b) = basis { keys.insert("\(cells[0]) \(label.period) \(b.chineseName)") }
        }
        return keys
    }

    @Test(arguments: folders)
    func everyRowIsAccountedFor(folder: String) throws {
        let expected = try Self.expected(folder)
        let (_, report) = try Self.load(folder)
        for file in expected.files {
            guard let rows = file.rows else { continue }
            let summary = try #require(
                report.files.first { $0.file.hasSuffix("/" + file.file) }, "\(folder)/\(file.file)")
            #expect(summary.isBalanced)
            #expect(summary.accepted == rows.accepted, "\(folder)/\(file.file) accepted")
            #expect(summary.rejected == rows.rejected, "\(folder)/\(file.file) rejected")
            // Every physical line is the header or a row read (an empty CSV line is no row).
            let empty = file.format == "csv" ? try Self.emptyLines(fixtures("office/\(folder)/\(file.file)")) : 0
            #expect(summary.rowsRead + 1 == rows.physical - empty, "\(folder)/\(file.file) read")
            #expect(summary.skippedRows.totals == rows.skipped["total", default: 0], "\(folder)/\(file.file) totals")
            #expect(summary.skippedRows.footer == rows.skipped["footer", default: 0], "\(folder)/\(file.file) footer")
            #expect(
                summary.skippedRows.blank == rows.skipped["blank", default: 0] - empty, "\(folder)/\(file.file) blank")
        }
    }

    @Test func titleRowsAndTheHeaderPlaceAreSaid() throws {
        let (_, report) = try Self.load("title-rows-csv")
        let notes = report.log.kept.filter { $0.severity == .note }.map(\.message)
        #expect(notes.contains("header found on line 3; lines 1–2 skipped (title/notes)"))
        #expect(notes.contains("unit of revenue / 营业收入 taken from the line above the table: 万元"))
        let summary = try #require(report.files.first { $0.table == "revenue" })
        #expect(summary.headerLine == 3)
        #expect(summary.encoding == .gb18030)
        #expect(summary.skippedRows.titleOrNotes == 2)
        #expect(report.errors == 0)
    }

    @Test func aWorkbookNamesSheetAndCell() throws {
        let (_, report) = try Self.load("title-rows-xlsx")
        // The 合计 row (row 11) says 3,709.52 万元; the six rows above add up to 3,708.52.
        let total = try #require(report.log.kept.first { $0.message.contains("合计 row") })
        #expect(total.location.hasSuffix("revenue.xlsx:Sheet1!E11"))
        #expect(total.message.contains("3709.52 万元") && total.message.contains("3708.52 万元"))
        let summary = try #require(report.files.first { $0.table == "revenue" })
        #expect(summary.sheet == "Sheet1")
    }

    @Test func twoRowHeaderTakesThePeriodFromTheTitleAndChecksItsCompanions() throws {
        let (_, report) = try Self.load("two-row-header-xlsx")
        let warnings = report.log.kept.filter { $0.severity == .warning }
        // Row 8: 增长% says 25 but 180.90 against 167.03 is +8.3%.
        let growth = try #require(warnings.first { $0.message.contains("growth rate") })
        #expect(growth.location.hasSuffix("revenue.xlsx:主要指标!E8"))
        #expect(growth.value == "25")
        #expect(growth.expected?.hasPrefix("8.3 ") == true)
        // Row 7: 上年同期 285.02 against the dataset's 283.18 (revenue_2023.csv): a revision candidate.
        let restated = try #require(warnings.first { $0.message.contains("revision candidate") })
        #expect(restated.location.hasSuffix("revenue.xlsx:主要指标!D7"))
        #expect(restated.value == "285.02")
        #expect(restated.expected?.hasPrefix("283.18") == true)
        #expect(
            report.log.kept.contains { $0.severity == .note && $0.message.contains("every row is taken as 2024年1-3月") })
    }

    /// The dataset holds last year as 当期 figures only (quarters for five firms, three months for
    /// 913101040028JBF022: 90.00 + 93.18 + 100.00 = 283.18): 上年同期 of a 1-3月 累计 return is
    /// compared with their sum, and row 7's 285.02 is the one that differs.
    @Test func restatedFiguresAgainstTheSumOfLastYearsPeriods() throws {
        let ds = try TempDataset(copyOf: "office/two-row-header-xlsx")
        try ds.write(
            "revenue_2023.csv",
            """
            统一社会信用代码,企业名称,统计期,口径,营业收入（万元）,产业收入（万元）
            913101060028JBEYYY,上海远航软件技术有限公司,2023Q1,当期,"1,934.06",1388.50
            913101100028JBF01L,上海天卫数据科技有限公司,2023Q1,当期,266.87,
            913101040028JBF022,上海瀚信密码技术有限公司,2023-01,当期,90.00,
            913101040028JBF022,上海瀚信密码技术有限公司,2023-02,当期,93.18,
            913101040028JBF022,上海瀚信密码技术有限公司,2023-03,当期,100.00,
            913101120028JBF03P,上海瀚捷数据科技有限公司,2023Q1,当期,167.03,
            913101150028JBF059,上海云创软件技术有限公司,2023Q1,当期,398.34,296.40
            913101150028JBF06C,上海盈卫密码技术有限公司,2023Q1,当期,406.23,

            """)
        let (_, report) = try DatasetLoader.load(folder: ds.folder)
        let restated = report.log.kept.filter { $0.message.contains("revision candidate") }
        #expect(restated.count == 1)
        #expect(restated.first?.location.hasSuffix("revenue.xlsx:主要指标!D7") == true)
        #expect(restated.first?.expected?.hasPrefix("283.18") == true)
        #expect(restated.first?.message.contains("the sum of its 3 当期 figures") == true)
    }

    @Test func unitsFromTheUnitRowAndTheNoteLine() throws {
        // revenue_q2.csv's unit row says （元）: 3801200.00 元 is 380,120,000 分 (380.12 万元).
        let (dataset, _) = try Self.load("unit-row")
        let firm = USCC("913101040028JBF0JK")!
        let q2 = dataset.revenue.first { $0.enterprise == firm && $0.period == Period.quarter(2024, 2)! }
        #expect(q2?.revenue?.fen == 380_120_000)
        // `金额单位：元` above the header: "3,021,456.78" 元 is 302,145,678 分; 2000000 元 of 产业收入 is 200,000,000 分.
        let (yuan, _) = try Self.load("yuan-note-line")
        let row = yuan.revenue.first {
            $0.enterprise == USCC("913101070028JBF0DF")! && $0.period == Period.quarter(2024, 1)!
        }
        #expect(row?.revenue?.fen == 302_145_678)
        #expect(row?.industryRevenue?.fen == 200_000_000)
    }

    @Test func aBareHeaderInYuanIsCaughtOnTheHeader() throws {
        let (_, report) = try Self.load("yuan-bare-header")
        let header = try #require(report.log.kept.first { $0.message.contains("names no unit") })
        #expect(header.severity == .warning)
        #expect(header.line == 1)
        #expect(header.message.contains("万元, the default"))
    }

    @Test func filesThatCannotBeReadSayWhatToDo() throws {
        let (_, report) = try Self.load("broken-files")
        func message(_ name: String) -> String? {
            report.log.kept.first { $0.file.hasSuffix("/" + name) && $0.severity == .error }?.message
        }
        #expect(message("revenue_old.xls")?.contains("save it as .xlsx (Excel 工作簿) or CSV") == true)
        #expect(message("revenue_说明.docx")?.contains("a document, not a table") == true)
        #expect(message("revenue_bad.xlsx")?.contains("the workbook is damaged") == true)
        #expect(message("revenue_locked.xlsx")?.contains("saved with a password") == true)
        #expect(report.ignoredFiles.contains { $0.hasSuffix("/notes.txt") })
        #expect(report.exitStatus == 65)
        // Each unreadable file is in the accounting with its error.
        for name in ["revenue_old.xls", "revenue_bad.xlsx", "revenue_locked.xlsx"] {
            let s = try #require(report.files.first { $0.file.hasSuffix("/" + name) })
            #expect(s.errors == 1 && s.rowsRead == 0)
        }
    }

    /// make_merged.py: 所属区 merged over C2:C4 (浦东新区) and C5:C6 (杨浦区); C7 普陀区 alone.
    @Test func mergedCellsInsideTheTableFillTheirRange() throws {
        let (dataset, report) = try Self.load("merged-cells-xlsx")
        #expect(report.errors == 0)
        #expect(dataset.enterprises.map { $0.district ?? "" } == ["浦东新区", "浦东新区", "浦东新区", "杨浦区", "杨浦区", "普陀区"])
    }

    /// make_merged.py changes one stored digit (2101.37 → 2101.97) after the checksums: the XML is
    /// still well formed, so only the CRC-32 shows the figure is not what was saved.
    @Test func aDamagedSheetIsNotRead() throws {
        let (dataset, report) = try Self.load("damaged-xlsx")
        let error = try #require(report.log.kept.first { $0.file.hasSuffix("/revenue.xlsx") && $0.severity == .error })
        #expect(error.message.contains("fails its checksum"))
        #expect(dataset.revenue.isEmpty)
        #expect(report.exitStatus == 65)
    }

    /// make_merged.py: 900 merged over D2:D3 (two firms) and a formula saved without its value: each
    /// such row is rejected naming the cell, never read as a figure or as "no data".
    @Test func mergedFiguresAndUncalculatedFormulasAreRejected() throws {
        let (dataset, report) = try Self.load("review-cases-xlsx")
        let errors = report.log.kept.filter { $0.severity == .error }
        #expect(
            errors.map(\.location).map { $0.components(separatedBy: "/").last! }
                == ["revenue_formula.xlsx:Sheet!D2", "revenue_merged.xlsx:Sheet!D2", "revenue_merged.xlsx:Sheet!D3"])
        #expect(errors[0].value?.hasPrefix("=E2*2") == true)
        #expect(errors[1].value?.contains("D2:D3") == true && errors[1].value?.contains("900") == true)
        // Accepted: the formula file's 80 and the merged file's 100 (万元).
        #expect(dataset.revenue.compactMap(\.revenue?.fen).sorted() == [80_000_000, 100_000_000])
    }

    @Test func datesStoredAsSerialNumbersReadAsDates() throws {
        let (dataset, report) = try Self.load("dates-and-serials-xlsx")
        #expect(report.errors == 0)
        let founded = dataset.enterprises.compactMap(\.founded).map(\.description)
        #expect(founded.contains("2019-03-01"))  // the one typed as text
        #expect(founded.count == dataset.enterprises.count)
    }
}
