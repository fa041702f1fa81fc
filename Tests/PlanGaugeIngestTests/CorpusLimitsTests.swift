import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Corpus: hostile sizes, generated at run time (nothing this large is committed). The default
/// limits are 1 MiB (1,048,576 bytes) per field and 4,096 fields per record.
@Suite struct CorpusLimitsTests {
    static let tenMB = 10 * 1024 * 1024  // 10,485,760 bytes

    /// enterprises.csv with one name of `size` bytes on line 3, between two good rows.
    func datasetWithAName(of size: Int) throws -> TempDataset {
        let data = try TempDataset(["revenue.csv": minimalRevenue])
        let bytes =
            Array("id,name\n\(Codes.a),甲公司\n\(Codes.b),".utf8) + [UInt8](repeating: UInt8(ascii: "x"), count: size)
            + Array("\n\(Codes.c),丙公司\n".utf8)
        try data.write("enterprises.csv", bytes: bytes)
        return data
    }

    /// A text column filled by a runaway formula or a binary blob: one 10 MB field. It costs its own
    /// row, at line 3 column 1 (a limit error names the record, not a byte), and line 4 is read.
    @Test func tenMegabyteFieldCostsOneRow() throws {
        let c = try Corpus(generated: try datasetWithAName(of: Self.tenMB))
        #expect(c.report.log.kept.count == 1)
        let d = try #require(c.report.log.kept.first)
        #expect(brief(d).hasPrefix("enterprises.csv:3:1: error: record too large: "))
        #expect(c.counts("enterprises.csv") == [3, 2, 1, 1, 0])
        #expect(c.dataset.enterprises.map(\.id.code) == [Codes.a, Codes.c])
        #expect(c.counts("revenue.csv") == oneCleanRow)
        #expect(c.report.exitStatus == 65)
    }

    /// The same 10 MB field must be reported as what it is: a field over --max-field-bytes.
    /// The field is cut as soon as it passes the limit (its full size is never buffered, so the
    /// message cannot give it).
    @Test func tenMegabyteFieldHitsTheFieldSizeLimit() throws {
        let c = try Corpus(generated: try datasetWithAName(of: Self.tenMB))
        #expect(
            c.briefs() == [
                "enterprises.csv:3:1: error: record too large: a field of more than 1048576 bytes exceeds the limit of 1048576"
            ])
        #expect(c.counts("enterprises.csv") == [3, 2, 1, 1, 0])
    }

    /// One byte over the default field limit: the field limit, by its exact size.
    @Test func fieldOneByteOverTheDefaultLimit() throws {
        let c = try Corpus(generated: try datasetWithAName(of: 1_048_577))
        #expect(
            c.briefs() == [
                "enterprises.csv:3:1: error: record too large: a field of 1048577 bytes exceeds the limit of 1048576"
            ])
        #expect(
            c.diagnostic("enterprises.csv", 3, 1)?.expected
                == "fields and rows within --max-field-bytes and --max-fields")
        #expect(c.counts("enterprises.csv") == [3, 2, 1, 1, 0])
        #expect(c.report.exitStatus == 65)
    }

    /// A row of a million columns (a matrix exported the wrong way round): 3 real fields and
    /// 999,997 empty ones. The field-count limit rejects the row; the next line is read.
    @Test func millionColumnsHitTheFieldCountLimit() throws {
        let data = try TempDataset(["enterprises.csv": minimalEnterprises])
        let wide = "\(Codes.a),2023Q2,200" + String(repeating: ",", count: 999_997)
        try data.write("revenue.csv", "id,period,revenue_wan\n\(Codes.a),2023Q1,100\n\(wide)\n\(Codes.a),2023Q3,300\n")
        let c = try Corpus(generated: data)
        #expect(c.briefs() == ["revenue.csv:3:1: error: record too large: a record with more than 4096 fields"])
        #expect(c.counts("revenue.csv") == [3, 2, 1, 1, 0])
        #expect(c.dataset.revenue.map(\.period) == [.quarter(2023, 1)!, .quarter(2023, 3)!])
        #expect(c.report.exitStatus == 65)
    }
}
