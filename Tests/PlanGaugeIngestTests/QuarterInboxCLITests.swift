import Foundation
import PlanGaugeIngest
import PlanGaugeModel
import Testing

/// A quarter's collection round on the sample roster: the 2026Q4 inbox of Fixtures/inbox-2026Q4
/// (made by its make_inbox.py: workbooks with a title and a 合计 row, a GB18030 CSV with a unit
/// row, English headers with units in the cells, a return in 元 said in the header, one in 元 under
/// a bare header, an identical resubmission, a revision of 2025, an empty file, a document, two
/// firms that did not report and one that left the roster) merged into a copy of Data/sample.
/// Every expected figure is in the fixture's expected.json, computed by the script from the values
/// it wrote.
@Suite(.serialized) struct QuarterInboxCLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    struct Expected {
        var merged: [String: (fen: Int64, employees: Int?)]
        var mergedFen: Int64
        var missing: Set<String>
        var exited: String
        var held: String, heldFile: String, heldFen: Int64
        var conflict: String, conflictOldFen: Int64, conflictNewFen: Int64
    }

    static func expected() throws -> Expected {
        let data = try Data(contentsOf: URL(fileURLWithPath: fixtures("inbox-2026Q4/expected.json")))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var merged: [String: (Int64, Int?)] = [:]
        for row in try #require(json["merged"] as? [[Any]]) {
            merged[try #require(row[0] as? String)] = (try #require((row[1] as? NSNumber)?.int64Value), row[2] as? Int)
        }
        func fen(_ key: String) throws -> Int64 { try #require((json[key] as? NSNumber)?.int64Value) }
        return Expected(
            merged: merged, mergedFen: try fen("merged_revenue_fen"),
            missing: Set(try #require(json["missing"] as? [String])), exited: try #require(json["exited"] as? String),
            held: try #require(json["held"] as? String), heldFile: try #require(json["held_file"] as? String),
            heldFen: try fen("held_fen"), conflict: try #require(json["conflict"] as? String),
            conflictOldFen: try fen("conflict_old_fen"), conflictNewFen: try fen("conflict_new_fen"))
    }

    /// The sample dataset with the fixture's roster (the exited firm marked), and the inbox, side by side.
    static func setUp() throws -> (root: TempDataset, data: String, inbox: String) {
        let root = try TempDataset()
        let data = root.path("data"), inbox = root.path("收件箱")
        try FileManager.default.copyItem(atPath: repository + "/Data/sample", toPath: data)
        try FileManager.default.removeItem(atPath: data + "/enterprises.csv")
        try FileManager.default.copyItem(
            atPath: fixtures("inbox-2026Q4/roster/enterprises.csv"), toPath: data + "/enterprises.csv")
        try FileManager.default.copyItem(atPath: fixtures("inbox-2026Q4/inbox"), toPath: inbox)
        return (root, data, inbox)
    }

    static func merge(_ inbox: String, _ data: String, _ extra: [String]) throws -> CLIRun {
        try runPlangauge(["merge", inbox, "--into", data, "--period", "2026Q4"] + extra)
    }

    /// The facts of the merge's revenue file, read back: code → (营业收入 in 分, 从业人员).
    static func written(_ data: String, _ file: String) throws -> [String: (fen: Int64, employees: Int?)] {
        let (dataset, _) = try DatasetLoader.load(folder: data)
        var out: [String: (Int64, Int?)] = [:]
        for f in dataset.revenue where f.origin?.file.hasSuffix("/" + file) == true {
            #expect(f.period.description == "2026Q4" && f.basis == .period, "\(f)")
            out[f.enterprise.code] = (f.revenue?.fen ?? -1, f.employees)
        }
        return out
    }

    static func missing(_ data: String) throws -> (status: Int32, codes: Set<String>) {
        let run = try runPlangauge(["missing", "--data", data, "--period", "2026Q4", "--format", "csv"])
        let codes = run.stdout.split(whereSeparator: \.isNewline).dropFirst().map {
            String($0.split(separator: ",", omittingEmptySubsequences: false)[2])
        }
        return (run.status, Set(codes))
    }

    @Test func theQuarterIsMergedExactlyAndTheRestListed() throws {
        let x = try Self.expected()
        let (root, data, inbox) = try Self.setUp()
        _ = root
        let run = try Self.merge(inbox, data, ["--at", "2027-01-10T09:00:00+08:00"])
        #expect(run.status == 65, "a conflict and a held figure: \(run.stderr)")

        // Exactly the figures written, to the 分, for exactly the firms that reported.
        let got = try Self.written(data, "revenue_merge-0001.csv")
        #expect(got.count == x.merged.count)
        #expect(Set(got.keys) == Set(x.merged.keys))
        for (code, want) in x.merged {
            #expect(got[code]?.fen == want.fen && got[code]?.employees == want.employees, "\(code)")
        }
        #expect(got.values.reduce(0) { $0 + $1.fen } == x.mergedFen)

        // Each return said whom it is from; the copy, the empty file and the document are accounted for.
        #expect(
            run.stdout.contains(
                "浦东新区_2026Q4(1).xlsx — district 浦东新区: read 65 rows, accepted 61, rejected 0, skipped 4; 61 new"))
        #expect(
            run.stdout.contains(
                "浦东新区_2026Q4.xlsx — district 浦东新区: read 65 rows, accepted 61, rejected 0, skipped 4; 61 repeated from an earlier file; nothing new"
            ))
        #expect(run.stdout.contains("普陀区.csv — district 普陀区: read 54 rows, accepted 52, rejected 0, skipped 2; 52 new"))
        #expect(
            run.stdout.contains(
                "songjiang_2026Q4.csv — district 松江区: read 30 rows, accepted 30, rejected 0, skipped 0; 30 new"))
        #expect(
            run.stdout.contains("静安区报表.xlsx — district 静安区: read 28 rows, accepted 28, rejected 0, skipped 0; 28 new"))
        #expect(run.stdout.contains("空白.csv: ignored (an empty file)"))
        #expect(run.stdout.contains("报送说明.docx: ignored (a document"))

        // The revision of 2025 is a conflict with both values; the return in 元 is held.
        let conflictCode = String(x.conflict.prefix(18))
        let old = Amount(fen: x.conflictOldFen).formatted(in: .wan, decimals: 2, grouping: true)
        let new = Amount(fen: x.conflictNewFen).formatted(in: .wan, decimals: 2, grouping: true)
        #expect(run.stdout.contains("\(conflictCode) "), "\(run.stdout)")
        #expect(run.stdout.contains("2025Q3 当期: 营业收入 \(new) 万元 here, \(old) 万元 there"), "\(run.stdout)")
        #expect(run.stdout.contains("held as probable unit errors"))
        #expect(run.stdout.contains("  \(x.held) "), "\(run.stdout)")
        #expect(run.stdout.contains("merge-0001: \(x.merged.count) facts added to revenue_merge-0001.csv; 1 conflict"))
        let log = try String(contentsOfFile: data + "/merges.csv", encoding: .utf8)
        #expect(log.split(separator: "\n").last?.hasPrefix("merge-0001,2027-01-10T01:00:00Z,") == true, "\(log)")

        // 漏报: the two firms left out and the held one; not the exited firm.
        let chased = try Self.missing(data)
        #expect(chased.status == 1)
        #expect(chased.codes == x.missing)
        #expect(!chased.codes.contains(x.exited))

        // The merged dataset reads clean.
        let check = try runPlangauge(["check", data])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func mergingTheSameInboxAgainChangesNothing() throws {
        let (root, data, inbox) = try Self.setUp()
        _ = root
        _ = try Self.merge(inbox, data, ["--at", "2027-01-10"])
        let files = try FileManager.default.contentsOfDirectory(atPath: data).sorted()
        let bytes = try files.map { try Data(contentsOf: URL(fileURLWithPath: data + "/" + $0)) }
        let again = try Self.merge(inbox, data, ["--at", "2027-01-11"])
        #expect(again.status == 65, "the conflict and the held figure are still there")
        #expect(again.stdout.contains("merge-0002: nothing new to add: the dataset is unchanged"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data).sorted() == files)
        #expect(try files.map { try Data(contentsOf: URL(fileURLWithPath: data + "/" + $0)) } == bytes)
    }

    /// The firm re-sends its return in 万元 (the wrong one taken out of the inbox) and the 2025
    /// revision is accepted: exit 0, the revision logged, and only the two non-reporters left.
    @Test func aResentReturnAndAnAcceptedRevisionCloseTheRound() throws {
        let x = try Self.expected()
        let (root, data, inbox) = try Self.setUp()
        _ = root
        _ = try Self.merge(inbox, data, ["--at", "2027-01-10"])
        try FileManager.default.removeItem(atPath: inbox + "/" + x.heldFile)
        let code = String(x.held.prefix(18))
        let corrected = Amount(fen: x.heldFen / 10_000).formatted(in: .wan, decimals: 2)
        try Data("统一社会信用代码,统计期,营业收入（万元）\n\(code),2026年四季度,\(corrected)\n".utf8).write(
            to: URL(fileURLWithPath: inbox + "/重报.csv"))
        let run = try Self.merge(
            inbox, data, ["--at", "2027-01-12", "--accept-revision", x.conflict, "--reason", "区统计局更正"])
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let revisions = try String(contentsOfFile: data + "/revisions.csv", encoding: .utf8)
        let old = Amount(fen: x.conflictOldFen).formatted(in: .wan, .init(places: 8, trimmingZeros: true))
        let new = Amount(fen: x.conflictNewFen).formatted(in: .wan, .init(places: 8, trimmingZeros: true))
        #expect(revisions.contains(",2025Q3,当期,revenue_wan,\(old),\(new),revenue_2023-2026.csv:"), "\(revisions)")
        #expect(revisions.contains(",revenue_merge-0002.csv,长宁区_2025年数据更正.csv,区统计局更正\n"), "\(revisions)")
        let chased = try Self.missing(data)
        #expect(chased.codes == x.missing.subtracting([code]))

        // Every 2026Q4 当期 figure of the dataset now adds up to the returns' own, to the 分.
        let (dataset, _) = try DatasetLoader.load(folder: data)
        let q4 = dataset.revenue.filter { $0.period.description == "2026Q4" && $0.basis == .period }
        #expect(q4.reduce(Int64(0)) { $0 + ($1.revenue?.fen ?? 0) } == x.mergedFen + x.heldFen / 10_000)
        let revised = dataset.revenue.filter {
            $0.enterprise.code == String(x.conflict.prefix(18)) && $0.period.description == "2025Q3"
        }
        #expect(revised.map { $0.revenue?.fen } == [x.conflictNewFen])
    }
}
