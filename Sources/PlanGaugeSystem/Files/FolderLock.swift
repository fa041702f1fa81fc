#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on an output folder: `flock` on the folder itself, so no lock file is left
/// in it and a shell script can take the same lock (`flock DIR command`). Released when the
/// process ends, however it ends, so a killed run never leaves the folder locked.
package final class FolderLock {
    /// Why the lock was not taken.
    package enum Failure: Error, Equatable {
        /// The path is a file, not a folder.
        case notAFolder
        /// The folder could not be opened (`errno`).
        case cannotOpen(Int32)
        /// `flock` failed for another reason than a lock held elsewhere (`errno`).
        case cannotLock(Int32)
        /// Another process kept the lock for the whole wait.
        case heldElsewhere
    }

    private var fd: Int32

    private init(fd: Int32) { self.fd = fd }

    deinit { release() }

    /// Waits up to `wait` seconds for the lock on the folder at `path`, which must exist.
    ///
    /// A run that replaces the folder itself (`export`, `synth`) swaps a new folder into its path,
    /// so a waiter may wake holding the lock of the old, replaced one: it then locks again whatever
    /// the path holds now.
    package static func acquire(_ path: String, wait: Double) throws(Failure) -> FolderLock {
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int64(max(0, wait) * 1000))
        while true {
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else {
                let code = errno
                throw code == ENOTDIR ? .notAFolder : .cannotOpen(code)
            }
            while flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let code = errno
                if code == EINTR { continue }
                guard code == EWOULDBLOCK || code == EAGAIN else {
                    close(fd)
                    throw .cannotLock(code)
                }
                guard clock.now < deadline else {
                    close(fd)
                    throw .heldElsewhere
                }
                usleep(20_000)
            }
            if refersToSameFolder(fd, path) { return FolderLock(fd: fd) }
            close(fd)  // the folder was swapped while we waited: lock the new one
            guard clock.now < deadline else { throw .heldElsewhere }
        }
    }

    /// Unlocks (closing the descriptor drops the `flock`). Safe to call twice.
    package func release() {
        if fd >= 0 { close(fd) }
        fd = -1
    }

    /// Whether the open folder `fd` is still the one at `path`.
    private static func refersToSameFolder(_ fd: Int32, _ path: String) -> Bool {
        var held = stat(), now = stat()
        guard fstat(fd, &held) == 0, stat(path, &now) == 0 else { return false }
        return held.st_dev == now.st_dev && held.st_ino == now.st_ino
    }
}
