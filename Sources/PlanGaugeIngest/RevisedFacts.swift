import PlanGaugeModel

/// The facts `revisions.csv` says a merge revised, each with the revenue file whose row now holds
/// it: a row for the same firm, period and 口径 in any other file is superseded (skipped, never
/// summed), so every analysis uses the revised figures while the old row stays where it was.
struct RevisedFacts {
    /// Fact key (`FactSlots.key`) → the file name (no folder) holding the row in use.
    private var holder: [UInt64: String] = [:]
    /// The file being read, without its folder.
    var file = ""
    /// Keys whose row in use has been read (from the file named).
    private(set) var found: Set<UInt64> = []

    var isEmpty: Bool { holder.isEmpty }

    /// Records that `file` holds the fact `key` from now on (a later line of the log wins).
    mutating func set(_ key: UInt64, heldBy file: String) { holder[key] = file }

    /// Whether `fact`, read from `file`, is replaced by a row of another file; notes a row in use.
    mutating func supersedes(_ fact: NumberedFact) -> Bool {
        let key = FactSlots.key(number: fact.number, period: fact.period, basis: fact.basis)
        guard let holding = holder[key] else { return false }
        if holding == file {
            found.insert(key)
            return false
        }
        return true
    }

    /// Notes the rows in use that `other` (the copy a file was read with) found.
    mutating func merge(foundIn other: RevisedFacts) { found.formUnion(other.found) }
}
