import Foundation
import PlanGaugeModel

/// Whether a folder is PlanGauge's to replace: it is missing, empty, or carries PlanGauge's marker
/// of the right kind. Anything else is the user's and is refused before a byte is written.
enum OutputFolder {
    enum State: Equatable {
        case missing
        /// A file, a link (inside a site) or a device where a folder is wanted.
        case notAFolder
        case empty
        case ours(OutputMarker.Kind)
        /// Entries and no marker: the first few names, for the message.
        case foreign([String])
    }

    /// What `path` is; `followLinks` false for entries inside a folder PlanGauge owns, so a link
    /// there is never followed to replace what it points at.
    static func state(_ path: String, followLinks: Bool = true) -> State {
        switch PublishFiles.entry(path, followLinks: followLinks) {
        case .missing: return .missing
        case .file, .other: return .notAFolder
        case .folder: break
        }
        if let kind = marker(in: path) { return .ours(kind) }
        let names = PublishFiles.names(in: path) ?? [OutputMarker.fileName]
        return names.isEmpty ? .empty : .foreign(Array(names.prefix(PublishError.sampleSize)))
    }

    /// The kind named by the folder's marker, or nil when it has none (or not a PlanGauge one).
    static func marker(in folder: String) -> OutputMarker.Kind? {
        let path = (folder as NSString).appendingPathComponent(OutputMarker.fileName)
        guard PublishFiles.entry(path, followLinks: false) == .file,
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: 256) else { return nil }
        return OutputMarker.kind(of: Array(data))
    }

    /// Throws unless the folder at `path` may be replaced by a folder of `kind`. `shown` is the
    /// path as the user named it, for the message.
    static func checkReplaceable(_ path: String, kind: OutputMarker.Kind, shown: String, followLinks: Bool = true)
        throws
    {
        switch state(path, followLinks: followLinks) {
        case .missing, .empty: return
        case .ours(let found) where found == kind: return
        case .ours(let found): throw PublishError.wrongKind(path: shown, found: found, wanted: kind)
        case .notAFolder: throw PublishError.notAFolder(path: shown)
        case .foreign(let sample): throw PublishError.foreignFolder(path: shown, sample: sample, kind: kind)
        }
    }

    /// Makes the existing folder at `path` PlanGauge's `kind` folder: checks it may be, then writes
    /// the marker when it has none (a new or empty folder).
    static func claim(_ path: String, kind: OutputMarker.Kind, shown: String) throws {
        try checkReplaceable(path, kind: kind, shown: shown)
        if marker(in: path) == nil { try writeMarker(kind, in: path) }
    }

    static func writeMarker(_ kind: OutputMarker.Kind, in folder: String) throws {
        try PublishFiles.write(
            OutputMarker.contents(kind), to: (folder as NSString).appendingPathComponent(OutputMarker.fileName))
    }
}
