import PlanGaugeAnalytics
import PlanGaugeModel
import Testing

/// Clause and policy conditions, and bases, on hand-built ledgers: every amount worked out here.
@Suite struct GrantConditionsTests {
    typealias F = GrantFixtures

    static let settleText = "对新引进或新设立的企业，可给予最高不超过 500 万元的一次性资助，分三年拨付。"
    /// 新引进或新设立 within two years, and a catalogue the data cannot see (manual).
    static let settle = PolicyClause(
        id: "settle", number: "二（一）1", title: "集聚", text: settleText, base: .none, ratio: nil, ratioText: nil,
        capOnce: .wan(500), capPerYear: nil, capTotal: nil, schedule: .instalments(3),
        conditions: [
            PolicyCondition(name: "new_entrant", check: .newEntrant(withinYears: 2), quote: "对新引进或新设立的企业"),
            PolicyCondition(name: "in_catalogue", check: .manual, quote: "纳入目录")
        ])
    /// The standard policy with 信用记录良好 (经营异常, 一般失信 within three years) for every clause.
    static var policy: Policy {
        var p = F.policy(clauses: [settle, F.rent, F.platform, F.award])
        p.conditions = [
            PolicyCondition(name: "credit", check: .credit(kinds: ["经营异常", "一般失信"], withinYears: 3), quote: "信用记录良好")
        ]
        return p
    }

    func reviews(
        _ grants: [Grant], founded: [Int: String] = [:], arrived: [Int: String] = [:],
        flags: [Int: [CreditFlag]] = [:]
    ) -> [String: GrantReview] {
        var d = F.dataset(grants, policies: [Self.policy], flags: flags)
        d.enterprises = d.enterprises.map { e in
            var e = e
            let n = Int(e.name.dropFirst(2))!
            e.founded = founded[n].map(F.day)
            e.arrived = arrived[n].map(F.day)
            return e
        }
        return Dictionary(GrantChecks.run(d).map { ($0.grant.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func aSettlingInAwardToAFirmFoundedIn2001() {
        // Applied 2025-03-01: new means founded or brought in on or after 2023-03-01.
        let r = reviews(
            [
                F.grant("old", "settle", firm: 1, granted: .wan(500)),
                F.grant("new", "settle", firm: 2, granted: .wan(500)),
                F.grant("moved", "settle", firm: 3, granted: .wan(500)),
                F.grant("edge", "settle", firm: 4, granted: .wan(500))
            ],
            founded: [1: "2001-06-08", 2: "2024-04-11", 3: "2001-06-08", 4: "2023-03-01"],
            arrived: [3: "2024-09-01"])
        // The whole 500万 is in question: the award should not have been made.
        #expect(
            r["old"]?.findings == [
                GrantFinding(
                    grant: "old", enterprise: Tiny.id(1),
                    detail: .conditionNotMet(
                        condition: "new_entrant", quote: "对新引进或新设立的企业", clauseNumber: "二（一）1",
                        failure: .notNewEntrant(founded: F.day("2001-06-08"), arrived: nil, withinYears: 2)),
                    amount: .wan(500))
            ])
        #expect(r["old"]?.findings.first?.kind.questionsTheAward == true)
        // Founded in 2024, brought in in 2024, founded on the first day of the window: new.
        #expect(r["new"]?.findings == [] && r["moved"]?.findings == [] && r["edge"]?.findings == [])
    }

    @Test func anAbnormalOperationsRecordFiveDaysBeforeApplying() {
        // 经营异常 on 2025-02-24, applied 2025-03-01; 严重失信 in 2024 is credit_exclusion only (not twice);
        // 经营异常 in 2021 is more than three years before (from 2022-03-01): no finding.
        let abnormal = CreditFlag(kind: "经营异常", date: F.day("2025-02-24"))
        let serious = CreditFlag(kind: "严重失信", date: F.day("2024-05-10"))
        let r = reviews(
            [
                F.grant("g", "award", firm: 1, granted: .wan(20)),
                F.grant("old", "award", firm: 2, granted: .wan(20))
            ],
            flags: [1: [abnormal, serious], 2: [CreditFlag(kind: "经营异常", date: F.day("2021-12-31"))]])
        #expect(
            r["g"]?.findings.map(\.detail) == [
                .creditExclusion(flag: serious, years: 3),
                .conditionNotMet(
                    condition: "credit", quote: "信用记录良好", clauseNumber: "",
                    failure: .creditRecord(flag: abnormal, withinYears: 3))
            ])
        #expect(r["g"]?.findings.last?.amount == .wan(20))
        #expect(r["old"]?.findings == [])
    }

    @Test func rentSupportIsAtMostTheRent() {
        // 每年最高 100万 for rent of 30万 a year: at most 30万 a year, 90万 for three years.
        // Granted 300万 → 210万 above. 100万 paid in 2025 is 70万 above the year's 30万; it is not ahead of
        // schedule, which splits the granted 300万 into 100万 a year.
        let r = reviews([
            F.grant("rent", "rent", base: .wan(30), granted: .wan(300), years: 3, paid: [("2025-05-01", .wan(100))])
        ])
        #expect(
            r["rent"]?.findings == [
                GrantFinding(
                    grant: "rent", enterprise: Tiny.id(1),
                    detail: .aboveEntitlement(granted: .wan(300), entitlement: .wan(90)), amount: .wan(210)),
                GrantFinding(
                    grant: "rent", enterprise: Tiny.id(1),
                    detail: .aboveYearlyEntitlement(year: 2025, paid: .wan(100), yearly: .wan(30)), amount: .wan(70))
            ])
        #expect(r["rent"]?.terms.yearlyEntitlement == .wan(30) && r["rent"]?.terms.entitlement == .wan(90))
        // A lump-sum clause with a base and no ratio: min(base, cap).
        let lump = PolicyClause(
            id: "x", number: "x", title: "x", text: "", base: .rent, ratio: nil, ratioText: nil, capOnce: .wan(100),
            capPerYear: nil, capTotal: nil, schedule: .lumpSum)
        #expect(lump.entitlement(base: .wan(30)) == .wan(30) && lump.entitlement(base: .wan(130)) == .wan(100))
    }

    @Test func aMissingBaseQuestionsTheAward() {
        // Rent and a 50% share, neither with a base: the entitlement cannot be checked; whole grants in question.
        let r = reviews([
            F.grant("rent", "rent", granted: .wan(300), years: 3),
            F.grant("share", "platform", firm: 2, granted: .wan(80))
        ])
        #expect(
            r["rent"]?.findings == [
                GrantFinding(
                    grant: "rent", enterprise: Tiny.id(1), detail: .missingBase(base: .rent, clauseNumber: "rent"),
                    amount: .wan(300))
            ])
        #expect(r["share"]?.findings.map(\.kind) == [.missingBase] && r["share"]?.findings.first?.amount == .wan(80))
        #expect(r["share"]?.terms.entitlement == nil)
    }

    @Test func districtParkAndTagOnTheApplicationDay() {
        // 普陀区, in park PT on the day, 专精特新 on the day (a dated tag 2024-07-01 … 2025-02-28).
        let clause = PolicyClause(
            id: "c", number: "3", title: "c", text: "普陀区 PT 专精特新", base: .none, ratio: nil, ratioText: nil,
            capOnce: .wan(20), capPerYear: nil, capTotal: nil, schedule: .lumpSum,
            conditions: [
                PolicyCondition(name: "district", check: .district("普陀区"), quote: "普陀区"),
                PolicyCondition(name: "park", check: .park(["PT"]), quote: "PT"),
                PolicyCondition(name: "tag", check: .tag("专精特新"), quote: "专精特新")
            ])
        var d = F.dataset(
            [F.grant("in", "c", firm: 1, granted: .wan(20)), F.grant("out", "c", firm: 2, granted: .wan(20))],
            policies: [F.policy(clauses: [clause])])
        d.enterprises = [
            Tiny.firm(1, tags: ["专精特新"], park: "PT"),
            {
                var e = Tiny.firm(2, tags: ["专精特新"], park: "XH")
                e.district = "徐汇区"
                e.tagSpans = [TagSpan(tag: "专精特新", from: F.day("2024-07-01"), to: F.day("2025-02-28"))]
                return e
            }()
        ]
        let r = Dictionary(GrantChecks.run(d).map { ($0.grant.id, $0.findings) }, uniquingKeysWith: { a, _ in a })
        #expect(r["in"] == [])
        // Applied 2025-03-01: the tag ran out the day before; 20万 in question for each failed condition.
        let failures: [ConditionFailure] = (r["out"] ?? []).compactMap {
            if case .conditionNotMet(_, _, _, let f) = $0.detail { f } else { nil }
        }
        #expect(
            failures == [
                .otherDistrict(district: "徐汇区", expected: "普陀区"), .otherPark(park: "XH", expected: ["PT"]),
                .tagNotHeld(tag: "专精特新")
            ])
        #expect(r["out"]?.map(\.amount) == [.wan(20), .wan(20), .wan(20)])
    }

    @Test func manualConditionsAreListedForEveryGrant() {
        let r = reviews(
            [F.grant("a", "settle", firm: 1, granted: .wan(500)), F.grant("b", "award", firm: 2, granted: .wan(20))],
            founded: [1: "2024-04-11"])
        #expect(
            r["a"]?.manual == [
                ManualCheck(
                    grant: "a", enterprise: Tiny.id(1), policy: "p", clause: "settle", clauseNumber: "二（一）1",
                    condition: "in_catalogue", quote: "纳入目录", policyWide: false)
            ])
        #expect(r["a"]?.findings == [])
        // The award clause has no manual condition, the policy's credit condition is checked: nothing to list.
        #expect(r["b"]?.manual == [])
    }
}
