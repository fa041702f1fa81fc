import PlanGaugeAnalytics
import PlanGaugeModel

/// A merge on the terminal: one line per file (who it is from, its rows, what became of its
/// facts), the conflicts and held figures with both values and sources, and the outcome.
public enum MergeTextRenderer {
    /// The text; `names` gives the roster's enterprise names.
    public static func render(_ r: MergeReport, names: [USCC: String]) -> String {
        var out: [String] = []
        for f in r.plan.files { out.append(fileLine(f, r)) }
        for i in r.ignored { out.append("\(i.file): ignored (\(i.reason))") }
        if !r.conflicts.isEmpty {
            out.append("conflicts, not applied (the figures differ; a revision is a person's decision):")
            for item in r.conflicts { out.append("  " + conflictLine(item, names)) }
        }
        if !r.revised.isEmpty {
            out.append("revised (the old figures are kept in revisions.csv):")
            for item in r.revised { out.append("  " + revisionLine(item, names)) }
        }
        if !r.held.isEmpty {
            out.append("held as probable unit errors (re-send them, or merge again with --accept-suspect ID):")
            for item in r.held {
                guard case .held(let reason) = item.verdict else { continue }
                out.append("  \(item.suspectID) \(names[item.fact.enterprise] ?? "") in \(item.file): \(reason)")
            }
        }
        out.append(outcome(r))
        return out.joined(separator: "\n") + "\n"
    }

    private static func fileLine(_ f: MergePlan.FileResult, _ r: MergeReport) -> String {
        let a = r.accounting[f.file] ?? (0, 0, 0, 0)
        var parts = ["read \(a.read) rows, accepted \(a.accepted), rejected \(a.rejected), skipped \(a.skipped)"]
        let counts: [(String, MergePlan.Verdict.Kind)] = [
            ("new", .new), ("already in the dataset", .alreadyInDataset),
            ("repeated from an earlier file", .repeatedInInbox),
            ("conflicting", .conflict), ("revising the dataset", .revised), ("held", .held),
            ("outside the period", .outsidePeriod),
            ("without any figure", .blank)
        ]
        let said = counts.compactMap { name, kind -> String? in
            let n = f.count(kind)
            return n > 0 ? "\(n) \(name)" : nil
        }
        if !said.isEmpty { parts.append(said.joined(separator: ", ")) }
        if f.count(.new) == 0 && f.count(.revised) == 0 && !f.items.isEmpty { parts.append("nothing new") }
        return "\(f.file) — \(f.sender ?? "no enterprise of the roster"): " + parts.joined(separator: "; ")
    }

    private static func conflictLine(_ item: MergePlan.Item, _ names: [USCC: String]) -> String {
        guard case .conflict(let other, let source) = item.verdict else { return "" }
        let f = item.fact
        let at = f.origin.map { "\($0.file):\($0.line)" } ?? item.file
        let differences = FigureDifference.all(f, other).map { "\($0.field) \($0.new) here, \($0.old) there" }
        return "\(f.enterprise.code) \(names[f.enterprise] ?? "") \(f.period) \(f.basis.chineseName): "
            + differences.joined(separator: "; ") + " (here: \(at); there: \(source))"
    }

    private static func revisionLine(_ item: MergePlan.Item, _ names: [USCC: String]) -> String {
        guard case .revised(let old, let source) = item.verdict else { return "" }
        let f = item.fact
        let differences = FigureDifference.all(f, old).map { "\($0.field) \($0.old) → \($0.new)" }
        return "\(f.enterprise.code) \(names[f.enterprise] ?? "") \(f.period) \(f.basis.chineseName): "
            + differences.joined(separator: "; ") + " (was \(source); revised by \(item.file))"
    }

    private static func outcome(_ r: MergeReport) -> String {
        var parts: [String] = []
        if let output = r.output {
            parts.append(plural(r.newCount, "fact") + " added to \(output)")
        } else {
            parts.append("nothing new to add: the dataset is unchanged")
        }
        if r.rejected > 0 {
            parts.append(plural(r.rejected, "rejected row") + (r.output == nil ? "" : " in rejects/\(r.id)/"))
        }
        if !r.revised.isEmpty { parts.append(plural(r.revised.count, "revision") + " logged in revisions.csv") }
        if !r.conflicts.isEmpty {
            parts.append(
                plural(r.conflicts.count, "conflict")
                    + " (merge again with --accept-revisions, or --accept-revision ID, to take the returns' figures)")
        }
        if !r.held.isEmpty { parts.append("\(r.held.count) held") }
        return "\(r.id): " + parts.joined(separator: "; ")
    }
}

private func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

/// A figure that two facts of the same enterprise, period and 口径 give differently.
struct FigureDifference {
    let field: String
    let new: String
    let old: String

    /// Every figure `a` gives that `b` gives differently (a figure `a` leaves empty is no difference).
    static func all(_ a: RevenueFact, _ b: RevenueFact) -> [FigureDifference] {
        func money(_ x: Amount?, _ unit: MoneyUnit) -> String {
            x.map { $0.formatted(in: unit, decimals: 2, grouping: true) + " " + unit.rawValue } ?? "empty"
        }
        var out: [FigureDifference] = []
        let pairs: [(String, Amount?, Amount?, MoneyUnit)] = [
            ("营业收入", a.revenue, b.revenue, .wan), ("产业收入", a.industryRevenue, b.industryRevenue, .wan),
            ("市值", a.marketCap, b.marketCap, .yi), ("研发投入", a.rdExpense, b.rdExpense, .wan)
        ]
        for (name, x, y, unit) in pairs where x != nil && x != y {
            out.append(FigureDifference(field: name, new: money(x, unit), old: money(y, unit)))
        }
        if a.employees != nil && a.employees != b.employees {
            out.append(
                FigureDifference(
                    field: "从业人员", new: a.employees.map { "\($0)" } ?? "empty",
                    old: b.employees.map { "\($0)" } ?? "empty"))
        }
        return out
    }
}
