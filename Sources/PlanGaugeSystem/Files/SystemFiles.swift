import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The file-system calls of the C library that PlanGauge makes, each returning `errno` instead of
/// throwing a framework's error, so the caller can say which path failed and the system's reason.
/// Paths cross to C as strings that live for the call only.
package enum SystemFiles {
    /// What a path names.
    package enum Entry: Equatable {
        /// Nothing there.
        case missing
        /// A folder.
        case folder
        /// A regular file.
        case file
        /// Anything else: a device, a socket, a symbolic link not followed.
        case other
    }

    /// What is at `path`; with `followLinks` false a symbolic link is `.other`, whatever it points to.
    package static func entry(_ path: String, followLinks: Bool = true) -> Entry {
        var s = stat()
        let r = followLinks ? stat(path, &s) : lstat(path, &s)
        guard r == 0 else { return .missing }
        switch s.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return .other
        }
    }

    /// Creates the folder `path` (not its parents): 0, or `errno`.
    package static func makeFolder(_ path: String) -> Int32 {
        mkdir(path, 0o755) == 0 ? 0 : errno
    }

    /// Removes the folder `path` if it is empty: 0, or `errno`.
    @discardableResult
    package static func removeEmptyFolder(_ path: String) -> Int32 {
        rmdir(path) == 0 ? 0 : errno
    }

    /// Renames `from` to `to`, replacing a file at `to`: 0, or `errno`.
    package static func rename(_ from: String, to: String) -> Int32 {
        systemRename(from, to) == 0 ? 0 : errno
    }

    /// How writing a file failed: at `open` (the file could not be created) or later.
    package enum WriteFailure: Error {
        /// `open` failed with this `errno`.
        case open(Int32)
        /// A write or the closing failed with this `errno`.
        case write(Int32)
    }

    /// Writes `bytes` as a new file at `path` (replacing a file there), all of it or a failure.
    package static func write(_ bytes: some ContiguousBytes, to path: String) -> WriteFailure? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return .open(errno) }
        var failure = Descriptors.writeAll(fd, bytes)
        // close reports delayed write errors on some file systems (NFS): it counts too.
        if close(fd) != 0 && failure == 0 { failure = errno }
        return failure == 0 ? nil : .write(failure)
    }

    /// The system's words for `errno` `code`, starting in lower case as PlanGauge's messages do
    /// (`permission denied`, `no space left on device`).
    package static func reason(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

/// Writes to open descriptors.
package enum Descriptors {
    /// Writes every byte to `fd`, again after an interrupted call: 0, or the `errno` of the failure.
    @discardableResult
    package static func writeAll(_ fd: Int32, _ bytes: some ContiguousBytes) -> Int32 {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = systemWrite(fd, raw.baseAddress! + done, raw.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if n == 0 { return EIO }
                done += n
            }
            return 0
        }
    }

    /// Whether `fd` is a terminal.
    package static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }
}

// The C calls, at file scope where the functions above of the same name do not hide them.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buffer, count) }
private func systemRename(_ from: String, _ to: String) -> Int32 { rename(from, to) }

extension Descriptors {
    /// Points standard error at /dev/null and returns a duplicate of the original (for the errors
    /// that must still be written); nil, changing nothing, when either cannot be opened.
    package static func silenceStandardError() -> Int32? {
        let saved = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY)
        guard saved >= 0, null >= 0 else {
            if saved >= 0 { close(saved) }
            if null >= 0 { close(null) }
            return nil
        }
        dup2(null, STDERR_FILENO)
        close(null)
        return saved
    }
}
