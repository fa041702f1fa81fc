import ArgumentParser
import Foundation
import PlanGaugeSystem
import PlanGaugeIngest

/// Where the defaults come from, whatever the working directory:
///
/// 1. a dataset folder's own `plans/` and `policies/`;
/// 2. the shipped plans, policies and sample in the first of: `$PLANGAUGE_HOME`;
///    `<bindir>/../share/plangauge/` (installed with `make install`); the repository's `Data/` above
///    the build folder the binary is in (`.build/debug/plangauge`); `./Data`.
enum Locations {
    static let defaultPlanName = "shanghai-cybersecurity-2021-2023.yaml"
    static let helpText = """
        Defaults do not depend on the working directory. A dataset folder's own plans/ and policies/ \
        are used first (one plan in plans/ is the default plan; with several, name one with --plan). \
        Otherwise the shipped plans/, policies/ and sample/ are found in $PLANGAUGE_HOME, else in \
        <bindir>/../share/plangauge/ (make install), else in the repository's Data/ above the build \
        folder of the binary, else in ./Data.
        """

    /// The folder holding the shipped `plans/`, `policies/` and `sample/`, with how it was found.
    struct Home {
        var path: String
        var how: String
    }

    /// The first candidate that is a folder; `PLANGAUGE_HOME`, when set, is the only candidate.
    static func home(environment: [String: String] = ProcessInfo.processInfo.environment) -> Home? {
        if let env = environment["PLANGAUGE_HOME"], !env.isEmpty {
            return isDirectory(env) ? Home(path: env, how: "PLANGAUGE_HOME") : nil
        }
        for candidate in candidates() where isDirectory(candidate.path) { return candidate }
        return nil
    }

    static func candidates() -> [Home] {
        var out: [Home] = []
        if let bin = executableDirectory() {
            let share = ((bin as NSString).deletingLastPathComponent as NSString).appendingPathComponent(
                "share/plangauge")
            out.append(Home(path: share, how: "installed beside the binary"))
            // .build/debug/plangauge, .build/x86_64-unknown-linux-gnu/release/plangauge, .build-x/…: the
            // repository is the first folder above with Package.swift and Data/.
            var dir = bin
            for _ in 0..<5 {
                dir = (dir as NSString).deletingLastPathComponent
                if dir.isEmpty || dir == "/" { break }
                let data = (dir as NSString).appendingPathComponent("Data")
                if FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("Package.swift")),
                    isDirectory(data)
                {
                    out.append(Home(path: data, how: "the repository of the binary"))
                    break
                }
            }
        }
        out.append(
            Home(
                path: (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent("Data"),
                how: "the working directory's Data/"))
        return out
    }

    /// The folder of the running binary, symbolic links resolved.
    static func executableDirectory() -> String? {
        var path: String?
        #if os(Linux)
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { path = target }
        #endif
        if path == nil { path = Bundle.main.executableURL?.resolvingSymlinksInPath().path }
        if path == nil, let first = CommandLine.arguments.first, first.contains("/") {
            path = URL(fileURLWithPath: first).standardizedFileURL.resolvingSymlinksInPath().path
        }
        return path.map { ($0 as NSString).deletingLastPathComponent }
    }

    static func isDirectory(_ path: String) -> Bool { SystemFiles.entry(path) == .folder }

    /// Whether something other than a folder is at `path`.
    static func isFile(_ path: String) -> Bool { ![.missing, .folder].contains(SystemFiles.entry(path)) }

    /// A path as shown: relative to the working directory when inside it (as the reader names files).
    static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let standard = (path as NSString).standardizingPath
        if standard.hasPrefix(cwd + "/") { return String(standard.dropFirst(cwd.count + 1)) }
        return path
    }

    /// Stops with 66 (EX_NOINPUT) and a message.
    static func noInput(_ message: String) -> ExitCode {
        Console.error("plangauge: \(message)")
        return ExitCode(66)
    }

    /// A shipped folder (`sample`, `plans`, `policies`) of the home, or a message saying where it was looked for.
    static func shipped(_ name: String) -> Result<String, ExitCode> {
        let env = ProcessInfo.processInfo.environment["PLANGAUGE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
        guard let home = home() else {
            if let env { return .failure(noInput("PLANGAUGE_HOME=\(env): no such folder")) }
            let looked = candidates().map(\.path).joined(separator: ", ")
            return .failure(
                noInput("cannot find the shipped \(name)/ (looked in \(looked)); set PLANGAUGE_HOME or name it"))
        }
        return .success(display((home.path as NSString).appendingPathComponent(name)))
    }

    /// `--data`, or the shipped sample.
    static func dataset(_ given: String?) throws -> String {
        if let given { return given }
        return try shipped("sample").get()
    }

    /// The YAML files of a folder, sorted, with their paths.
    static func yamlFiles(in dir: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }.sorted()
            .map { (dir as NSString).appendingPathComponent($0) }
    }

    /// The plan to assess: `--plan` (which must exist), else the dataset's own `plans/` when it has
    /// exactly one plan (several: the user must choose), else the shipped Shanghai plan.
    static func plan(_ given: String?, dataset: String) throws -> String {
        if let given {
            guard isFile(given) else { throw noInput("--plan \(given): no such plan file") }
            return given
        }
        let own = (dataset as NSString).appendingPathComponent("plans")
        if isDirectory(own) {
            let plans = yamlFiles(in: own)
            if plans.count == 1 { return plans[0] }
            if plans.count > 1 {
                throw ValidationError(
                    "\(own) holds \(plans.count) plans; name one with --plan:\n"
                        + plans.map { "  --plan \($0)" }.joined(separator: "\n"))
            }
        }
        let shipped = (try shipped("plans").get() as NSString).appendingPathComponent(defaultPlanName)
        guard isFile(shipped) else { throw noInput("\(shipped): no such plan file; name a plan with --plan") }
        return shipped
    }

    /// Every plan `export` reads by default: the dataset's own `plans/`, else the shipped ones.
    static func allPlans(dataset: String) throws -> [String] {
        let own = (dataset as NSString).appendingPathComponent("plans")
        if isDirectory(own) { return yamlFiles(in: own) }
        return yamlFiles(in: try shipped("plans").get())
    }

    /// The policies folder: `--policies`, else the dataset's own `policies/`, else the shipped ones
    /// (nil when there are none to be found: a dataset without grants needs none).
    static func policies(_ given: String?, dataset: String) -> String? {
        if let given { return given }
        let own = (dataset as NSString).appendingPathComponent("policies")
        if isDirectory(own) { return own }
        guard let home = home() else { return nil }
        return display((home.path as NSString).appendingPathComponent("policies"))
    }
}
