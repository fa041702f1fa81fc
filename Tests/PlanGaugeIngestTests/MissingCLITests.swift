import Foundation
import Testing

/// `plangauge missing` end to end through the built binary on Fixtures/missing-reporters (the firms
/// and what is expected of each at 2025Q4 are tabled in PlanGaugeAnalyticsTests/MissingReportersTests):
/// listed 乙 (普陀区, 普陀示范园; last 2025Q3 123.456789 万元), 戊 (静安区, no park; 2025Q3 50.50 万元,
/// a 2025Q4 row with 营业收入 empty), 己 (no district; 2025-11 7.25 万元); 丁 exited 2025-11-15.
@Suite(.enabled(if: plangaugeExecutable != nil, "the plangauge executable was not found next to the test bundle"))
struct MissingCLITests {
    static let data = fixtures("missing-reporters")

    func missing(_ extra: [String], data: String = Self.data, in directory: String? = nil) throws -> CLIRun {
        try runPlangauge(["missing", "--data", data, "--period", "2025Q4"] + extra, in: directory)
    }

    @Test func textIsGroupedByDistrictAndParkAndExits1() throws {
        let run = try missing([])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(
            run.stdout == """
                2025年四季度：3 家近四个季度报过数的企业未报送营业收入（按所属区、园区排列，附最近一次报送的营业收入）。
                营业收入单位：万元

                普陀区
                  普陀示范园
                    91110000100010433L  乙公司  2025年三季度  123.456789

                静安区
                  （不在园区）
                    913100000000000048  戊公司  2025年三季度       50.50  已报送但营业收入为空

                （未填所属区）
                  （不在园区）
                    91310000000000006E  己公司  2025年11月          7.25

                另有 1 家已退出（退出日期不晚于 2025-12-31），不再催报，未列入。

                """)
    }

    /// The CSV's bytes as written (`CLIRun` decodes stdout as text, which drops a BOM).
    func rawStdout(_ arguments: [String]) throws -> (status: Int32, bytes: [UInt8]) {
        let process = Process()
        process.executableURL = plangaugeExecutable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()  // small: cannot fill the pipe for long
        process.waitUntilExit()
        return (process.terminationStatus, Array(data))
    }

    @Test func csvIsExcelReadyWithTheBOM() throws {
        let run = try rawStdout(["missing", "--data", Self.data, "--period", "2025Q4", "--format", "csv"])
        #expect(run.status == 1)
        #expect(Array(run.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            String(decoding: run.bytes.dropFirst(3), as: UTF8.self)
                == "所属区,所属园区,统一社会信用代码,企业名称,最近一次报送期,最近一次营业收入（万元）,备注\r\n"
                + "普陀区,普陀示范园,91110000100010433L,乙公司,2025年三季度,123.456789,\r\n"
                + "静安区,,913100000000000048,戊公司,2025年三季度,50.50,已报送但营业收入为空\r\n"
                + ",,91310000000000006E,己公司,2025年11月,7.25,\r\n")
    }

    @Test func jsonHasEveryKeySortedAndMoneyInFen() throws {
        let run = try missing(["--format", "json"])
        #expect(run.status == 1)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(doc.keys.sorted() == ["active", "dataset", "exited", "firms", "missing", "period", "schema"])
        #expect(doc["schema"] as? String == "plangauge.missing/1")
        #expect(doc["dataset"] as? String == "missing-reporters")
        #expect(doc["period"] as? String == "2025Q4")
        #expect(doc["missing"] as? Int == 3 && doc["active"] as? Int == 5 && doc["exited"] as? Int == 1)
        let firms = try #require(doc["firms"] as? [[String: Any]])
        let keys = [
            "district", "empty_revenue_row", "id", "last_basis", "last_period", "last_revenue_fen", "name", "park",
            "park_name"
        ]
        #expect(firms.allSatisfy { $0.keys.sorted() == keys })
        #expect(firms.map { $0["id"] as? String } == ["91110000100010433L", "913100000000000048", "91310000000000006E"])
        #expect(firms.map { $0["last_revenue_fen"] as? Int } == [123_456_789, 50_500_000, 7_250_000])
        #expect(firms.map { $0["last_period"] as? String } == ["2025Q3", "2025Q3", "2025-11"])
        #expect(firms.map { $0["empty_revenue_row"] as? Bool } == [false, true, false])
        #expect(firms[0]["park"] as? String == "PT-A" && firms[0]["park_name"] as? String == "普陀示范园")
        #expect(firms[2]["district"] is NSNull && firms[2]["park"] is NSNull)
        // Keys in sorted order in the text itself (the bytes are stable).
        let first = run.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("      \"") }.prefix(keys.count)
        #expect(first.map { $0.split(separator: "\"")[1] } == keys.map { Substring($0) })
    }

    @Test func englishText() throws {
        let run = try missing(["--lang", "en"])
        #expect(run.status == 1)
        #expect(
            run.stdout.hasPrefix("2025Q4: 3 firms that reported revenue in the four quarters before have no figure"))
        // 123.456789 万元 = 1.23456789 million yuan, exact.
        #expect(run.stdout.contains("91110000100010433L  乙公司  2025Q3   1.23456789\n"))
        #expect(run.stdout.contains("1 more firm has exited (on or before 2025-12-31) and is not chased or listed."))
    }

    /// Everyone active reported: 0, and the text says so.
    @Test func nobodyMissingExits0() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: false)
        let run = try missing([], data: "data", in: w.folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "2025年四季度：近四个季度报过数的 3 家企业均已报送营业收入。\n")
    }

    /// A rejected revenue row outranks findings: the list is written, then 65.
    @Test func rejectedRowsExit65AfterTheList() throws {
        let w = try PartialRunCLITests.workspace(rejectedRow: true)
        let run = try runPlangauge(["missing", "--data", "data", "--period", "2026Q1"], in: w.folder)
        #expect(run.status == 65)
        // b and c reported every quarter of 2025 but not 2026Q1 (100 万元 each).
        #expect(run.stdout.contains("\(Codes.b)  乙公司  2025年四季度  100.00\n"))
        #expect(run.stdout.contains("\(Codes.c)  丙公司  2025年四季度  100.00\n"))
        #expect(
            run.stderr.contains(
                "plangauge: the list may be incomplete: 1 rejected row, 1 error in enterprises, revenue, parks and park_members"
            ))
    }

    @Test func usageAndInputErrors() throws {
        let bad = try runPlangauge(["missing", "--data", Self.data, "--period", "2025Q5"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--period «2025Q5» is not a period"))
        #expect(try runPlangauge(["missing", "--data", Self.data]).status == 64)  // --period is required
        let far = try runPlangauge(["missing", "--data", Self.data, "--period", "2030Q4"])
        #expect(far.status == 65)
        #expect(
            far.stderr.contains(
                "no revenue data falls in the four quarters before 2030Q4 or in it (the data runs 2024Q1 to 2025Q4)"))
        #expect(far.stdout.isEmpty)
        #expect(try runPlangauge(["missing", "--data", "/no/such/folder", "--period", "2025Q4"]).status == 66)
    }
}
