import Foundation
import Testing

/// Issue 23 point 1 through the binary: every `grants` subcommand states its as-of day and where it
/// came from, and counts and lists the rows dated after it; a grant applied after the policy
/// expired is flagged whatever the day; rows after the day alone do not change the exit status.
extension CLIExitStatusTests {
    /// The ledger of `ledger()` (revenue 2025Q1–Q4: the default as-of day is 2025-12-31), G1 paid 20万
    /// on 2025-06-01 and 30万 on 2026-01-15 (after the day), plus G2 applied 2027-01-01 (after the
    /// day and after the policy's valid_to 2026-12-31, line 3) and G3 applied 2026-02-01 (after the
    /// day, within the validity, line 4), 50万 each; `withExpired: false` leaves G2 out.
    static func laterRows(withExpired: Bool = true) throws -> TempDataset {
        let policy = "putuo-cybersecurity-2025,c3-innovation-catalogue-a"
        return try ledger(
            paid: "20",
            extraGrants: (withExpired ? "G2,\(Codes.a),\(policy),2027-01-01,50,目录项目2\n" : "")
                + "G3,\(Codes.a),\(policy),2026-02-01,50,目录项目3\n",
            extraPayments: "G1,2026-01-15,30\n")
    }

    @Test func grantsTextStatesTheDayAndListsLaterRows() throws {
        let d = try Self.laterRows()
        let run = try grantsCheck(d)
        // G2's outside_validity is a finding → 1.
        #expect(run.status == 1)
        #expect(run.stdout.contains("截至 2025-12-31（数据最新完整季度 2025Q4 的最后一天）\n"))
        // Left out: G2 and G3 (2 × 50万 = 100万) and G1's 2026-01-15 payment (30万).
        #expect(run.stdout.contains("截至日后的记录，未计入：申报 2 项（100.00万元），拨付 1 笔（30.00万元）\n"))
        #expect(run.stdout.contains("  \(d.path("grants.csv")):3: 申报 G2 甲公司 2027-01-01 50.00 [outside_validity]\n"))
        #expect(run.stdout.contains("  \(d.path("grants.csv")):4: 申报 G3 甲公司 2026-02-01 50.00\n"))
        #expect(run.stdout.contains("  \(d.path("grant_payments.csv")):3: 拨付 G1 甲公司 2026-01-15 30.00\n"))
        #expect(run.stdout.contains("\(d.path("grants.csv")):3: outside_validity: G2 甲公司"))
        // English, and the budget and the evaluation state the day too.
        let en = try grantsCheck(d, ["--lang", "en"])
        #expect(en.stdout.contains("As of 2025-12-31 (the last day of the data's latest complete quarter, 2025Q4)\n"))
        #expect(en.stdout.contains("2 grants applied (CNY 1.00 m), 1 payment (CNY 0.30 m)"))
        for sub in ["budget", "evaluate"] {
            let r = try plangauge(["grants", sub, "--data", d.folder, "--policies", Self.policies])
            #expect(r.stdout.contains("截至 2025-12-31（数据最新完整季度 2025Q4 的最后一天）"), "\(sub)")
            #expect(r.stdout.contains("申报 2 项（100.00万元）"), "\(sub)")
        }
        // --as-of 2027-06-30: given, and nothing is later than it; G2 is still outside the validity.
        let given = try grantsCheck(d, ["--as-of", "2027-06-30"])
        #expect(given.stdout.contains("截至 2027-06-30（由 --as-of 指定）\n截至日后的记录：无"))
        #expect(given.stdout.contains("outside_validity: G2"))
    }

    @Test func grantsJSONStatesTheDayAndListsLaterRows() throws {
        let d = try Self.laterRows()
        func json(_ sub: String) throws -> [String: Any] {
            let r = try plangauge(["grants", sub, "--data", d.folder, "--policies", Self.policies, "--format", "json"])
            return try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        }
        let check = try json("check")
        #expect(check["as_of"] as? String == "2025-12-31")
        let source = try #require(check["as_of_source"] as? [String: Any])
        #expect(source["kind"] as? String == "data_latest_period" && source["period"] as? String == "2025Q4")
        let later = try #require(check["not_yet_due"] as? [String: Any])
        // 2 grants of 50万 = 100万 = 100 000 000 分; 1 payment of 30万 = 30 000 000 分; no credit record.
        #expect(later["grants"] as? Int == 2 && later["payments"] as? Int == 1 && later["credit_records"] as? Int == 0)
        #expect(later["grants_fen"] as? Int == 100_000_000 && later["payments_fen"] as? Int == 30_000_000)
        let rows = try #require(later["rows"] as? [[String: Any]])
        #expect(rows.map { $0["grant"] as? String } == ["G2", "G3", "G1"])
        #expect(rows.map { $0["kind"] as? String } == ["grant", "grant", "payment"])
        #expect(rows.map { $0["line"] as? Int } == [3, 4, 3])
        #expect(rows.map { $0["file"] as? String } == ["grants.csv", "grants.csv", "grant_payments.csv"])
        #expect(rows[0]["findings"] as? [String] == ["outside_validity"])
        // The check lists the one grant applied by the day (G1, paid 20万 of 50万) and G2's finding.
        let body = try #require(check["check"] as? [String: Any])
        #expect((body["grants"] as? [[String: Any]])?.map { $0["id"] as? String } == ["G1"])
        #expect((body["grants"] as? [[String: Any]])?.first?["paid_fen"] as? Int == 20_000_000)
        #expect((body["findings"] as? [[String: Any]])?.map { $0["grant"] as? String } == ["G2"])
        #expect((body["findings_by_kind"] as? [String: Int]) == ["outside_validity": 1])
        // G2, flagged whatever the day, is also a line of its own without payments (none made by the day).
        let flagged = try #require(body["later_grants"] as? [[String: Any]])
        #expect(flagged.map { $0["id"] as? String } == ["G2"] && flagged.first?["paid_fen"] as? Int == 0)
        // The CSV keeps one row per grant: G1, and G2 with its finding (50万 granted, nothing paid).
        let csv = try grantsCheck(d, ["--format", "csv"]).stdout.split(separator: "\n").map(String.init)
        #expect(csv.count == 3 && csv[1].hasPrefix("G1,") && csv[2].hasPrefix("G2,"))
        #expect(csv[2].contains(",2027-01-01,") && csv[2].contains(",500000.00,"))
        #expect(csv[2].contains("outside_validity"))
        // The budget and the evaluation carry the same statement; the budget counts G1 alone (50万).
        let budget = try json("budget")
        #expect(budget["as_of"] as? String == "2025-12-31" && budget["committed_fen"] as? Int == 50_000_000)
        #expect((budget["not_yet_due"] as? [String: Any])?["grants"] as? Int == 2)
        #expect((budget["as_of_source"] as? [String: Any])?["kind"] as? String == "data_latest_period")
        let evaluation = try json("evaluate")
        #expect(evaluation["as_of"] as? String == "2025-12-31")
        #expect((evaluation["not_yet_due"] as? [String: Any])?["payments"] as? Int == 1)
        #expect(evaluation["schema"] as? String != nil && evaluation["windows"] != nil)
    }

    /// Rows after the day are the ledger's future, not rows lost: listed, and the status is that of
    /// the findings (none here → 0), for check and budget alike.
    @Test func rowsAfterTheDayAloneExit0() throws {
        let d = try Self.laterRows(withExpired: false)
        let run = try grantsCheck(d)
        #expect(run.status == 0)
        #expect(run.stdout.contains("截至日后的记录，未计入：申报 1 项（50.00万元），拨付 1 笔（30.00万元）"))
        #expect(run.stderr.isEmpty)
        #expect(try plangauge(["grants", "budget", "--data", d.folder, "--policies", Self.policies]).status == 0)
    }
}
