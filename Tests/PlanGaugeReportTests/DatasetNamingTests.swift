import Foundation
import PlanGaugeReport
import Testing

/// How outputs name the dataset and its files: never by where the folder is on this machine.
@Suite struct DatasetNamingTests {
    @Test func theLabelIsTheFolderNameUnlessGiven() {
        #expect(DatasetNaming(folder: "/home/x/Data/sample").label == "sample")
        #expect(DatasetNaming(folder: "Data/sample/").label == "sample")
        #expect(DatasetNaming(folder: "/srv/in/2026-q3", label: "三季度报送").label == "三季度报送")
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).lastPathComponent
        #expect(DatasetNaming(folder: ".").label == cwd)
    }

    @Test func filesAreNamedRelativeToTheFolder() {
        let absolute = DatasetNaming(folder: "/home/x/Data/sample")
        #expect(absolute.file("/home/x/Data/sample/revenue_2023-2026.csv") == "revenue_2023-2026.csv")
        #expect(absolute.file("/home/x/Data/sample/plans/park.yaml") == "plans/park.yaml")
        #expect(absolute.file("/home/x/Data/sample/./parks.csv") == "parks.csv")
        #expect(absolute.file("/home/x/Data/plans/city.yaml") == "city.yaml")  // outside: its name alone
        #expect(absolute.file("/home/x/Data/sample-old/parks.csv") == "parks.csv")  // a sibling is not inside
        #expect(absolute.file("/home/x/Data/sample") == "sample")  // the folder: its label
        let relative = DatasetNaming(folder: "Data/sample")
        #expect(relative.file("Data/sample/revenue*.csv") == "revenue*.csv")
        let cwd = FileManager.default.currentDirectoryPath
        #expect(relative.file(cwd + "/Data/sample/grants.csv") == "grants.csv")  // same folder, absolute
        #expect(relative.file("Data/plans/city.yaml") == "city.yaml")
        // A label alone keeps names as given (a caller that named them already).
        #expect(DatasetNaming(label: "x").file("/a/b.csv") == "/a/b.csv")
    }

    @Test func messagesLoseTheirLeadingFolder() {
        let n = DatasetNaming(folder: "/home/x/sample")
        #expect(
            n.located("/home/x/sample/revenue.csv: 2024Q1 revenue totals 9 万元")
                == "revenue.csv: 2024Q1 revenue totals 9 万元")
        #expect(n.located("no path here") == "no path here")
    }

    @Test func theAccountingIsNamedFileByFile() {
        var q = DataQualitySummary(
            files: [
                .init(
                    file: "/d/s/parks.csv", table: "parks", encoding: "utf-8", rowsRead: 1, accepted: 1,
                    rejected: 0, errors: 0, warnings: 0)
            ],
            ignoredFiles: ["/d/s/notes.txt"], missingFiles: ["/d/s/enterprises.csv"], missingReporters: [])
        q.unitAlerts = ["/d/s/revenue.csv: 10,000× too large"]
        let named = q.named(by: DatasetNaming(folder: "/d/s"))
        #expect(named.files.map(\.file) == ["parks.csv"])
        #expect(named.ignoredFiles == ["notes.txt"])
        #expect(named.missingFiles == ["enterprises.csv"])
        #expect(named.unitAlerts == ["revenue.csv: 10,000× too large"])
    }
}
