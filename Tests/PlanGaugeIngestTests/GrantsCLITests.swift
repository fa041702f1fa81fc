import Foundation
import Testing

/// `plangauge grants check` end to end through the binary: the exit statuses of README ("grants
/// check": 0 clean, 1 findings, 65 rejected ledger rows, 66 no grants.csv), what is and is not
/// written on each, and `plangauge check` counting the ledger.
extension CLIExitStatusTests {
    static let policies = repository.appendingPathComponent("Data/policies").path

    /// One firm of Putuo with 2025 revenue, and one grant under 普科合规范〔2024〕5号 二（二）3 (目录项目:
    /// a fixed sum up to 50万元, lump sum) applied 2025-03-01, paid 2025-06-01. `granted` and `paid` in 万元.
    static func ledger(
        granted: String = "50", paid: String = "50", extraGrants: String = "", extraPayments: String = ""
    ) throws -> TempDataset {
        try TempDataset([
            "enterprises.csv": "id,name,segment\n\(Codes.a),甲公司,数据安全\n",
            "revenue.csv": "id,period,revenue\n" + (1...4).map { "\(Codes.a),2025Q\($0),100\n" }.joined(),
            "grants.csv": "id,enterprise,policy,clause,applied,granted,item\n"
                + "G1,\(Codes.a),putuo-cybersecurity-2025,c3-innovation-catalogue-a,2025-03-01,\(granted),目录项目\n"
                + extraGrants,
            "grant_payments.csv": "grant,date,amount\nG1,2025-06-01,\(paid)\n" + extraPayments
        ])
    }

    func grantsCheck(_ d: TempDataset, _ extra: [String] = []) throws -> Run {
        try plangauge(["grants", "check", "--data", d.folder, "--policies", Self.policies] + extra)
    }

    /// 50万 granted = the cap, 50万 paid once: nothing to report, 0.
    @Test func grantsCheckCleanIs0() throws {
        let run = try grantsCheck(try Self.ledger())
        #expect(run.status == 0)
        #expect(run.stdout.contains("核查发现：无（1 个项目均符合政策规定）"))
        #expect(run.stderr.isEmpty)
    }

    /// 60万 granted against a 50万 cap: one finding (above_entitlement, 10万 in question), 1.
    @Test func grantsCheckFindingsAre1() throws {
        let run = try grantsCheck(try Self.ledger(granted: "60", paid: "60"))
        #expect(run.status == 1)
        #expect(run.stdout.contains("核查发现：1 项，涉及 10.00万元"))
        #expect(run.stdout.contains("grants.csv:2: above_entitlement: G1 甲公司："))
    }

    /// A grant row naming a clause the policy does not have, and a payment of a grant not in the
    /// ledger: the check is incomplete, 65, even though what was accepted is clean. The report of
    /// the accepted rows is still printed whole (JSON that parses, with the accepted grant), and
    /// stderr says why the status is 65.
    @Test func grantsCheckRejectedLedgerRowsAre65() throws {
        let d = try Self.ledger(
            extraGrants: "G2,\(Codes.a),putuo-cybersecurity-2025,c99-no-such-clause,2025-04-01,10,\n",
            extraPayments: "G9,2025-07-01,5\n")
        let run = try grantsCheck(d, ["--format", "json"])
        #expect(run.status == 65)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let check = try #require(json["check"] as? [String: Any])
        #expect((check["grants"] as? [Any])?.count == 1)
        #expect((check["findings"] as? [Any])?.count == 0)
        #expect(run.stderr.contains("2 rows of grants.csv and grant_payments.csv were rejected"))
        // The text form ends the same way, and a rejected row outranks findings (1).
        let withFindings = try Self.ledger(granted: "60", paid: "60", extraPayments: "G9,2025-07-01,5\n")
        #expect(try grantsCheck(withFindings).status == 65)
    }

    /// JSON names the dataset by its folder's name and files relative to it, as the pages do: no
    /// machine path in what a script may publish; text keeps the path as typed (file:line opens).
    @Test func grantsJSONCarriesNoMachinePath() throws {
        let d = try Self.ledger(granted: "60", paid: "60")
        let run = try grantsCheck(d, ["--format", "json"])
        #expect(!run.stdout.contains(d.folder))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["dataset"] as? String == (d.folder as NSString).lastPathComponent)
        let findings = try #require((json["check"] as? [String: Any])?["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty && findings.allSatisfy { $0["file"] as? String == "grants.csv" })
        #expect(try grantsCheck(d).stdout.contains(d.path("grants.csv")))
    }

    /// No grants.csv: 66 and nothing on stdout (no empty report that a script could take for a
    /// clean one); a payments file alone does not make a ledger.
    @Test func grantsCheckWithoutALedgerIs66() throws {
        let d = try Self.ledger()
        try FileManager.default.removeItem(atPath: d.path("grants.csv"))
        let run = try grantsCheck(d, ["--format", "json"])
        #expect(run.status == 66)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("has no grants.csv"))
        try FileManager.default.removeItem(atPath: d.path("grant_payments.csv"))
        let bare = try grantsCheck(d)
        #expect(bare.status == 66 && bare.stdout.isEmpty)
    }

    /// A bad --as-of is a usage error (64) before anything is printed.
    @Test func grantsCheckBadAsOfIs64() throws {
        let run = try grantsCheck(try Self.ledger(), ["--as-of", "2025-13-01"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("2025-13-01"))
    }

    /// The budget says what was paid beyond the award: 50万 granted, 50万 paid twice → 100万 paid,
    /// 50万 overpaid, 0 to pay (50 − 100 + 50 = 0), in JSON (`overpaid_fen`) and in the text's rule.
    @Test func budgetShowsTheOverpayment() throws {
        let d = try Self.ledger(extraPayments: "G1,2025-09-01,50\n")
        let json = try plangauge([
            "grants", "budget", "--data", d.folder, "--policies", Self.policies, "--format", "json"
        ])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(doc["committed_fen"] as? Int == 50_000_000 && doc["paid_fen"] as? Int == 100_000_000)
        #expect(doc["overpaid_fen"] as? Int == 50_000_000 && doc["to_pay_fen"] as? Int == 0)
        let text = try plangauge(["grants", "budget", "--data", d.folder, "--policies", Self.policies])
        #expect(text.stdout.contains("实际拨付含超过核定金额多拨的 50.00万元（应追缴）"))
        let clean = try plangauge(["grants", "budget", "--data", try Self.ledger().folder, "--policies", Self.policies])
        #expect(!clean.stdout.contains("多拨"))
    }

    /// `plangauge check` counts the ledger: 1 grant, 1 payment (text and JSON).
    @Test func checkCountsGrantsAndPayments() throws {
        let d = try Self.ledger(paid: "25", extraPayments: "G1,2025-09-01,25\n")
        let text = try plangauge(["check", "--policies", Self.policies, d.folder])
        #expect(text.stdout.contains(", 1 grants, 2 grant payments"))
        let json = try plangauge(["check", "--policies", Self.policies, "--format", "json", d.folder])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let counts = try #require(doc["dataset"] as? [String: Any])
        #expect(counts["grants"] as? Int == 1 && counts["grant_payments"] as? Int == 2)
    }

    /// `--lang en` as for `report`: English labels and messages, the same figures; another language is a usage error.
    @Test func grantsTextInEnglish() throws {
        let d = try Self.ledger(granted: "60", paid: "60")
        let run = try grantsCheck(d, ["--lang", "en"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("Findings: 1, involving 10.00 万元"))
        #expect(
            run.stdout.contains("above_entitlement: G1 甲公司: granted CNY 0.60 m, above the entitlement of CNY 0.50 m"))
        #expect(!run.stdout.contains("核查发现"))
        let budget = try plangauge(["grants", "budget", "--data", d.folder, "--policies", Self.policies, "--lang", "en"]
        )
        #expect(budget.status == 0 && budget.stdout.contains("of which at risk"))
        let bad = try grantsCheck(d, ["--lang", "fr"])
        #expect(bad.status == 64 && bad.stdout.isEmpty)
    }

    /// The shipped sample as of 2025-12-31: the ledger as it stood that day, in check, budget and
    /// evaluate alike. The figures were computed from the CSVs directly (Python, `csv` + `Decimal`,
    /// 1万元 = 1,000,000 分): keep the rows of Data/sample/grants.csv with 申报日期 ≤ 2025-12-31 and of
    /// grant_payments.csv with 拨付日期 ≤ 2025-12-31 on those grants; a grant's schedule is N equal
    /// shares in 分 (remainder to the last) from the year of its first kept payment, else its
    /// application year, N = 支持年限 or 3 for the instalment clauses (c1-attract-leaders,
    /// c1-attract-firms, c2-office-rent-a, c2-office-purchase-b), else 1; to pay in 2025 = scheduled
    /// through 2025 − paid, in a later year y = scheduled(≤ y) − max(scheduled(≤ y−1), paid).
    /// - 21 grants (PT2024-001 and PT2025-001…020), committed 2,715,900,000 分; paid 1,631,066,666 分
    ///   (PT2025-005's and PT2025-010's second instalments of 2026-07 are not paid yet; PT2025-015, -018,
    ///   -019, -020, paid in 2026, are unpaid);
    /// - to pay: 2025 = 11 + 10.5 + 50 + 300万 (those four, lump sums now scheduled in 2025) = 371,500,000;
    ///   2026 = 166.666666 + 100 + 100万 = 366,666,666 (PT2025-005, -006, -010); 2027 = 366,666,668;
    ///   total 1,104,833,334;
    /// - findings: the six planted on 2025 grants (PT2025-002's 经营异常 record among them; the 2026 ones
    ///   are not applied yet), and PT2027-001's application after the policy expired, which is checked
    ///   whatever the as-of day (it is listed as not yet due, and is not one of the 21 grants);
    /// - evaluation: cohorts 2024 (1 firm) and 2025 (18 firms), none in 2026.
    @Test func sampleAsOfTheEndOf2025() throws {
        let data = Self.repository.appendingPathComponent("Data/sample").path
        func json(_ sub: String) throws -> (Run, [String: Any]) {
            let run = try plangauge([
                "grants", sub, "--data", data, "--policies", Self.policies, "--as-of", "2025-12-31", "--format", "json"
            ])
            return (run, try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]))
        }
        let (checkRun, checkDoc) = try json("check")
        #expect(checkRun.status == 1)
        let check = try #require(checkDoc["check"] as? [String: Any])
        let grants = try #require(check["grants"] as? [[String: Any]])
        #expect(grants.count == 21)
        #expect(grants.reduce(0) { $0 + ($1["paid_fen"] as? Int ?? 0) } == 1_631_066_666)
        let findings = try #require(check["findings"] as? [[String: Any]]).map { "\($0["grant"]!) \($0["kind"]!)" }
        #expect(
            findings == [
                "PT2024-001 outside_validity", "PT2025-002 condition_not_met", "PT2025-006 overlap",
                "PT2025-007 payment_beyond_schedule", "PT2025-009 credit_exclusion", "PT2025-014 above_entitlement",
                "PT2027-001 outside_validity"
            ])

        let (_, budget) = try json("budget")
        #expect(budget["as_of"] as? String == "2025-12-31")
        #expect(budget["committed_fen"] as? Int == 2_715_900_000 && budget["paid_fen"] as? Int == 1_631_066_666)
        #expect(budget["to_pay_fen"] as? Int == 1_104_833_334)
        let years = try #require(budget["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? Int } == [2024, 2025, 2026, 2027])
        #expect(years.map { $0["to_pay_fen"] as? Int } == [0, 371_500_000, 366_666_666, 366_666_668])

        let (_, evaluation) = try json("evaluate")
        let windows = try #require(evaluation["windows"] as? [[String: Any]])
        let cohorts = try #require(windows.first?["cohorts"] as? [[String: Any]])
        #expect(cohorts.map { [$0["year"] as? Int, $0["supported"] as? Int] } == [[2024, 1], [2025, 18]])
    }
}
