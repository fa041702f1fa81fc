import Foundation
import PlanGaugeSystem
import PlanGaugeModel

/// An error a command throws to end the run with `exitStatus`; the entry point writes `message`
/// on stderr as it is (one or more complete lines, usually starting `plangauge: `).
struct CommandFailure: ExitStatusError {
    var exitStatus: ExitStatus
    var message: String

    init(_ status: ExitStatus, _ message: String) {
        self.exitStatus = status
        self.message = message
    }

    var description: String { message }
}

/// File-system errors as exit statuses and plain messages: `cannot create Reports/2026Q3:
/// permission denied` (73), never Foundation's `Error Domain=NSCocoaErrorDomain Code=513 …` dump.
enum ExitStatusMapping {
    /// The status and message for a Foundation or POSIX file error; nil for any other error.
    /// `doing`: what the run was doing, for an error that names no file (`write --summary-json x`).
    static func failure(for error: Error, doing: String? = nil) -> ExitStatusError? {
        if let known = error as? ExitStatusError { return known }
        let ns = error as NSError
        switch ns.domain {
        case NSCocoaErrorDomain: return cocoa(ns, doing: doing)
        case NSPOSIXErrorDomain: return posix(Int32(ns.code), path: path(of: ns), doing: doing)
        default: return nil
        }
    }

    private static func cocoa(_ ns: NSError, doing: String?) -> ExitStatusError? {
        let code = ns.code
        let underlying = (ns.userInfo[NSUnderlyingErrorKey] as? Error).map { $0 as NSError }
            .flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
        // Reading errors are the loader's (66 or a diagnostic); what reaches here is mostly output,
        // so the ambiguous `fileNoSuchFile` (a missing parent folder when writing) counts as a write.
        let isRead = (CocoaError.fileReadUnknown.rawValue...CocoaError.fileReadTooLarge.rawValue).contains(code)
        let isWrite =
            code == CocoaError.fileNoSuchFile.rawValue
            || (CocoaError.fileWriteUnknown.rawValue...CocoaError.fileWriteVolumeReadOnly.rawValue).contains(code)
        guard isRead || isWrite else { return nil }
        if let underlying { return posix(underlying, path: path(of: ns), doing: doing, reading: isRead) }
        let (status, reason): (ExitStatus, String) =
            switch CocoaError.Code(rawValue: code) {
            case .fileNoSuchFile, .fileReadNoSuchFile: (isRead ? .noInput : .cannotCreate, "no such file or folder")
            case .fileReadNoPermission: (.noInput, "permission denied")
            case .fileWriteNoPermission: (.cannotCreate, "permission denied")
            case .fileWriteVolumeReadOnly: (.cannotCreate, "read-only file system")
            case .fileWriteOutOfSpace: (.ioError, "no space left on device")
            case .fileWriteFileExists: (.cannotCreate, "a file of that name is in the way")
            case .fileWriteInvalidFileName, .fileReadInvalidFileName:
                (isRead ? .noInput : .cannotCreate, "not a valid file name")
            default: (isRead ? .ioError : .cannotCreate, isRead ? "read error" : "write error")
            }
        return CommandFailure(status, line(verb(status, reading: isRead), path(of: ns), doing: doing, reason))
    }

    /// An errno: what cannot be created (73), was not there to read (66), or failed part-way (74).
    private static func posix(_ code: Int32, path: String?, doing: String?, reading: Bool = false) -> ExitStatusError {
        let status: ExitStatus
        switch code {
        case ENOSPC, EDQUOT, EIO, EPIPE, EFBIG: status = .ioError
        case ENOENT where reading, EACCES where reading: status = .noInput
        case EACCES, EPERM, EROFS, EEXIST, ENOTDIR, EISDIR, ENOENT, ENAMETOOLONG, ELOOP, EXDEV, ENOTEMPTY:
            status = reading ? .ioError : .cannotCreate
        default: status = .ioError
        }
        return CommandFailure(status, line(verb(status, reading: reading), path, doing: doing, reasonText(code)))
    }

    private static func verb(_ status: ExitStatus, reading: Bool) -> String {
        reading ? "cannot read" : status == .cannotCreate ? "cannot create" : "cannot write"
    }

    /// `plangauge: cannot create Reports/2026Q3: permission denied`.
    private static func line(_ verb: String, _ path: String?, doing: String?, _ reason: String) -> String {
        let what = path.map { "\(verb) \(Locations.display($0))" } ?? doing.map { "cannot \($0)" } ?? verb
        return "plangauge: \(what): \(reason)"
    }

    /// `strerror` starting in lower case (`permission denied`), as the other messages are written.
    static func reasonText(_ code: Int32) -> String { SystemFiles.reason(code) }

    private static func path(of ns: NSError) -> String? {
        if let p = ns.userInfo[NSFilePathErrorKey] as? String { return p }
        if let url = ns.userInfo[NSURLErrorKey] as? URL { return url.path }
        return nil
    }
}
