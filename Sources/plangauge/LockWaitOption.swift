import ArgumentParser
import PlanGaugeReport

/// `--lock-wait`: how long a run waits while another run writes the same output folder.
struct LockWaitOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Seconds to wait while another plangauge run writes the same output folder, then exit 75 (default 30).",
            valueName: "seconds"))
    var lockWait: Double = FolderPublisher.defaultLockWait

    func validate() throws {
        guard lockWait.isFinite, lockWait >= 0 else {
            throw ValidationError("--lock-wait must be a number of seconds, 0 or more")
        }
    }
}
