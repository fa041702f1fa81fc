import Foundation
import Testing

/// `plangauge uscc` end to end through the built binary: its lines, JSON and exit statuses.
@Suite(
    .enabled(
        if: plangaugeExecutable != nil,
        "the plangauge executable was not found; build it with `swift build --build-tests`"))
struct UsccCLITests {
    typealias Run = CLIRun

    /// Runs plangauge with `stdin` as its standard input and output to files.
    func plangauge(_ arguments: [String], stdin: String = "") throws -> Run {
        try runPlangauge(arguments, stdin: stdin)
    }

    @Test func validCodesAndBodiesExit0() throws {
        let run = try plangauge(["uscc", "91510107MA6C5X8K2A", "91310107MA1G8X2K3"])
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                91510107MA6C5X8K2A: valid
                91310107MA1G8X2K3: 17 characters, no check character: the full code is 91310107MA1G8X2K3G (check character «G»)

                """)
    }

    @Test func anInvalidCodeExits1() throws {
        let run = try plangauge(["uscc", "91510107MA6C5X8K2A", "91310107MA1G8X2K3A", "9131O107MA1G8X2K3G", "123"])
        #expect(run.status == 1)
        #expect(
            run.stdout.split(separator: "\n") == [
                "91510107MA6C5X8K2A: valid",
                "91310107MA1G8X2K3A: check character is «A» but the first 17 characters give «G»: the corrected code is 91310107MA1G8X2K3G",
                "9131O107MA1G8X2K3G: character 5 is «O», not in the code alphabet (0-9 and capitals but I, O, S, V, Z); the letter O is not used: the digit 0?",
                "123: 3 characters; a code has 18 (17 without its check character)"
            ])
    }

    @Test func noCodesExit64() throws {
        let run = try plangauge(["uscc"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("give at least one code"))
    }

    @Test func dashReadsStandardInput() throws {
        let run = try plangauge(["uscc", "-"], stdin: "\u{FEFF}91510107MA6C5X8K2A\r\n\n  91310107ma1g8x2k3g \r\n")
        #expect(run.status == 1)
        #expect(
            run.stdout.split(separator: "\n") == [
                "91510107MA6C5X8K2A: valid",
                "91310107ma1g8x2k3g: lowercase letters; a code is written in capitals: 91310107MA1G8X2K3G is valid"
            ])
        #expect(try plangauge(["uscc", "-"], stdin: "91510107MA6C5X8K2A\n").status == 0)
    }

    @Test func json() throws {
        let run = try plangauge(["uscc", "--format", "json", "91310107MA1G8X2K3A", "91510107MA6C5X8K2"])
        #expect(run.status == 1)
        let doc = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(doc?["schema"] as? String == "plangauge.uscc/1")
        #expect(doc?["invalid"] as? Int == 1)
        #expect(doc?["completed"] as? Int == 1)
        let codes = doc?["codes"] as? [[String: Any]] ?? []
        #expect(codes.count == 2)
        #expect(codes.first?["problem"] as? String == "check_character")
        #expect(codes.first?["code"] as? String == "91310107MA1G8X2K3G")
        #expect(codes.first?["check_character"] as? String == "G")
        #expect(codes.last?["status"] as? String == "completed")
        #expect(codes.last?["division_code"] as? String == "510107")
    }
}
