import Foundation
import Testing
@testable import PlanGaugeIngest

/// Tables are found by file name; several revenue files are read in name order.
@Suite struct DatasetFilesTests {
    @Test func findsEveryTable() throws {
        let names = [
            "enterprises.csv", "revenue-临港.csv", "Revenue_2023.CSV", "revenue.csv", "parks.csv",
            "park-stats.csv", "series.csv", "milestones.csv", "notes.csv", "readme.txt", "revenue_2022.xls", ".DS_Store"
        ]
        let ds = try TempDataset(Dictionary(uniqueKeysWithValues: names.map { ($0, "x\n") }))
        try FileManager.default.createDirectory(atPath: ds.path("plans"), withIntermediateDirectories: false)
        let found = try DatasetFiles(folder: ds.folder)
        #expect(found.enterprises == ds.path("enterprises.csv"))
        #expect(found.revenue == [ds.path("Revenue_2023.CSV"), ds.path("revenue-临港.csv"), ds.path("revenue.csv")])
        #expect(found.parks == ds.path("parks.csv"))
        #expect(found.parkStats == ds.path("park-stats.csv"))
        #expect(found.series == ds.path("series.csv"))
        #expect(found.milestones == ds.path("milestones.csv"))
        // Every other file is named, whatever its type; hidden files and folders (plans/) are not.
        #expect(found.unrecognised == [ds.path("notes.csv"), ds.path("readme.txt")])
        // Named for a table, in a format that is not read.
        #expect(found.unreadable.map(\.path) == [ds.path("revenue_2022.xls")])
        #expect(found.unreadable.first?.reason.contains("Excel 97–2003") == true)
    }

    @Test func emptyFolderFindsNothing() throws {
        let ds = try TempDataset()
        let found = try DatasetFiles(folder: ds.folder)
        #expect(found.enterprises == nil && found.revenue.isEmpty && found.unrecognised.isEmpty)
    }
}
