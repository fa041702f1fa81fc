import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// grants.csv and grant_payments.csv: references to enterprises, policies, clauses and grants are
/// checked, bad cells are named exactly, and every row is accounted for.
@Suite struct GrantsTableTests {
    static let policy = Policy(
        id: "p", title: "测试政策", document: "测〔2025〕1号", issued: nil,
        validFrom: CalendarDate(year: 2025, month: 1, day: 1)!,
        validTo: CalendarDate(year: 2026, month: 12, day: 31)!, highestOfOverlapping: true, creditExclusionYears: 3,
        clauses: [
            PolicyClause(
                id: "c-ratio", number: "1", title: "比例", text: "", base: .investment, ratio: Rational(1, 2),
                ratioText: "50%",
                capOnce: .wan(100), capPerYear: nil, capTotal: nil, schedule: .lumpSum, conditions: []),
            PolicyClause(
                id: "c-fixed", number: "2", title: "定额", text: "", base: .none, ratio: nil, ratioText: nil,
                capOnce: .wan(50), capPerYear: nil, capTotal: nil, schedule: .lumpSum, conditions: [])
        ])

    static var options: IngestOptions {
        var o = IngestOptions()
        o.policies = [policy]
        o.policiesSource = "test policies"
        return o
    }

    static let enterprises = "id,name,credit_flags\n\(Codes.a),甲公司,严重失信@2024-05-10；经营异常\n\(Codes.b),乙公司,\n"

    @Test func badRowsAreNamedExactlyAndEveryRowIsAccounted() throws {
        let grants = """
            项目编号,统一社会信用代码,政策,条款,申报日期,计算基数(万元),核定金额(万元)
            G1,\(Codes.a),p,c-ratio,2025-03-01,200,100
            G2,\(Codes.a),p,c-missing,2025-03-01,200,100
            G3,\(Codes.c),p,c-ratio,2025-03-01,200,100
            G4,\(Codes.a),p,c-ratio,2025-03-01,1.2E+3,100
            G5,\(Codes.a),q,c-ratio,2025-03-01,200,100
            G6,\(Codes.a),p,c-ratio,2025-03-01,,100
            G1,\(Codes.b),p,c-fixed,2025-03-01,,50

            """
        let payments = """
            grant,date,amount_wan
            G1,2025-05-01,60
            G9,2025-05-01,10
            G2,2025-05-01,10
            G1,2025-13-01,10
            G1,2025-04-20,40

            """
        let d = try TempDataset([
            "enterprises.csv": Self.enterprises, "revenue.csv": minimalRevenue, "grants.csv": grants,
            "grant_payments.csv": payments
        ])
        let (dataset, report) = try d.load(Self.options)
        #expect(
            briefs(report, file: "grants.csv") == [
                "grants.csv:3:4: error: clause: unknown clause of p",
                "grants.csv:4:2: error: enterprise: unknown enterprise: not in enterprises.csv",
                "grants.csv:5:6: error: base: scientific notation loses digits; format the column as a plain number",
                "grants.csv:6:3: error: policy: unknown policy: not in test policies",
                "grants.csv:7:6: error: base: the clause pays 50% of a base (investment); the base is required",
                "grants.csv:8:1: error: id: duplicate grant id (first on line 2)"
            ])
        let clause = report.log.kept.first { $0.message.hasPrefix("clause:") }!
        #expect(clause.value == "c-missing" && clause.expected == "one of c-ratio, c-fixed")
        let policy = report.log.kept.first { $0.message.hasPrefix("policy:") }!
        #expect(policy.value == "q" && policy.expected == "one of p")
        #expect(
            briefs(report, file: "grant_payments.csv") == [
                "grant_payments.csv:3:1: error: grant: unknown grant: not in grants.csv",
                "grant_payments.csv:4:1: error: grant: grant was rejected in grants.csv (line 3); fix it there",
                "grant_payments.csv:5:2: error: date: no such day"
            ])
        let g = try #require(summary(report, "grants.csv"))
        #expect((g.rowsRead, g.accepted, g.rejected) == (7, 1, 6))
        let p = try #require(summary(report, "grant_payments.csv"))
        #expect((p.rowsRead, p.accepted, p.rejected) == (5, 2, 3))
        #expect(report.exitStatus == 65)

        // The one grant, its amounts from 万元 headers, its payments in date order.
        #expect(dataset.grants.count == 1)
        let grant = dataset.grants[0]
        #expect(grant.base == .wan(200) && grant.granted == .wan(100) && grant.line == 2)
        #expect(grant.payments.map(\.date.description) == ["2025-04-20", "2025-05-01"])
        #expect(grant.paid == .wan(100))
        #expect(dataset.policies.map(\.id) == ["p"])
    }

    @Test func creditFlagsKeepTheirDatesAndWarnWithoutOne() throws {
        let d = try TempDataset(["enterprises.csv": Self.enterprises, "revenue.csv": minimalRevenue])
        let (dataset, report) = try d.load(Self.options)
        #expect(
            briefs(report, file: "enterprises.csv") == [
                "enterprises.csv:2:3: warning: credit_flags: credit flag «经营异常» has no date; kept, and counted as recent"
            ])
        #expect(
            dataset.enterprises[0].creditFlags == [
                CreditFlag(kind: "严重失信", date: CalendarDate(year: 2024, month: 5, day: 10)),
                CreditFlag(kind: "经营异常", date: nil)
            ])
        #expect(dataset.enterprises[0].creditFlags.map(\.excludes) == [true, false])
        #expect(dataset.enterprises[1].creditFlags.isEmpty)
        // No grants.csv: no grants, nothing else changes.
        #expect(dataset.grants.isEmpty && report.exitStatus == 0)
    }

    @Test func grantsWithoutLoadedPoliciesAreRejectedWithTheReason() throws {
        let grants = "id,enterprise,policy,clause,applied,granted_wan\nG1,\(Codes.a),p,c-fixed,2025-03-01,50\n"
        let d = try TempDataset([
            "enterprises.csv": minimalEnterprises, "revenue.csv": minimalRevenue, "grants.csv": grants
        ])
        var options = IngestOptions()
        options.policiesSource = "Data/policies"
        let (_, report) = try d.load(options)
        let diagnostic = try #require(report.log.kept.first)
        #expect(brief(diagnostic) == "grants.csv:2:3: error: policy: unknown policy: not in Data/policies")
        #expect(diagnostic.expected == "a policy file in Data/policies (none was loaded; see --policies)")
    }

    @Test func paymentsWithoutGrantsFileAreRejected() throws {
        let d = try TempDataset([
            "enterprises.csv": minimalEnterprises, "revenue.csv": minimalRevenue,
            "grant_payments.csv": "项目编号,拨付日期,拨付金额(万元)\nG1,2025-05-01,10\n"
        ])
        let (_, report) = try d.load(Self.options)
        #expect(
            briefs(report) == ["grant_payments.csv:2:1: error: grant: unknown grant: the dataset has no grants.csv"])
    }
}
