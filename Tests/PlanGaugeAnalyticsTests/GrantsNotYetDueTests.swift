import PlanGaugeAnalytics
import PlanGaugeModel
import PlanGaugeReport
import Testing

/// Issue 23, points 1 and 4: rows dated after the as-of day are counted and listed, a grant applied
/// outside its policy's validity is flagged whatever the day, and 从高不重复 is suspected across the
/// policy's whole validity. Every figure is worked out by hand.
@Suite struct GrantsNotYetDueTests {
    typealias F = GrantFixtures

    /// As of D = 2026-09-30, policy p valid 2025-01-01 … 2026-12-31:
    /// - A: firm 1, p/award 20万, applied 2026-03-01; paid 20万 on 2026-10-15 (after D);
    /// - B: firm 2, p/award 20万, applied 2026-05-01; paid 20万 on 2026-07-01 (by D);
    /// - late: firm 3, p/award 20万, applied 2026-11-02 (after D, within the validity); unpaid;
    /// - expired: firm 4, p/award 20万, applied 2027-01-01 (after D and after valid_to); paid 5万 on
    ///   2027-02-01;
    /// - firm 2 has 严重失信 dated 2026-11-20 (after D) and 经营异常 undated (always known).
    static func ledger() -> Dataset {
        F.dataset(
            [
                F.grant("A", "award", applied: "2026-03-01", granted: .wan(20), paid: [("2026-10-15", .wan(20))]),
                F.grant(
                    "B", "award", firm: 2, applied: "2026-05-01", granted: .wan(20), paid: [("2026-07-01", .wan(20))]),
                F.grant("late", "award", firm: 3, applied: "2026-11-02", granted: .wan(20)),
                F.grant(
                    "expired", "award", firm: 4, applied: "2027-01-01", granted: .wan(20),
                    paid: [("2027-02-01", .wan(5))])
            ],
            flags: [
                2: [CreditFlag(kind: "严重失信", date: F.day("2026-11-20")), CreditFlag(kind: "经营异常", date: nil)]
            ])
    }

    static let d = F.day("2026-09-30")

    @Test func rowsAfterTheDayAreCountedAndListed() {
        let later = GrantsNotYetDue(Self.ledger(), asOf: Self.d)
        // Grants applied after D: late (2026-11-02) and expired (2027-01-01); 2 × 20万 = 40万.
        #expect(later.grants.map(\.id) == ["late", "expired"])
        #expect(later.granted == .wan(40))
        // Payments left out: A's 20万 of 2026-10-15 (dated after D) and expired's 5万 (its grant not yet
        // applied); B's 2026-07-01 payment counts. 20 + 5 = 25万.
        #expect(later.payments.map(\.grant) == ["A", "expired"])
        #expect(later.payments.map(\.grantNotYetApplied) == [false, true])
        #expect(later.payments.map(\.payment.date) == [F.day("2026-10-15"), F.day("2027-02-01")])
        #expect(later.paid == .wan(25))
        // Credit records after D: firm 2's 严重失信 of 2026-11-20; the undated 经营异常 is always known.
        #expect(later.creditRecords.map(\.flag.kind) == ["严重失信"])
        #expect(later.creditRecords.map(\.enterprise) == [Tiny.id(2)])
        // A day that is later than every row: nothing is left out.
        #expect(GrantsNotYetDue(Self.ledger(), asOf: F.day("2027-12-31")).isEmpty)
    }

    @Test func aGrantAppliedAfterValidityIsFlaggedWhateverTheDay() {
        let reviews = GrantChecks.run(Self.ledger(), asOf: Self.d)
        // A and B are known on D; late is after D but within the validity: not reviewed (not yet due);
        // expired is after D and after valid_to 2026-12-31: reviewed for its validity alone.
        #expect(reviews.map(\.grant.id) == ["A", "B", "expired"])
        // A: its payment of 2026-10-15 is not made yet on D → unpaid, no finding.
        #expect(reviews[0].grant.paid == .zero && reviews[0].findings == [])
        let expired = reviews[2].findings
        #expect(
            expired == [
                GrantFinding(
                    grant: "expired", enterprise: Tiny.id(4),
                    detail: .outsideValidity(
                        applied: F.day("2027-01-01"), from: F.day("2025-01-01"), to: F.day("2026-12-31")),
                    amount: .wan(20))
            ])
        // The budget as of D leaves every later grant out: committed 2026 = A 20万 + B 20万 = 40万, paid 20万 (B).
        let b = GrantBudget.build(reviews, asOf: Self.d)
        #expect(b.committed == .wan(40) && b.paid == .wan(20) && b.toPay == .wan(20))
        #expect(b.years.map(\.year) == [2026])
        // The same grant as of a day after its application: the same finding.
        let whole = GrantChecks.run(Self.ledger(), asOf: F.day("2027-06-30")).first { $0.grant.id == "expired" }
        #expect(whole?.findings.map(\.kind) == [.outsideValidity])
    }

    /// A 平台 grant (p/platform, 50% of the base, at most 100万) with its item, and a year later the same
    /// firm and base again with 事项 left blank.
    @Test func aRepeatAwardAYearLaterIsSuspected() {
        let first = F.grant("first", "platform", item: "平台", applied: "2025-03-01", base: .wan(180), granted: .wan(90))
        let again = F.grant("again", "platform", applied: "2026-04-01", base: .wan(180), granted: .wan(90))
        let f = GrantChecks.run(F.dataset([first, again]))
        // Equal amounts: the earlier application stands; the repeat is flagged for its whole 90万.
        #expect(f.map(\.findings.count) == [0, 1])
        #expect(
            f[1].findings == [
                GrantFinding(
                    grant: "again", enterprise: Tiny.id(1),
                    detail: .possibleOverlap(
                        kept: "first", keptPolicy: "p", keptClause: "platform", keptAmount: .wan(90), base: .wan(180),
                        applied: F.day("2026-04-01"), keptApplied: F.day("2025-03-01")),
                    amount: .wan(90))
            ])
        // After valid_to (2027-01-05): outside_validity, and not compared (it is not within the validity).
        let after = F.grant("after", "platform", applied: "2027-01-05", base: .wan(180), granted: .wan(90))
        #expect(GrantChecks.run(F.dataset([first, after]))[1].findings.map(\.kind) == [.outsideValidity])
        // Another base amount (170万): not suspected.
        let other = F.grant("other", "platform", applied: "2026-04-01", base: .wan(170), granted: .wan(85))
        #expect(GrantChecks.run(F.dataset([first, other]))[1].findings == [])
    }

    /// The -a/-b entries of one clause number are one family; two policies compare over the union of
    /// their validity windows.
    @Test func clauseFamilyAndTheUnionOfTwoWindows() {
        func entry(_ id: String) -> PolicyClause {
            PolicyClause(
                id: id, number: "二（一）2", title: id, text: "", base: .rent, ratio: nil, ratioText: nil,
                capOnce: nil, capPerYear: .wan(100), capTotal: nil, schedule: .perYear(3))
        }
        let p = F.policy(clauses: [entry("rent-a"), entry("rent-b"), F.rent])
        // rent-a 2025 (base 150万, 100万 a year × 1) and rent-b 2026, same base, blank 事项: suspected.
        let a = F.grant("ra", "rent-a", applied: "2025-06-01", base: .wan(150), granted: .wan(100), years: 1)
        let b = F.grant("rb", "rent-b", applied: "2026-06-01", base: .wan(150), granted: .wan(100), years: 1)
        let family = GrantChecks.run(F.dataset([a, b], policies: [p]))
        #expect(family[1].findings.map(\.kind) == [.possibleOverlap])
        // F.rent has its own number ("rent"): another clause of p, side by side by design → no finding.
        let c = F.grant("rc", "rent", applied: "2026-06-01", base: .wan(150), granted: .wan(100), years: 1)
        #expect(GrantChecks.run(F.dataset([a, c], policies: [p]))[1].findings == [])
        // Two policies: old valid 2023-01-01 … 2024-12-31, p 2025–2026. A 2024 award under old and a 2026 award
        // under p, same base of the same kind (platform: 50% of an investment): within the union 2023–2026.
        var old = F.policy("old", clauses: [F.platform])
        old.validFrom = F.day("2023-01-01")
        old.validTo = F.day("2024-12-31")
        let o = F.grant("o", "platform", policy: "old", applied: "2024-06-01", base: .wan(180), granted: .wan(90))
        let n = F.grant("n", "platform", applied: "2026-05-01", base: .wan(180), granted: .wan(80))
        let two = GrantChecks.run(F.dataset([o, n], policies: [old, F.standard]))
        // n (80万) is below o (90万): flagged for its 80万, against o.
        #expect(
            two[1].findings.map(\.detail) == [
                .possibleOverlap(
                    kept: "o", keptPolicy: "old", keptClause: "platform", keptAmount: .wan(90), base: .wan(180),
                    applied: F.day("2026-05-01"), keptApplied: F.day("2024-06-01"))
            ])
        #expect(two[1].findings.map(\.amount) == [.wan(80)] && two[0].findings == [])
    }
}

/// The report and the policy page state the day and list the rows after it (`PolicyFundsReportBuilder`).
@Suite struct NotYetDueReportTests {
    typealias F = GrantFixtures

    @Test func reportAndPageListTheRowsAfterTheDay() throws {
        let index = DatasetIndex(GrantsNotYetDueTests.ledger())
        let r = PolicyFundsReportBuilder.build(
            index: index, asOf: GrantsNotYetDueTests.d, dataPeriod: try #require(Period.quarter(2026, 3)),
            dataset: "t")
        #expect(r.asOf == "2026-09-30" && r.asOfSource.kind == "data_latest_period" && r.asOfSource.period == "2026Q3")
        // 2 grants (late, expired: 40万 = 40 000 000 分), 2 payments (A 20万 + expired 5万 = 25 000 000 分), 1 record.
        let n = r.notYetDue
        #expect([n.grants, n.payments, n.creditRecords] == [2, 2, 1])
        #expect(n.grantsFen == 40_000_000 && n.paymentsFen == 25_000_000)
        #expect(n.summary == "截至日后的记录，未计入：申报 2 项（40.00万元），拨付 2 笔（25.00万元），信用记录 1 条")
        #expect(n.rows.map(\.kind) == ["grant", "grant", "payment", "payment", "credit_record"])
        #expect(n.rows.map(\.findings) == [[], ["outside_validity"], [], [], []])
        // The check lists A and B (applied by the day) and expired's finding; the budget counts A and B alone.
        #expect(r.check.grants.map(\.id) == ["A", "B"])
        #expect(r.check.findings.map(\.grant) == ["expired"] && r.check.amountInQuestionFen == 20_000_000)
        // expired is a line of its own, without its 5万 of 2027-02-01 (not yet paid on the day).
        #expect(r.check.laterGrants.map(\.id) == ["expired"] && r.check.laterGrants.map(\.paidFen) == [0])
        #expect(r.budget.committedFen == 40_000_000)
        // The page: the day and the counts in its head, one table row per row left out.
        let page = PolicyPageBuilder.build(r, language: .zh, cityHref: "index.html")
        #expect(page.meta.contains("截至 2026-09-30（数据最新完整季度 2026Q3 的最后一天）"))
        #expect(page.meta.contains(n.summary))
        let section = try #require(page.sections.first { $0.id == "not-yet-due" })
        guard case .table(let t) = section.content else {
            Issue.record("expected a table")
            return
        }
        #expect(t.id == "policy-not-yet-due" && t.rows.count == 5)
        #expect(t.rows[1].map(\.text).prefix(5) == ["申报", "expired", Tiny.firm(4).name, "2027-01-01", "20.00"])
        // Nothing after a later day: no section, and the head says there is none.
        let all = PolicyFundsReportBuilder.build(
            index: index, asOf: F.day("2027-12-31"), dataPeriod: try #require(Period.quarter(2027, 4)), dataset: "t")
        let quiet = PolicyPageBuilder.build(all, language: .zh, cityHref: "index.html")
        #expect(!quiet.sections.contains { $0.id == "not-yet-due" })
        #expect(quiet.meta.contains("截至日后的记录：无（申报、拨付、信用记录均不晚于截至日）"))
    }
}
