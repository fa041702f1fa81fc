import Dispatch
import Foundation
import PlanGaugeSystem
import Synchronization

/// One line on standard error saying what a long run is doing (`plangauge: reading data (4 files
/// read) 3 s`), rewritten in place. Shown only when standard error is a terminal, not under
/// `--quiet`, and only once the run has taken two seconds: short runs and scripts see nothing.
final class ProgressLine: Sendable {
    static let shared = ProgressLine()

    /// How long a run goes before the line appears.
    static let delay = 2.0

    private struct State {
        var phase: String?
        var filesRead = 0
        var shown = false
        var lastDrawn = ""
        var timer: DispatchSourceTimer?

        /// Clears the line.
        mutating func erase() {
            guard shown else { return }
            Console.writeAll(STDERR_FILENO, "\r\u{1B}[K")
            shown = false
        }
    }
    private let state = Mutex(State())
    private let start = DispatchTime.now()

    /// Starts the ticker when standard error is a terminal and the run is not quiet.
    static func startIfTerminal() {
        guard Descriptors.isTerminal(STDERR_FILENO), !Console.isQuiet else { return }
        shared.state.withLock {
            let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
            timer.schedule(deadline: .now() + delay, repeating: 0.5)
            timer.setEventHandler { shared.draw() }
            $0.timer = timer
            timer.resume()
        }
    }

    /// What the run does now: `reading data`, `assessing`, `writing Reports/2026Q3`.
    static func phase(_ text: String) {
        shared.state.withLock {
            $0.phase = text
            $0.filesRead = 0
        }
    }

    /// One more input file read (called from the reading threads).
    static func fileRead() {
        shared.state.withLock { $0.filesRead += 1 }
    }

    /// Runs `write` with the line taken off the screen, so other output does not land on it; the
    /// ticker draws it again.
    static func cleared(_ write: () -> Void) {
        shared.state.withLock {
            $0.erase()
            write()
        }
    }

    /// Stops the ticker and takes the line off the screen (before the program exits).
    static func stop() {
        shared.state.withLock {
            $0.timer?.cancel()
            $0.timer = nil
            $0.phase = nil
            $0.erase()
        }
    }

    private func draw() {
        state.withLock { s in
            guard s.timer != nil, let phase = s.phase else { return }
            let seconds = Int(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
            let files = s.filesRead > 0 ? " (\(s.filesRead) file\(s.filesRead == 1 ? "" : "s") read)" : ""
            let text = "plangauge: \(phase)\(files)… \(seconds) s"
            guard !s.shown || text != s.lastDrawn else { return }
            Console.writeAll(STDERR_FILENO, "\r\(text)\u{1B}[K")
            s.lastDrawn = text
            s.shown = true
        }
    }
}
