import Foundation
import PlanGaugeSystem

/// The file-system steps of publishing, on POSIX calls (`SystemFiles`) so a failure says which
/// path and the system's reason ("No space left on device") instead of a framework's error dump.
enum PublishFiles {
    typealias Entry = SystemFiles.Entry

    /// What is at `path`; with `followLinks` false a symbolic link is `.other`, whatever it points to.
    static func entry(_ path: String, followLinks: Bool = true) -> Entry {
        SystemFiles.entry(path, followLinks: followLinks)
    }

    /// The names in a folder, sorted (nil when it cannot be read).
    static func names(in folder: String) -> [String]? {
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted()
    }

    /// Creates `path` and any missing parents; a folder already there is fine.
    static func makeFolder(_ path: String) throws {
        let code = SystemFiles.makeFolder(path)
        switch code {
        case 0: return
        case EEXIST:
            guard entry(path) == .folder else { throw PublishError.notAFolder(path: path) }
        case ENOENT:
            let parent = (path as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != path else {
                throw PublishError.cannotCreate(path: path, reason: reason(code))
            }
            try makeFolder(parent)
            let again = SystemFiles.makeFolder(path)
            if again != 0 && !(again == EEXIST && entry(path) == .folder) {
                throw PublishError.cannotCreate(path: path, reason: reason(again))
            }
        case ENOTDIR:
            throw PublishError.cannotCreate(path: path, reason: "a part of the path is a file, not a folder")
        default:
            throw PublishError.cannotCreate(path: path, reason: reason(code))
        }
    }

    /// Writes `bytes` as a new file at `path` (replacing a file there), all of it or an error.
    static func write(_ bytes: some ContiguousBytes, to path: String) throws {
        switch SystemFiles.write(bytes, to: path) {
        case nil: return
        case .open(let code)?:
            // Permission, read-only file system, a folder in the way: the file cannot be created.
            if [EACCES, EPERM, EROFS, EISDIR, ENOTDIR, ENOENT].contains(code) {
                throw PublishError.cannotCreate(path: path, reason: reason(code))
            }
            throw PublishError.ioFailure(path: path, reason: reason(code))
        case .write(let code)?:
            throw PublishError.ioFailure(path: path, reason: reason(code))
        }
    }

    /// Writes `files` (paths relative to `folder`, made of slugs) into `folder`, creating subfolders.
    static func write(_ files: [String: Data], into folder: String) throws {
        for (relative, data) in files.sorted(by: { $0.key < $1.key }) {
            guard !relative.split(separator: "/").contains(".."), !relative.hasPrefix("/"), !relative.isEmpty else {
                throw PublishError.cannotCreate(path: relative, reason: "an output path must stay inside its folder")
            }
            let path = (folder as NSString).appendingPathComponent(relative)
            try makeFolder((path as NSString).deletingLastPathComponent)
            try write(data, to: path)
        }
    }

    /// Renames `from` to `to` (replacing a file at `to`), or an error naming `to`.
    static func rename(_ from: String, to: String) throws {
        let code = SystemFiles.rename(from, to: to)
        if code != 0 { throw PublishError.cannotCreate(path: to, reason: reason(code)) }
    }

    /// Removes a file or a whole folder; gone already is fine (another run may be cleaning too).
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Any error as a publishing failure of `path`: a `PublishError` as it is, a Foundation error by
    /// the system's reason underneath it rather than its dump.
    static func failure(_ error: any Error, path: String) -> PublishError {
        if let e = error as? PublishError { return e }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return .ioFailure(path: path, reason: reason(Int32(ns.code))) }
        if let under = ns.userInfo[NSUnderlyingErrorKey] as? NSError, under.domain == NSPOSIXErrorDomain {
            return .ioFailure(path: path, reason: reason(Int32(under.code)))
        }
        return .ioFailure(path: path, reason: ns.localizedDescription)
    }

    /// The system's words for `errno` `code`, starting in lower case as the other messages do
    /// (`permission denied`, `no space left on device`).
    static func reason(_ code: Int32) -> String { SystemFiles.reason(code) }
}

extension FolderLock {
    /// Waits up to `wait` seconds for the lock on the folder at `path`, which must exist; `shown` is
    /// the folder as the user named it, for the messages.
    static func acquire(_ path: String, wait: Double, shown: String) throws -> FolderLock {
        do {
            return try acquire(path, wait: wait)
        } catch .notAFolder {
            throw PublishError.notAFolder(path: shown)
        } catch .cannotOpen(let code) {
            throw PublishError.cannotCreate(path: shown, reason: PublishFiles.reason(code))
        } catch .cannotLock(let code) {
            throw PublishError.ioFailure(path: shown, reason: "cannot lock: " + PublishFiles.reason(code))
        } catch .heldElsewhere {
            throw PublishError.locked(path: shown, seconds: max(0, wait))
        }
    }
}
