import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeRecords

/// `--rejects` for files PlanGauge reads through a plain copy (title rows, a unit line, a
/// two-row header; workbooks): the rejected rows come from the file as the office wrote it.
@Suite struct RejectsOfficeShapeTests {
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    /// A district's return, as Excel on Chinese Windows saves it (GB18030, CRLF): a title, the
    /// unit line, the header on line 3; line 5 has an amount that is no number, line 6 a stray
    /// quote the CSV parser cannot read; lines 4 and 7 are good.
    static let lines = [
        "2025年网络安全企业营业收入统计表,,,",
        "单位：万元,,,",
        "统一社会信用代码,企业名称,统计期,营业收入",
        "\(Codes.a),甲公司,2025年一季度,100",
        "\(Codes.a),甲公司,2025年二季度,坏",
        "\(Codes.a),甲\"乙,2025年三季度,1",
        "\(Codes.a),甲公司,2025年四季度,120"
    ]

    static func gb(_ lines: [String]) -> Data {
        lines.map { $0 + "\r\n" }.joined().data(using: gb18030)!
    }

    @Test func shapedGB18030RowsAreCopiedFromTheOriginalBytes() throws {
        let data = try TempDataset(["enterprises.csv": "id,name\n\(Codes.a),甲公司\n"])
        try data.write("revenue.csv", bytes: Array(Self.gb(Self.lines)))
        let (_, report) = try data.load(IngestOptions(collectRejects: true))
        let s = try #require(summary(report, "revenue.csv"))
        #expect(s.rejected == 2)
        #expect(report.rejects.flatMap(\.rows).map(\.line) == [5, 6])

        let out = data.path("rejects")
        let written = try RejectsWriter.write(report.rejects, to: out)
        #expect(written.map { ($0 as NSString).lastPathComponent } == ["revenue.csv", "revenue.csv.diagnostics.txt"])
        // Everything above the first data row (the title and the unit line say what every row
        // means), then the two rejected lines: the file's own bytes, GB18030 and CRLF, no BOM.
        let expected = Self.gb([Self.lines[0], Self.lines[1], Self.lines[2], Self.lines[4], Self.lines[5]])
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/revenue.csv")) == expected)
        let notes = try String(contentsOfFile: out + "/revenue.csv.diagnostics.txt", encoding: .utf8)
        let places = notes.split(separator: "\n").filter { $0.hasPrefix("revenue.csv line") }
            .map { $0.replacingOccurrences(of: data.folder + "/", with: "") }
        #expect(places == ["revenue.csv line 4 (was revenue.csv:5):", "revenue.csv line 5 (was revenue.csv:6):"])
        #expect(notes.contains("revenue: not an amount"))
        #expect(notes.contains("malformed CSV"))
    }

    /// The rejects file reads as the original did: the same rows, rejected for the same reasons.
    @Test func theRejectsFileReadsAsTheOriginal() throws {
        let data = try TempDataset(["enterprises.csv": "id,name\n\(Codes.a),甲公司\n"])
        try data.write("revenue.csv", bytes: Array(Self.gb(Self.lines)))
        let (_, report) = try data.load(IngestOptions(collectRejects: true))
        let again = try TempDataset(["enterprises.csv": "id,name\n\(Codes.a),甲公司\n"])
        _ = try RejectsWriter.write(report.rejects, to: again.path("r"))
        try FileManager.default.moveItem(atPath: again.path("r/revenue.csv"), toPath: again.path("revenue.csv"))
        try FileManager.default.removeItem(atPath: again.path("r"))
        let (_, second) = try again.load(IngestOptions(collectRejects: true))
        let s = try #require(summary(second, "revenue.csv"))
        #expect(s.accepted == 0 && s.rejected == 2)
        #expect(second.rejects.flatMap(\.rows).map(\.line) == [4, 5])
    }

    /// Only the malformed row, in a file that starts with a title: the reader itself rejects
    /// nothing, and the row still reaches the rejects file.
    @Test func aMalformedRowAloneIsWritten() throws {
        let data = try TempDataset(["enterprises.csv": "id,name\n\(Codes.a),甲公司\n"])
        let lines = [Self.lines[0], Self.lines[2], Self.lines[3], Self.lines[5]]
        try data.write("revenue.csv", bytes: Array(Self.gb(lines)))
        let (_, report) = try data.load(IngestOptions(collectRejects: true))
        #expect(summary(report, "revenue.csv")?.rejected == 1)
        let rejects = try #require(report.rejects.first)
        #expect(rejects.header == Array(Self.gb([lines[0], lines[1]])))
        #expect(rejects.rows.map(\.bytes) == [Array(Self.gb([lines[3]]))])
    }

    /// `check --rejects`: the count written is the count rejected.
    @Test func checkWritesEveryRejectedRow() throws {
        let data = try TempDataset(["enterprises.csv": "id,name\n\(Codes.a),甲公司\n"])
        try data.write("revenue.csv", bytes: Array(Self.gb(Self.lines)))
        let out = data.path("rejects")
        let run = try runPlangauge(["check", data.folder, "--rejects", out])
        #expect(run.status == 65)
        #expect(run.stderr.contains("plangauge: 2 rejected rows written to \(out)/ (2 files)"))
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: out + "/revenue.csv"))
                == Self.gb([Self.lines[0], Self.lines[1], Self.lines[2], Self.lines[4], Self.lines[5]]))
    }

    /// A workbook has no lines to copy: its rejected rows are written as UTF-8 CSV with a BOM,
    /// under the header PlanGauge read, named `<workbook>.csv`.
    @Test func aWorkbooksRejectsAreUTF8CSVWithABOM() throws {
        let data = try TempDataset(copyOf: "office/title-rows-xlsx")
        // 上海瀚信密码技术有限公司 (row 6) is left out of the list: its row is rejected.
        let enterprises =
            try String(contentsOfFile: data.path("enterprises.csv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.contains("上海瀚信密码技术有限公司") }.joined(separator: "\n") + "\n"
        try data.write("enterprises.csv", enterprises)
        let (_, report) = try data.load(IngestOptions(collectRejects: true))
        #expect(summary(report, "revenue.xlsx")?.rejected == 1)
        let out = data.path("rejects")
        let written = try RejectsWriter.write(report.rejects, to: out)
        #expect(
            written.map { ($0 as NSString).lastPathComponent } == [
                "revenue.xlsx.csv", "revenue.xlsx.csv.diagnostics.txt"
            ])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: out + "/revenue.xlsx.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.last?.contains("913101040028JBF022,上海瀚信密码技术有限公司") == true)
        let notes = try String(contentsOfFile: out + "/revenue.xlsx.csv.diagnostics.txt", encoding: .utf8)
        #expect(notes.contains("revenue.xlsx.csv line 2 (was "))
    }
}
