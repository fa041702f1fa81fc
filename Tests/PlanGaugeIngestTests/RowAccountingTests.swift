import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Fixtures/mixed: every file has known good and bad rows (see LoaderDiagnosticsTests for each
/// line's diagnostic). Read = accepted + rejected + skipped, per file and in total; no row of
/// these files is a blank, total or footer row, so none is skipped.
@Suite struct RowAccountingTests {
    func loadMixed() throws -> (TempDataset, Dataset, IngestReport) {
        let ds = try TempDataset(copyOf: "mixed")
        let (dataset, report) = try ds.load()
        return (ds, dataset, report)
    }

    @Test func perFileCounts() throws {
        let (_, _, report) = try loadMixed()
        // file: [read, accepted, rejected, errors, warnings]
        let expected: [String: [Int]] = [
            "parks.csv": [5, 3, 2, 2, 1],
            "enterprises.csv": [6, 3, 3, 3, 1],
            "revenue.csv": [18, 7, 11, 11, 3],  // lines 18–19 are one record
            "revenue_2024.csv": [3, 2, 1, 1, 0],
            "park_stats.csv": [5, 2, 3, 3, 0],
            "series.csv": [4, 2, 2, 2, 0],
            "milestones.csv": [4, 2, 2, 2, 1]
        ]
        #expect(
            report.files.map { ($0.file as NSString).lastPathComponent } == [
                "parks.csv", "enterprises.csv", "revenue.csv", "revenue_2024.csv", "park_stats.csv", "series.csv",
                "milestones.csv"
            ])
        for f in report.files {
            let name = (f.file as NSString).lastPathComponent
            let got: [Int] = [f.rowsRead, f.accepted, f.rejected, f.errors, f.warnings]
            #expect(got == expected[name], "\(name)")
            #expect(f.isBalanced, "\(name)")
            #expect(f.rowsRead == f.accepted + f.rejected + f.skipped, "\(name)")
            #expect(f.skipped == 0, "\(name)")
        }
    }

    @Test func totals() throws {
        let (_, _, report) = try loadMixed()
        #expect(report.rowsRead == 45)
        #expect(report.accepted == 21)
        #expect(report.rejected == 24)
        #expect(report.errors == 24)
        #expect(report.warnings == 7)  // 6 in tables + notes.csv, which is no table
        #expect(report.exitStatus == 65)
        #expect(report.missingFiles.isEmpty)
    }

    @Test func acceptedRecords() throws {
        let (_, dataset, _) = try loadMixed()
        let a = USCC(uncheckedCode: Codes.a), b = USCC(uncheckedCode: Codes.b), c = USCC(uncheckedCode: Codes.c)
        #expect(
            dataset.parks == [
                Park(
                    id: "P1", name: "临港网络安全产业园", district: "浦东新区", level: "国家级",
                    recognized: CalendarDate(year: 2021, month: 12, day: 16)),
                Park(id: "P2", name: "市北高新", district: "静安区", level: "市级"),
                Park(id: "P4", name: "徐汇园", district: "徐汇区", level: "省级")
            ])
        #expect(
            dataset.enterprises == [
                Enterprise(
                    id: a, name: "甲公司", park: "P1", tags: ["龙头企业", "专精特新"],
                    founded: CalendarDate(year: 2015, month: 3, day: 2)),
                Enterprise(
                    id: b, name: "乙公司", park: "P2", tags: ["上市"],  // park named by its name
                    founded: CalendarDate(year: 2010, month: 1, day: 5)),
                Enterprise(id: c, name: "丁公司")  // unknown park dropped
            ])
        func f(_ id: USCC, _ p: Period, _ basis: Basis, _ fen: Int64?, industry: Int64? = nil, employees: Int? = nil)
            -> RevenueFact
        {
            RevenueFact(
                enterprise: id, period: p, basis: basis, revenue: fen.map(Amount.init(fen:)),
                industryRevenue: industry.map(Amount.init(fen:)), employees: employees)
        }
        #expect(
            dataset.revenue == [
                // 1,234.56万; 1000万
                f(a, .quarter(2023, 1)!, .period, 1_234_560_000, industry: 1_000_000_000, employees: 120),
                f(a, .month(2023, 6)!, .cumulative, 2_500_500_000, employees: 125),  // 1-6月: 2500.5万
                f(b, .quarter(2023, 1)!, .period, 123_000_000_000),  // 12.3亿
                f(c, .quarter(2023, 1)!, .period, 1_234_568),  // 1.2345678万, rounded
                f(c, .quarter(2023, 2)!, .period, nil),  // - : no data
                f(b, .quarter(2024, 2)!, .period, 50_000_000),  // 50万
                f(b, .month(2024, 3)!, .cumulative, 5_000_000_000),  // 0.5亿 in a 万元 column
                f(b, .quarter(2024, 3)!, .period, 15_000_000_000),  // 1.5 in revenue_yi
                f(b, .quarter(2024, 4)!, .period, 3_000_000_000)  // 3000万 in revenue_yi
            ])
        #expect(
            dataset.parkStats == [
                ParkStat(
                    park: "P1", period: .quarter(2023, 1)!, firms: 120, revenue: Amount(fen: 125_000_000_000),
                    employees: 3400),
                ParkStat(
                    park: "P1", period: .quarter(2023, 2)!, firms: 125, revenue: Amount(fen: 130_000_000_000),
                    employees: 3500)
            ])
        #expect(
            dataset.series == [
                SeriesPoint(
                    series: "信息安全收入", period: .year(2023)!, value: ExactDecimal(2232), unit: "亿元", source: "MIIT"),
                SeriesPoint(
                    series: "信息安全收入", period: .year(2022)!, value: ExactDecimal(2038), unit: "亿元", source: "MIIT")
            ])
        #expect(dataset.series.first?.amount == .yi(2232))
        #expect(
            dataset.milestones == [
                Milestone(
                    kind: "national_park", name: "临港国家级园区认定", date: CalendarDate(year: 2021, month: 12, day: 16)!,
                    park: "P1"),
                Milestone(kind: "demand_scenario", name: "场景一", date: CalendarDate(year: 2022, month: 6, day: 1)!)
            ])
    }

    /// Rows that are no data (a 合计 row, a blank row, the 填报人/联系电话/注 footer of an office
    /// return) are read and skipped by kind, never accepted or rejected, and say nothing when the
    /// total agrees with the rows it closes (100 + 50 = 150).
    @Test func rowsThatAreNoDataAreSkipped() throws {
        let ds = try TempDataset([
            "enterprises.csv": "id,name\n\(Codes.a),甲公司\n\(Codes.b),乙公司\n",
            "revenue.csv": """
            id,name,period,revenue_wan
            \(Codes.a),甲公司,2023Q1,100
            \(Codes.b),乙公司,2023Q1,50
            合计,,,150
            ,,,
            填报人：张三,,,
            联系电话：021-12345678
            注：单位为万元

            """
        ])
        let (dataset, report) = try ds.load()
        #expect(briefs(report) == [])
        let s = try #require(summary(report, "revenue.csv"))
        let got: [Int] = [s.rowsRead, s.accepted, s.rejected, s.skipped]
        #expect(got == [7, 2, 0, 5])
        let kinds: [Int] = [
            s.skippedRows.totals, s.skippedRows.blank, s.skippedRows.footer, s.skippedRows.titleOrNotes,
            s.skippedRows.unitRow
        ]
        #expect(kinds == [1, 1, 3, 0, 0])
        #expect(s.isBalanced)
        #expect(dataset.revenue.map(\.revenue) == [.wan(100), .wan(50)])
        #expect(report.exitStatus == 0)
    }

    @Test func rejectedRowsAreCountedEvenWhenTheHeaderIsUnusable() throws {
        let ds = try TempDataset([
            "enterprises.csv": minimalEnterprises,
            "revenue.csv": "id,period\n\(Codes.a),2023Q1\n\n\(Codes.a),2023Q2\nbroken\"\n"
        ])
        let (_, report) = try ds.load()
        let s = try #require(summary(report, "revenue.csv"))
        let got: [Int] = [s.rowsRead, s.accepted, s.rejected, s.errors]
        #expect(got == [3, 0, 3, 2])  // errors: the missing column and the syntax error
        #expect(s.isBalanced)
    }
}
