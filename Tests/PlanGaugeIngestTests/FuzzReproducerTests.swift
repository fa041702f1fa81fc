import Foundation
import Testing
import PlanGaugeIngest
@testable import PlanGaugeRecords

/// Every input the fuzzer ever crashed on (Fixtures/fuzz/) goes through the fuzz entry again,
/// and so does every fixture: none may crash, and every table must account for every row.
@Suite struct FuzzReproducerTests {
    static func inputs() throws -> [String] {
        let root = fixtures()
        return (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
            .filter { !$0.hasSuffix(".md") }
            .map { root + "/" + $0 }
            .filter {
                var d: ObjCBool = false;
                return FileManager.default.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue
            }
            .sorted()
    }

    @Test func everyFixtureAndReproducerIsReadWithoutLosingARow() throws {
        let files = try Self.inputs()
        #expect(files.count > 10)
        for file in files {
            let mapped = try MappedFile(path: file)
            let balanced = IngestFuzzing.run(
                Array(mapped.bytes),
                options: IngestOptions(
                    limits: .init(maxFieldBytes: 4096, maxFields: 256),
                    collectRejects: true))
            #expect(balanced, "\(file)")
        }
    }
}
