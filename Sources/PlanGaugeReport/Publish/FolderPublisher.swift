import Foundation
import PlanGaugeSystem
import PlanGaugeModel

/// Replaces a whole output folder (`export --out`, `synth --out`) safely: only a folder PlanGauge
/// made (its marker), an empty one or a new one; under the folder's lock; in one step.
public enum FolderPublisher {
    /// How long a run waits for another run's lock on the same folder, unless told otherwise.
    public static let defaultLockWait: Double = 30

    /// Replaces the folder at `path` by one of `kind` holding `files` (paths relative to it).
    /// Returns the folder's path as given, standardized.
    @discardableResult
    public static func replace(
        _ path: String, kind: OutputMarker.Kind, files: [String: Data],
        lockWait: Double = defaultLockWait
    ) throws -> String {
        try replace(path, kind: kind, lockWait: lockWait) { folder in try PublishFiles.write(files, into: folder) }
    }

    /// Replaces the folder at `path` by one of `kind` that `fill` writes (it is handed the new,
    /// still hidden folder). An error thrown by `fill` leaves the previous folder as it was.
    @discardableResult
    public static func replace(
        _ path: String, kind: OutputMarker.Kind, lockWait: Double = defaultLockWait,
        fill: (String) throws -> Void
    ) throws -> String {
        let shown = (path as NSString).standardizingPath
        let target = try absolute(shown)
        let parent = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        guard !name.isEmpty, name != "/", parent != target else {
            throw PublishError.cannotCreate(path: shown, reason: "name a folder below the root")
        }
        try PublishFiles.makeFolder(parent)
        // The lock is taken on the folder itself, so it must exist: a new one is made empty (which
        // counts as PlanGauge's) and removed again if nothing gets written.
        var created = false
        switch OutputFolder.state(target) {
        case .notAFolder: throw PublishError.notAFolder(path: shown)
        case .missing:
            try PublishFiles.makeFolder(target)
            created = true
        default: break
        }
        do {
            let lock = try FolderLock.acquire(target, wait: lockWait, shown: shown)
            defer { lock.release() }
            try OutputFolder.checkReplaceable(target, kind: kind, shown: shown)
            StaleFolders.remove(in: parent, name: name, onlyMarked: true)
            try StagedSwap.publish(parent: parent, name: name, kind: kind, fill: fill)
        } catch {
            if created { SystemFiles.removeEmptyFolder(target) }  // only if still empty
            throw error
        }
        return shown
    }

    /// Throws what writing a folder of `kind` at `path` would be refused with (a user's folder, a
    /// file, a PlanGauge folder of another kind), without locking or writing anything: commands
    /// call it first, so a refusal comes before the long work rather than after it.
    public static func precheck(_ path: String, kind: OutputMarker.Kind) throws {
        try OutputFolder.checkReplaceable((path as NSString).standardizingPath, kind: kind, shown: path)
    }

    /// `path` from the root, with a link at its end followed (the folder it names is the output,
    /// not the link), so the new folder is swapped in where the old one is.
    static func absolute(_ path: String) throws -> String {
        var p =
            path.hasPrefix("/")
            ? path
            : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        p = (p as NSString).standardizingPath
        if PublishFiles.entry(p, followLinks: false) == .other, PublishFiles.entry(p) == .folder {
            p = (p as NSString).resolvingSymlinksInPath
        }
        return p
    }
}
