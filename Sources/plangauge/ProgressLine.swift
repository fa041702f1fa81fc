import Dispatch
import Foundation

/// One line on standard error saying what a long run is doing (`plangauge: reading data (4 files
/// read) 3 s`), rewritten in place. Shown only when standard error is a terminal, not under
/// `--quiet`, and only once the run has taken two seconds: short runs and scripts see nothing.
final class ProgressLine: @unchecked Sendable {
    static let shared = ProgressLine()

    /// How long a run goes before the line appears.
    static let delay = 2.0

    private let lock = NSLock()
    private var phase: String?
    private var filesRead = 0
    private var shown = false
    private var lastDrawn = ""
    private var timer: DispatchSourceTimer?
    private let start = DispatchTime.now()

    /// Starts the ticker when standard error is a terminal and the run is not quiet.
    static func startIfTerminal() {
        guard isatty(STDERR_FILENO) == 1, !Console.isQuiet else { return }
        let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
        timer.schedule(deadline: .now() + delay, repeating: 0.5)
        timer.setEventHandler { shared.draw() }
        shared.lock.withLock { shared.timer = timer }
        timer.resume()
    }

    /// What the run does now: `reading data`, `assessing`, `writing Reports/2026Q3`.
    static func phase(_ text: String) {
        shared.lock.withLock {
            shared.phase = text
            shared.filesRead = 0
        }
    }

    /// One more input file read (called from the reading threads).
    static func fileRead() {
        shared.lock.withLock { shared.filesRead += 1 }
    }

    /// Runs `write` with the line taken off the screen, so other output does not land on it; the
    /// ticker draws it again.
    static func cleared(_ write: () -> Void) {
        shared.lock.withLock {
            shared.erase()
            write()
        }
    }

    /// Stops the ticker and takes the line off the screen (before the program exits).
    static func stop() {
        shared.lock.withLock {
            shared.timer?.cancel()
            shared.timer = nil
            shared.phase = nil
            shared.erase()
        }
    }

    private func draw() {
        lock.withLock {
            guard timer != nil, let phase else { return }
            let seconds = Int(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
            let files = filesRead > 0 ? " (\(filesRead) file\(filesRead == 1 ? "" : "s") read)" : ""
            let text = "plangauge: \(phase)\(files)… \(seconds) s"
            guard !shown || text != lastDrawn else { return }
            Console.writeAll(STDERR_FILENO, "\r\(text)\u{1B}[K")
            lastDrawn = text
            shown = true
        }
    }

    /// Clears the line; call with the lock held.
    private func erase() {
        guard shown else { return }
        Console.writeAll(STDERR_FILENO, "\r\u{1B}[K")
        shown = false
    }
}
