import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// enterprises.csv's `exited` column (退出日期, 注销日期, 停止监测日期): a date read as `founded` is.
@Suite struct ExitedColumnTests {
    @Test(arguments: ["exited", "退出日期", "注销日期", "停止监测日期"])
    func aliasesGiveTheDay(header: String) throws {
        let d = try TempDataset([
            "enterprises.csv": "id,name,\(header)\n\(Codes.a),甲公司,2025-06-30\n\(Codes.b),乙公司,\n",
            "revenue.csv": minimalRevenue
        ])
        let (dataset, report) = try d.load()
        #expect(report.errors == 0 && report.warnings == 0)
        #expect(dataset.enterprises.map(\.exited) == [CalendarDate(year: 2025, month: 6, day: 30), nil])
    }

    /// A day that does not exist rejects the row, naming the column, as for 成立日期.
    @Test func aDayThatIsNoDayRejectsTheRow() throws {
        let d = try TempDataset([
            "enterprises.csv": "id,name,注销日期\n\(Codes.a),甲公司,2025-06-30\n\(Codes.b),乙公司,2025-02-30\n",
            "revenue.csv": minimalRevenue
        ])
        let (dataset, report) = try d.load()
        #expect(dataset.enterprises.map(\.id.code) == [Codes.a])
        #expect(
            briefs(report, file: "enterprises.csv") == [
                "enterprises.csv:3:3: error: exited: no such day"
            ])
    }

    /// 迁出日期 stays the park's move-out (park_to), not an exit from the roster.
    @Test func moveOutOfAParkIsNoExit() throws {
        let d = try TempDataset([
            "enterprises.csv": "id,name,所属园区,迁出日期\n\(Codes.a),甲公司,园一,2025-07-01\n",
            "revenue.csv": minimalRevenue
        ])
        let (dataset, _) = try d.load()
        #expect(dataset.enterprises.first?.exited == nil)
        #expect(dataset.enterprises.first?.parkSpans.first?.to == CalendarDate(year: 2025, month: 7, day: 1))
    }
}
