import PlanGaugeModel
import Testing

@testable import PlanGaugeAnalytics

/// What a merge does with each fact, decided by hand for small cases.
struct MergePlanTests {
    static func code(_ n: Int) -> String {
        let p = "9131000000000" + String(repeating: "0", count: 4 - String(n).count) + String(n)
        return p + String(USCC.checkCharacter(forPrefix: p)!)
    }
    static let firm = USCC(code(1))!, other = USCC(code(2))!

    static func fact(
        _ id: USCC, _ p: String, revenue: Int64?, employees: Int? = nil, rd: Int64? = nil
    ) -> RevenueFact {
        RevenueFact(
            enterprise: id, period: PeriodLabel(p)!.period, basis: .period, revenue: revenue.map { Amount(fen: $0) },
            rdExpense: rd.map { Amount(fen: $0) }, employees: employees)
    }

    static func dataset(_ facts: [RevenueFact]) -> Dataset {
        var d = Dataset()
        d.enterprises = [
            Enterprise(id: firm, name: "甲", district: "杨浦区"), Enterprise(id: other, name: "乙", district: "长宁区")
        ]
        d.revenue = RevenueFacts(facts)
        return d
    }

    @Test func anEmptyCellIsNoDifferenceAndAFigureIs() {
        // The dataset: 甲 2025Q3 100.00 万元 (100,000,000 分), 10 people, R&D 5.00 万元.
        let existing = Self.dataset([Self.fact(Self.firm, "2025Q3", revenue: 100_000_000, employees: 10, rd: 5_000_000)]
        )
        let same = Self.fact(Self.firm, "2025Q3", revenue: 100_000_000, employees: 10)  // no R&D column
        let revised = Self.fact(Self.firm, "2025Q3", revenue: 100_000_100, employees: 10)  // 1 元 more
        let plan = MergePlan.make(
            existing: existing, returns: [("a.csv", RevenueFacts([same])), ("b.csv", RevenueFacts([revised]))],
            period: nil)
        #expect(plan.files[0].items[0].verdict == .alreadyInDataset)
        guard case .conflict(let old, _) = plan.files[1].items[0].verdict else {
            Issue.record("a different figure is a conflict")
            return
        }
        #expect(old.revenue == Amount(fen: 100_000_000))
        #expect(plan.newFacts.isEmpty)
    }

    @Test func twoReturnsThatDisagreeAreBothHeldBack() {
        let existing = Self.dataset([])
        let x = Self.fact(Self.other, "2025Q4", revenue: 9_500_000),
            y = Self.fact(Self.other, "2025Q4", revenue: 9_600_000)
        let plan = MergePlan.make(
            existing: existing, returns: [("a.csv", RevenueFacts([x])), ("b.csv", RevenueFacts([y, x]))], period: nil)
        let verdicts = plan.items.map(\.verdict)
        #expect(verdicts.allSatisfy { if case .conflict = $0 { true } else { false } })
        #expect(plan.newFacts.isEmpty)
    }

    @Test func agreeingReturnsAreTakenOnceAndPeriodsFiltered() {
        let existing = Self.dataset([])
        let q4 = Self.fact(Self.other, "2025Q4", revenue: 9_500_000)
        let dec = Self.fact(Self.firm, "2025-12", revenue: 1_000_000)  // a month ending within 2025Q4
        let q3 = Self.fact(Self.firm, "2025Q3", revenue: 2_000_000)
        let blank = Self.fact(Self.firm, "2025Q4", revenue: nil)
        let plan = MergePlan.make(
            existing: existing,
            returns: [("a.csv", RevenueFacts([q4, dec, q3, blank])), ("a(1).csv", RevenueFacts([q4]))],
            period: PeriodLabel("2025Q4")!.period)
        #expect(plan.files[0].items.map(\.verdict) == [.new, .new, .outsidePeriod, .blank])
        #expect(plan.files[1].items.map(\.verdict) == [.repeatedInInbox(firstFile: "a.csv")])
        #expect(plan.newFacts.map(\.revenue) == [Amount(fen: 9_500_000), Amount(fen: 1_000_000)])
        #expect(plan.files.map(\.sender) == ["several districts: 杨浦区 1, 长宁区 1", "enterprise 乙"])
    }

    @Test func aFigureInYuanIsHeldUnlessAccepted() {
        // 乙 reported 95.00 万元 in 2025Q3; 950,000.00 "万元" in 2025Q4 is 10,000× (元 read as 万元).
        let existing = Self.dataset([Self.fact(Self.other, "2025Q3", revenue: 95_000_000)])
        let slip = Self.fact(Self.other, "2025Q4", revenue: 950_000_000_000)
        let held = MergePlan.make(existing: existing, returns: [("b.csv", RevenueFacts([slip]))], period: nil)
        guard case .held = held.files[0].items[0].verdict else {
            Issue.record("10,000× the firm's last report is held")
            return
        }
        let taken = MergePlan.make(
            existing: existing, returns: [("b.csv", RevenueFacts([slip]))], period: nil,
            acceptedSuspects: ["\(Self.other.code)@2025Q4"])
        #expect(taken.files[0].items[0].verdict == .new)
    }

    /// An accepted revision is appended with the return's figure and the old fact's others: the
    /// return gives only 营业收入 101.00 万元 for 100.00; 10 people and R&D 5.00 万元 are kept.
    @Test func anAcceptedRevisionKeepsTheFiguresTheReturnLeavesEmpty() {
        let existing = Self.dataset([Self.fact(Self.firm, "2024", revenue: 100_000_000, employees: 10, rd: 5_000_000)])
        let revision = Self.fact(Self.firm, "2024", revenue: 101_000_000)
        let plan = MergePlan.make(
            existing: existing, returns: [("a.csv", RevenueFacts([revision]))], period: PeriodLabel("2025Q4")!.period,
            revisions: .only(["\(Self.code(1))@2024"]))
        guard case .revised(let old, _) = plan.items[0].verdict else {
            Issue.record("an accepted conflict of a past year is a revision, whatever the period merged")
            return
        }
        #expect(old.revenue == Amount(fen: 100_000_000))
        #expect(plan.newFacts.count == 1)
        #expect(plan.newFacts[0].revenue == Amount(fen: 101_000_000))
        #expect(plan.newFacts[0].employees == 10)
        #expect(plan.newFacts[0].rdExpense == Amount(fen: 5_000_000))
        // Not accepted (another id), it stays a conflict.
        let refused = MergePlan.make(
            existing: existing, returns: [("a.csv", RevenueFacts([revision]))], period: nil,
            revisions: .only(["\(Self.code(2))@2024"]))
        #expect(refused.items[0].verdict.kind == .conflict)
    }

    /// Two returns revising the same figure differently: neither is taken, even with every revision accepted.
    @Test func twoDisagreeingRevisionsStayConflicts() {
        let existing = Self.dataset([Self.fact(Self.firm, "2024", revenue: 100_000_000)])
        let x = Self.fact(Self.firm, "2024", revenue: 101_000_000),
            y = Self.fact(Self.firm, "2024", revenue: 102_000_000)
        let plan = MergePlan.make(
            existing: existing, returns: [("a.csv", RevenueFacts([x])), ("b.csv", RevenueFacts([y]))], period: nil,
            revisions: .all)
        #expect(plan.items.map(\.verdict.kind) == [.conflict, .conflict])
        #expect(plan.newFacts.isEmpty)
        // The same revision twice is taken once.
        let twice = MergePlan.make(
            existing: existing, returns: [("a.csv", RevenueFacts([x])), ("b.csv", RevenueFacts([x]))], period: nil,
            revisions: .all)
        #expect(twice.items.map(\.verdict.kind) == [.revised, .repeatedInInbox])
    }

    /// A revision sent in 元: 1,000,000 for 100.00 万元 is 10,000× the figure it replaces, so it is held.
    @Test func aRevisionInYuanIsHeld() {
        let existing = Self.dataset([Self.fact(Self.firm, "2024", revenue: 100_000_000)])
        let inYuan = Self.fact(Self.firm, "2024", revenue: 1_000_000_000_000)
        let plan = MergePlan.make(
            existing: existing, returns: [("a.csv", RevenueFacts([inYuan]))], period: nil, revisions: .all)
        guard case .held(let reason) = plan.items[0].verdict else {
            Issue.record("a revision 10,000× the old figure is held")
            return
        }
        #expect(reason.contains("10000×"))
        #expect(plan.newFacts.isEmpty)
        let accepted = MergePlan.make(
            existing: existing, returns: [("a.csv", RevenueFacts([inYuan]))], period: nil,
            acceptedSuspects: ["\(Self.code(1))@2024"], revisions: .all)
        #expect(accepted.items[0].verdict.kind == .revised)
    }
}
