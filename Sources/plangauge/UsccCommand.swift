import ArgumentParser
import Foundation
import PlanGaugeModel
import PlanGaugeReport

struct UsccCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "uscc",
        abstract: "Check 统一社会信用代码 (GB 32100-2015), or complete a 17-character body with its check character.",
        discussion: """
            One line per code: valid, the full code of a 17-character body, or what is wrong (length, a
            character outside the alphabet and its position, lower case, a wrong check character with the
            right one and the corrected code). `-` reads codes from standard input, one a line.
            Exit status: 0 when every code is valid or a 17-character body, 1 when any is invalid,
            64 when no code is given.
            """
    )

    @Argument(help: "Codes to check; `-` reads them from standard input, one a line.")
    var codes: [String] = []

    @Option(help: "text (default) or json (schema plangauge.uscc/1).")
    var format: OutputFormat = .text

    func validate() throws {
        if codes.isEmpty { throw ValidationError("give at least one code (or `-` to read them from standard input)") }
    }

    func run() throws {
        var inputs: [String] = []
        for c in codes {
            if c == "-" {
                let data = FileHandle.standardInput.readDataToEndOfFile()
                let text = String(decoding: data, as: UTF8.self)
                for line in text.split(whereSeparator: \.isNewline) {
                    let trimmed = line.trimmingCharacters(
                        in: .whitespaces.union(CharacterSet(charactersIn: "\u{FEFF}")))
                    if !trimmed.isEmpty { inputs.append(trimmed) }
                }
            } else {
                inputs.append(c)
            }
        }
        let checks = inputs.map(USCCCheck.examine)
        switch format {
        case .text:
            for c in checks { print("\(c.input.isEmpty ? "«»" : c.input): \(c.message)") }
        case .json:
            struct Doc: Encodable {
                let schema = "plangauge.uscc/1"
                var codes: [USCCCheck]
                var valid: Int
                var completed: Int
                var invalid: Int
            }
            let doc = Doc(
                codes: checks, valid: checks.filter { $0.status == .valid }.count,
                completed: checks.filter { $0.status == .completed }.count,
                invalid: checks.filter { $0.status == .invalid }.count)
            print(try StableJSON.string(doc))
        }
        if checks.contains(where: { !$0.isAcceptable }) { throw ExitCode(1) }
    }
}
