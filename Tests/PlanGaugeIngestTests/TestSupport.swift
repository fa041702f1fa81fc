import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeRecords
@testable import PlanGaugeModel

/// The Fixtures folder next to this file (found by path: the folder is excluded from the target).
func fixtures(_ relative: String = "") -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(relative).path
}

/// A uniquely named dataset folder under the temporary directory, removed when released.
final class TempDataset {
    let folder: String

    init(_ files: [String: String] = [:]) throws {
        folder =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("plangauge-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    /// A copy of a fixture folder, so diagnostics name files by a path independent of the working directory.
    convenience init(copyOf fixture: String) throws {
        try self.init()
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures(fixture)) {
            try FileManager.default.copyItem(atPath: fixtures(fixture + "/" + name), toPath: path(name))
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func path(_ name: String) -> String { folder + "/" + name }

    func write(_ name: String, _ text: String) throws { try write(name, bytes: Array(text.utf8)) }

    func write(_ name: String, bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path(name)))
    }

    func load(_ options: IngestOptions = IngestOptions()) throws -> (Dataset, IngestReport) {
        try DatasetLoader.load(folder: folder, options: options)
    }
}

/// `file:line:column: severity: message` with the file's last path component: what tests compare.
func brief(_ d: Diagnostic) -> String {
    "\((d.file as NSString).lastPathComponent):\(d.line):\(d.column): \(d.severity.rawValue): \(d.message)"
}

func briefs(_ report: IngestReport, file: String? = nil) -> [String] {
    report.log.kept.filter { file == nil || ($0.file as NSString).lastPathComponent == file }.map(brief)
}

func summary(_ report: IngestReport, _ file: String) -> FileSummary? {
    report.files.first { ($0.file as NSString).lastPathComponent == file }
}

/// The smallest valid dataset: one enterprise, one revenue row. Tests add or replace files.
let minimalEnterprises = "id,name\n91350100M000100Y43,甲公司\n"
let minimalRevenue = "id,period,revenue_wan\n91350100M000100Y43,2023Q1,100\n"

/// Two valid USCCs (91350100M000100Y43, 91110000100010433L) and three more whose check characters were computed by hand
/// (Σ value × weight: 94 → 31 − 1 = 30 → Y; 122 → 31 − 29 = 2; 178 → 31 − 23 = 8). Tests build
/// them with `USCC(uncheckedCode:)`, so a validator bug fails USCCTests instead of crashing every suite.
enum Codes {
    static let a = "91350100M000100Y43"
    static let b = "91110000100010433L"
    static let c = "91310000000000001Y"
    static let d = "913100000000000022"
    static let f = "913100000000000048"
}

/// One CSV record as the reader handed it out, copied out of the callback.
/// What a run of the built `plangauge` binary gave.
struct CLIRun {
    var status: Int32
    var stdout: String
    var stderr: String
    /// stderr's lines.
    var lines: [String] { stderr.split(separator: "\n").map(String.init) }
}

/// Runs the built `plangauge` binary with output to files (pipes could fill up and block the
/// child), in `directory` when given, with `stdin` as its standard input when given, and with
/// `environment` replacing the named variables (nil removes one; PLANGAUGE_HOME is always removed
/// unless given, so that the machine's setting cannot change what the tests see).
func runPlangauge(
    _ arguments: [String], in directory: String? = nil, stdin: String? = nil,
    environment: [String: String?] = [:]
) throws -> CLIRun {
    let scratch = try TempDataset(["in": stdin ?? "", "out": "", "err": ""])
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path("out")))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path("err")))
    let process = Process()
    process.executableURL = plangaugeExecutable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    var env = ProcessInfo.processInfo.environment
    env["PLANGAUGE_HOME"] = nil
    for (k, v) in environment { env[k] = v }
    process.environment = env
    if stdin != nil { process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: scratch.path("in"))) }
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return CLIRun(
        status: process.terminationStatus,
        stdout: try String(contentsOfFile: scratch.path("out"), encoding: .utf8),
        stderr: try String(contentsOfFile: scratch.path("err"), encoding: .utf8))
}
