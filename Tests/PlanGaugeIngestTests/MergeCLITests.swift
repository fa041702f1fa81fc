import Foundation
import PlanGaugeIngest
import PlanGaugeModel
import PlanGaugeRecords
import Testing

/// `plangauge merge INBOX --into DATASET`: a quarter's inbox of returns as districts send them,
/// merged into a small dataset; every figure below is written by hand.
@Suite(.serialized) struct MergeCLITests {
    /// Five enterprises: two in 杨浦区, three in 长宁区 (codes made valid with their check characters).
    static let a1 = code("91310110MA1FL00A"), a2 = code("91310110MA1FL00B")
    static let b1 = code("91310105MA1FL00C"), b2 = code("91310105MA1FL00D"), b3 = code("91310105MA1FL00E")

    static func code(_ prefix: String) -> String {
        let p = prefix + "1"  // 17 characters
        return p + String(USCC.checkCharacter(forPrefix: p)!)
    }

    static func dataset() throws -> TempDataset {
        try TempDataset([
            "enterprises.csv": """
            id,name,district
            \(a1),甲公司,杨浦区
            \(a2),乙公司,杨浦区
            \(b1),丙公司,长宁区
            \(b2),丁公司,长宁区
            \(b3),戊公司,长宁区

            """,
            "revenue_2025.csv": """
            id,name,period,basis,revenue_wan,employees
            \(a1),甲公司,2025Q3,当期,100.00,10
            \(a2),乙公司,2025Q3,当期,200.00,20
            \(b1),丙公司,2025Q3,当期,150.00,15
            \(b2),丁公司,2025Q2,当期,80.00,8
            \(b2),丁公司,2025Q3,当期,90.00,9
            \(b3),戊公司,2025Q3,当期,30.00,3

            """
        ])
    }

    /// 杨浦区's return as a district office writes it: GB18030, a title, a unit line, a 合计 row; the
    /// same bytes again as `(1)`; 长宁区's return in UTF-8 with a figure in 元 (丙: 1,500,000 for
    /// 150 万元), a revision of 丁's 2025Q2 (81 for 80), a row left empty (戊), a row of another
    /// quarter (戊 2025Q2), a bad code; an empty file and a document.
    static func inbox() throws -> TempDataset {
        let yangpu = """
            2025年四季度网络安全重点企业填报表（杨浦区）\r
            单位：万元\r
            统一社会信用代码,企业名称,统计期,口径,营业收入,从业人员\r
            \(a1),甲公司,2025年四季度,当期,"1,234.56",11\r
            \(a2),乙公司,2025年四季度,当期,210.50,21\r
            合计,,,,"1,445.06",32\r

            """
        let bytes = try #require(TextDecoder.gb18030Bytes(of: [yangpu])[0])
        let inbox = try TempDataset([
            "长宁区.csv": """
            id,name,period,basis,revenue_wan,employees
            \(b1),丙公司,2025Q4,当期,1500000.00,15
            \(b2),丁公司,2025Q2,当期,81.00,8
            \(b3),戊公司,2025Q4,当期,,
            \(b2),丁公司,2025Q4,当期,95.00,9
            91310105MA1FL00XXX,错码公司,2025Q4,当期,10.00,1
            \(b3),戊公司,2025Q2,当期,25.00,3

            """,
            "empty.csv": "",
            "说明.docx": "PK not really a document"
        ])
        try inbox.write("杨浦区_2025Q4.csv", bytes: bytes)
        try inbox.write("杨浦区_2025Q4(1).csv", bytes: bytes)
        return inbox
    }

    static func merge(_ inbox: TempDataset, _ data: TempDataset, _ extra: [String] = []) throws -> CLIRun {
        try runPlangauge(["merge", inbox.folder, "--into", data.folder, "--period", "2025Q4"] + extra)
    }

    @Test func newFiguresAreAppendedAndTheRestListed() throws {
        let data = try Self.dataset(), inbox = try Self.inbox()
        let run = try Self.merge(inbox, data, ["--at", "2026-01-10T09:00:00"])
        #expect(run.status == 65, "a rejected row, a conflict and a held figure: \(run.stderr)")
        // New: 甲 and 乙 from the first 杨浦区 file (the copy sorts first), 丁's 2025Q4, exact from 分.
        let written = try String(contentsOfFile: data.path("revenue_merge-0001.csv"), encoding: .utf8)
        #expect(
            written == """
                id,name,period,basis,revenue_wan,industry_revenue_wan,market_cap_yi,rd_expense_wan,employees
                \(Self.a1),甲公司,2025Q4,当期,1234.56,,,,11
                \(Self.a2),乙公司,2025Q4,当期,210.5,,,,21
                \(Self.b2),丁公司,2025Q4,当期,95,,,,9

                """)
        // Read 16 = 杨浦区 5 + 5 (2 firms, title, unit line, 合计) + 长宁区 6; 1 rejected; 3 new, 0 already
        // there, 2 repeated, 1 conflict, 0 revised, 1 held, 1 outside 2025Q4, 1 without any figure.
        let log = try String(contentsOfFile: data.path("merges.csv"), encoding: .utf8)
        #expect(
            log.split(separator: "\n").last
                == "merge-0001,2026-01-10T09:00:00Z,empty.csv;杨浦区_2025Q4(1).csv;杨浦区_2025Q4.csv;说明.docx;长宁区.csv,16,1,3,0,2,1,0,1,1,1,revenue_merge-0001.csv"
        )
        #expect(FileManager.default.fileExists(atPath: data.path("rejects/merge-0001/长宁区.csv")))
        #expect(run.stdout.contains("杨浦区_2025Q4.csv — district 杨浦区: read 5 rows, accepted 2, rejected 0, skipped 3"))
        #expect(run.stdout.contains("empty.csv: ignored (an empty file)"))
        #expect(run.stdout.contains("说明.docx: ignored (a document"))
        #expect(run.stdout.contains("\(Self.b2) 丁公司 2025Q2 当期: 营业收入 81.00 万元 here, 80.00 万元 there"))
        #expect(run.stdout.contains("\(Self.b1)@2025Q4 丙公司"))
        #expect(run.stderr.contains("长宁区.csv:6:1: error"))
        // The merged dataset reads clean, with the three new figures.
        let check = try runPlangauge(["check", data.folder])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    /// After the merge, 漏报 for 2025Q4: 丙 (its figure held) and 戊 (its row left empty) are chased;
    /// 甲, 乙 and 丁 reported.
    @Test func whoIsStillMissingAfterTheMerge() throws {
        let data = try Self.dataset(), inbox = try Self.inbox()
        _ = try Self.merge(inbox, data, ["--at", "2026-01-10T09:00:00"])
        let missing = try runPlangauge(["missing", "--data", data.folder, "--period", "2025Q4", "--format", "csv"])
        #expect(missing.status == 1, "firms are listed: \(missing.stderr)")
        let codes = missing.stdout.split(whereSeparator: \.isNewline).dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false)[2]
        }
        #expect(codes == [Substring(Self.b1), Substring(Self.b3)], "\(missing.stdout)")
    }

    @Test func mergingAgainChangesNothingAndSaysSo() throws {
        let data = try Self.dataset(), inbox = try Self.inbox()
        _ = try Self.merge(inbox, data, ["--at", "2026-01-10T09:00:00"])
        let before = try FileManager.default.contentsOfDirectory(atPath: data.folder).sorted()
        let log = try String(contentsOfFile: data.path("merges.csv"), encoding: .utf8)
        let again = try Self.merge(inbox, data, ["--at", "2026-01-10T10:00:00"])
        #expect(again.status == 65)  // the conflict, the held figure and the bad row are still there
        #expect(again.stdout.contains("merge-0002: nothing new to add: the dataset is unchanged"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: data.folder).sorted() == before)
        #expect(try String(contentsOfFile: data.path("merges.csv"), encoding: .utf8) == log)
    }

    @Test func aHeldFigureIsTakenWhenAccepted() throws {
        let data = try Self.dataset(), inbox = try Self.inbox()
        _ = try Self.merge(inbox, data, ["--at", "2026-01-10T09:00:00"])
        let run = try Self.merge(inbox, data, ["--at", "2026-01-11T09:00:00", "--accept-suspect", "\(Self.b1)@2025Q4"])
        let written = try String(contentsOfFile: data.path("revenue_merge-0002.csv"), encoding: .utf8)
        #expect(written.hasSuffix("\(Self.b1),丙公司,2025Q4,当期,1500000,,,,15\n"), "\(run.stdout)")
        #expect(!run.stdout.contains("held as probable unit errors"))
    }

    @Test func aMissingRosterOrInboxIsNoInput() throws {
        let data = try Self.dataset(), inbox = try Self.inbox()
        #expect(try runPlangauge(["merge", data.folder + "/nowhere", "--into", data.folder]).status == 66)
        #expect(try runPlangauge(["merge", inbox.folder, "--into", inbox.folder]).status == 66)
    }

    /// 丁's 2025Q2 figure, 80.00 万元 in the dataset and 81.00 in 长宁区's return, is a conflict until a
    /// person accepts it: then 81 is appended, 80 is logged with where it was, and every later
    /// reading uses 81 while revenue_2025.csv keeps its row.
    @Test func anAcceptedRevisionIsLoggedAndUsedFromThenOn() throws {
        let data = try Self.dataset(), inbox = try Self.inbox()
        _ = try Self.merge(inbox, data, ["--at", "2026-01-10T09:00:00"])
        let run = try Self.merge(
            inbox, data,
            ["--at", "2026-01-11T09:00:00+08:00", "--accept-revision", "\(Self.b2)@2025Q2", "--reason", "区统计局更正"])
        #expect(run.status == 65, "丙's held figure and the bad row are still there: \(run.stderr)")
        #expect(run.stdout.contains("\(Self.b2) 丁公司 2025Q2 当期: 营业收入 80.00 万元 → 81.00 万元"), "\(run.stdout)")
        let written = try String(contentsOfFile: data.path("revenue_merge-0002.csv"), encoding: .utf8)
        #expect(written.hasSuffix("\(Self.b2),丁公司,2025Q2,当期,81,,,,8\n"), "\(written)")
        let revisions = try String(contentsOfFile: data.path("revisions.csv"), encoding: .utf8)
        #expect(
            revisions == """
                merge_id,at,id,name,period,basis,figure,old_value,new_value,was_in,now_in,return_file,reason
                merge-0002,2026-01-11T01:00:00Z,\(Self.b2),丁公司,2025Q2,当期,revenue_wan,80,81,revenue_2025.csv:5,revenue_merge-0002.csv,长宁区.csv,区统计局更正

                """)
        let check = try runPlangauge(["check", data.folder])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(!(check.stdout + check.stderr).contains("merges.csv"), "the merge's own log is no stranger")
        #expect(
            check.stdout.contains(
                "revenue_2025.csv [revenue utf-8 (valid UTF-8)]: read 6 rows, accepted 5, rejected 0, skipped 1 (1 superseded by revisions.csv)"
            ), "\(check.stdout)")
        let (loaded, _) = try DatasetLoader.load(folder: data.folder)
        let q2 = loaded.revenue.filter { $0.enterprise.code == Self.b2 && $0.period.description == "2025Q2" }
        #expect(q2.map { $0.revenue } == [Amount.wan(81)])
        // Merged once more, 丁's 81 is already in the dataset: no conflict left.
        let again = try Self.merge(inbox, data, ["--at", "2026-01-12T09:00:00"])
        #expect(!again.stdout.contains("conflict"), "\(again.stdout)")
    }

    /// revisions.csv naming a file the dataset has not got, or one without the revised row: errors
    /// on its lines, never a silently missing figure.
    @Test func aRevisionWithoutItsRowIsAnError() throws {
        let data = try Self.dataset()
        try data.write(
            "revisions.csv",
            """
            merge_id,at,id,name,period,basis,figure,old_value,new_value,was_in,now_in,return_file,reason
            merge-0009,2026-01-11T01:00:00Z,\(Self.b2),丁公司,2025Q2,当期,revenue_wan,80,81,revenue_2025.csv:5,revenue_merge-0009.csv,x.csv,
            merge-0009,2026-01-11T01:00:00Z,\(Self.b3),戊公司,2025Q3,当期,revenue_wan,30,31,revenue_2025.csv:7,revenue_2025.csv,x.csv,

            """)
        try data.write(
            "revenue_extra.csv",
            """
            id,name,period,basis,revenue_wan
            \(Self.b3),戊公司,2025Q3,当期,31

            """)
        let check = try runPlangauge(["check", data.folder])
        #expect(check.status == 65)
        #expect(
            (check.stdout + check.stderr).contains(
                "revisions.csv:2:11: error: now_in: no revenue file of the dataset has this name"), "\(check.stdout)")
        // 戊's 2025Q3 is said to be in revenue_2025.csv: that row is used, revenue_extra.csv's is superseded.
        #expect(
            check.stdout.contains(
                "revenue_extra.csv [revenue utf-8 (valid UTF-8)]: read 1 rows, accepted 0, rejected 0, skipped 1"),
            "\(check.stdout)")
        try data.write(
            "revisions.csv",
            """
            merge_id,at,id,name,period,basis,figure,old_value,new_value,was_in,now_in,return_file,reason
            merge-0009,2026-01-11T01:00:00Z,\(Self.a1),甲公司,2025Q2,当期,revenue_wan,,81,,revenue_extra.csv,x.csv,

            """)
        let missing = try runPlangauge(["check", data.folder])
        #expect(missing.status == 65)
        #expect(
            (missing.stdout + missing.stderr).contains(
                "revisions.csv:2:0: error: revenue_extra.csv holds no accepted row for \(Self.a1) 2025Q2 当期"),
            "\(missing.stderr)")
    }
}
