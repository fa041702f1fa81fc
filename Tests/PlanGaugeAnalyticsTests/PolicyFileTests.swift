import Foundation
import PlanGaugeIngest
import PlanGaugeModel
import Testing

/// Policies as data: every clause traceable to its document, numbers parsed exactly.
@Suite struct PolicyFileTests {
    static let folder = PlanFileTests.path("Data/policies")
    /// The policies' documents, kept as fixtures next to this file.
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/seeds"
    ).path
    static let sources = [
        "putuo-cybersecurity-2025": "000_bd8898ae9b8489df.txt", "putuo-smart-software-2025": "001_3a0c1c87790dcedb.txt",
        "chengdu-cybersecurity-2020": "004_dfbc4b0c485b2ead.txt"
    ]

    static func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    /// Whitespace and the extraction's page-number lines removed, so a clause compares as written.
    static func normalized(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false)
            .filter {
                !$0.trimmingCharacters(in: .whitespaces).hasPrefix("- ")
                    || !$0.trimmingCharacters(in: .whitespaces).hasSuffix(" -")
            }
            .joined().filter { !$0.isWhitespace }
    }

    @Test func everyClauseStandsInItsDocumentWithItsNumbers() throws {
        let names = try Self.files()
        #expect(
            names == [
                "chengdu-cybersecurity-2020.yaml", "putuo-cybersecurity-2025.yaml", "putuo-smart-software-2025.yaml"
            ])
        for name in names {
            let policy = try PolicyFile.load(path: Self.folder + "/" + name)
            #expect(policy.id + ".yaml" == name)
            guard let seed = Self.sources[policy.id] else {
                Issue.record("no source document known for \(policy.id)"); continue
            }
            let document = Self.normalized(try String(contentsOfFile: Self.seeds + "/" + seed, encoding: .utf8))
            for c in policy.clauses {
                let text = Self.normalized(c.text)
                #expect(document.contains(text), "\(policy.id) \(c.id): text not found in the document")
                // Every cap, ratio and instalment count is written in the clause's own words.
                for cap in [c.capOnce, c.capPerYear, c.capTotal].compactMap({ $0 }) {
                    let wan = cap.formatted(in: .wan, decimals: 0),
                        yi = cap.formatted(in: .yi, decimals: 2).replacingOccurrences(of: ".00", with: "")
                    #expect(
                        text.contains(wan + "万") || text.contains(yi + "亿"),
                        "\(policy.id) \(c.id): cap \(wan)万 not in the text")
                }
                if let r = c.ratioText { #expect(text.contains(r), "\(policy.id) \(c.id): ratio \(r) not in the text") }
            }
        }
    }

    @Test func putuoCybersecurityPolicy() throws {
        let p = try PolicyFile.load(path: Self.folder + "/putuo-cybersecurity-2025.yaml")
        #expect(p.document == "普科合规范〔2024〕5号")
        #expect(
            p.validFrom == CalendarDate(year: 2025, month: 1, day: 1)
                && p.validTo == CalendarDate(year: 2026, month: 12, day: 31))
        #expect(p.highestOfOverlapping && p.creditExclusionYears == 3)
        #expect(Set(p.clauses.map(\.number)).count == 9)  // the nine clauses of 二、扶持方式
        let byID = Dictionary(uniqueKeysWithValues: p.clauses.map { ($0.id, $0) })
        #expect(byID["c1-attract-leaders"]?.capOnce == .wan(500))
        #expect(byID["c1-attract-leaders"]?.schedule == .instalments(3))
        #expect(byID["c2-office-rent-a"]?.capPerYear == .wan(100) && byID["c2-office-rent-a"]?.schedule == .perYear(3))
        #expect(byID["c2-office-purchase-b"]?.ratio == Rational(1, 50))  // 2%
        #expect(byID["c2-office-purchase-b"]?.capOnce == .wan(1000))  // 总额…的一次性资助
        #expect(byID["c3-municipal-matching-b"]?.ratio == Rational(1))  // 1:1
        #expect(
            p.isValid(on: CalendarDate(year: 2026, month: 12, day: 31)!)
                && !p.isValid(on: CalendarDate(year: 2027, month: 1, day: 1)!))
    }

    @Test func theOtherTwoPolicies() throws {
        let smart = try PolicyFile.load(path: Self.folder + "/putuo-smart-software-2025.yaml")
        #expect(smart.document == "普科合规范〔2024〕3号")
        #expect(Set(smart.clauses.map(\.number)).count == 11)  // all eleven clauses
        let chengdu = try PolicyFile.load(path: Self.folder + "/chengdu-cybersecurity-2020.yaml")
        #expect(chengdu.document == "成经信发〔2020〕7号")
        // 30 days after 2020-12-21, for three years.
        #expect(chengdu.validFrom == CalendarDate(year: 2021, month: 1, day: 20))
        #expect(chengdu.validTo == CalendarDate(year: 2024, month: 1, day: 19))
        #expect(chengdu.creditExclusionYears == nil)
    }

    @Test func entitlementIsTheShareUpToTheCap() throws {
        let p = try PolicyFile.load(path: Self.folder + "/putuo-cybersecurity-2025.yaml")
        let purchase = p.clauses.first { $0.id == "c2-office-purchase-b" }!
        // 2% of 3亿 = 600万 (under the 1000万 cap); 2% of 8亿 = 1600万 → capped at 1000万.
        #expect(purchase.entitlement(base: .yi(3)) == .wan(600))
        #expect(purchase.entitlement(base: .yi(8)) == .wan(1000))
        // 2% of 123.45元 = 2.469元 → 2.46元: never above the share.
        #expect(purchase.entitlement(base: Amount(fen: 12345)) == Amount(fen: 246))
        #expect(purchase.entitlement(base: nil) == nil)
        // A fixed sum pays its cap.
        #expect(p.clauses.first { $0.id == "c8-awards" }!.entitlement(base: nil) == .wan(20))
    }

    @Test func aBadPolicyFileIsRejectedWithItsLine() {
        let yaml =
            "id: x\ntitle: t\ndocument: d\nvalid_from: 2025-01-01\nvalid_to: 2026-12-31\nclauses:\n  - id: a\n    number: \"1\"\n    title: t\n    text: t\n    ratio: \"fifty\"\n"
        #expect {
            try PolicyFile.parse(yaml, file: "p.yaml")
        } throws: { error in
            (error as? PlanFileError)?.line == 11
                && (error as? PlanFileError)?.message == "ratio «fifty» is not a share"
        }
    }
}
