import PlanGaugeModel

/// What merging an inbox of returns into a dataset would do with each fact the returns hold, decided
/// before anything is written: only `new` facts are appended. Nothing is lost and nothing doubled:
///
/// - a fact the dataset already holds with the same figures is `alreadyInDataset` (re-merging the
///   same files, or a copy such as `表(1).xlsx`, adds nothing); a figure the return leaves empty
///   is no difference;
/// - the same fact twice in the inbox with the same figures is taken once (`repeatedInInbox`);
/// - a fact whose figures differ from the dataset's, or from another return's, is a `conflict`: both
///   values and both sources are listed and neither is applied (a revision is a person's decision);
/// - a conflict with the dataset that a person accepts (`--accept-revisions`) is `revised`: the return's
///   figures, over the old fact's where the return leaves a figure empty, are appended, and the
///   caller logs the old ones (`revisions.csv`); two returns that disagree stay a conflict;
/// - a new figure that jumps 1,000× or more against the same firm's own reports
///   (`UnitJumpChecks`: a return in 元 read as 万元) is `held` until re-sent or accepted by its id
///   (`code@period`, `--accept-suspect`);
/// - a new fact outside `period` (when one is given) and a row without any figure are not merged
///   either; a fact of another period that differs from the dataset's is still a conflict.
public struct MergePlan: Sendable {
    /// What is done with one fact.
    public enum Verdict: Sendable, Equatable {
        /// Appended to the dataset.
        case new
        /// The dataset holds it already, with the same figures.
        case alreadyInDataset
        /// An earlier file of the inbox holds it with the same figures (that one is taken).
        case repeatedInInbox(firstFile: String)
        /// The dataset, or another return, holds different figures for it: not applied.
        case conflict(other: RevenueFact, source: String)
        /// The dataset holds different figures for it and a person accepted the return's: appended,
        /// replacing `old` (which stays where it is, at `source`).
        case revised(old: RevenueFact, source: String)
        /// A probable unit error: not merged until re-sent or accepted (`suspectID`).
        case held(reason: String)
        /// Outside the period merged.
        case outsidePeriod
        /// A row with no figure at all (a form's row left empty).
        case blank

        /// The verdicts without what they carry, for counting.
        public enum Kind: CaseIterable, Sendable {
            case new, alreadyInDataset, repeatedInInbox, conflict, revised, held, outsidePeriod, blank
        }

        /// This verdict's kind.
        public var kind: Kind {
            switch self {
            case .new: .new
            case .alreadyInDataset: .alreadyInDataset
            case .repeatedInInbox: .repeatedInInbox
            case .conflict: .conflict
            case .revised: .revised
            case .held: .held
            case .outsidePeriod: .outsidePeriod
            case .blank: .blank
            }
        }
    }

    /// One fact of a return and what is done with it.
    public struct Item: Sendable {
        /// The fact as read (with its file and line).
        public var fact: RevenueFact
        /// The return it is in.
        public var file: String
        /// What is done with it.
        public var verdict: Verdict
        /// The id that `--accept-suspect` and `--accept-revision` take for it: `code@period`.
        public var suspectID: String { "\(fact.enterprise.code)@\(fact.period)" }

        /// The fact as appended: for a revision, the return's figures over the old ones it leaves
        /// empty (a form asking only 营业收入 revises that, and keeps the firm's other figures).
        public var written: RevenueFact {
            guard case .revised(let old, _) = verdict else { return fact }
            var f = fact
            f.revenue = fact.revenue ?? old.revenue
            f.industryRevenue = fact.industryRevenue ?? old.industryRevenue
            f.marketCap = fact.marketCap ?? old.marketCap
            f.rdExpense = fact.rdExpense ?? old.rdExpense
            f.employees = fact.employees ?? old.employees
            return f
        }
    }

    /// One return's facts, in file order, and who it is from.
    public struct FileResult: Sendable {
        /// The file's name in the inbox.
        public var file: String
        /// Who the return is from, as the roster says: a district, a park or an enterprise.
        public var sender: String?
        /// Its facts.
        public var items: [Item]

        /// How many of its facts are of `kind`.
        public func count(_ kind: Verdict.Kind) -> Int { items.filter { $0.verdict.kind == kind }.count }
    }

    /// The returns, in inbox order.
    public var files: [FileResult]

    /// The facts to append (new ones and revisions), in inbox order.
    public var newFacts: [RevenueFact] {
        items.filter { $0.verdict.kind == .new || $0.verdict.kind == .revised }.map(\.written)
    }
    /// Every item, in inbox order.
    public var items: [Item] { files.flatMap(\.items) }
    /// Which conflicts with the dataset a person has accepted as revisions.
    public enum Revisions: Sendable, Equatable {
        /// None: every conflict is listed, not applied.
        case none
        /// Every conflict with the dataset (`--accept-revisions`).
        case all
        /// Those of these ids (`code@period`, `--accept-revision`).
        case only(Set<String>)

        func accepts(_ id: String) -> Bool {
            switch self {
            case .none: false
            case .all: true
            case .only(let ids): ids.contains(id)
            }
        }
    }

    /// Every item of `kind`, in inbox order.
    public func items(_ kind: Verdict.Kind) -> [Item] { items.filter { $0.verdict.kind == kind } }

    /// The plan for `returns` (each file's name and facts, in inbox order) against `existing`.
    /// `period`: merge only the facts whose period ends within it. `acceptedSuspects`: ids of held
    /// figures a person has confirmed. `revisions`: which conflicts with the dataset to apply.
    public static func make(
        existing: Dataset, returns: [(file: String, facts: RevenueFacts)], period: Period?,
        acceptedSuspects: Set<String> = [], revisions: Revisions = .none
    ) -> MergePlan {
        var known: [FactKey: RevenueFact] = [:]
        for f in existing.revenue { known[f.key] = f }
        var files = returns.map { r in
            FileResult(file: r.file, sender: nil, items: r.facts.map { Item(fact: $0, file: r.file, verdict: .new) })
        }
        markBlank(&files)
        // A revision of an earlier period is a conflict whatever `period`.
        markAgainstDataset(&files, known: known, revisions: revisions)
        markOutside(&files, period: period)
        markAgainstEachOther(&files)
        markSuspects(&files, existing: existing.revenue, accepted: acceptedSuspects)
        markSuspectRevisions(&files, accepted: acceptedSuspects)
        let roster = Dictionary(existing.enterprises.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for i in files.indices { files[i].sender = MergeSender.describe(files[i].items.map(\.fact), roster: roster) }
        return MergePlan(files: files)
    }

    private static func markBlank(_ files: inout [FileResult]) {
        for f in files.indices {
            for i in files[f].items.indices {
                let fact = files[f].items[i].fact
                if fact.revenue == nil && fact.industryRevenue == nil && fact.marketCap == nil && fact.rdExpense == nil
                    && fact.employees == nil
                {
                    files[f].items[i].verdict = .blank
                }
            }
        }
    }

    private static func markOutside(_ files: inout [FileResult], period: Period?) {
        guard let period else { return }
        for f in files.indices {
            for i in files[f].items.indices where files[f].items[i].verdict == .new {
                if !within(files[f].items[i].fact.period, period) { files[f].items[i].verdict = .outsidePeriod }
            }
        }
    }

    /// Whether every figure `new` gives is the one `old` has: a return without a column (a form
    /// asking only 营业收入) says nothing of that figure, so an empty cell is no difference.
    static func agrees(_ new: RevenueFact, with old: RevenueFact) -> Bool {
        func same<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a == nil || a == b }
        return same(new.revenue, old.revenue) && same(new.industryRevenue, old.industryRevenue)
            && same(new.marketCap, old.marketCap) && same(new.rdExpense, old.rdExpense)
            && same(new.employees, old.employees)
    }

    /// Whether `p` ends within `period` (a month or a year to date ending in one of its months).
    static func within(_ p: Period, _ period: Period) -> Bool {
        p.year == period.year && p.lastMonth >= period.firstMonth && p.lastMonth <= period.lastMonth
    }

    private static func markAgainstDataset(
        _ files: inout [FileResult], known: [FactKey: RevenueFact], revisions: Revisions
    ) {
        for f in files.indices {
            for i in files[f].items.indices where files[f].items[i].verdict == .new {
                let fact = files[f].items[i].fact
                guard let old = known[fact.key] else { continue }
                let oldSource = source(of: old, or: "the dataset")
                files[f].items[i].verdict =
                    agrees(fact, with: old)
                    ? .alreadyInDataset
                    : revisions.accepts(files[f].items[i].suspectID)
                        ? .revised(old: old, source: oldSource) : .conflict(other: old, source: oldSource)
            }
        }
    }

    /// The same fact in several returns (new, or revising the dataset's): taken once when they
    /// agree; when they disagree, none is applied and each names the other.
    private static func markAgainstEachOther(_ files: inout [FileResult]) {
        var seen: [FactKey: [(file: Int, item: Int)]] = [:]
        for f in files.indices {
            for i in files[f].items.indices
            where files[f].items[i].verdict == .new || files[f].items[i].verdict.kind == .revised {
                seen[files[f].items[i].fact.key, default: []].append((f, i))
            }
        }
        for places in seen.values where places.count > 1 {
            let first = files[places[0].file].items[places[0].item]
            let agree = places.allSatisfy { files[$0.file].items[$0.item].fact == first.fact }
            for (n, p) in places.enumerated() {
                if agree {
                    if n > 0 { files[p.file].items[p.item].verdict = .repeatedInInbox(firstFile: first.file) }
                } else {
                    let other = places[n == 0 ? 1 : 0]
                    let otherItem = files[other.file].items[other.item]
                    files[p.file].items[p.item].verdict = .conflict(
                        other: otherItem.fact, source: source(of: otherItem.fact, or: otherItem.file))
                }
            }
        }
    }

    /// New figures that jump `UnitJumpChecks.factor` times against the firm's own reports are held.
    private static func markSuspects(_ files: inout [FileResult], existing: RevenueFacts, accepted: Set<String>) {
        var combined = existing
        var candidates: [FactKey: (file: Int, item: Int)] = [:]
        for f in files.indices {
            for i in files[f].items.indices where files[f].items[i].verdict == .new {
                combined.append(files[f].items[i].fact)
                candidates[files[f].items[i].fact.key] = (f, i)
            }
        }
        for finding in UnitJumpChecks.enterpriseFindings(combined) {
            guard let id = finding.enterprise,
                let p = candidates[FactKey(enterprise: id, period: finding.period, basis: finding.basis)]
            else { continue }
            // (A finding at a new fact's enterprise, period and 口径 names that fact's figure: the
            // dataset holds none there.)
            guard !accepted.contains(files[p.file].items[p.item].suspectID) else { continue }
            files[p.file].items[p.item].verdict = .held(reason: finding.message)
        }
    }

    /// A revision whose figure is `UnitJumpChecks.factor` times the one it replaces, or a
    /// thousandth of it, is held like a new one (a correction sent in 元).
    private static func markSuspectRevisions(_ files: inout [FileResult], accepted: Set<String>) {
        for f in files.indices {
            for i in files[f].items.indices {
                guard case .revised(let old, _) = files[f].items[i].verdict,
                    !accepted.contains(files[f].items[i].suspectID)
                else { continue }
                let new = files[f].items[i].fact
                let pairs: [(String, Amount?, Amount?)] = [
                    ("营业收入", new.revenue, old.revenue), ("产业收入", new.industryRevenue, old.industryRevenue),
                    ("市值", new.marketCap, old.marketCap), ("研发投入", new.rdExpense, old.rdExpense)
                ]
                for (name, n, o) in pairs {
                    guard let n, let o, n.fen > 0, o.fen > 0 else { continue }
                    let (big, small) = n.fen >= o.fen ? (n.fen, o.fen) : (o.fen, n.fen)
                    guard big / small >= UnitJumpChecks.factor else { continue }
                    files[f].items[i].verdict = .held(
                        reason:
                            "\(name) \(n.formatted(in: .wan, decimals: 2, grouping: true)) 万元 would revise "
                            + "\(o.formatted(in: .wan, decimals: 2, grouping: true)) 万元, \(big / small)× "
                            + (n.fen > o.fen ? "more (a return in 元 read as 万元?)" : "less (a return in 万元 read as 元?)"))
                    break
                }
            }
        }
    }

    private static func source(of fact: RevenueFact, or fallback: String) -> String {
        guard let o = fact.origin else { return fallback }
        return "\(o.file):\(o.line)"
    }
}
