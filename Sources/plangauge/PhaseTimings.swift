import Foundation
import PlanGaugeSystem
import Synchronization

/// Wall time per phase, with the memory in use and the peak so far, on standard error when
/// `PLANGAUGE_TIMINGS` is set: the benchmark's breakdown of where a run spends its time and memory.
/// Off by default, and never in any output file.
enum PhaseTimings {
    /// When the last phase ended, and the processor time then.
    private static let last = Mutex((wall: processStart, cpu: 0.0))
    private static let processStart = DispatchTime.now()
    static let enabled = ProcessInfo.processInfo.environment["PLANGAUGE_TIMINGS"] != nil

    /// Ends the phase running since the previous mark (or the start) and names it.
    static func mark(_ phase: String) {
        guard enabled else { return }
        let (since, lastCPU) = last.withLock { $0 }  // read first: a static starts on first use
        let now = DispatchTime.now()
        // CPU time of all threads: beside the wall time it shows how well a phase keeps the cores busy.
        let usage = ProcessUsage.now()
        last.withLock { $0 = (now, usage.cpuSeconds) }
        let seconds = Double(now.uptimeNanoseconds &- since.uptimeNanoseconds) / 1e9
        FileHandle.standardError.write(
            Data(
                "timing: \(phase) \(String(format: "%.3f", seconds)) s, \(String(format: "%.3f", usage.cpuSeconds - lastCPU)) s CPU, \(usage.residentMiB) MiB resident, \(usage.peakMiB) MiB peak\n"
                    .utf8))
    }
}
