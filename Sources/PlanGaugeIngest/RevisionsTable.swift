import Foundation
import PlanGaugeModel

/// A line of `revisions.csv` as the loader uses it: the fact revised and the file now holding it.
struct RevisionLine {
    var key: UInt64
    var line: Int
    var file: String
    var fact: String
}

extension DatasetLoader {
    /// Reads revisions.csv (after enterprises.csv, before the revenue files): for each fact it names,
    /// the revenue file whose row is used from then on. A line naming a file the dataset has not
    /// got is rejected, and the old figure stays in use.
    func readRevisions(_ path: String, revenueFiles: [String]) throws {
        let names = Set(revenueFiles.map { ($0 as NSString).lastPathComponent })
        revisionLines = try table(path, "revisions", RevisionColumn.self) { row -> RevisionLine? in
            let id = row.uscc(.id)
            let label = row.periodLabel(.period)
            let written = row.basis(.basis)
            let file = row.text(.nowIn)
            if let file, !names.contains(file) {
                row.error(
                    .nowIn, "no revenue file of the dataset has this name, so the figure is not revised", value: file,
                    expected: "the name of one of the dataset's revenue files (revenue….csv)")
            }
            let place = enterprisePlace(id, .id, in: &row)
            guard let id, let label, let file, let place, !row.hasError else { return nil }
            let basis = label.impliedBasis ?? written ?? .period
            return RevisionLine(
                key: FactSlots.key(number: Int32(place), period: label.period, basis: basis), line: row.line,
                file: file, fact: "\(id.code) \(label.period) \(basis.chineseName)")
        }
        for r in revisionLines { revisedFacts.set(r.key, heldBy: r.file) }
    }

    /// Once every revenue file is read: an error for each revision whose row in use was not found
    /// (removed from its file, or rejected there), since the rows it replaced were not used either.
    func checkRevisionsFound(_ path: String) {
        let missing = revisionLines.filter { !revisedFacts.found.contains($0.key) }
        guard !missing.isEmpty else { return }
        let shown = display(path), number = FileNames.shared.number(of: shown)
        let sheet = FileNames.shared.sheet(number)
        for r in missing {
            log.add(
                Diagnostic(
                    file: shown, line: FileNames.shared.place(number, line: r.line), column: 0, severity: .error,
                    message:
                        "\(r.file) holds no accepted row for \(r.fact): the revised figure is missing, and the rows it replaced are not used either",
                    expected: "the revised row back in \(r.file), or this line removed to use the old figure again",
                    sheet: sheet))
        }
        if let i = files.lastIndex(where: { $0.file == shown }) { files[i].errors += missing.count }
    }
}
