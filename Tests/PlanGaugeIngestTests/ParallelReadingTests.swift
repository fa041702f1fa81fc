import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeRecords
@testable import PlanGaugeModel

/// Revenue files are read in chunks on several threads and committed in file order. Whatever the
/// cut, the outcome must be the single pass's to the byte: the same facts in the same order, the
/// same diagnostics in the same order, the same accounting and the same rejected rows.
@Suite struct ParallelReadingTests {
    static let folders: [String] = {
        let corpus = (try? FileManager.default.contentsOfDirectory(atPath: fixtures("corpus"))) ?? []
        return corpus.sorted().filter { !$0.hasPrefix(".") }.map { "corpus/" + $0 } + ["mixed"]
    }()

    /// Chunk sizes from one byte (every line its own chunk, cuts inside quoted fields) up.
    static let cuts = [1, 7, 64, 1000]

    @Test(arguments: folders)
    func chunksGiveTheSinglePassResult(_ folder: String) throws {
        let data = try TempDataset(copyOf: folder)
        let single = try data.load(IngestOptions(collectRejects: true, workers: 1, chunkBytes: 1 << 30))
        for cut in Self.cuts {
            for workers in [1, 2, 4] {
                let chunked = try data.load(IngestOptions(collectRejects: true, workers: workers, chunkBytes: cut))
                expectSame(single, chunked, "\(folder), \(workers) workers, \(cut)-byte chunks")
            }
        }
    }

    @Test func theSampleInSmallChunksOnTwoThreads() throws {
        let folder = fixtures("../../../Data/sample")
        let single = try DatasetLoader.load(folder: folder, options: IngestOptions(workers: 1, chunkBytes: 1 << 30))
        let chunked = try DatasetLoader.load(folder: folder, options: IngestOptions(workers: 2, chunkBytes: 4096))
        #expect(single.0.revenue.count > 8_000)
        expectSame(single, chunked, "sample")
    }

    /// The fast path for plain rows gives what the full checks give: facts, origins, diagnostics,
    /// accounting and rejected rows, on every corpus case and on the sample.
    @Test(arguments: folders + ["../../../Data/sample"])
    func plainRowsReadFastAsByTheFullChecks(_ folder: String) throws {
        let data = try TempDataset(copyOf: folder)
        var off = IngestOptions(collectRejects: true, workers: 2, chunkBytes: 4096)
        off.fastRows = false
        let full = try data.load(off)
        let fast = try data.load(IngestOptions(collectRejects: true, workers: 2, chunkBytes: 4096))
        expectSame(full, fast, "\(folder), fast rows")
    }

    /// Rows that look almost plain: each a small change from a clean one (spaces, a sign, a third
    /// decimal, grouping commas, another spelling of the period or 口径, a name off by a character,
    /// 产业收入 above 营业收入, an unknown or broken code, a unit in the cell), each after a clean row
    /// of another enterprise with the same period and 口径, so the fast path has learnt them.
    @Test func nearlyPlainRowsAreLeftToTheFullChecks() throws {
        let clean = "\(Codes.a),甲公司,P,当期,100.5,20,,3.25,12"
        let variants = [
            "B,乙公司,P,当期, 100.5,20,,3.25,12", "B,乙公司,P,当期,-100.5,20,,3.25,12", "B,乙公司,P,当期,100.555,20,,3.25,12",
            "B,乙公司,P,当期,\"1,100.5\",20,,3.25,12", "B,乙公司,P,累计,100.5,20,,3.25,12", "B,乙公司,P,,100.5,20,,3.25,12",
            "B,丙公司,P,当期,100.5,20,,3.25,12", "B,乙公司,P,当期,100.5,200,,3.25,12", "\(Codes.c),乙公司,P,当期,100.5,20,,3.25,12",
            "91110000100010433X,乙公司,P,当期,100.5,20,,3.25,12", "B,乙公司,P,当期,100.5,20,,3.25,12.5",
            "B,乙公司,P,当期,100.5,20,,3.25,-1",
            "B,乙公司,P,当期,-,20,,3.25,", "B,乙公司 ,P,当期,100.5,20,,3.25,12", "B,乙公司,P,当期,100.5,20,5亿,3.25,12",
            "B,乙公司,P,当期,0,0,0,0,0", "B,乙公司,P,当期,100.5,20,,3.25,12", "B, 乙公司,P,当期,100.5,20,,3.25,12",
            "B,乙公司,P ,当期,100.5,20,,3.25,12", "B,乙公司,P,当期 ,100.5,20,,3.25,12", "B,乙公司,P,当期,100.5,,,,",
            "B,乙公司,P,当期,-100.5,,,3.25,12", "B,乙公司,P,当期,100.5,20,,-3.25,12"
        ]
        var rows = "统一社会信用代码,企业名称,统计期,口径,营业收入（万元）,产业收入（万元）,市值（亿元）,研发投入（万元）,从业人员\n"
        for (i, v) in variants.enumerated() {
            let period = "\(2020 + i / 12)年\(i % 12 + 1)月"
            rows += clean.replacingOccurrences(of: ",P,", with: ",\(period),") + "\n"
            rows +=
                v.replacingOccurrences(of: "B,", with: "\(Codes.b),").replacingOccurrences(of: ",P", with: ",\(period)")
                + "\n"
        }
        let data = try TempDataset([
            "enterprises.csv": "id,name\n\(Codes.a),甲公司\n\(Codes.b),乙公司\n", "revenue_2023.csv": rows
        ])
        var off = IngestOptions(collectRejects: true, workers: 1)
        off.fastRows = false
        let full = try data.load(off), fast = try data.load(IngestOptions(collectRejects: true, workers: 1))
        expectSame(full, fast, "nearly plain rows")
        // The variants are seen: eight rejected (a negative 营业收入 twice, 产业收入 above it, a negative
        // R&D, an unknown code, a broken check character, 12.5 and -1 employees), warnings besides,
        // and no duplicates.
        #expect(full.1.files.first { $0.table == "revenue" }?.rejected == 8)
        #expect(!full.1.log.kept.contains { $0.message.contains("duplicate") })
        #expect(full.1.log.kept.contains { $0.severity == .warning })
    }

    /// A quoted field with line breaks lies across the cut: the chunk after it began mid-record, so
    /// reading goes on from the record's start, and nothing is lost or doubled.
    @Test func aCutInsideAQuotedFieldIsMended() throws {
        var rows = "id,name,period,revenue\n"
        for m in 1...12 {
            let name = m == 6 ? "\"甲公司\n(第二行)\n第三行\"" : "甲公司"
            rows += "91350100M000100Y43,\(name),2023-\(m < 10 ? "0" : "")\(m),\(m)00\n"
        }
        let data = try TempDataset(["enterprises.csv": minimalEnterprises, "revenue.csv": rows])
        let single = try data.load(IngestOptions(workers: 1, chunkBytes: 1 << 30))
        for cut in 1...80 {
            expectSame(single, try data.load(IngestOptions(workers: 2, chunkBytes: cut)), "\(cut)-byte chunks")
        }
        // The name with line breaks differs from enterprises.csv: a warning on line 7, where its record starts.
        #expect(
            briefs(single.1, file: "revenue.csv").contains {
                $0.hasPrefix("revenue.csv:7:2: warning: name: name differs")
            })
        #expect(single.0.revenue.count == 12)
        #expect(single.0.revenue.map(\.origin!.line) == [2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15])
    }

    /// Duplicates across chunks and files: the first in file order is kept, the later one named.
    @Test func duplicatesAcrossChunksKeepTheFirst() throws {
        let row = "91350100M000100Y43,甲公司,2023Q1,当期,100\n"
        let data = try TempDataset([
            "enterprises.csv": minimalEnterprises,
            "revenue_a.csv": "id,name,period,basis,revenue_wan\n" + row
                + String(repeating: "91350100M000100Y43,甲公司,2023Q2,当期,1\n", count: 1)
                + row.replacingOccurrences(of: ",100\n", with: ",200\n"),
            "revenue_b.csv": "id,name,period,basis,revenue_wan\n" + row
        ])
        for cut in [1, 30, 1 << 20] {
            let (dataset, report) = try data.load(IngestOptions(workers: 2, chunkBytes: cut))
            #expect(dataset.revenue.map(\.revenue) == [.yuan(1_000_000), .yuan(10_000)])
            #expect(
                briefs(report) == [
                    "revenue_a.csv:4:3: error: period: duplicate of line 2 for this enterprise, period and 口径 (conflicting values)",
                    "revenue_b.csv:2:3: error: period: duplicate of \(data.path("revenue_a.csv")):2 for this enterprise, period and 口径 (same values)"
                ], "\(cut)-byte chunks")
        }
    }

    private func expectSame(
        _ a: (Dataset, IngestReport), _ b: (Dataset, IngestReport), _ what: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(Array(a.0.revenue) == Array(b.0.revenue), "\(what): facts", sourceLocation: sourceLocation)
        #expect(
            a.0.revenue.map(\.origin) == b.0.revenue.map(\.origin), "\(what): origins", sourceLocation: sourceLocation)
        #expect(a.1.log.kept == b.1.log.kept, "\(what): diagnostics", sourceLocation: sourceLocation)
        #expect(a.1.files == b.1.files, "\(what): accounting", sourceLocation: sourceLocation)
        #expect(a.1.rejects == b.1.rejects, "\(what): rejected rows", sourceLocation: sourceLocation)
    }
}

@Suite struct LineCountTests {
    /// Long pieces (past a lane's 255 blocks) cut anywhere, so a CR at a piece's end may have its LF
    /// just past it, in CRLF, LF and mixed text.
    @Test func countsLongPiecesCutAnywhere() {
        var generator = SeededRandom()
        let line = Array("913101060028JBEYYY,上海远航软件技术有限公司,2020年1月,当期,410.38,,,71.58,86".utf8)
        for ending in [[0x0D, 0x0A], [0x0A], [0x0D]] as [[UInt8]] {
            var bytes: [UInt8] = []
            while bytes.count < 12_000 {
                bytes += line
                bytes += Int.random(in: 0..<10, using: &generator) == 0 ? [0x0D] : ending
            }
            bytes.withUnsafeBytes { raw in
                for _ in 0..<40 {
                    let a = Int.random(in: 0..<raw.count, using: &generator),
                        b = Int.random(in: a...raw.count, using: &generator)
                    let expected = (a..<b).filter {
                        raw[$0] == 0x0A || (raw[$0] == 0x0D && ($0 + 1 == raw.count || raw[$0 + 1] != 0x0A))
                    }.count
                    #expect(
                        ChunkPlan.lineEnds(raw, a..<b) == expected, "\(a)..<\(b) of \(raw.count), \(generator.replay)")
                }
            }
        }
    }

    /// The sixteen-at-a-time count agrees with counting byte by byte, at every alignment and length.
    @Test func countsEveryLineFeed() {
        var generator = SeededRandom()
        let alphabet: [UInt8] = [0x0A, 0x0D, 0x0A, 0x8A, 0x0B, 0x2C, 0x61, 0xFF, 0x00]
        for length in 0..<80 {
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            bytes.withUnsafeBytes { raw in
                for start in 0..<min(9, length + 1) {
                    let range = start..<length
                    let expected = range.filter {
                        raw[$0] == 0x0A || (raw[$0] == 0x0D && ($0 + 1 == length || raw[$0 + 1] != 0x0A))
                    }.count
                    #expect(ChunkPlan.lineEnds(raw, range) == expected, "\(bytes) from \(start), \(generator.replay)")
                }
            }
        }
    }
}

/// The commonest amount cells, read by `FastRevenueRow.digits`, come out as `FastNumber` reads them,
/// in every unit; anything else is declined.
@Suite struct PlainDigitsTests {
    @Test func readsAsFastNumberDoes() {
        let cells = [
            "0", "7", "007", "410.38", "410.3", "410.30", "0.01", "99999999999.99", "123456789012345",
            "5.", ".5", "1.234", "-1", "1,234", " 12", "12 ", "1e5", "", "１２", "12.3.4", "1234567890123456"
        ]
        for cell in cells {
            for unit in MoneyUnit.allCases {
                ByteView.with(Array(cell.utf8)) { raw in
                    let fast = FastRevenueRow.digits(raw, FastRevenueRow.FenPerUnit(unit))
                    let reference = FastNumber.parse(raw).flatMap { FastNumber.amount($0, unit: unit) }?.fen
                    if let fast { #expect(fast == reference, "\(cell) in \(unit)") }
                }
            }
        }
        // By hand: 410.38 万元 = 4,103,800 元 = 410,380,000 分; 0.01 元 = 1 分; "1.234" and "-1" declined.
        let digits = { (s: String, u: MoneyUnit) in
            ByteView.with(Array(s.utf8)) { FastRevenueRow.digits($0, FastRevenueRow.FenPerUnit(u)) }
        }
        #expect(digits("410.38", .wan) == 410_380_000)
        #expect(digits("0.01", .yuan) == 1)
        // One decimal: 410.3 万元 = 410,300,000 分; 0.5 元 = 50 分; 2.5 亿元 = 25,000,000,000 分.
        #expect(
            digits("410.3", .wan) == 410_300_000 && digits("0.5", .yuan) == 50 && digits("2.5", .yi) == 25_000_000_000)
        #expect(digits("1.234", .wan) == nil && digits("-1", .wan) == nil && digits("5.", .wan) == nil)
    }
}

/// A short cell compared in place says what building it and comparing says, at every length and
/// for bytes that differ anywhere.
@Suite struct ShortBytesTests {
    @Test func matchesAsEqualityDoes() {
        let texts = [
            "", "a", "当期", "累计", "2020年1月", "2020年11月", "2020年12月", "2023年1-9月", "abcdefgh", "abcdefghi",
            String(repeating: "x", count: 16), String(repeating: "x", count: 17), String(repeating: "期", count: 10)
        ]
        for a in texts {
            guard let key = Array(a.utf8).withUnsafeBytes({ ShortBytes($0) }) else { continue }
            for b in texts {
                var variants = [Array(b.utf8)]
                for i in variants[0].indices { var v = variants[0]; v[i] ^= 1; variants.append(v) }
                for v in variants {
                    v.withUnsafeBytes { raw in
                        #expect(key.matches(raw) == (ShortBytes(raw) == key), "\(a) against \(v)")
                    }
                }
            }
            #expect(Array(a.utf8).withUnsafeBytes { key.matches($0) })
        }
    }
}

/// The enterprise code table: found by hash, and by a look ahead from a place, with strings of
/// other lengths and ones that share their last eight bytes.
@Suite struct ByteStringsTests {
    @Test func findsByHashAndByLookingAhead() {
        let words = [
            "913101060028JBEYYY", "913101150028JBF00R", "AB", "", "X13101150028JBF00R", "913101150028JBF00R", "短"
        ]
        let table = ByteStrings(words.map { Array($0.utf8) }, indexed: true)
        func look(_ s: String, from: Int, window: Int) -> Int? {
            Array(s.utf8).withUnsafeBytes { table.find($0, from: from, window: window) }
        }
        func hash(_ s: String) -> Int? { Array(s.utf8).withUnsafeBytes { table.firstIndex(of: $0) } }
        #expect(look("913101150028JBF00R", from: 0, window: 16) == 1)
        #expect(look("913101150028JBF00R", from: 2, window: 16) == 5)  // the same tail at 4 is another string
        #expect(look("913101150028JBF00R", from: 2, window: 3) == nil)  // 5 is beyond the window
        #expect(
            look("AB", from: 0, window: 16) == 2 && look("", from: 0, window: 16) == 3
                && look("短", from: 5, window: 2) == 6)
        #expect(look("913101060028JBEYYY", from: 1, window: 16) == nil)
        #expect(
            hash("913101150028JBF00R") == 1 && hash("X13101150028JBF00R") == 4 && hash("") == 3 && hash("ABC") == nil)
        for (i, w) in words.enumerated() where i != 5 { #expect(hash(w) == i) }
    }
}
