import Foundation
import PlanGaugeSystem

/// Standard output as a product: everything `print` wrote is flushed and checked before the
/// program exits, so a full disk or `/dev/full` is exit status 74, not a truncated file and 0.
enum StandardOutput {
    /// Flushes stdout. Returns why the output is incomplete when a write failed now or earlier
    /// (the stream's error flag stays set after a failed buffer flush in the middle of the run).
    static func flush() -> CommandFailure? {
        StandardOutputStream.flush().map(failure)
    }

    private static func failure(_ code: Int32) -> CommandFailure {
        let reason = code != 0 ? ExitStatusMapping.reasonText(code) : "a write failed"
        return CommandFailure(
            .ioError, "plangauge: cannot write to standard output: \(reason); the output is incomplete")
    }
}
