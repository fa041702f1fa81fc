import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// File-level problems: empty files, headers, ragged rows, CSV syntax, limits. Each test adds one
/// table to the smallest valid dataset, so every diagnostic seen belongs to that table.
@Suite struct TableLoadingTests {
    func load(_ name: String, _ text: String, _ options: IngestOptions = IngestOptions()) throws -> (
        Dataset, IngestReport
    ) {
        var files = ["enterprises.csv": minimalEnterprises, "revenue.csv": minimalRevenue]
        files[name] = text
        return try TempDataset(files).load(options)
    }

    func counts(_ r: IngestReport, _ file: String) -> [Int] {
        summary(r, file).map { [$0.rowsRead, $0.accepted, $0.rejected, $0.errors, $0.warnings] } ?? []
    }

    @Test func baselineIsClean() throws {
        let (dataset, report) = try TempDataset(["enterprises.csv": minimalEnterprises, "revenue.csv": minimalRevenue])
            .load()
        #expect(report.log.kept.isEmpty)
        #expect(report.exitStatus == 0)
        #expect(
            dataset.revenue == [
                RevenueFact(
                    enterprise: USCC(uncheckedCode: Codes.a), period: .quarter(2023, 1)!, basis: .period,
                    revenue: .wan(100))
            ])
    }

    @Test(arguments: ["", "\n\n\r\n", "\u{FEFF}"])
    func emptyFile(_ text: String) throws {
        let (_, report) = try load("parks.csv", text)
        #expect(
            briefs(report, file: "parks.csv") == ["parks.csv:1:0: error: the file is empty; a header row is required"])
        #expect(counts(report, "parks.csv") == [0, 0, 0, 1, 0])
        #expect(report.exitStatus == 65)
    }

    /// A header with no rows is legal but almost always a mistake: a warning, not an error.
    @Test func headerOnlyFileWarns() throws {
        let (dataset, report) = try load("parks.csv", "id,name\n")
        #expect(briefs(report, file: "parks.csv") == ["parks.csv:1:0: warning: the file has a header but no data rows"])
        #expect(counts(report, "parks.csv") == [0, 0, 0, 0, 1])
        #expect(dataset.parks.isEmpty)
        #expect(report.exitStatus == 0)
    }

    @Test func headerOnlyEnterprisesLeavesEveryRevenueRowUnknown() throws {
        let (_, report) = try load("enterprises.csv", "id,name\n")
        #expect(
            briefs(report) == [
                "enterprises.csv:1:0: warning: the file has a header but no data rows",
                "revenue.csv:2:1: error: id: unknown enterprise: not in enterprises.csv"
            ])
        #expect(report.exitStatus == 65)
    }

    @Test func raggedRows() throws {
        let (dataset, report) = try load("parks.csv", "id,name,district\nP1,a\nP2,b,c,d\nP3,c,d\nP4,e,\n")
        #expect(
            briefs(report, file: "parks.csv") == [
                "parks.csv:2:3: error: row has 2 fields but the header has 3; an unquoted comma in a value shifts every column after it",
                "parks.csv:3:4: error: row has 4 fields but the header has 3; an unquoted comma in a value shifts every column after it"
            ])
        #expect(dataset.parks.map(\.id) == ["P3", "P4"])  // a trailing empty field is still a field
        #expect(counts(report, "parks.csv") == [4, 2, 2, 2, 0])
    }

    @Test func missingRequiredColumnRejectsEveryRow() throws {
        let (dataset, report) = try load("revenue.csv", "id,revenue_wan\n\(Codes.a),100\n\(Codes.a),200\n")
        #expect(
            briefs(report, file: "revenue.csv") == [
                "revenue.csv:1:0: error: required column period / 统计期 is missing; no row of this file can be read"
            ])
        #expect(dataset.revenue.isEmpty)
        #expect(counts(report, "revenue.csv") == [2, 0, 2, 1, 0])
        #expect(report.exitStatus == 65)
    }

    @Test func duplicateColumn() throws {
        let (dataset, report) = try load("enterprises.csv", "id,name,名称\n\(Codes.a),甲公司,甲\n")
        #expect(
            briefs(report, file: "enterprises.csv") == [
                "enterprises.csv:1:3: error: column name / 企业名称 appears twice (first in column 2); the file cannot be read unambiguously"
            ])
        #expect(dataset.enterprises.isEmpty)
        #expect(counts(report, "enterprises.csv") == [1, 0, 1, 1, 0])
    }

    @Test func unknownColumnIsAWarningOnly() throws {
        let (dataset, report) = try load("enterprises.csv", "id,name,备注\n\(Codes.a),甲公司,x\n")
        #expect(briefs(report) == ["enterprises.csv:1:3: warning: unknown column; it is ignored"])
        #expect(report.log.kept.first?.value == "备注")
        #expect(dataset.enterprises.count == 1)
        #expect(report.exitStatus == 0)
    }

    @Test func csvSyntaxErrorsCostOneRowEach() throws {
        // Line 3: the quote in `市"北` is byte 7 (P2, = 3 bytes, 市 = 3 bytes). Line 5 opens a quote
        // that is never closed and swallows line 6.
        let (dataset, report) = try load("parks.csv", "id,name\nP1,临港\nP2,市\"北\nP3,徐汇\nP4,\"静安\nP5,x\n")
        #expect(
            briefs(report, file: "parks.csv") == [
                "parks.csv:3:7: error: malformed CSV: a quote inside an unquoted field, or text after a closing quote",
                "parks.csv:5:1: error: malformed CSV: a quoted field opened on line 5 is never closed"
            ])
        #expect(dataset.parks.map(\.id) == ["P1", "P3"])
        #expect(counts(report, "parks.csv") == [4, 2, 2, 2, 0])
    }

    @Test func syntaxErrorAfterAMultiLineFieldNamesTheRecordStart() throws {
        // Line 3 is `园区"x`: 园区 is 6 bytes, the closing quote byte 7, the stray x byte 8.
        let (_, report) = try load("parks.csv", "id,name\nP1,\"临港\n园区\"x\nP2,b\n")
        #expect(
            briefs(report, file: "parks.csv") == [
                "parks.csv:3:8: error: malformed CSV: a quote inside an unquoted field, or text after a closing quote (the record starts on line 2)"
            ])
        #expect(counts(report, "parks.csv") == [2, 1, 1, 1, 0])
    }

    @Test func syntaxErrorInTheHeaderMakesTheFileUnreadable() throws {
        let (_, report) = try load("parks.csv", "id,na\"me\nP1,x\nP2,y\n")
        #expect(
            briefs(report, file: "parks.csv") == [
                "parks.csv:1:6: error: malformed CSV: a quote inside an unquoted field, or text after a closing quote"
            ])
        #expect(counts(report, "parks.csv") == [2, 0, 2, 1, 0])
    }

    @Test func multiLineQuotedValueIsOneRow() throws {
        let (dataset, report) = try load("parks.csv", "id,name\r\nP1,\"临港\r\n园区\"\r\nP2,b\r\n")
        #expect(report.log.kept.isEmpty)
        #expect(dataset.parks.map(\.name) == ["临港\r\n园区", "b"])
        #expect(counts(report, "parks.csv") == [2, 2, 0, 0, 0])
    }

    @Test func fieldSizeLimitFromOptions() throws {
        // 临港网络安全产业园区: 10 characters, 30 bytes. USCCs (18 bytes) stay under the limit of 20.
        let (dataset, report) = try load(
            "parks.csv", "id,name\nP1,临港\nP2,临港网络安全产业园区\n",
            IngestOptions(limits: .init(maxFieldBytes: 20)))
        #expect(
            briefs(report) == ["parks.csv:3:1: error: record too large: a field of 30 bytes exceeds the limit of 20"])
        #expect(dataset.parks.map(\.id) == ["P1"])
        #expect(counts(report, "parks.csv") == [2, 1, 1, 1, 0])
    }

    @Test func fieldCountLimitFromOptions() throws {
        let (_, report) = try load(
            "parks.csv", "id,name,district\nP1,a,b\nP2,a,b,c\n", IngestOptions(limits: .init(maxFields: 3)))
        #expect(briefs(report) == ["parks.csv:3:1: error: record too large: a record with more than 3 fields"])
        #expect(counts(report, "parks.csv") == [2, 1, 1, 1, 0])
    }

    @Test func diagnosticsPerFileAreCappedButCounted() throws {
        let rows = (1...5).map { "P\($0)\n" }.joined()
        let (_, report) = try load("parks.csv", "id,name\n" + rows, IngestOptions(diagnosticsPerFile: 2))
        #expect(briefs(report, file: "parks.csv").count == 2)
        #expect(report.log.suppressed.values.reduce(0, +) == 3)
        #expect(report.log.suppressed.keys.map { ($0 as NSString).lastPathComponent } == ["parks.csv"])
        #expect(counts(report, "parks.csv") == [5, 0, 5, 5, 0])
        #expect(report.errors == 5)
    }

    @Test func aDirectoryNamedLikeATableIsReported() throws {
        let ds = try TempDataset(["enterprises.csv": minimalEnterprises, "revenue.csv": minimalRevenue])
        try FileManager.default.createDirectory(atPath: ds.path("revenue_dir.csv"), withIntermediateDirectories: false)
        let (dataset, report) = try ds.load()
        #expect(briefs(report) == ["revenue_dir.csv:0:0: error: file is not a regular file"])
        #expect(dataset.revenue.count == 1)
        #expect(report.exitStatus == 65)
    }
}
