import Foundation

/// Wall time per phase, with the memory in use and the peak so far, on standard error when
/// `PLANGAUGE_TIMINGS` is set: the benchmark's breakdown of where a run spends its time and memory.
/// Off by default, and never in any output file.
enum PhaseTimings {
    nonisolated(unsafe) private static var last = processStart
    nonisolated(unsafe) private static var lastCPU = 0.0
    private static let processStart = DispatchTime.now()
    static let enabled = ProcessInfo.processInfo.environment["PLANGAUGE_TIMINGS"] != nil

    /// Ends the phase running since the previous mark (or the start) and names it.
    static func mark(_ phase: String) {
        guard enabled else { return }
        let since = last  // read first: a static starts on first use
        let now = DispatchTime.now()
        let seconds = Double(now.uptimeNanoseconds &- since.uptimeNanoseconds) / 1e9
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let peak = Int(usage.ru_maxrss) / 1024  // KiB on Linux
        // CPU time of all threads: beside the wall time it shows how well a phase keeps the cores busy.
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(
                usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        FileHandle.standardError.write(
            Data(
                "timing: \(phase) \(String(format: "%.3f", seconds)) s, \(String(format: "%.3f", cpu - lastCPU)) s CPU, \(residentMiB()) MiB resident, \(peak) MiB peak\n"
                    .utf8))
        last = now
        lastCPU = cpu
    }

    /// Resident memory now: the second number of /proc/self/statm, in pages (0 where there is none).
    private static func residentMiB() -> Int {
        guard let f = fopen("/proc/self/statm", "r") else { return 0 }
        defer { fclose(f) }
        var line = [CChar](repeating: 0, count: 128)
        guard fgets(&line, 128, f) != nil else { return 0 }
        let pages =
            String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).split(separator: " ")
            .dropFirst().first.flatMap { Int($0) } ?? 0
        return (pages * Int(sysconf(Int32(_SC_PAGESIZE)))) >> 20
    }
}
