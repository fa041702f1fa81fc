import Foundation
import PlanGaugeSystem
import PlanGaugeModel

/// A new folder is written beside its place under a hidden name, then swapped in with one rename:
/// a reader sees the whole previous folder or the whole new one, never a mix and never nothing,
/// and a run that fails or is killed leaves the previous folder as it was. Files the user put in
/// the previous folder are carried into the new one (`KeptFiles`).
///
/// Callers hold the lock covering the folder and have checked that it may be replaced.
enum StagedSwap {
    /// Writes `parent/name` anew: a staging folder `.name.partial-<pid>` gets the marker of `kind`,
    /// then whatever `fill` writes into it, and replaces the folder in one step.
    static func publish(parent: String, name: String, kind: OutputMarker.Kind, fill: (String) throws -> Void) throws {
        let final = (parent as NSString).appendingPathComponent(name)
        let staging = (parent as NSString).appendingPathComponent(StaleFolders.stagingName(name))
        PublishFiles.remove(staging)  // a leftover of an earlier run with our pid
        do {
            try PublishFiles.makeFolder(staging)
            try OutputFolder.writeMarker(kind, in: staging)
            try fill(staging)
            try KeptFiles.writeManifest(in: staging)
            if PublishFiles.entry(final, followLinks: false) == .folder {
                _ = try KeptFiles.carryOver(from: final, into: staging)
            }
            try swapIn(staging, final: final, oldName: StaleFolders.oldName(name, in: parent))
        } catch {
            PublishFiles.remove(staging)
            // Messages name the folder being published, not its hidden staging name.
            throw PublishFiles.failure(error, path: final).movingPath(from: staging, to: final)
        }
    }

    /// Puts the folder `staging` at `final`. With a folder at `final`, the two are exchanged in one
    /// step and the previous one (now at `staging`) removed; where the system cannot exchange, it
    /// falls back to two renames through `oldName` (a reader may then miss the folder briefly).
    static func swapIn(_ staging: String, final: String, oldName old: String) throws {
        if PublishFiles.entry(final, followLinks: false) == .missing {
            try PublishFiles.rename(staging, to: final)
            return
        }
        let code = RenameExchange.exchange(staging, final)
        if code == 0 {
            PublishFiles.remove(staging)
            return
        }
        guard RenameExchange.isUnsupported(code) else {
            throw PublishError.cannotCreate(path: final, reason: PublishFiles.reason(code))
        }
        PublishFiles.remove(old)
        try PublishFiles.rename(final, to: old)
        do {
            try PublishFiles.rename(staging, to: final)
        } catch {
            try? PublishFiles.rename(old, to: final)
            throw error
        }
        PublishFiles.remove(old)
    }
}

/// The hidden names of a folder being written (`.NAME.partial-<pid>`) or replaced
/// (`.NAME.old-<pid>`), and their removal once the run that made them is gone.
enum StaleFolders {
    static func stagingName(_ name: String) -> String { ".\(name).partial-\(getpid())" }

    static func oldName(_ name: String, in parent: String) -> String {
        (parent as NSString).appendingPathComponent(".\(name).old-\(getpid())")
    }

    /// The NAME of a staging or old entry, or nil for any other name.
    static func target(of entry: String) -> String? {
        guard entry.hasPrefix("."), let dash = entry.lastIndex(of: "-") else { return nil }
        let pid = entry[entry.index(after: dash)...]
        guard !pid.isEmpty, pid.allSatisfy(\.isASCII), pid.allSatisfy(\.isNumber) else { return nil }
        let stem = entry[entry.index(after: entry.startIndex)..<dash]
        for suffix in [".partial", ".old"] where stem.hasSuffix(suffix) && stem.count > suffix.count {
            return String(stem.dropLast(suffix.count))
        }
        return nil
    }

    /// Removes the staging and old entries in `parent` (of `name` only, when given). Callers hold
    /// the lock covering them, so no live run is writing any: every one is a killed run's leftover.
    /// In a folder PlanGauge does not own (`onlyMarked`), only folders carrying PlanGauge's marker
    /// or empty ones are removed, so a user's file that merely looks like one is kept.
    static func remove(in parent: String, name: String? = nil, onlyMarked: Bool) {
        for entry in PublishFiles.names(in: parent) ?? [] {
            guard let target = target(of: entry), name == nil || target == name else { continue }
            let path = (parent as NSString).appendingPathComponent(entry)
            if onlyMarked {
                guard PublishFiles.entry(path, followLinks: false) == .folder else { continue }
                let state = OutputFolder.state(path, followLinks: false)
                guard state == .empty || OutputFolder.marker(in: path) != nil else { continue }
            }
            PublishFiles.remove(path)
        }
    }
}
