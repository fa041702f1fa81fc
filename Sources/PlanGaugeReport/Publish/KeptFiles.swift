import Foundation
import PlanGaugeModel

/// Files a user put into a folder PlanGauge publishes (a note beside a period's report, an analysis
/// script in an export folder) survive the next run: each published folder lists what PlanGauge
/// wrote in it (`.plangauge-files`), and what the previous folder holds beyond that list is carried
/// into the new one before the swap. What PlanGauge wrote before and does not write now (the page
/// of a park that is gone) is not carried: the list says it was PlanGauge's.
enum KeptFiles {
    /// The list of the files PlanGauge wrote in a folder, one relative path per line, sorted.
    static let manifestName = ".plangauge-files"

    /// Writes the list of every file now in `folder` (the marker and the list excepted).
    static func writeManifest(in folder: String) throws {
        let lines = files(in: folder).map { $0 + "\n" }.joined()
        try PublishFiles.write(Data(lines.utf8), to: (folder as NSString).appendingPathComponent(manifestName))
    }

    /// Copies into `new` the files of `old` that PlanGauge did not write; returns their relative
    /// paths. A folder without a list (written before lists were kept) holds nothing of the user's
    /// that can be told apart, so nothing is carried. A user's file where the new folder has one
    /// of PlanGauge's stops the run (73): one of the two would be lost.
    static func carryOver(from old: String, into new: String) throws -> [String] {
        guard let listed = manifest(in: old) else { return [] }
        var kept: [String] = []
        for path in files(in: old) where !listed.contains(path) {
            let from = (old as NSString).appendingPathComponent(path),
                to = (new as NSString).appendingPathComponent(path)
            guard PublishFiles.entry(to, followLinks: false) == .missing else {
                throw PublishError.cannotCreate(
                    path: from,
                    reason:
                        "this file is not PlanGauge's, and the new report writes one of the same name; move it elsewhere"
                )
            }
            try PublishFiles.makeFolder((to as NSString).deletingLastPathComponent)
            do {
                try FileManager.default.copyItem(atPath: from, toPath: to)
            } catch {
                throw PublishFiles.failure(error, path: to)
            }
            kept.append(path)
        }
        return kept
    }

    /// The relative paths of the regular files below `folder`, sorted; PlanGauge's marker and list
    /// are left out.
    static func files(in folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var paths: [String] = []
        while let path = walker.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            guard name != OutputMarker.fileName, name != manifestName,
                PublishFiles.entry((folder as NSString).appendingPathComponent(path), followLinks: false) == .file
            else { continue }
            paths.append(path)
        }
        return paths.sorted()
    }

    /// The list in `folder`, or nil when it has none.
    static func manifest(in folder: String) -> Set<String>? {
        guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(manifestName))
        else { return nil }
        return Set(String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init))
    }
}
