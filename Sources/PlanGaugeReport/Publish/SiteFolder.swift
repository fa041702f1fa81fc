import Foundation
import PlanGaugeModel

/// The site folder's own files: reading the published periods back and writing the index and
/// `latest/` built from them. Callers hold the site folder's lock.
enum SiteFolder {
    /// Rebuilds `index.html`, `index.md` and `latest/` of the site folder `root`.
    static func refreshIndex(_ root: String) throws {
        let index = SiteIndex.build(periods(in: root))
        for (name, data) in index.root.sorted(by: { $0.key < $1.key }) {
            try replaceFile((root as NSString).appendingPathComponent(name), with: data)
        }
        guard let latest = index.latest else { return }
        let path = (root as NSString).appendingPathComponent(SiteIndex.latestFolder)
        try OutputFolder.checkReplaceable(path, kind: .latest, shown: path, followLinks: false)
        try StagedSwap.publish(parent: root, name: SiteIndex.latestFolder, kind: .latest) {
            try PublishFiles.write(latest, into: $0)
        }
    }

    /// Every published period of the site: a folder (not a link) with PlanGauge's period marker
    /// and a `summary.json` that reads. Others (a half-copied folder, the user's) are left out.
    static func periods(in root: String) -> [SitePeriod] {
        (PublishFiles.names(in: root) ?? []).compactMap { name in
            guard !name.hasPrefix("."), name != SiteIndex.latestFolder else { return nil }
            let folder = (root as NSString).appendingPathComponent(name)
            guard PublishFiles.entry(folder, followLinks: false) == .folder, OutputFolder.marker(in: folder) == .period,
                let summary = FileManager.default.contents(
                    atPath: (folder as NSString).appendingPathComponent("summary.json"))
            else { return nil }
            return try? SitePeriod(folder: name, summary: summary)
        }
    }

    /// Writes `data` beside `path` and renames it over, so a reader sees the old file or the new one.
    static func replaceFile(_ path: String, with data: Data) throws {
        let temp = ((path as NSString).deletingLastPathComponent as NSString)
            .appendingPathComponent(StaleFolders.stagingName((path as NSString).lastPathComponent))
        do {
            try PublishFiles.write(data, to: temp)
            try PublishFiles.rename(temp, to: path)
        } catch {
            PublishFiles.remove(temp)
            throw error
        }
    }
}
