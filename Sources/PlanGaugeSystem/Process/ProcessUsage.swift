import Foundation

/// The process's use of memory and processor time, for `PLANGAUGE_TIMINGS`.
package struct ProcessUsage: Sendable {
    /// The most memory resident at once so far, in MiB.
    package var peakMiB: Int
    /// Processor time of all threads so far, user and system, in seconds.
    package var cpuSeconds: Double
    /// Memory resident now, in MiB (0 where /proc/self/statm is missing).
    package var residentMiB: Int

    /// The figures now.
    package static func now() -> ProcessUsage {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return ProcessUsage(peakMiB: Int(usage.ru_maxrss) / 1024, cpuSeconds: cpu, residentMiB: residentMiB())
    }

    /// Resident memory now: the second number of /proc/self/statm, in pages (0 where there is none).
    private static func residentMiB() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let pages = text.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return (pages * Int(sysconf(Int32(_SC_PAGESIZE)))) >> 20
    }
}
