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

    /// Facts appended, revisions included.
    public var newCount: Int { plan.newFacts.count }
    /// Conflicts: figures that differ from the dataset's or another return's.
    public var conflicts: [MergePlan.Item] { plan.items(.conflict) }
    /// Conflicts with the dataset accepted as revisions (appended; the old figures are logged).
    public var revised: [MergePlan.Item] { plan.items(.revised) }
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
        "merge_id,at,files,rows_read,rows_rejected,new,already_in_dataset,repeated_in_inbox,conflicts,revised,held,outside_period,blank,written_to"

    /// The merge's line of `merges.csv`.
    public static func logLine(_ r: MergeReport) -> String {
        func count(_ kind: MergePlan.Verdict.Kind) -> String { String(r.plan.items(kind).count) }
        let files = r.plan.files.map(\.file) + r.ignored.map(\.file)
        return [
            r.id, r.at, CSVCell.quoted(files.sorted().joined(separator: ";")),
            String(r.accounting.values.reduce(0) { $0 + $1.read }), String(r.rejected), count(.new),
            count(.alreadyInDataset), count(.repeatedInInbox), count(.conflict), count(.revised), count(.held),
            count(.outsidePeriod),
            count(.blank), r.output ?? ""
        ].joined(separator: ",")
    }
}

/// `revisions.csv`: one line per figure a merge revised, with the old value, where it was, the file
/// now holding the fact (`now_in`, which the loader uses instead of every other row of the fact),
/// the return it came from and why.
public enum RevisionLog {
    /// The header of `revisions.csv`.
    public static let header =
        "merge_id,at,id,name,period,basis,figure,old_value,new_value,was_in,now_in,return_file,reason"

    /// The lines of the merge's revisions: one per figure that changed, amounts in the revenue
    /// file's units (万元, 市值 in 亿元), exact.
    public static func lines(_ r: MergeReport, names: [USCC: String], reason: String) -> [String] {
        guard let output = r.output else { return [] }
        var out: [String] = []
        for item in r.revised {
            guard case .revised(let old, _) = item.verdict else { continue }
            let new = item.written
            // The dataset's files are all in its folder: the name and line say where the old row is.
            let source = old.origin.map { "\($0.file.split(separator: "/").last ?? ""):\($0.line)" } ?? ""
            for change in changes(new, old) {
                out.append(
                    [
                        r.id, r.at, new.enterprise.code, CSVCell.quoted(names[new.enterprise] ?? ""),
                        new.period.description, new.basis.chineseName, change.figure, change.old, change.new,
                        CSVCell.quoted(source), output, CSVCell.quoted(item.file), CSVCell.quoted(reason)
                    ].joined(separator: ","))
            }
        }
        return out
    }

    /// The figures that differ, by their revenue-file column name.
    private static func changes(_ new: RevenueFact, _ old: RevenueFact) -> [(figure: String, old: String, new: String)]
    {
        func money(_ a: Amount?, _ unit: MoneyUnit) -> String {
            a.map { $0.formatted(in: unit, DecimalFormat(places: 8, trimmingZeros: true)) } ?? ""
        }
        var out: [(String, String, String)] = []
        let amounts: [(String, Amount?, Amount?, MoneyUnit)] = [
            ("revenue_wan", old.revenue, new.revenue, .wan),
            ("industry_revenue_wan", old.industryRevenue, new.industryRevenue, .wan),
            ("market_cap_yi", old.marketCap, new.marketCap, .yi), ("rd_expense_wan", old.rdExpense, new.rdExpense, .wan)
        ]
        for (name, o, n, unit) in amounts where o != n { out.append((name, money(o, unit), money(n, unit))) }
        if old.employees != new.employees {
            out.append(("employees", old.employees.map(String.init) ?? "", new.employees.map(String.init) ?? ""))
        }
        return out
    }
}
