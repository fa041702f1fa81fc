import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel
@testable import PlanGaugeSynth

/// `plangauge synth --region`: another city's districts, parks and codes. (The default, Shanghai,
/// is checked byte for byte against Data/sample by SampleDatasetTests.)
struct SynthRegionTests {
    /// Chengdu's districts by their 行政区划代码 (GB/T 2260).
    static let chengdu: [String: String] = [
        "510104": "锦江区", "510105": "青羊区", "510106": "金牛区", "510107": "武侯区", "510108": "成华区",
        "510112": "龙泉驿区", "510114": "新都区", "510115": "温江区", "510116": "双流区", "510117": "郫都区"
    ]

    @Test func chengduCodesCarryChengduDistricts() throws {
        let out = try TempDataset()
        let folder = out.path("chengdu")
        let config = SynthConfig(firms: 120, region: SynthRegion.named("510100")!)
        _ = try Synthesizer(config: config).write(to: folder)
        let (dataset, report) = try DatasetLoader.load(folder: folder)
        #expect(report.errors == 0)
        #expect(dataset.enterprises.count == 120)
        for e in dataset.enterprises {
            // GB 32100: characters 3–8 are the registering authority's 行政区划代码.
            let division = String(e.id.code.dropFirst(2).prefix(6))
            #expect(Self.chengdu[division] == e.district, "\(e.id.code) \(e.district ?? "-")")
            #expect(e.name.hasPrefix("成都") || e.name.hasPrefix("SecureWorks"))
        }
        #expect(Set(dataset.enterprises.compactMap(\.district)).isSubset(of: Set(Self.chengdu.values)))
        #expect(dataset.parks.map(\.id) == ["WH-DEMO", "SL-DS", "PD-MM", "JN-XC", "XD-ICS"])
        #expect(dataset.parks.allSatisfy { Self.chengdu.values.contains($0.district ?? "") })
        #expect(dataset.enterprises.contains { $0.park == "WH-DEMO" })
        #expect(dataset.milestones.contains { $0.park == "WH-DEMO" })
        #expect(dataset.grants.isEmpty)
    }

    @Test func everyRegionsDistrictCodesBelongToItsCity() {
        #expect(Set(SynthRegion.all.map(\.code)) == ["310000", "110000", "330100", "440300", "510100"])
        for r in SynthRegion.all {
            #expect(abs(r.districts.reduce(0) { $0 + $1.weight } - 1) < 1e-9, "\(r.name)")
            let prefix = r.code.hasSuffix("0000") ? String(r.code.prefix(2)) : String(r.code.prefix(4))
            for d in r.districts { #expect(d.code.hasPrefix(prefix) && d.code.count == 6, "\(r.name) \(d.name)") }
            #expect(Set(r.districts.map(\.code)).count == r.districts.count)
            for p in r.parks { #expect(r.districts.contains { $0.name == p.district }, "\(p.id)") }
            for d in r.cumulativeReporters { #expect(r.districts.contains { $0.name == d }) }
            #expect(r.districts.contains { $0.name == r.foreignOfficeDistrict })
        }
        #expect(SynthRegion.named("chengdu")?.code == "510100")
        #expect(SynthRegion.named("成都")?.code == "510100")
        #expect(SynthRegion.named("999999") == nil)
        #expect(SynthConfig().region.code == "310000")
    }
}

/// The command line: an unknown region is a usage error naming the known ones.
@Suite(
    .enabled(
        if: plangaugeExecutable != nil,
        "the plangauge executable was not found; build it with `swift build --build-tests`"))
struct SynthRegionCLITests {
    @Test func unknownRegionExit64() throws {
        let out = try TempDataset(["err": ""])
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: out.path("err")))
        let process = Process()
        process.executableURL = plangaugeExecutable
        process.arguments = ["synth", "--region", "999999", "--out", out.path("x")]
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try err.close()
        #expect(process.terminationStatus == 64)
        let message = try String(contentsOfFile: out.path("err"), encoding: .utf8)
        #expect(message.contains("999999"))
        for code in ["310000", "110000", "330100", "440300", "510100"] { #expect(message.contains(code)) }
        #expect(!FileManager.default.fileExists(atPath: out.path("x")))
    }
}
