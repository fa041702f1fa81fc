import ArgumentParser
import PlanGaugeModel
import PlanGaugeReport
import PlanGaugeSynth

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Generate a deterministic synthetic dataset: the shipped sample, or large ones for benchmarks.",
        discussion: """
            The same arguments always give byte-identical files. The defaults make the shipped sample:
              plangauge synth --out Data/sample
            A benchmark-sized dataset (about 5 million revenue rows):
              plangauge synth --firms 50000 --from 2015Q1 --to 2024Q4 --frequency month --out /tmp/big
            Another city (districts, their 行政区划代码 in the codes, parks; no grants ledger):
              plangauge synth --region 510100 --out /tmp/chengdu
            Regions: \(SynthRegion.all.map { "\($0.code) \($0.name)" }.joined(separator: ", ")).
            """
    )

    @Option(help: "Seed of the random generator.")
    var seed: UInt64 = 2021

    @Option(help: "Number of enterprises.")
    var firms: Int = 300

    @Option(help: "First period (e.g. 2019Q1).")
    var from: String = "2019Q1"

    @Option(help: "Last period (e.g. 2026Q3).")
    var to: String = "2026Q3"

    @Option(help: "Reporting frequency: quarter or month.")
    var frequency: String = "quarter"

    @Option(
        help: "City by 行政区划代码 (310000 Shanghai, the default; 110000, 330100, 440300, 510100) or name (chengdu, 成都).")
    var region: String = SynthRegion.shanghai.code

    @Option(
        help:
            "Output folder (replaced only once everything is written, and only if PlanGauge made it, or it is new or empty)."
    )
    var out: String

    @OptionGroup var lock: LockWaitOption

    func validate() throws {
        if SynthRegion.named(region) == nil { throw Self.unknownRegion(region) }
    }

    static func unknownRegion(_ region: String) -> ValidationError {
        ValidationError(
            "unknown --region «\(region)»; known: "
                + SynthRegion.all.map { "\($0.code) \($0.name) (\($0.key))" }.joined(separator: ", "))
    }

    func run() throws {
        guard let fromLabel = PeriodLabel(from), let toLabel = PeriodLabel(to) else {
            throw ValidationError("--from and --to take periods such as 2019Q1 or 2026-09")
        }
        guard fromLabel.period <= toLabel.period else { throw ValidationError("--from must not be after --to") }
        guard (1...5_000_000).contains(firms) else { throw ValidationError("--firms must be between 1 and 5,000,000") }
        guard let freq = SynthConfig.Frequency(rawValue: frequency) else {
            throw ValidationError("--frequency must be quarter or month")
        }
        guard let city = SynthRegion.named(region) else { throw Self.unknownRegion(region) }
        try FolderPublisher.precheck(out, kind: .dataset)  // a folder of the user's: refused before the work
        let config = SynthConfig(
            seed: seed, firms: firms, from: fromLabel.period, to: toLabel.period, frequency: freq,
            region: city)
        var output = Synthesizer.Output()
        try FolderPublisher.replace(out, kind: .dataset, lockWait: lock.lockWait) { folder in
            output = try Synthesizer(config: config).write(into: folder)
        }
        for f in output.files { print("\(out)/\(f.name): \(f.rows) rows") }
    }
}
