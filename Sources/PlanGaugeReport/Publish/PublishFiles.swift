import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system steps of publishing, on POSIX calls so a failure says which path and the
/// system's reason ("No space left on device") instead of a framework's error dump.
enum PublishFiles {
    enum Entry: Equatable { case missing, folder, file, other }

    /// What is at `path`; with `followLinks` false a symbolic link is `.other`, whatever it points to.
    static func entry(_ path: String, followLinks: Bool = true) -> Entry {
        var s = stat()
        let r = followLinks ? stat(path, &s) : lstat(path, &s)
        guard r == 0 else { return .missing }
        switch s.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// The names in a folder, sorted (nil when it cannot be read).
    static func names(in folder: String) -> [String]? {
        (try? FileManager.default.contentsOfDirectory(atPath: folder))?.sorted()
    }

    /// Creates `path` and any missing parents; a folder already there is fine.
    static func makeFolder(_ path: String) throws {
        if mkdir(path, 0o755) == 0 { return }
        let code = errno
        switch code {
        case EEXIST:
            guard entry(path) == .folder else { throw PublishError.notAFolder(path: path) }
        case ENOENT:
            let parent = (path as NSString).deletingLastPathComponent
            guard !parent.isEmpty, parent != path else {
                throw PublishError.cannotCreate(path: path, reason: reason(code))
            }
            try makeFolder(parent)
            if mkdir(path, 0o755) != 0 && !(errno == EEXIST && entry(path) == .folder) {
                throw PublishError.cannotCreate(path: path, reason: reason(errno))
            }
        case ENOTDIR:
            throw PublishError.cannotCreate(path: path, reason: "a part of the path is a file, not a folder")
        default:
            throw PublishError.cannotCreate(path: path, reason: reason(code))
        }
    }

    /// Writes `bytes` as a new file at `path` (replacing a file there), all of it or an error.
    static func write(_ bytes: some ContiguousBytes, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let code = errno
            // Permission, read-only file system, a folder in the way: the file cannot be created.
            if [EACCES, EPERM, EROFS, EISDIR, ENOTDIR, ENOENT].contains(code) {
                throw PublishError.cannotCreate(path: path, reason: reason(code))
            }
            throw PublishError.ioFailure(path: path, reason: reason(code))
        }
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += n
            }
        }
        // close reports delayed write errors on some file systems (NFS): it counts too.
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw PublishError.ioFailure(path: path, reason: reason(failure)) }
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
        if systemRename(from, to) != 0 { throw PublishError.cannotCreate(path: to, reason: reason(errno)) }
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
    static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

// The C calls, at file scope where `PublishFiles`' own `write` and `rename` do not hide them.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
private func systemRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }
