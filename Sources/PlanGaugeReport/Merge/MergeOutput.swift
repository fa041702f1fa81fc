import PlanGaugeAnalytics
import PlanGaugeModel

/// A merge as plain values: the plan, each return's accounting, the files left alone. What the
/// terminal shows and the files written (the new revenue file, the line of `merges.csv`) come from it.
public struct MergeReport: Sendable {
    /// The merge's id (`merge-0003`), numbering the dataset's merges in order.
    public var id: String
    /// When it ran (`--at`, else the clock), as written in `merges.csv`.
    public var at: String
    /// What is done with each fact.
    public var plan: MergePlan
    /// Each return's rows read, accepted, rejected and skipped, by file name.
    public var accounting: [String: (read: Int, accepted: Int, rejected: Int, skipped: Int)]
    /// Files not read, with why.
    public var ignored: [(file: String, reason: String)]
    /// The dataset's file the new facts go to (nil when there are none).
    public var output: String?

    /// A merge's report.
    public init(
        id: String, at: String, plan: MergePlan,
        accounting: [String: (read: Int, accepted: Int, rejected: Int, skipped: Int)],
        ignored: [(file: String, reason: String)], output: String?
    ) {
        (self.id, self.at, self.plan, self.accounting, self.ignored, self.output) = (
            id, at, plan, accounting, ignored, output
        )
    }

    /// Facts appended.
    public var newCount: Int { plan.items(.new).count }
    /// Conflicts: figures that differ from the dataset's or another return's.
    public var conflicts: [MergePlan.Item] { plan.items(.conflict) }
    /// Figures held as probable unit errors.
    public var held: [MergePlan.Item] { plan.items(.held) }
    /// Rows rejected by the checks, over every return.
    public var rejected: Int { accounting.values.reduce(0) { $0 + $1.rejected } }
    /// Whether anything needs a person: rejected rows, conflicts or held figures.
    public var needsAttention: Bool { rejected > 0 || !conflicts.isEmpty || !held.isEmpty }
}

/// The files a merge writes: the new facts as a revenue file of the dataset contract, and its line
/// of the merge log.
public enum MergeFiles {
    /// The header of the revenue file a merge writes (the contract's English names; amounts in 万元,
    /// market value in 亿元).
    public static let revenueHeader =
        "id,name,period,basis,revenue_wan,industry_revenue_wan,market_cap_yi,rd_expense_wan,employees"

    /// The new facts as a revenue CSV (UTF-8, LF), figures exact (分 → 万元 with as many decimals as
    /// they need), names from the roster.
    public static func revenueCSV(_ facts: [RevenueFact], names: [USCC: String]) -> String {
        var lines = [revenueHeader]
        for f in facts {
            let cells = [
                f.enterprise.code, CSVCell.quoted(names[f.enterprise] ?? ""), f.period.description,
                f.basis.chineseName, amount(f.revenue, .wan), amount(f.industryRevenue, .wan),
                amount(f.marketCap, .yi), amount(f.rdExpense, .wan), f.employees.map(String.init) ?? ""
            ]
            lines.append(cells.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func amount(_ a: Amount?, _ unit: MoneyUnit) -> String {
        a.map { $0.formatted(in: unit, DecimalFormat(places: 8, trimmingZeros: true)) } ?? ""
    }

    /// The header of `merges.csv`.
    public static let logHeader =
        "merge_id,at,files,rows_read,rows_rejected,new,already_in_dataset,repeated_in_inbox,conflicts,held,outside_period,blank,written_to"

    /// The merge's line of `merges.csv`.
    public static func logLine(_ r: MergeReport) -> String {
        func count(_ kind: MergePlan.Verdict.Kind) -> String { String(r.plan.items(kind).count) }
        let files = r.plan.files.map(\.file) + r.ignored.map(\.file)
        return [
            r.id, r.at, CSVCell.quoted(files.sorted().joined(separator: ";")),
            String(r.accounting.values.reduce(0) { $0 + $1.read }), String(r.rejected), count(.new),
            count(.alreadyInDataset), count(.repeatedInInbox), count(.conflict), count(.held), count(.outsidePeriod),
            count(.blank), r.output ?? ""
        ].joined(separator: ",")
    }
}
