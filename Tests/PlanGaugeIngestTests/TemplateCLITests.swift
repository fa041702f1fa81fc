import Foundation
import Testing
import ZIPFoundation
@testable import PlanGaugeIngest
@testable import PlanGaugeModel
@testable import PlanGaugeRecords

/// `plangauge template` end to end through the built binary on the shipped sample: the forms read
/// back through the package's own workbook reader hold the roster and last quarter's figures worked
/// out by hand from the sample's CSV files; input cells are unlocked on a protected sheet with
/// validation; two runs give the same bytes; and a form filled in as a district would (openpyxl, or
/// the CSV form edited as text) is read by `check` to exactly the figures filled in.
@Suite(
    .enabled(
        if: plangaugeExecutable != nil,
        "the plangauge executable was not found next to the test bundle or the test runner; build it with `swift build --build-tests`"
    ))
struct TemplateCLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let sample = repository.appendingPathComponent("Data/sample").path

    /// The 长宁区 firms of Data/sample/enterprises.csv in file order, with their 2025年三季度 当期 营业收入
    /// as revenue_2023-2026.csv gives it (`1,689.05` read as 1689.05; 913101050028JBF8KD has no row).
    static let changning: [(code: String, name: String, previous: String?)] = [
        ("913101050028JBF2CH", "上海星宇数据科技有限公司", "143.29"),
        ("913101050028JBF3ME", "上海衡拓智能科技有限公司", "1689.05"),
        ("913101050028JBF3U1", "上海启科网络科技有限公司", "934.42"),
        ("913101050028JBF4FW", "上海智合安全服务股份有限公司", "52728.18"),
        ("913101050028JBF4YB", "上海星科网络科技有限公司", "2327.23"),
        ("913101050028JBF63R", "上海盈宇密码技术股份有限公司", "14939.4"),
        ("913101050028JBF8KD", "上海启拓密码技术有限公司", nil),
        ("913101050028JBF8NN", "上海天鼎安全服务有限公司", "16.4")
    ]

    static let header = [
        "统一社会信用代码", "企业名称", "统计期", "口径", "上期营业收入（万元，参考）", "营业收入（万元）", "产业收入（万元）", "研发投入（万元）",
        "从业人员（人）"
    ]

    /// What a 长宁区 office fills in: 营业收入, 产业收入, 研发投入 (万元, as typed) and 从业人员, per row.
    static let filled: [(revenue: String, industry: String?, rd: String?, employees: Int?)] = [
        ("150.25", nil, "26.5", 7),
        ("1700", "1200.75", nil, 60),
        ("950.5", nil, "101.01", 33),
        ("53000.01", "40000", "8000.99", 1500),
        ("2400.99", nil, nil, nil),
        ("15000", "15000", "2500.5", 420),
        ("0", nil, nil, 3),
        ("17.3", "5.01", "1.2", 2)
    ]

    static func fen(_ wan: String) -> Int64 {
        let parts = wan.split(separator: ".")
        let fraction = parts.count > 1 ? String(parts[1]) + String(repeating: "0", count: 6 - parts[1].count) : "000000"
        return Int64(parts[0])! * 1_000_000 + Int64(fraction)!
    }

    /// Collects a sheet's rows as the reader hands them out.
    final class Rows {
        var byNumber: [Int: [String]] = [:]
    }

    static func readRows(_ path: String, sheet: String) throws -> [Int: [String]] {
        let book = try Workbook(path: path)
        let rows = Rows()
        let reader = SheetReader(workbook: book, maxCellBytes: 1 << 20, maxColumns: 64) { n, cells in
            rows.byNumber[n] = cells
        }
        try book.stream(try book.sheet(named: sheet), into: reader)
        if let failure = reader.failure { throw failure }
        return rows.byNumber
    }

    static func part(_ path: String, _ name: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        guard let entry = archive[name] else { throw CocoaError(.fileNoSuchFile) }
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Runs `template` on the sample into `out` and checks it succeeded.
    @discardableResult
    static func template(_ out: String, _ extra: [String] = []) throws -> CLIRun {
        let run = try runPlangauge(
            ["template", "--period", "2025Q4", "--data", sample, "--out", out] + extra,
            environment: ["SOURCE_DATE_EPOCH": nil])
        #expect(run.status == 0, "\(run.stderr)")
        return run
    }

    @Test func districtFormsHoldTheRosterAndLastQuarter() throws {
        let scratch = try TempDataset()
        let out = scratch.path("forms")
        let run = try Self.template(
            out, ["--deadline", "2026-01-15", "--contact", "经信委产业处 张三 021-12345678"])
        #expect(run.stdout.contains("\(out)/2025Q4_长宁区.xlsx: 8 enterprises (长宁区)\n"))
        let form = out + "/2025Q4_长宁区.xlsx"
        let rows = try Self.readRows(form, sheet: "填报表")
        #expect(rows[1] == ["2025年四季度 网络安全产业重点企业主要指标填报表（长宁区）"])
        #expect(rows[2] == ["单位：万元（从业人员：人）"])
        #expect(rows[3] == Self.header)
        for (i, firm) in Self.changning.enumerated() {
            #expect(rows[4 + i] == [firm.code, firm.name, "2025年四季度", "当期"] + (firm.previous.map { [$0] } ?? []))
        }
        #expect(rows[12] == nil)
        // A firm that reports 累计 only (revenue_ytd_gb18030.csv): 2025年1-9月 2338.72 − 1-6月 1512.54.
        let jiading = try Self.readRows(out + "/2025Q4_嘉定区.xlsx", sheet: "填报表")
        #expect(
            jiading.values.contains([
                "913101140028JBF04P", "上海云航网络科技有限公司", "2025年四季度", "当期", "826.18"
            ]))
        let instructions = try Self.readRows(form, sheet: "填报说明").values.flatMap { $0 }
        #expect(instructions.contains("请于2026年1月15日前报送填好的本表。"))
        #expect(instructions.contains("经信委产业处 张三 021-12345678。"))
        #expect(instructions.contains("长宁区，表中列出企业8家。"))
        #expect(instructions.contains { $0.hasPrefix("2025年三季度的当期营业收入") })
    }

    @Test func inputCellsAloneAreEditableAndValidated() throws {
        let scratch = try TempDataset()
        try Self.template(scratch.path("forms"))
        let form = scratch.path("forms/2025Q4_长宁区.xlsx")
        let sheet = try Self.part(form, "xl/worksheets/sheet1.xml")
        #expect(
            sheet.contains(#"<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>"#))
        #expect(
            sheet.contains(#"<pane xSplit="2" ySplit="3" topLeftCell="C4" activePane="bottomRight" state="frozen"/>"#))
        for column in ["F", "G", "H"] {
            #expect(
                sheet.contains(
                    #"<dataValidation type="decimal" operator="greaterThanOrEqual" allowBlank="1" showInputMessage="1" showErrorMessage="1""#
                        + #" errorTitle="请填写不小于0的数字""#))
            #expect(sheet.contains(#"sqref="\#(column)4:\#(column)11"><formula1>0</formula1></dataValidation>"#))
        }
        #expect(sheet.contains(#"<dataValidation type="whole" operator="greaterThanOrEqual""#))
        #expect(sheet.contains(#"sqref="I4:I11"><formula1>0</formula1>"#))
        #expect(sheet.contains(#"prompt="单位：万元，保留两位小数；"#))
        // The unlocked styles (cellXfs entries with locked="0") are exactly those of F–I in the data rows.
        let styles = try Self.part(form, "xl/styles.xml")
        let cellXfs = try #require(
            styles.components(separatedBy: "<cellXfs").last?.components(separatedBy: "</cellXfs>").first)
        let xfs = Array(cellXfs.components(separatedBy: "<xf ").dropFirst())
        let unlocked = Set(xfs.indices.filter { xfs[$0].contains(#"<protection locked="0"/>"#) })
        #expect(unlocked.count == 2)  // amounts and head counts
        let cells = sheet.components(separatedBy: "<c r=\"").dropFirst().map { cell -> (String, Int) in
            let ref = String(cell.prefix { $0 != "\"" })
            let style = cell.components(separatedBy: " s=\"").dropFirst().first.flatMap {
                Int($0.prefix { $0 != "\"" })
            }
            return (ref, style ?? 0)
        }
        let editable = Set(cells.filter { unlocked.contains($0.1) }.map(\.0))
        let expected = Set((4...11).flatMap { r in ["F", "G", "H", "I"].map { "\($0)\(r)" } })
        #expect(editable == expected)
        #expect(try Self.part(form, "xl/worksheets/sheet2.xml").contains("<sheetProtection"))
    }

    @Test func twoRunsGiveTheSameBytes() throws {
        let scratch = try TempDataset()
        try Self.template(scratch.path("a"))
        Thread.sleep(forTimeInterval: 1.1)  // a wall-clock stamp would now differ
        try Self.template(scratch.path("b"))
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.path("a")).sorted()
        #expect(names == (try FileManager.default.contentsOfDirectory(atPath: scratch.path("b")).sorted()))
        #expect(names.filter { $0.hasSuffix(".xlsx") }.count == 10)
        for name in names {
            let a = try Data(contentsOf: URL(fileURLWithPath: scratch.path("a/" + name)))
            #expect(a == (try Data(contentsOf: URL(fileURLWithPath: scratch.path("b/" + name)))), "\(name)")
        }
        // No --at, no SOURCE_DATE_EPOCH: the day after the period ends.
        #expect(
            try Self.part(scratch.path("a/2025Q4_长宁区.xlsx"), "docProps/core.xml").contains(
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-01T00:00:00Z</dcterms:created>"))
        try Self.template(scratch.path("c"), ["--at", "2026-01-05T09:30:00+08:00"])
        #expect(
            try Self.part(scratch.path("c/2025Q4_长宁区.xlsx"), "docProps/core.xml").contains(
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-01-05T01:30:00Z</dcterms:created>"))
    }

    /// Whether python3 with openpyxl is there to fill a form as a district would.
    static let hasOpenpyxl: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import openpyxl"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// A dataset of the sample's roster and one returned revenue file.
    static func dataset(returning name: String, _ write: (String) throws -> Void) throws -> TempDataset {
        let ds = try TempDataset()
        try FileManager.default.copyItem(atPath: sample + "/enterprises.csv", toPath: ds.path("enterprises.csv"))
        try write(ds.path(name))
        return ds
    }

    /// `check` accepts every row, the reference column is ignored with a note, and the facts are
    /// exactly `filled`, to the 分.
    static func expectFigures(in ds: TempDataset, file: String, reader: String) throws {
        let check = try runPlangauge(["check", ds.folder])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("\(file) [\(reader)]: read "))
        #expect(check.stdout.contains("accepted 8, rejected 0"))
        #expect(check.stdout.contains("note: reference column (参考); it is ignored (value «上期营业收入（万元，参考）»"))
        #expect(!check.stdout.contains("warning: unknown column"))
        let (dataset, report) = try ds.load()
        #expect(report.rejected == 0)
        let facts = dataset.revenue.sorted { $0.enterprise.code < $1.enterprise.code }
        #expect(facts.count == 8)
        for (firm, (fact, figures)) in zip(Self.changning, zip(facts, Self.filled)) {
            #expect(fact.enterprise.code == firm.code)
            #expect(fact.period == Period.quarter(2025, 4)!)
            #expect(fact.basis == .period)
            #expect(fact.revenue?.fen == Self.fen(figures.revenue), "\(firm.code)")
            #expect(fact.industryRevenue?.fen == figures.industry.map(Self.fen), "\(firm.code)")
            #expect(fact.rdExpense?.fen == figures.rd.map(Self.fen), "\(firm.code)")
            #expect(fact.employees == figures.employees, "\(firm.code)")
        }
    }

    @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl is needed to fill the form as a district would"))
    func aFormFilledInWithOpenpyxlReadsBackExactly() throws {
        let scratch = try TempDataset()
        try Self.template(scratch.path("forms"))
        let rows = Self.filled.enumerated().map { i, f in
            let cells = [f.revenue, f.industry ?? "None", f.rd ?? "None", f.employees.map(String.init) ?? "None"]
            return "(\(4 + i), [\(cells.joined(separator: ", "))])"
        }
        let script = """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book["填报表"]
            for row, values in [\(rows.joined(separator: ", "))]:
                for column, value in zip("FGHI", values):
                    sheet[f"{column}{row}"] = value
            book.save(sys.argv[2])
            """
        try scratch.write("fill.py", script)
        let file = "revenue_2025Q4_长宁区.xlsx"
        let ds = try Self.dataset(returning: file) { path in
            let python = Process()
            python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            python.arguments = ["python3", scratch.path("fill.py"), scratch.path("forms/2025Q4_长宁区.xlsx"), path]
            try python.run()
            python.waitUntilExit()
            #expect(python.terminationStatus == 0)
        }
        try Self.expectFigures(in: ds, file: file, reader: "revenue sheet 填报表")
    }

    /// The round trip through `merge`: the form filled in with openpyxl, dropped into an inbox and
    /// merged into a dataset of the roster, gives exactly the figures filled in; merged again, nothing.
    @Test(.enabled(if: hasOpenpyxl, "python3 with openpyxl is needed to fill the form as a district would"))
    func aFilledFormMergesBackExactly() throws {
        let scratch = try TempDataset()
        try Self.template(scratch.path("forms"))
        let rows = Self.filled.enumerated().map { i, f in
            let cells = [f.revenue, f.industry ?? "None", f.rd ?? "None", f.employees.map(String.init) ?? "None"]
            return "(\(4 + i), [\(cells.joined(separator: ", "))])"
        }
        try scratch.write(
            "fill.py",
            """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book["填报表"]
            for row, values in [\(rows.joined(separator: ", "))]:
                for column, value in zip("FGHI", values):
                    sheet[f"{column}{row}"] = value
            book.save(sys.argv[2])
            """)
        try FileManager.default.createDirectory(atPath: scratch.path("inbox"), withIntermediateDirectories: true)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = [
            "python3", scratch.path("fill.py"), scratch.path("forms/2025Q4_长宁区.xlsx"), scratch.path("inbox/长宁区回传.xlsx")
        ]
        try python.run()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        let ds = try TempDataset()
        try FileManager.default.copyItem(atPath: Self.sample + "/enterprises.csv", toPath: ds.path("enterprises.csv"))
        let merge = try runPlangauge([
            "merge", scratch.path("inbox"), "--into", ds.folder, "--at", "2026-01-16T09:00:00"
        ])
        #expect(merge.status == 0, "\(merge.stdout)\(merge.stderr)")
        #expect(
            merge.stdout.contains("长宁区回传.xlsx — district 长宁区: read 10 rows, accepted 8, rejected 0, skipped 2; 8 new"))
        // The merged file alone, read as a dataset with the roster: exactly the figures filled in.
        let merged = try TempDataset()
        for name in ["enterprises.csv", "revenue_merge-0001.csv"] {
            try FileManager.default.copyItem(atPath: ds.path(name), toPath: merged.path(name))
        }
        let (dataset, report) = try merged.load()
        #expect(report.rejected == 0)
        let facts = dataset.revenue.sorted { $0.enterprise.code < $1.enterprise.code }
        #expect(facts.count == 8)
        for (firm, (fact, figures)) in zip(Self.changning, zip(facts, Self.filled)) {
            #expect(fact.enterprise.code == firm.code && fact.period == Period.quarter(2025, 4)!)
            #expect(fact.revenue?.fen == Self.fen(figures.revenue), "\(firm.code)")
            #expect(fact.industryRevenue?.fen == figures.industry.map(Self.fen), "\(firm.code)")
            #expect(fact.rdExpense?.fen == figures.rd.map(Self.fen), "\(firm.code)")
            #expect(fact.employees == figures.employees, "\(firm.code)")
        }
        let again = try runPlangauge(["merge", scratch.path("inbox"), "--into", ds.folder])
        #expect(again.status == 0 && again.stdout.contains("8 already in the dataset; nothing new"), "\(again.stdout)")
    }

    @Test func aCSVFormFilledInAsTextReadsBackExactly() throws {
        let scratch = try TempDataset()
        let run = try Self.template(scratch.path("forms"), ["--format", "csv"])
        #expect(run.stdout.contains("/2025Q4_长宁区.csv: 8 enterprises (长宁区)\n"))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: scratch.path("forms/2025Q4_长宁区.csv")))
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        let text = try #require(String(data: bytes, encoding: gb18030))
        var lines = text.components(separatedBy: "\r\n")
        #expect(lines.removeLast() == "")
        #expect(lines[0] == Self.header.joined(separator: ","))
        for (i, firm) in Self.changning.enumerated() {
            #expect(lines[1 + i] == "\(firm.code),\(firm.name),2025年四季度,当期,\(Self.csvAmount(firm.previous)),,,,")
            let f = Self.filled[i]
            lines[1 + i] =
                String(lines[1 + i].dropLast(4))
                + [f.revenue, f.industry ?? "", f.rd ?? "", f.employees.map(String.init) ?? ""]
                .map { "," + $0 }.joined()
        }
        let file = "revenue_2025Q4_长宁区.csv"
        let ds = try Self.dataset(returning: file) { path in
            try #require((lines.joined(separator: "\r\n") + "\r\n").data(using: gb18030)).write(
                to: URL(fileURLWithPath: path))
        }
        try Self.expectFigures(in: ds, file: file, reader: "revenue gb18030 (not valid UTF-8)")
    }

    /// The CSV form's amount: two decimals at least (`14939.4` → `14939.40`), nothing when unknown.
    static func csvAmount(_ wan: String?) -> String {
        guard let wan else { return "" }
        let parts = wan.split(separator: ".", omittingEmptySubsequences: false)
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        return "\(parts[0]).\(fraction + String(repeating: "0", count: max(0, 2 - fraction.count)))"
    }

    @Test func oneFormPerParkOrEnterprise() throws {
        let scratch = try TempDataset()
        let parks = try Self.template(scratch.path("parks"), ["--by", "park"])
        // parks.csv's seven parks, then the firms in none.
        #expect(
            parks.stdout.components(separatedBy: "\n").filter { !$0.isEmpty }.map {
                String($0.split(separator: "/").last!.prefix { $0 != ":" })
            } == [
                "2025Q4_JD-CV.xlsx", "2025Q4_LG-DS.xlsx", "2025Q4_PD-TZ.xlsx", "2025Q4_PT-DEMO.xlsx",
                "2025Q4_QP-ICT.xlsx", "2025Q4_SB-HT.xlsx", "2025Q4_SJ-SJ.xlsx", "2025Q4_未入驻园区.xlsx"
            ])
        let firm = try Self.template(scratch.path("firms"), ["--by", "enterprise", "--format", "csv"])
        #expect(firm.stdout.contains("/2025Q4_913101050028JBF2CH.csv: 1 enterprise (上海星宇数据科技有限公司)\n"))
    }

    @Test func exitStatuses() throws {
        let scratch = try TempDataset()
        let out = scratch.path("forms")
        for bad in [
            ["--period", "2025Q5"], ["--period", "2025年1-9月"], ["--by", "street"], ["--format", "xls"],
            ["--deadline", "2026-02-30"],
            ["--at", "tomorrow"]
        ] {
            var arguments = ["template", "--period", "2025Q4", "--data", Self.sample, "--out", out]
            arguments.append(contentsOf: bad)
            let run = try runPlangauge(arguments)
            #expect(run.status == 64, "\(bad): \(run.stderr)")
            #expect(run.stderr.contains(bad[0]), "\(bad)")
        }
        let missing = try runPlangauge(["template", "--period", "2025Q4", "--data", scratch.path("none"), "--out", out])
        #expect(missing.status == 66)
        try FileManager.default.createDirectory(atPath: scratch.path("mine"), withIntermediateDirectories: true)
        try scratch.write("mine/notes.txt", "")
        let foreign = try runPlangauge(
            ["template", "--period", "2025Q4", "--data", Self.sample, "--out", scratch.path("mine")])
        #expect(foreign.status == 73)
        #expect(foreign.stderr.contains("refused: the folder holds files PlanGauge did not write (notes.txt)"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
