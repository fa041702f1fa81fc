import ArgumentParser

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Generate a deterministic synthetic dataset (the shipped sample, or large ones for benchmarks)."
    )

    func run() throws {
        throw ValidationError("not yet")
    }
}
