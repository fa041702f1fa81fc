import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Every diagnostic the loader emits, with file, line, column, severity and message.
@Suite struct LoaderDiagnosticsTests {
    /// Fixtures/mixed, line by line.
    @Test func mixedFixtureDiagnostics() throws {
        let ds = try TempDataset(copyOf: "mixed")
        let (_, report) = try ds.load()
        #expect(
            briefs(report, file: "notes.csv") == [
                "notes.csv:0:0: warning: not a table of the dataset contract; ignored"
            ])
        #expect(
            briefs(report, file: "parks.csv") == [
                "parks.csv:4:2: error: name: required value is empty",
                "parks.csv:5:1: error: id: duplicate park id (first on line 2)",
                "parks.csv:6:4: warning: level: unusual park level"
            ])
        #expect(
            briefs(report, file: "enterprises.csv") == [
                "enterprises.csv:4:1: error: id: check character is «4» but the first 17 characters give «3»",
                "enterprises.csv:5:3: warning: park: park is not in parks.csv; the enterprise is kept without a park",
                "enterprises.csv:6:5: error: founded: no such day",
                "enterprises.csv:7:1: error: id: duplicate enterprise (first on line 2)"
            ])
        #expect(
            briefs(report, file: "revenue.csv") == [
                "revenue.csv:5:6: error: industry_revenue: 产业收入 exceeds 营业收入 (800.00 万元)",
                "revenue.csv:6:1: error: id: unknown enterprise: not in enterprises.csv",
                "revenue.csv:7:1: error: id: enterprise was rejected in enterprises.csv (line 6); fix it there",
                "revenue.csv:8:3: error: period: duplicate of line 2 for this enterprise, period and 口径 (same values)",
                "revenue.csv:9:3: error: period: duplicate of line 3 for this enterprise, period and 口径 (conflicting values)",
                "revenue.csv:10:4: error: basis: the period label is 累计 by itself but the row says 当期",
                "revenue.csv:11:3: error: period: not a period",
                "revenue.csv:12:5: error: revenue: scientific notation loses digits; format the column as a plain number",
                "revenue.csv:13:5: error: revenue: not an amount",
                "revenue.csv:14:7: error: row has 6 fields but the header has 7; an unquoted comma in a value shifts every column after it",
                "revenue.csv:15:5: warning: revenue: more decimals than whole 分; rounded half away from zero to 12345.68 元",
                "revenue.csv:16:2: warning: name: name differs from enterprises.csv («丁公司»); check the code",
                // 18 bytes of USCC + comma, 乙公司, (10), 2024Q1, (7), 当期, (7), 10: the quote is byte 46.
                "revenue.csv:17:46: error: malformed CSV: a quote inside an unquoted field, or text after a closing quote",
                "revenue.csv:18:2: warning: name: name differs from enterprises.csv («乙公司»); check the code"
            ])
        #expect(
            briefs(report, file: "revenue_2024.csv") == [
                "revenue_2024.csv:2:2: error: period: duplicate of \(ds.path("revenue.csv")):2 for this enterprise, period and 口径 (conflicting values)"
            ])
        #expect(
            briefs(report, file: "park_stats.csv") == [
                "park_stats.csv:4:1: error: park: unknown park: not in parks.csv",
                "park_stats.csv:5:2: error: period: duplicate of line 2 for this park, period and 口径",
                "park_stats.csv:6:3: error: firms: a count cannot be negative"
            ])
        #expect(
            briefs(report, file: "series.csv") == [
                "series.csv:4:2: error: period: duplicate of line 2 for series 信息安全收入",
                "series.csv:5:3: error: value: required value says no data"
            ])
        #expect(
            briefs(report, file: "milestones.csv") == [
                "milestones.csv:3:4: warning: park: park is not in parks.csv; kept without a park",
                "milestones.csv:4:3: error: date: no such day",
                "milestones.csv:5:2: error: name: duplicate milestone (first on line 3); it would be counted twice"
            ])
        #expect(report.log.kept.count == 31)
    }

    @Test func valuesAndExpectationsNameTheOffendingText() throws {
        let ds = try TempDataset(copyOf: "mixed")
        let (_, report) = try ds.load()
        func find(_ file: String, _ line: Int) -> Diagnostic? {
            report.log.kept.first { ($0.file as NSString).lastPathComponent == file && $0.line == line }
        }
        let check = try #require(find("enterprises.csv", 4))
        #expect(check.value == "91350100M000100Y44")
        #expect(check.expected == "check character «3» (GB 32100-2015)")
        #expect(find("revenue.csv", 5)?.value == "900.00 万元")
        #expect(find("revenue.csv", 8)?.value == "2023Q1 当期")
        #expect(find("revenue.csv", 9)?.value == "2023年上半年 累计")  // the label as written
        #expect(find("revenue.csv", 10)?.value == "当期")
        #expect(find("revenue.csv", 10)?.expected == "累计 or an empty 口径")
        #expect(find("revenue.csv", 11)?.value == "2023Q5")
        #expect(find("revenue.csv", 11)?.expected == PeriodLabel.expectedForms)
        #expect(find("revenue.csv", 12)?.value == "1.2E+07")
        #expect(find("revenue.csv", 13)?.value == "12,34")
        #expect(find("revenue.csv", 15)?.value == "1.2345678")
        #expect(find("revenue.csv", 18)?.value == "乙公司\n(集团)")
        #expect(find("park_stats.csv", 4)?.value == "P9")
        #expect(find("enterprises.csv", 5)?.value == "不存在园区")
    }

    func load(_ files: [String: String]) throws -> IngestReport {
        var all = ["enterprises.csv": minimalEnterprises, "revenue.csv": minimalRevenue]
        for (k, v) in files { all[k] = v }
        return try TempDataset(all).load().1
    }

    @Test func usccProblemsInCells() throws {
        let report = try load([
            "enterprises.csv": """
            id,name
            91350100M000100Y43,甲公司
            91350100m000100Y43,小写
            91350100M000100Y4,短
            91350100I000100Y43,禁用字母
            91110000100010433M,校验错

            """
        ])
        #expect(
            briefs(report, file: "enterprises.csv") == [
                "enterprises.csv:3:1: error: id: a 统一社会信用代码 is written in capitals",
                "enterprises.csv:4:1: error: id: a 统一社会信用代码 has 18 characters, this has 17",
                "enterprises.csv:5:1: error: id: character «I» at position 9 is not allowed in a 统一社会信用代码",
                "enterprises.csv:6:1: error: id: check character is «M» but the first 17 characters give «L»"
            ])
    }

    @Test func cumulativeDuplicateSpelledTwoWaysWithEqualValuesIsTheSame() throws {
        // 1-9月 and 前三季度 (both 累计) are one fact; equal figures make a harmless duplicate.
        let report = try load([
            "revenue.csv": """
            id,period,revenue_wan
            \(Codes.a),2023年1-9月,300
            \(Codes.a),2023年前三季度,300
            \(Codes.a),2023年1—9月份,301

            """
        ])
        #expect(
            briefs(report, file: "revenue.csv") == [
                "revenue.csv:3:2: error: period: duplicate of line 2 for this enterprise, period and 口径 (same values)",
                "revenue.csv:4:2: error: period: duplicate of line 2 for this enterprise, period and 口径 (conflicting values)"
            ])
    }

    @Test func periodAndCumulativeOfTheSameQuarterAreDifferentFacts() throws {
        let report = try load([
            "revenue.csv": """
            id,period,basis,revenue_wan
            \(Codes.a),2023Q1,当期,100
            \(Codes.a),2023Q1,累计,100
            \(Codes.a),2023年1-3月,,100
            \(Codes.a),2023-03,当期,30

            """
        ])
        // Only 1-3月 repeats a fact: 2023Q1 累计 (line 3), with the same figure.
        #expect(
            briefs(report, file: "revenue.csv") == [
                "revenue.csv:4:2: error: period: duplicate of line 3 for this enterprise, period and 口径 (same values)"
            ])
    }

    @Test func labelBasisAgreeingWithTheColumnIsFine() throws {
        let report = try load([
            "revenue.csv": "id,period,basis,revenue_wan\n\(Codes.a),2023年1-9月,累计,300\n\(Codes.a),2023年前三季度,当期,300\n"
        ])
        #expect(
            briefs(report, file: "revenue.csv") == [
                "revenue.csv:3:3: error: basis: the period label is 累计 by itself but the row says 当期"
            ])
    }

    @Test func emptyAmountCellMeansNoData() throws {
        // `-`, `—`, `…` and empty are all "no data" (UnitsAndMoney); none of them rejects the row.
        let ds = try TempDataset([
            "enterprises.csv": minimalEnterprises,
            "revenue.csv": """
            id,period,revenue_wan,industry_revenue_wan
            \(Codes.a),2023Q1,,
            \(Codes.a),2023Q2, ,-
            \(Codes.a),2023Q3,—,…

            """
        ])
        let (dataset, report) = try ds.load()
        #expect(report.log.kept.map(brief) == [])
        #expect(dataset.revenue.map(\.revenue) == [nil, nil, nil])
        #expect(dataset.revenue.map(\.industryRevenue) == [nil, nil, nil])
    }

    @Test func requiredTextCellsMustNotBeEmpty() throws {
        let report = try load(["revenue.csv": "id,period,revenue_wan\n,2023Q1,1\n\(Codes.a),,1\n"])
        #expect(
            briefs(report, file: "revenue.csv") == [
                "revenue.csv:2:1: error: id: required value is empty",
                "revenue.csv:3:2: error: period: required value is empty"
            ])
    }

    @Test func negativeRevenueAndBadCells() throws {
        let report = try load([
            "revenue.csv": """
            id,period,basis,revenue_wan,employees
            \(Codes.a),2023Q1,当期,-3.7,1
            \(Codes.a),2023Q2,同比,1,1
            \(Codes.a),2023Q3,当期,1,1.5

            """
        ])
        #expect(
            briefs(report, file: "revenue.csv") == [
                "revenue.csv:2:4: error: revenue: cannot be negative",
                "revenue.csv:3:3: error: basis: not a basis",
                "revenue.csv:4:5: error: employees: not a whole number"
            ])
    }

    /// Without parks.csv the park names become parks (ParksFromEnterprisesTests), said once.
    @Test func parkGivenWithoutParksFile() throws {
        let report = try load(["enterprises.csv": "id,name,park\n\(Codes.a),甲公司,P1\n"])
        #expect(
            briefs(report, file: "enterprises.csv") == [
                "enterprises.csv:0:0: warning: no parks.csv: 1 park made from the 所属园区 names (P1 → P1, 1 firm); district only where all of a park's enterprises agree, no level"
            ])
        #expect(report.exitStatus == 0)
    }

    @Test func parkStatsNeedAKnownPark() throws {
        let report = try load([
            "parks.csv": "id,name\nP1,临港\n",
            "park_stats.csv": "park,period,revenue_wan\nP1,2023Q1,1\nP2,2023Q1,1\n临港,2023Q2,1\n"
        ])
        #expect(briefs(report) == ["park_stats.csv:3:1: error: park: unknown park: not in parks.csv"])
    }

    @Test func aCorrectedParkRowAfterARejectedOneIsNoDuplicate() throws {
        // Line 2 is rejected (no such day); line 3 is then the only P1 and must be kept.
        let ds = try TempDataset([
            "enterprises.csv": "id,name,park\n\(Codes.a),甲公司,P1\n", "revenue.csv": minimalRevenue,
            "parks.csv": "id,name,recognized\nP1,临港,2021-13-16\nP1,临港,2021-12-16\n"
        ])
        let (dataset, report) = try ds.load()
        #expect(briefs(report) == ["parks.csv:2:3: error: recognized: no such day"])
        #expect(dataset.parks.map(\.id) == ["P1"])
        #expect(dataset.enterprises.first?.park == "P1")
    }

    @Test func enterpriseRejectedForAnotherReasonIsNamedUpstream() throws {
        let report = try load(["enterprises.csv": "id,name,founded\n\(Codes.a),甲公司,2019-02-30\n"])
        #expect(
            briefs(report) == [
                "enterprises.csv:2:3: error: founded: no such day",
                "revenue.csv:2:1: error: id: enterprise was rejected in enterprises.csv (line 2); fix it there"
            ])
    }

    @Test func duplicateAcrossRevenueFilesNamesTheOtherFile() throws {
        let ds = try TempDataset([
            "enterprises.csv": minimalEnterprises, "revenue.csv": minimalRevenue,
            "revenue_b.csv": minimalRevenue
        ])
        let (dataset, report) = try ds.load()
        #expect(
            briefs(report) == [
                "revenue_b.csv:2:2: error: period: duplicate of \(ds.path("revenue.csv")):2 for this enterprise, period and 口径 (same values)"
            ])
        #expect(dataset.revenue.count == 1)
    }
}
