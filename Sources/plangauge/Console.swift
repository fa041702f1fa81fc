import Foundation

/// Standard error as the commands write it: notes and warnings, which `--quiet` silences, and the
/// errors that explain a non-zero exit status, which are always written.
///
/// Under `--quiet` file descriptor 2 itself is pointed at /dev/null, so a note written straight to
/// `FileHandle.standardError` anywhere is silenced too; errors go to a duplicate of the original.
final class Console: @unchecked Sendable {
    static let shared = Console()

    private let lock = NSLock()
    private var errorDescriptor: Int32 = STDERR_FILENO
    private var quiet = false
    private var warningLines: [String] = []
    private var lastErrorText: String?

    /// Whether `--quiet` is in force.
    static var isQuiet: Bool { shared.lock.withLock { shared.quiet } }

    /// The warnings written with `warning` (for the run summary).
    static var warnings: [String] { shared.lock.withLock { shared.warningLines } }

    /// The last error written, without its trailing newline (the run summary's message).
    static var lastError: String? { shared.lock.withLock { shared.lastErrorText } }

    /// From now on only errors reach standard error.
    static func beQuiet() {
        shared.lock.withLock {
            guard !shared.quiet else { return }
            let saved = dup(STDERR_FILENO)
            let null = open("/dev/null", O_WRONLY)
            guard saved >= 0, null >= 0 else { return }
            dup2(null, STDERR_FILENO)
            close(null)
            shared.errorDescriptor = saved
            shared.quiet = true
        }
    }

    /// Accounting, progress notes and other lines a clean run prints; silenced by `--quiet`.
    static func note(_ text: String) {
        ProgressLine.cleared { writeAll(STDERR_FILENO, terminated(text)) }
    }

    /// A warning: written as a note, and counted in the run summary.
    static func warning(_ text: String) {
        shared.lock.withLock {
            shared.warningLines.append(contentsOf: terminated(text).split(separator: "\n").map(String.init))
        }
        note(text)
    }

    /// A line that explains why the run fails: written even under `--quiet`.
    static func error(_ text: String) {
        let fd = shared.lock.withLock {
            shared.lastErrorText = String(terminated(text).dropLast())
            return shared.errorDescriptor
        }
        ProgressLine.cleared { writeAll(fd, terminated(text)) }
    }

    private static func terminated(_ text: String) -> String { text.hasSuffix("\n") ? text : text + "\n" }

    /// Writes every byte unless the descriptor fails (a failed write to stderr has nowhere to be told).
    static func writeAll(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            bytes = bytes.dropFirst(n)
        }
    }
}
