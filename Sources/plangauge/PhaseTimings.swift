import Foundation

/// Wall time per phase on standard error when `PLANGAUGE_TIMINGS` is set: the benchmark's
/// breakdown of where a run spends its time. Off by default, and never in any output file.
enum PhaseTimings {
    nonisolated(unsafe) private static var last = processStart
    private static let processStart = DispatchTime.now()
    private static let enabled = ProcessInfo.processInfo.environment["PLANGAUGE_TIMINGS"] != nil

    /// Ends the phase running since the previous mark (or the start) and names it.
    static func mark(_ phase: String) {
        guard enabled else { return }
        let since = last                                    // read first: a static starts on first use
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds &- since.uptimeNanoseconds) / 1e9
        FileHandle.standardError.write(Data("timing: \(phase) \(String(format: "%.3f", seconds)) s\n".utf8))
        last = now
    }
}
