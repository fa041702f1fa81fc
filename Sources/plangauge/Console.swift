import Foundation
import PlanGaugeSystem
import Synchronization

/// Standard error as the commands write it: notes and warnings, which `--quiet` silences, and the
/// errors that explain a non-zero exit status, which are always written.
///
/// Under `--quiet` file descriptor 2 itself is pointed at /dev/null, so a note written straight to
/// `FileHandle.standardError` anywhere is silenced too; errors go to a duplicate of the original.
final class Console: Sendable {
    static let shared = Console()

    private struct State {
        var errorDescriptor: Int32 = STDERR_FILENO
        var quiet = false
        var warningLines: [String] = []
        var lastErrorText: String?
    }
    private let state = Mutex(State())

    /// Whether `--quiet` is in force.
    static var isQuiet: Bool { shared.state.withLock { $0.quiet } }

    /// The warnings written with `warning` (for the run summary).
    static var warnings: [String] { shared.state.withLock { $0.warningLines } }

    /// The last error written, without its trailing newline (the run summary's message).
    static var lastError: String? { shared.state.withLock { $0.lastErrorText } }

    /// From now on only errors reach standard error.
    static func beQuiet() {
        shared.state.withLock {
            guard !$0.quiet, let saved = Descriptors.silenceStandardError() else { return }
            $0.errorDescriptor = saved
            $0.quiet = true
        }
    }

    /// Accounting, progress notes and other lines a clean run prints; silenced by `--quiet`.
    static func note(_ text: String) {
        ProgressLine.cleared { writeAll(STDERR_FILENO, terminated(text)) }
    }

    /// A warning: written as a note, and counted in the run summary.
    static func warning(_ text: String) {
        shared.state.withLock {
            $0.warningLines.append(contentsOf: terminated(text).split(separator: "\n").map(String.init))
        }
        note(text)
    }

    /// A line that explains why the run fails: written even under `--quiet`.
    static func error(_ text: String) {
        let fd = shared.state.withLock {
            $0.lastErrorText = String(terminated(text).dropLast())
            return $0.errorDescriptor
        }
        ProgressLine.cleared { writeAll(fd, terminated(text)) }
    }

    private static func terminated(_ text: String) -> String { text.hasSuffix("\n") ? text : text + "\n" }

    /// Writes every byte unless the descriptor fails (a failed write to stderr has nowhere to be told).
    static func writeAll(_ fd: Int32, _ text: String) {
        Descriptors.writeAll(fd, Array(text.utf8))
    }
}
