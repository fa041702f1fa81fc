import Foundation
import PlanGaugeSystem
import PlanGaugeModel

/// Publishes one period's dashboards into a site folder (`report --out`), safely for scripts:
/// - the site folder is PlanGauge's (its `.plangauge` marker), new or empty: a folder of the
///   user's is refused (`PublishError`, exit 73) before anything is written;
/// - one run at a time per site folder (a lock on it; a second run waits up to `lockWait` seconds,
///   then exits 75);
/// - the period folder is written under a hidden name and swapped in with one rename, so a
///   reader sees the previous report or the new one, never a missing page, and a failed or
///   killed run leaves the previous report untouched (its leftovers are removed by the next run);
/// - the site's `index.html`, `index.md` and `latest/` are then rebuilt from every published period.
public enum ReportWriter {
    /// Writes `files` as `<out>/<name>` and refreshes the site index; returns the period folder's path.
    public static func write(
        _ files: [String: Data], to out: String, name: String,
        lockWait: Double = FolderPublisher.defaultLockWait
    ) throws -> String {
        guard !name.isEmpty, !name.hasPrefix("."), !name.contains("/"), name != SiteIndex.latestFolder else {
            throw PublishError.cannotCreate(
                path: (out as NSString).appendingPathComponent(name), reason: "not a period folder name")
        }
        let root = (out as NSString).standardizingPath
        switch OutputFolder.state(root) {
        case .notAFolder: throw PublishError.notAFolder(path: out)
        case .missing: try PublishFiles.makeFolder(root)
        default: break
        }
        let lock = try FolderLock.acquire(root, wait: lockWait, shown: out)
        defer { lock.release() }
        try OutputFolder.claim(root, kind: .site, shown: out)
        StaleFolders.remove(in: root, onlyMarked: false)  // we hold the lock: every one is a killed run's
        let final = (root as NSString).appendingPathComponent(name)
        try OutputFolder.checkReplaceable(final, kind: .period, shown: final, followLinks: false)
        try StagedSwap.publish(parent: root, name: name, kind: .period) { try PublishFiles.write(files, into: $0) }
        try SiteFolder.refreshIndex(root)
        return final
    }
}
