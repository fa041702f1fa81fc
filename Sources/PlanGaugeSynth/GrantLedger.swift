import PlanGaugeModel

/// The sample's grants ledger under the two Putuo policies of 2025–2026 (普科合规范〔2024〕5号 and
/// 3号, `Data/policies/putuo-*.yaml`): awards to Putuo firms with their payments up to the data's
/// last day, and five deliberate violations that `plangauge grants check` must catch:
/// 1. a platform grant above its cap (50% of 260万 is 130万; the cap is 100万);
/// 2. an application dated before the policy took effect (2024-12-16);
/// 3. one new entrant's settling-in support funded under both policies (从高不重复);
/// 4. an applicant with 严重失信 on record within three years of applying;
/// 5. an award paid twice;
/// 6. (possible_overlap, the heuristic) one carrier upgrade funded under both policies, the
///    software policy's register leaving 支持事项 empty: same firm, same kind and amount of base, same year;
/// 7. (credit_during_support) a 严重失信 record dated while an office purchase is paid in instalments
///    (the buyer, an established firm, also fails 二（一）2's 新引进或新设立: condition_not_met);
/// 8. (outside_validity, not yet due) an award applied on 2027-01-01, the day after the cyber
///    policy expired and after the data's last day: listed as not yet due and flagged all the same;
/// 9. (not yet due) a payment dated after the data's last day (the 15th of the next month) on an
///    award that was still unpaid on that day: listed, not counted as paid;
/// 10. (possible_overlap across years) the second 2025 award given again on 2026-09-10 to the same
///    firm for the same base, 支持事项 left blank: suspected though it is another calendar year.
/// 11. (condition_not_met, 新引进或新设立) settling-in support to an established firm (founded long
///    before the two years the policy file reads as new);
/// 12. (condition_not_met, 信用记录良好) the firm with 经营异常 five days before its application (the
///    record written with case 4's old 严重失信, which is none);
/// 13. (above_entitlement, base honoured) rent support of 300万 over three years for 30万 of rent a
///    year: at most 30万 a year, 90万 in all, when the data has a second new entrant;
/// 14. (missing_base) rent support under the software policy recorded without the rent it is tied
///    to (a share without its base is rejected at ingest instead), to the same entrant as case 13.
/// Every grant also lists the conditions a person must confirm (需人工核实, `manual` in the policy files).
/// Drawn from its own random stream, so the revenue files do not change when this does; cases 8–14
/// draw nothing (their dates are fixed or follow from the data's last day), so the earlier rows and
/// their numbers stay as they were.
struct GrantLedger {
    struct Payment { var date: CalendarDate; var fen: Int64 }
    struct Row {
        var id: String
        var firm: Int
        var policy: String
        var clause: String
        var item: String
        var applied: CalendarDate
        var baseFen: Int64?
        var grantedFen: Int64
        var years: Int?
        var payments: [Payment] = []
    }

    private(set) var rows: [Row] = []
    /// Firm index → `credit_flags` cell.
    private(set) var creditFlags: [Int: String] = [:]

    static let cyber = "putuo-cybersecurity-2025", software = "putuo-smart-software-2025"

    /// A support an established firm can receive: a fixed sum, or a share of a base (万元 range), capped.
    private struct Support {
        let policy: String, clause: String, item: String
        let share: (num: Int64, den: Int64)?
        let capWan: Int64
        let baseWan: ClosedRange<Int64>
    }

    private static let supports: [Support] = [
        Support(
            policy: cyber, clause: "c3-innovation-catalogue-a", item: "创新攻关成果目录项目", share: nil, capWan: 50,
            baseWan: 0...0),
        Support(
            policy: cyber, clause: "c3-municipal-matching-b", item: "市级产业高质量发展专项区级匹配", share: (1, 1), capWan: 200,
            baseWan: 60...260),
        Support(
            policy: cyber, clause: "c4-service-platform", item: "网络安全测试服务平台建设", share: (1, 2), capWan: 100,
            baseWan: 80...190),
        Support(
            policy: cyber, clause: "c5-insurance-premium-b", item: "网络安全保险投保", share: (1, 2), capWan: 50,
            baseWan: 20...90),
        Support(
            policy: cyber, clause: "c7-events-organiser-a", item: "举办网络安全攻防赛事", share: (1, 2), capWan: 200,
            baseWan: 100...380),
        Support(
            policy: software, clause: "c3-rd-projects", item: "智能软件研发项目", share: (1, 2), capWan: 300, baseWan: 200...700
        ),
        Support(
            policy: software, clause: "c6-compute", item: "算力服务采购", share: (3, 10), capWan: 500, baseWan: 100...900),
        Support(policy: software, clause: "c10-events-b", item: "参展费用", share: (1, 2), capWan: 20, baseWan: 10...40)
    ]

    /// Nil when the data does not reach into the policies' years (benchmark datasets).
    init?(_ population: FirmPopulation, seed: UInt64) {
        let periods = population.periods
        guard let last = periods.last, last.year >= 2025 else { return nil }
        let asOf = CalendarDate(
            year: last.year, month: last.lastMonth, day: CalendarDate.daysIn(year: last.year, month: last.lastMonth))!
        var draw = Draw(rng: SplitMix64(seed: seed).fork(9), asOf: asOf)
        let firms = population.firms
        let active = firms.indices.filter { firms[$0].district == "普陀区" && firms[$0].reports(at: periods.count - 1) }
        let established = active.filter { firms[$0].firstPeriod == 0 }
        let entrants = active.filter { firms[$0].founded.year >= 2023 && firms[$0].firstPeriod > 0 }
        guard established.count >= 24, !entrants.isEmpty else { return nil }

        var pool = established
        draw.addEstablishedAwards(from: &pool)
        // An established firm buys its office (2% of the price, 分三年拨付): instalments into 2028.
        let buyer = pool.removeFirst()
        let bought = draw.date(2026, 4)
        let boughtPayments = draw.instalments(bought, 240 * Self.wan, 3)
        draw.add(
            buyer, Self.cyber, "c2-office-purchase-b", "购置自用办公用房", bought, base: 12_000 * Self.wan,
            granted: 240 * Self.wan, payments: boughtPayments)
        draw.addEntrantSupports(entrants)
        draw.addViolations(from: &pool, officeBuyer: buyer)
        draw.addNotYetDueAndRepeat(from: &pool)
        draw.addConditionCases(from: &pool, entrants: entrants)
        rows = draw.rows
        creditFlags = draw.creditFlags
        numberRows()
    }

    /// One 万元 in 分.
    private static let wan: Int64 = 1_000_000

    /// Numbered in order of application within each year, as a register is.
    private mutating func numberRows() {
        rows.sort { ($0.applied, $0.id) < ($1.applied, $1.id) }
        var counts: [Int: Int] = [:]
        for i in rows.indices {
            let y = rows[i].applied.year
            counts[y, default: 0] += 1
            let k = counts[y]!
            rows[i].id = "PT\(y)-\(k < 10 ? "00" : k < 100 ? "0" : "")\(k)"
        }
    }

    /// The ledger being drawn: its random stream, the data's last day, and the rows and credit
    /// flags so far (rows numbered in the order drawn until `numberRows`).
    private struct Draw {
        var rng: SplitMix64
        let asOf: CalendarDate
        var rows: [Row] = []
        var creditFlags: [Int: String] = [:]
        private var n = 0

        init(rng: SplitMix64, asOf: CalendarDate) {
            self.rng = rng
            self.asOf = asOf
        }

        /// A day of `month` (past 12 runs into the next year), drawn.
        mutating func date(_ year: Int, _ month: Int) -> CalendarDate {
            CalendarDate(year: year + (month - 1) / 12, month: (month - 1) % 12 + 1, day: 1 + Int(rng.next() % 28))!
        }

        /// One payment two to four months after applying, if due by the as-of date.
        mutating func lumpSum(_ applied: CalendarDate, _ fen: Int64) -> [Payment] {
            let months = 2 + Int(rng.next() % 3)
            let paid = date(applied.year, applied.month + months)
            return paid <= asOf ? [Payment(date: paid, fen: fen)] : []
        }

        /// N yearly shares (the remainder to the last), the first a quarter after applying; only those due by the as-of date.
        mutating func instalments(_ applied: CalendarDate, _ fen: Int64, _ n: Int) -> [Payment] {
            let share = fen / Int64(n)
            var payments: [Payment] = []
            for k in 0..<n {
                let d = date(applied.year + k, applied.month + 3)
                if d <= asOf { payments.append(Payment(date: d, fen: k == n - 1 ? fen - share * Int64(n - 1) : share)) }
            }
            return payments
        }

        mutating func add(
            _ firm: Int, _ policy: String, _ clause: String, _ item: String, _ applied: CalendarDate, base: Int64?,
            granted: Int64,
            years: Int? = nil, payments: [Payment]
        ) {
            n += 1
            rows.append(
                Row(
                    id: String(n < 10 ? "0" : "") + String(n), firm: firm, policy: policy, clause: clause, item: item,
                    applied: applied, baseFen: base, grantedFen: granted, years: years, payments: payments))
        }

        /// Established firms: 14 awards applied in 2025, 10 in 2026, each a different firm taken from `pool`.
        mutating func addEstablishedAwards(from pool: inout [Int]) {
            let wan = GrantLedger.wan
            for k in 0..<24 {
                let firm = pool.remove(at: Int(rng.next() % UInt64(pool.count)))
                let s = GrantLedger.supports[Int(rng.next() % UInt64(GrantLedger.supports.count))]
                let year = k < 14 ? 2025 : 2026
                let applied = date(year, 1 + Int(rng.next() % (year == 2025 ? 11 : 7)))
                var base: Int64?
                var granted = s.capWan * wan
                if let share = s.share {
                    let b = (s.baseWan.lowerBound + Int64(rng.next() % UInt64(s.baseWan.count))) * wan
                    base = b
                    granted = min(b * share.num / share.den, s.capWan * wan)
                }
                let payments = lumpSum(applied, granted)
                add(firm, s.policy, s.clause, s.item, applied, base: base, granted: granted, payments: payments)
            }
        }

        /// New entrants: settling-in support (分三年拨付) and rent support (每年, up to three years).
        mutating func addEntrantSupports(_ entrants: [Int]) {
            let wan = GrantLedger.wan, cyber = GrantLedger.cyber, software = GrantLedger.software
            let e1 = entrants[0]
            let settled = date(2025, 4)
            let settledPayments = instalments(settled, 500 * wan, 3)
            add(
                e1, cyber, "c1-attract-leaders", "新设立落户资助", settled, base: nil, granted: 500 * wan,
                payments: settledPayments)
            let rent = date(2025, 6)
            let rentPayments = [
                Payment(date: date(2025, 10), fen: 100 * wan), Payment(date: date(2026, 7), fen: 100 * wan)
            ]
            add(
                e1, cyber, "c2-office-rent-a", "办公场地租赁", rent, base: 150 * wan, granted: 300 * wan, years: 3,
                payments: rentPayments)
            // Violation 3: the same settling-in support again under the software policy (从高不重复).
            let again = date(2025, 5)
            let againPayments = [Payment(date: date(2025, 9), fen: 100 * wan)]
            add(
                e1, software, "c1-attract-firms", "新设立落户资助", again, base: nil, granted: 300 * wan,
                payments: againPayments)
            if entrants.count > 1 {
                let e2 = entrants[1]
                let applied = date(2026, 3)
                let payments = instalments(applied, 400 * wan, 3)
                add(
                    e2, software, "c1-attract-firms", "新设立落户资助", applied, base: nil, granted: 400 * wan,
                    payments: payments)
            }
        }

        /// Violations 1, 2, 4–7 (and two credit records that are none), on firms taken from `pool`
        /// and on the office buyer.
        mutating func addViolations(from pool: inout [Int], officeBuyer buyer: Int) {
            let wan = GrantLedger.wan, cyber = GrantLedger.cyber, software = GrantLedger.software
            // Violation 1: 50% of 260万 is 130万, above the 100万 cap.
            let v1 = pool.removeFirst()
            let v1Applied = date(2025, 8)
            let v1Payments = lumpSum(v1Applied, 130 * wan)
            add(
                v1, cyber, "c4-service-platform", "网络安全测试服务平台建设", v1Applied, base: 260 * wan, granted: 130 * wan,
                payments: v1Payments)
            // Violation 2: applied before the policy took effect on 2025-01-01.
            let v2 = pool.removeFirst()
            let v2Applied = CalendarDate(year: 2024, month: 12, day: 16)!
            add(
                v2, cyber, "c3-innovation-catalogue-a", "创新攻关成果目录项目", v2Applied, base: nil, granted: 50 * wan,
                payments: [Payment(date: CalendarDate(year: 2025, month: 3, day: 12)!, fen: 50 * wan)])
            // Violation 4: 严重失信 fourteen months before applying.
            let v4 = pool.removeFirst()
            let v4Applied = CalendarDate(year: 2025, month: 6, day: 20)!
            let v4Payments = lumpSum(v4Applied, 120 * wan)
            add(
                v4, cyber, "c7-events-organiser-a", "举办网络安全攻防赛事", v4Applied, base: 240 * wan, granted: 120 * wan,
                payments: v4Payments)
            creditFlags[v4] = "严重失信@2024-04-18"
            // Not a credit exclusion: a serious flag older than three years; the 经营异常 listing five days
            // before applying fails 信用记录良好 (case 12).
            creditFlags[rows[0].firm] = "严重失信@2021-08-09;经营异常@2025-02-10"
            // Violation 5: an award of 20万 paid twice.
            let v5 = pool.removeFirst()
            let v5Applied = CalendarDate(year: 2025, month: 5, day: 8)!
            add(
                v5, cyber, "c8-awards", "网络安全赛事获奖", v5Applied, base: nil, granted: 20 * wan,
                payments: [
                    Payment(date: CalendarDate(year: 2025, month: 7, day: 15)!, fen: 20 * wan),
                    Payment(date: CalendarDate(year: 2025, month: 8, day: 26)!, fen: 20 * wan)
                ])
            // A firm without grants on the 经营异常名录.
            creditFlags[pool.removeFirst()] = "经营异常@2024-11-05"
            // Violation 6 (possible_overlap): a carrier's environment works (320万 invested) funded by the
            // cyber policy (50%: 160万, paid) and again by the software policy (30%: 96万, not yet paid), whose
            // register leaves 支持事项 empty — the same base of the same kind in the same year.
            let v6 = pool.removeFirst()
            add(
                v6, cyber, "c9-carrier-upgrade", "科创载体环境建设", CalendarDate(year: 2026, month: 3, day: 11)!,
                base: 320 * wan, granted: 160 * wan,
                payments: [Payment(date: CalendarDate(year: 2026, month: 6, day: 18)!, fen: 160 * wan)])
            add(
                v6, software, "c8-carriers-b", "", CalendarDate(year: 2026, month: 5, day: 22)!,
                base: 320 * wan, granted: 96 * wan, payments: [])
            // Violation 7 (credit_during_support): the office buyer is put on record for 严重失信 after its
            // first instalment, with two instalments still to pay in 2027 and 2028.
            creditFlags[buyer] = "严重失信@2026-08-27"
        }

        /// Cases 8–10 (see the type's comment), drawing nothing from the random stream. Called after
        /// every other row is drawn: rows[0..<24] are the established awards, the first 14 applied in 2025.
        mutating func addNotYetDueAndRepeat(from pool: inout [Int]) {
            let wan = GrantLedger.wan, cyber = GrantLedger.cyber
            // Case 8: applied 2027-01-01 under the cyber policy, valid to 2026-12-31.
            if let late = pool.first {
                pool.removeFirst()
                add(
                    late, cyber, "c8-awards", "网络安全赛事获奖", CalendarDate(year: 2027, month: 1, day: 1)!, base: nil,
                    granted: 20 * wan, payments: [])
            }
            // Case 9: the first established award (but the one repeated below) still unpaid on the as-of day
            // is paid on the 15th of the next month.
            let next = CalendarDate(
                year: asOf.year + asOf.month / 12, month: asOf.month % 12 + 1, day: 15)!
            if let k = (0..<min(24, rows.count)).first(where: {
                $0 != 1 && rows[$0].payments.isEmpty && rows[$0].applied <= asOf
            }) {
                rows[k].payments.append(Payment(date: next, fen: rows[k].grantedFen))
            }
            // Case 10: the second 2025 award again, a year later, with the same base and 支持事项 blank.
            if rows.count > 1, rows[1].applied.year == 2025 {
                let first = rows[1]
                add(
                    first.firm, first.policy, first.clause, "", CalendarDate(year: 2026, month: 9, day: 10)!,
                    base: first.baseFen, granted: first.grantedFen, payments: [])
            }
        }

        /// Cases 11, 13 and 14 (see the type's comment), drawing nothing from the random stream; called last.
        mutating func addConditionCases(from pool: inout [Int], entrants: [Int]) {
            let wan = GrantLedger.wan, cyber = GrantLedger.cyber
            // Case 11: 500万 settling-in support to an established firm, none of it paid yet.
            if let old = pool.first {
                pool.removeFirst()
                add(
                    old, cyber, "c1-attract-leaders", "落户资助", CalendarDate(year: 2026, month: 2, day: 10)!, base: nil,
                    granted: 500 * wan, payments: [])
            }
            // Case 13: the second new entrant rents for 30万 a year and is granted 300万 over three years.
            if entrants.count > 1 {
                add(
                    entrants[1], cyber, "c2-office-rent-a", "办公场地租赁", CalendarDate(year: 2026, month: 4, day: 15)!,
                    base: 30 * wan, granted: 300 * wan, years: 3, payments: [])
            }
            // Case 14: 80万 of rent support for another site under the software policy, the rent left blank.
            if entrants.count > 1 {
                add(
                    entrants[1], GrantLedger.software, "c2-office-a", "研发场地租赁",
                    CalendarDate(year: 2026, month: 6, day: 5)!, base: nil, granted: 80 * wan, payments: [])
            }
        }
    }
}
