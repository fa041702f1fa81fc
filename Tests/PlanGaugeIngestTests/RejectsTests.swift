import Foundation
import Testing
@testable import PlanGaugeIngest

/// `--rejects`: the rejected rows come back byte for byte, under the header, with their reasons.
@Suite struct RejectsTests {
    // Lines: 1 header; 2 good; 3 ragged (an unquoted comma in 12,34); 4–5 good, with a quoted line
    // break in the name; 6 unknown enterprise; 7 stray quote; 8 good; 9 a field short; 10–11 a bad
    // amount in a record with a quoted line break. Eight records: three accepted, five rejected.
    static let revenue =
        "id,name,period,revenue\r\n" + "\(Codes.a),甲,2023Q1,100\r\n" + "\(Codes.a),甲,2023Q2,12,34\r\n"
        + "\(Codes.a),\"甲\r\n分部\",2023Q3,100\r\n" + "\(Codes.c),丙,2023Q1,5\r\n" + "\(Codes.a),甲\"乙,2023Q4,1\r\n"
        + "\(Codes.a),甲,2024Q1,7\r\n" + "\(Codes.a),甲,2024Q2\r\n" + "\(Codes.a),\"多\r\n行\",2024Q3,x\r\n"

    @Test func rejectedRowsAreWrittenVerbatimWithTheirReasons() throws {
        let data = try TempDataset(["enterprises.csv": minimalEnterprises, "revenue.csv": Self.revenue])
        let (_, report) = try data.load(IngestOptions(collectRejects: true))
        let summary = report.files.first { $0.table == "revenue" }!
        #expect([summary.rowsRead, summary.accepted, summary.rejected] as [Int] == [8, 3, 5])
        let out = data.path("rejects")
        let written = try RejectsWriter.write(report.rejects, to: out)
        #expect(written.map { ($0 as NSString).lastPathComponent } == ["revenue.csv", "revenue.csv.diagnostics.txt"])
        let expected =
            "id,name,period,revenue\r\n" + "\(Codes.a),甲,2023Q2,12,34\r\n" + "\(Codes.c),丙,2023Q1,5\r\n"
            + "\(Codes.a),甲\"乙,2023Q4,1\r\n" + "\(Codes.a),甲,2024Q2\r\n" + "\(Codes.a),\"多\r\n行\",2024Q3,x\r\n"
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/revenue.csv")) == Data(expected.utf8))
        let notes = try String(contentsOfFile: out + "/revenue.csv.diagnostics.txt", encoding: .utf8)
        let lines = notes.split(separator: "\n").filter { $0.hasPrefix("revenue.csv line") }.map(String.init)
        #expect(
            lines.map { $0.replacingOccurrences(of: data.folder + "/", with: "") } == [
                "revenue.csv line 2 (was revenue.csv:3):",
                "revenue.csv line 3 (was revenue.csv:6):",
                "revenue.csv line 4 (was revenue.csv:7):",
                "revenue.csv line 5 (was revenue.csv:9):",
                "revenue.csv line 6 (was revenue.csv:10):"  // spans lines 6–7 of the rejects file
            ])
        #expect(notes.contains("row has 5 fields but the header has 4"))
        #expect(notes.contains("unknown enterprise"))
        #expect(notes.contains("malformed CSV"))
        #expect(notes.contains("row has 3 fields but the header has 4"))
        #expect(notes.contains("revenue: not an amount"))
    }

    @Test func aGB18030FileKeepsItsEncodingAndAUTF8FileItsBOM() throws {
        let gbRevenue = "统一社会信用代码,统计期,营业收入\r\n\(Codes.a),2023年1-3月,坏\r\n"
        let gb = gbRevenue.data(using: String.Encoding(rawValue: 0x8000_0632))!
        let data = try TempDataset(["enterprises.csv": "\u{FEFF}" + minimalEnterprises + "\(Codes.b.lowercased()),乙\n"])
        try data.write("revenue.csv", bytes: Array(gb))
        let (_, report) = try data.load(IngestOptions(collectRejects: true))
        let out = data.path("rejects")
        _ = try RejectsWriter.write(report.rejects, to: out)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/revenue.csv")) == gb)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: out + "/enterprises.csv"))
                == Data(("\u{FEFF}id,name\n\(Codes.b.lowercased()),乙\n").utf8))
    }

    @Test func nothingIsKeptUnlessAsked() throws {
        let data = try TempDataset(["enterprises.csv": minimalEnterprises, "revenue.csv": Self.revenue])
        #expect(try data.load().1.rejects.isEmpty)
    }
}
