import Foundation
import PlanGaugeIngest
import PlanGaugeModel
import Testing

/// Every cap type, share and condition of the shipped policies stands on the words it comes from.
@Suite struct PolicyQuoteTests {
    typealias P = PolicyFileTests

    static func policies() throws -> [Policy] {
        try P.files().map { try PolicyFile.load(path: P.folder + "/" + $0) }
    }

    /// once ⇔ 一次性; per_year ⇔ 每年 … 最高 (a yearly sum, not 每年评定 …); total otherwise.
    @Test func capKindsFollowTheWords() throws {
        for p in try Self.policies() {
            for c in p.clauses where c.capOnce != nil || c.capPerYear != nil || c.capTotal != nil {
                let text = P.normalized(c.text)
                let once = text.contains("一次性")
                let yearly = text.range(of: "每年[^，。；]*最高", options: .regularExpression) != nil
                #expect((c.capOnce != nil) == once, "\(p.id) \(c.id): once cap \(c.capOnce != nil), 一次性 \(once)")
                #expect(
                    (c.capPerYear != nil) == yearly,
                    "\(p.id) \(c.id): per_year cap \(c.capPerYear != nil), 每年 \(yearly)")
                #expect(
                    c.capTotal == nil || (!once && !yearly), "\(p.id) \(c.id): total cap where the text says 一次性 or 每年")
            }
        }
    }

    /// share: up_to where the text says X%以内 or 按不超过…X%; fixed where it says 按…X% alone.
    @Test func sharesFollowTheWords() throws {
        for p in try Self.policies() {
            for c in p.clauses {
                guard let r = c.ratioText else {
                    #expect(!c.shareIsFixed)
                    continue
                }
                let text = P.normalized(c.text)
                guard let at = text.range(of: r) else {
                    Issue.record("\(p.id) \(c.id): ratio \(r) not in the text"); continue
                }
                let lead = text[..<at.lowerBound]
                let sinceAn = lead.range(of: "按", options: .backwards).map { lead[$0.upperBound...] } ?? lead
                let upTo = sinceAn.contains("不超过") || text[at.upperBound...].hasPrefix("以内")
                #expect(c.shareIsFixed == !upTo, "\(p.id) \(c.id): share fixed \(c.shareIsFixed), text up to \(upTo)")
            }
        }
    }

    /// A clause condition quotes its clause (or another entry of the same item); a policy-wide one
    /// quotes the document.
    @Test func everyConditionQuotesItsWords() throws {
        for p in try Self.policies() {
            let document = P.normalized(try String(contentsOfFile: P.seeds + "/" + P.sources[p.id]!, encoding: .utf8))
            for c in p.conditions {
                #expect(document.contains(P.normalized(c.quote)), "\(p.id) policy condition \(c.name): «\(c.quote)»")
            }
            for clause in p.clauses {
                let item = p.clauses.filter { $0.number == clause.number }.map { P.normalized($0.text) }
                for c in clause.conditions {
                    let q = P.normalized(c.quote)
                    #expect(
                        item.contains { $0.contains(q) }, "\(p.id) \(clause.id) condition \(c.name): «\(c.quote)»")
                }
            }
        }
    }

    @Test func theJudgementCallsOfTheReview() throws {
        let byID = Dictionary(uniqueKeysWithValues: try Self.policies().map { ($0.id, $0) })
        let smart = byID["putuo-smart-software-2025"]!, cyber = byID["putuo-cybersecurity-2025"]!
        let chengdu = byID["chengdu-cybersecurity-2020"]!
        func clause(_ p: Policy, _ id: String) -> PolicyClause { p.clauses.first { $0.id == id }! }
        // 三（三） names no catalogue.
        #expect(!clause(smart, "c3-rd-projects").conditions.contains { $0.name == "in_catalogue" })
        // 二（二）4 and 二（三）7 do not say 一次性.
        #expect(
            clause(cyber, "c4-service-platform").capOnce == nil
                && clause(cyber, "c4-service-platform").capTotal == .wan(100))
        #expect(
            clause(cyber, "c7-events-organiser-a").capOnce == nil
                && clause(cyber, "c7-events-organiser-a").capTotal == .wan(200))
        // 成经信发〔2020〕7号 一（一）: 按…50%, with its two other rules for a person to confirm.
        let national = clause(chengdu, "c1-national-projects")
        #expect(national.shareIsFixed && national.ratio == Rational(1, 2))
        #expect(
            Set(national.conditions.filter(\.isManual).map(\.name)).isSuperset(of: [
                "investment_ceiling", "national_ratio"
            ]))
        // Both Putuo policies check 信用记录良好 from the data.
        for p in [cyber, smart] {
            #expect(p.conditions.contains { if case .credit = $0.check { $0.quote == "信用记录良好" } else { false } })
        }
    }

    static let head =
        "id: x\ntitle: t\ndocument: d\nvalid_from: 2025-01-01\nvalid_to: 2026-12-31\nclauses:\n"
        + "  - id: a\n    number: \"1\"\n    title: t\n    text: 对新设立的企业给予资助\n    conditions:\n"

    @Test func aConditionTheDataCannotCheckMustBeManual() {
        #expect {
            try PolicyFile.parse(Self.head + "      - in_catalogue: {quote: 新设立}\n", file: "p.yaml")
        } throws: { error in
            guard let e = error as? PlanFileError else { return false }
            return e.file == "p.yaml" && e.line == 12 && e.message.contains("«in_catalogue»")
                && e.message.contains("not marked manual") && e.expected?.contains("manual: true") == true
        }
        let ok = try? PolicyFile.parse(Self.head + "      - in_catalogue: {manual: true, quote: 新设立}\n", file: "p.yaml")
        #expect(ok?.clauses.first?.conditions == [PolicyCondition(name: "in_catalogue", check: .manual, quote: "新设立")])
    }

    @Test func aQuoteMustStandInTheClause() {
        #expect {
            try PolicyFile.parse(Self.head + "      - new_entrant: {within_years: 1, quote: 新引进}\n", file: "p.yaml")
        } throws: { error in
            guard let e = error as? PlanFileError else { return false }
            return e.line == 12 && e.message.contains("«新引进»") && e.message.contains("does not stand in the clause")
        }
        #expect {
            try PolicyFile.parse(Self.head + "      - new_entrant: {quote: 新设立}\n", file: "p.yaml")
        } throws: { error in
            (error as? PlanFileError)?.message == "within_years of condition «new_entrant» is required"
        }
    }
}
