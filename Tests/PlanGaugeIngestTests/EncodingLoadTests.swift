import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeRecords
@testable import PlanGaugeModel

/// One dataset saved three ways (Fixtures/encodings): UTF-8, UTF-8 with BOM, and its GB18030 twin.
@Suite struct EncodingLoadTests {
    let a = USCC(uncheckedCode: "91350100M000100Y43")
    let b = USCC(uncheckedCode: "91110000100010433L")

    var expectedEnterprises: [Enterprise] {
        [
            Enterprise(
                id: a, name: "上海甲网络安全有限公司", district: "浦东新区", segment: "数据安全",
                tags: ["龙头企业", "专精特新"], founded: CalendarDate(year: 2015, month: 3, day: 2)),
            Enterprise(
                id: b, name: "北京䶮㐀科技股份有限公司", district: "海淀区·中关村", segment: "密码",
                tags: ["上市", "小巨人"], founded: CalendarDate(year: 2010, month: 1, day: 5))
        ]
    }

    /// 1.25亿 = 12,500,000,000分; 8,000万 = 8,000,000,000分; 3.5亿 = 35,000,000,000分;
    /// 20,000.5万 = 20,000,500,000分; 12.3亿 = 123,000,000,000分.
    var expectedRevenue: [RevenueFact] {
        [
            RevenueFact(
                enterprise: a, period: .quarter(2023, 1)!, basis: .period,
                revenue: Amount(fen: 12_500_000_000), industryRevenue: Amount(fen: 8_000_000_000), employees: 320),
            RevenueFact(
                enterprise: a, period: .month(2023, 7)!, basis: .cumulative,  // 1—7月份
                revenue: Amount(fen: 35_000_000_000), industryRevenue: Amount(fen: 20_000_500_000), employees: 330),
            RevenueFact(
                enterprise: b, period: .quarter(2023, 3)!, basis: .cumulative,  // 前三季度, 累计
                revenue: Amount(fen: 123_000_000_000), industryRevenue: nil, employees: nil)
        ]
    }

    func load(_ folder: String, _ options: IngestOptions = IngestOptions()) throws -> (Dataset, IngestReport) {
        try DatasetLoader.load(folder: fixtures("encodings/" + folder), options: options)
    }

    @Test(arguments: [
        ("utf8", TextEncoding.utf8, TextEncoding.Reason.validUTF8),
        ("utf8-bom", .utf8BOM, .byteOrderMark),
        ("gb18030", .gb18030, .notUTF8)
    ])
    func loadsTheSameRecords(
        folder: String, encoding: PlanGaugeRecords.TextEncoding, reason: PlanGaugeRecords.TextEncoding.Reason
    ) throws {
        let (dataset, report) = try load(folder)
        #expect(report.log.kept.map(brief) == [])
        #expect(report.exitStatus == 0)
        #expect(dataset.enterprises == expectedEnterprises)
        #expect(dataset.revenue == expectedRevenue)
        for file in ["enterprises.csv", "revenue.csv"] {
            let s = try #require(summary(report, file))
            #expect(s.encoding == encoding, "\(file)")
            #expect(s.encodingReason == reason, "\(file)")
        }
        #expect(
            summary(report, "revenue.csv").map { ($0.rowsRead, $0.accepted, $0.rejected) } ?? (0, 0, 0) == (3, 3, 0))
    }

    @Test func gb18030TwinReallyIsNotUTF8() throws {
        let file = try MappedFile(path: fixtures("encodings/gb18030/revenue.csv"))
        #expect(TextEncoding.detect(file.bytes) == (.gb18030, .notUTF8))
    }

    /// A chunk copied with `pread` holds what the mapping holds; a range past the end is refused
    /// (the reader then falls back to the mapping).
    @Test func copiedBytesAreTheMappedOnes() throws {
        let file = try MappedFile(path: fixtures("encodings/gb18030/revenue.csv"))
        let n = file.bytes.count
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: n + 8, alignment: 16)
        defer { buffer.deallocate() }
        #expect(file.copy(3..<n, to: buffer.baseAddress!))
        #expect(Array(buffer[0..<(n - 3)]) == Array(file.bytes[3..<n]))
        #expect(!file.copy(0..<(n + 8), to: buffer.baseAddress!))
    }

    @Test func encodingOptionOverridesDetection() throws {
        let (dataset, report) = try load("gb18030", IngestOptions(encoding: .gb18030))
        #expect(dataset.revenue == expectedRevenue)
        #expect(report.files.map(\.encodingReason) == [.option, .option])
        #expect(report.files.map(\.encoding) == [.gb18030, .gb18030])
    }

    @Test func wrongEncodingOptionIsObeyedAndShows() throws {
        // GB18030 read as UTF-8: no Chinese header is recognised, so no row can be read.
        let (dataset, report) = try load("gb18030", IngestOptions(encoding: .utf8))
        #expect(dataset.enterprises.isEmpty && dataset.revenue.isEmpty)
        #expect(report.files.map(\.encoding) == [.utf8, .utf8])
        #expect(report.files.map(\.encodingReason) == [.option, .option])
        #expect(
            briefs(report, file: "enterprises.csv").contains(
                "enterprises.csv:1:0: error: required column id / 统一社会信用代码 is missing; no row of this file can be read")
        )
        #expect(report.exitStatus == 65)
    }

    @Test func undecodableCellUnderAnExplicitEncoding() throws {
        // 网 in GB18030 inside an otherwise ASCII file, read as UTF-8 on request.
        let ds = try TempDataset(["revenue.csv": minimalRevenue])
        try ds.write("enterprises.csv", bytes: Array("id,name\n91350100M000100Y43,".utf8) + [0xCD, 0xF8] + [0x0A])
        let (_, forced) = try ds.load(IngestOptions(encoding: .utf8))
        #expect(
            briefs(forced, file: "enterprises.csv") == [
                "enterprises.csv:2:2: error: name: bytes are not valid utf-8 text"
            ])
        let (detected, report) = try ds.load()
        #expect(detected.enterprises.map(\.name) == ["网"])
        #expect(summary(report, "enterprises.csv")?.encoding == .gb18030)
        #expect(summary(report, "revenue.csv")?.encoding == .utf8)  // detection is per file
    }

    @Test func asciiFileReadsTheSameUnderAnyEncoding() throws {
        let ds = try TempDataset([
            "enterprises.csv": minimalEnterprises.replacingOccurrences(of: "甲公司", with: "Acme"),
            "revenue.csv": minimalRevenue
        ])
        let (plain, _) = try ds.load()
        let (forced, report) = try ds.load(IngestOptions(encoding: .gb18030))
        #expect(plain.revenue == forced.revenue && plain.enterprises == forced.enterprises)
        #expect(forced.revenue.count == 1 && report.exitStatus == 0)
    }
}
