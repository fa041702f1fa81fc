import ArgumentParser
import PlanGaugeIngest

/// Options every command that reads a dataset shares.
struct DatasetOptions: ParsableArguments {
    @Argument(help: "The dataset folder.")
    var dataset: String = Defaults.dataset

    @Option(help: "Read every file as utf8 or gb18030 instead of detecting (BOM → valid UTF-8 → GB18030).")
    var encoding: String?

    @Option(help: "Largest CSV field accepted, in bytes.")
    var maxFieldBytes: Int = 1 << 20

    @Option(help: "Most fields accepted in one row.")
    var maxFields: Int = 4096

    func ingestOptions() throws -> IngestOptions {
        var options = IngestOptions(limits: .init(maxFieldBytes: maxFieldBytes, maxFields: maxFields))
        if let encoding {
            guard let e = TextEncoding(option: encoding) else {
                throw ValidationError("--encoding must be utf8 or gb18030, not «\(encoding)»")
            }
            options.encoding = e
        }
        guard maxFieldBytes > 0, maxFields > 0 else { throw ValidationError("limits must be positive") }
        return options
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
