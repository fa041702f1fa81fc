import PlanGaugeIngest
import PlanGaugeRecords

// Built two ways:
// - `make fuzz`: `-sanitize=fuzzer,address -DFUZZING`; libFuzzer supplies `main` and calls the entry below.
// - a plain build: a small `main` that replays files (a corpus or a crash reproducer) through the same entry.

/// libFuzzer's entry point: every input goes through the ingest path as every table.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let input = Array(UnsafeRawBufferPointer(start: data, count: size))
    // Small limits so the fuzzer reaches the limit paths without gigabyte inputs.
    let options = IngestOptions(
        limits: .init(maxFieldBytes: 4096, maxFields: 256), diagnosticsPerFile: 50, collectRejects: true)
    if !IngestFuzzing.run(input, options: options) {
        fatalError("row accounting broken (read ≠ accepted + rejected), or chunked reading differs from one pass")
    }
    return 0
}

#if FUZZING
// SwiftPM links an executable's entry as `<module>_main`; hand control to libFuzzer's driver there.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The replaying `main` of a plain build: each file named on the command line goes through
/// `fuzzOneInput` (or libFuzzer's driver in a fuzzing build).
@_cdecl("PlanGaugeFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments) { data, size in fuzzOneInput(data, size) }
}
#else
import Foundation

@main
struct FuzzReplay {
    static func main() throws {
        let paths = CommandLine.arguments.dropFirst()
        guard !paths.isEmpty else {
            print("usage: PlanGaugeFuzz FILE|DIR …   (replays inputs through the fuzz entry; `make fuzz` fuzzes)")
            return
        }
        var count = 0
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            let files =
                isDirectory.boolValue
                ? (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String }.sorted().map {
                    path + "/" + $0
                } ?? [])
                : [path]
            for file in files {
                var dir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: file, isDirectory: &dir), !dir.boolValue else { continue }
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                _ = data.withUnsafeBytes { fuzzOneInput($0.baseAddress?.assumingMemoryBound(to: UInt8.self), $0.count) }
                count += 1
            }
        }
        print("replayed \(count) inputs without a crash")
    }
}
#endif
