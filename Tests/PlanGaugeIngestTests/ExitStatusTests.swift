import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// sysexits for `plangauge check`: 0 clean (warnings allowed), 65 data error, 66 missing input.
@Suite struct ExitStatusTests {
    @Test func cleanIsZero() throws {
        let (_, report) = try TempDataset(["enterprises.csv": minimalEnterprises, "revenue.csv": minimalRevenue]).load()
        #expect(report.exitStatus == 0)
        #expect(report.errors == 0 && report.warnings == 0)
    }

    @Test func warningsAloneAreStillClean() throws {
        let (_, report) = try TempDataset([
            "enterprises.csv": "id,name,备注\n\(Codes.a),甲公司,x\n",
            "revenue.csv": minimalRevenue, "notes.csv": "x\n"
        ]).load()
        #expect(report.warnings == 2)
        #expect(report.exitStatus == 0)
    }

    @Test func oneRejectedRowIs65() throws {
        let (dataset, report) = try TempDataset([
            "enterprises.csv": minimalEnterprises,
            "revenue.csv": minimalRevenue + "\(Codes.a),2023Q2,12,34\n"
        ]).load()
        #expect(dataset.revenue.count == 1)
        #expect(report.rejected == 1 && report.errors == 1)
        #expect(report.exitStatus == 65)
    }

    @Test func missingRequiredFilesAre66() throws {
        let ds = try TempDataset(["parks.csv": "id,name\nP1,临港\n"])
        let (_, report) = try ds.load()
        #expect(report.missingFiles == [ds.path("enterprises.csv"), ds.path("revenue*.csv")])
        #expect(
            briefs(report) == [
                "enterprises.csv:0:0: error: required file is missing",
                "revenue*.csv:0:0: error: required file is missing"
            ])
        #expect(report.errors == 2)
        #expect(report.exitStatus == 66)
    }

    @Test func missingRevenueAloneIs66() throws {
        let (_, report) = try TempDataset(["enterprises.csv": minimalEnterprises]).load()
        #expect(report.missingFiles.map { ($0 as NSString).lastPathComponent } == ["revenue*.csv"])
        #expect(report.exitStatus == 66)
    }

    @Test func missingEnterprisesOutranksRowErrors() throws {
        // Every revenue row is then unknown (65), but the missing file decides: 66.
        let (_, report) = try TempDataset(["revenue.csv": minimalRevenue]).load()
        #expect(report.rejected == 1)
        #expect(report.exitStatus == 66)
    }

    @Test func anUnreadableFolderThrows() {
        #expect(throws: (any Error).self) {
            try DatasetLoader.load(folder: "/nonexistent/plangauge-\(UUID().uuidString)")
        }
    }
}
