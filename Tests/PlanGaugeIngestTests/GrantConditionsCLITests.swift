import Foundation
import Testing

/// `plangauge grants check --format json` on a hand-built ledger under 普科合规范〔2024〕5号: each
/// new finding (a failed condition, a base honoured, a base missing) and the conditions to confirm.
extension CLIExitStatusTests {
    /// Three Putuo firms: a founded 2001; b founded 2012 with 经营异常 on 2025-02-24; c founded 2024-04-11.
    /// G1 settling-in 500万 to a (not new: applied 2025-03-01, new means founded on or after 2023-03-01);
    /// G2 an award of 20万 to b, five days after its 经营异常 listing (信用记录良好);
    /// G3 rent support 300万 over three years to c for 30万 of rent a year (entitled to 3 × 30万 = 90万);
    /// G4 rent support of 80万 to c for a second office, without the rent (a share without its base is
    /// rejected at ingest; a sum tied to a base is checked against it, so the base must be there).
    static func conditionsLedger() throws -> TempDataset {
        try TempDataset([
            "enterprises.csv": "id,name,district,segment,founded,credit_flags\n"
                + "\(Codes.a),甲公司,普陀区,数据安全,2001-06-08,\n"
                + "\(Codes.b),乙公司,普陀区,数据安全,2012-03-16,经营异常@2025-02-24\n"
                + "\(Codes.c),丙公司,普陀区,数据安全,2024-04-11,\n",
            "revenue.csv": "id,period,revenue\n"
                + [Codes.a, Codes.b, Codes.c].flatMap { c in (1...4).map { "\(c),2025Q\($0),100\n" } }.joined(),
            "grants.csv": "id,enterprise,policy,clause,applied,base,granted,years,item\n"
                + "G1,\(Codes.a),putuo-cybersecurity-2025,c1-attract-leaders,2025-03-01,,500,,落户资助\n"
                + "G2,\(Codes.b),putuo-cybersecurity-2025,c8-awards,2025-03-01,,20,,赛事获奖\n"
                + "G3,\(Codes.c),putuo-cybersecurity-2025,c2-office-rent-a,2025-03-01,30,300,3,办公场地租赁\n"
                + "G4,\(Codes.c),putuo-cybersecurity-2025,c2-office-rent-a,2025-03-01,,80,,研发场地租赁\n",
            "grant_payments.csv": "grant,date,amount\n"
        ])
    }

    @Test func grantsCheckJSONShowsConditionsBasesAndManualChecks() throws {
        let run = try grantsCheck(try Self.conditionsLedger(), ["--format", "json", "--as-of", "2025-12-31"])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let check = try #require(json["check"] as? [String: Any])
        let findings = try #require(check["findings"] as? [[String: Any]])
        let pairs = findings.map { "\($0["grant"] as? String ?? "") \($0["kind"] as? String ?? "")" }
        #expect(
            pairs == [
                "G1 condition_not_met", "G2 condition_not_met", "G3 above_entitlement", "G4 missing_base"
            ])
        // In question: G1 500万 and G2 20万 whole, G3 300 − 90 = 210万, G4 80万 whole: 810万 = 810,000,000 分.
        #expect(findings.map { $0["amount_fen"] as? Int64 } == [500_000_000, 20_000_000, 210_000_000, 80_000_000])
        #expect(check["amount_in_question_fen"] as? Int64 == 810_000_000)
        let messages = findings.map { $0["message"] as? String ?? "" }
        #expect(messages[0].contains("「对新引进或新设立的网络安全领域企业」（二（一）1）") && messages[0].contains("2001-06-08"))
        #expect(
            messages[1].contains("「信用记录良好」（政策适用对象）") && messages[1].contains("经营异常")
                && messages[1].contains("2025-02-24"))
        #expect(messages[3].contains("二（一）2") && messages[3].contains("租金"))
        // G3's entitlement is the rent, 30万 a year for three years.
        let grants = try #require(check["grants"] as? [[String: Any]])
        #expect(grants[2]["entitlement_fen"] as? Int64 == 90_000_000)
        #expect(grants[2]["yearly_entitlement_fen"] as? Int64 == 30_000_000)
        // 需人工核实: per grant, the policy's 依法设立 and 符合区域网络安全产业发展方向, then the clause's
        // manual conditions (G1 具有一定行业竞争优势, G2 获奖, G3 and G4 自用): 4 × 2 + 4 = 12 lines.
        let manual = try #require(check["manual_checks"] as? [[String: Any]])
        #expect(manual.count == 12)
        let g1 = manual.filter { $0["grant"] as? String == "G1" }
        #expect(g1.map { $0["quote"] as? String } == ["依法设立", "符合区域网络安全产业发展方向", "具有一定行业竞争优势"])
        #expect(g1.map { $0["policy_wide"] as? Bool } == [true, true, false])
        #expect(
            g1.last?["clause_number"] as? String == "二（一）1" && g1.last?["condition"] as? String == "competitive_edge")
    }

    /// The text form lists the findings and the conditions to confirm.
    @Test func grantsCheckTextListsTheConditionsToConfirm() throws {
        let run = try grantsCheck(try Self.conditionsLedger(), ["--as-of", "2025-12-31"])
        #expect(run.status == 1)
        #expect(run.stdout.contains("grants.csv:2: condition_not_met: G1 甲公司"))
        #expect(run.stdout.contains("grants.csv:5: missing_base: G4 丙公司"))
        #expect(run.stdout.contains("需人工核实（数据无法判断的申报条件，12 项）"))
        #expect(run.stdout.contains("putuo-cybersecurity-2025 全部 4 个项目：「依法设立」「符合区域网络安全产业发展方向」"))
        #expect(run.stdout.contains("grants.csv:2: G1 甲公司 二（一）1「具有一定行业竞争优势」"))
    }
}
