import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeRecords
@testable import PlanGaugeModel

/// The pieces of office-file reading, against values worked out by hand.
@Suite struct OfficeShapeTests {
    /// Stored numbers as Excel shows them: at most 15 significant digits, never through a Double.
    @Test(arguments: [
        ("12345.67", "12345.67"), ("-0.5", "-0.5"), ("0", "0"), ("100", "100"),
        ("1234.5600000000001", "1234.56"), ("2345.6899999999996", "2345.69"), ("0.30000000000000004", "0.3"),
        ("1.2345E-5", "0.000012345"), ("1E+20", "100000000000000000000"), ("1.5e3", "1500"),
        ("99999999999999999", "100000000000000000"), ("1.50", "1.5"), ("007", "7"), ("-0.000", "0")
    ])
    func storedNumbers(stored: String, shown: String) {
        #expect(ExcelValues.plainNumber(stored) == shown)
    }

    @Test(arguments: ["abc", "", "1.2.3", "--1", "1E", "1e+x", "#N/A"])
    func notNumbers(text: String) {
        #expect(ExcelValues.plainNumber(text) == nil)
    }

    /// 1900 system: serial 1 is 1900-01-01, 60 the 29 February 1900 that never was, 61 1900-03-01;
    /// 45292 is 2024-01-01 (45292 − 1 − 1 days after 1900-01-01: 124 years, 31 leap days).
    @Test func serialDates() {
        func d(_ s: String, _ b1904: Bool = false) -> String? {
            ExcelValues.date(serial: s, date1904: b1904).map { "\($0.year)-\($0.month)-\($0.day)" }
        }
        #expect(d("1") == "1900-1-1")
        #expect(d("59") == "1900-2-28")
        #expect(d("60") == nil)
        #expect(d("61") == "1900-3-1")
        #expect(d("45292") == "2024-1-1")
        #expect(d("45292.75") == "2024-1-1")  // a time of day does not move the date
        #expect(d("1", true) == "1904-1-2")
    }

    @Test func dateFormats() {
        #expect(ExcelValues.builtInKind(14) == .date)
        #expect(ExcelValues.builtInKind(2) == .number)
        #expect(ExcelValues.kind(ofFormatCode: "yyyy-mm-dd") == .date)
        #expect(ExcelValues.kind(ofFormatCode: "yyyy\"年\"m\"月\"") == .yearMonth)
        #expect(ExcelValues.kind(ofFormatCode: "#,##0.00") == .number)
        #expect(ExcelValues.kind(ofFormatCode: "0.00\"元\"") == .number)
        #expect(ExcelValues.kind(ofFormatCode: "[Red]#,##0;\"d\"") == .number)  // d only in a later section, quoted
        #expect(ExcelValues.kind(ofFormatCode: "h:mm") == .number)
    }

    @Test func cellReferences() {
        #expect([0, 25, 26, 27, 701, 702].map(ExcelValues.columnLetters) == ["A", "Z", "AA", "AB", "ZZ", "AAA"])
        func ref(_ s: String) -> [Int]? {
            Array(s.utf8).withUnsafeBufferPointer { ExcelValues.cellReference($0).map { [$0.column, $0.row] } }
        }
        #expect(ref("E7") == [4, 7])
        #expect(ref("AB12") == [27, 12])
        #expect(ref("7") == nil)
        #expect(ref("e7") == nil)
    }

    @Test func totalAndFooterRows() {
        #expect(NonDataRow.totalKind("合计") == .grandTotal)
        #expect(NonDataRow.totalKind("总 计") == .grandTotal)
        #expect(NonDataRow.totalKind("全区合计") == .grandTotal)
        #expect(NonDataRow.totalKind("合计（万元）") == .grandTotal)
        #expect(NonDataRow.totalKind("普陀区小计") == .subtotal)
        #expect(NonDataRow.totalKind("小计：") == .subtotal)
        #expect(NonDataRow.totalKind("上海合计科技有限公司") == nil)
        #expect(NonDataRow.totalKind("91310107MA1G8X2K3G") == nil)
    }

    @Test func periodsInTitlesAndNames() {
        #expect(PeriodInText.find("2024年一季度网络安全企业营业收入统计表") == "2024年一季度")
        #expect(PeriodInText.find("2025年1-9月软件企业主要指标") == "2025年1-9月")
        #expect(PeriodInText.find("普陀区2024年1至6月报表.xlsx") == "2024年1-6月")
        #expect(PeriodInText.find("district-2025Q3.xlsx") == "2025Q3")
        #expect(PeriodInText.find("软件企业主要指标") == nil)
    }

    @Test func subHeadersAndUnitRows() {
        #expect(SubHeader.isSubHeader(["", "", "本期累计", "上年同期", "增长%"]))
        #expect(SubHeader.isSubHeader(["", "", "1-9月", "上年同期", "增减（%）"]))
        // A data row's 口径 cell says 当期 or 累计: no header row.
        #expect(!SubHeader.isSubHeader(["91310107MA1G8X2K3G", "甲公司", "2024Q1", "当期", "100"]))
        #expect(!SubHeader.isSubHeader(["", "", "当期", "累计"]))
        let names = SubHeader.combine(["统一社会信用代码", "营业收入", "", ""], ["", "本期累计", "上年同期", "增长%"])
        #expect(names.map(\.text) == ["统一社会信用代码", "营业收入", "营业收入·上年同期", "营业收入·增长%"])
        #expect(names.map(\.role) == [.plain, .current, .priorYear, .growth])
        #expect(UnitRow.units(["", "", "（万元）", "(元)", "人"])?.map { $0?.rawValue } == [nil, nil, "万元", "元", nil])
        #expect(UnitRow.units(["", "甲公司", "（万元）"]) == nil)
        #expect(UnitRow.noteUnit(in: [["2024年报表"], ["金额单位：元", ""]][...])?.unit == .yuan)
        #expect(UnitRow.noteUnit(in: [["单位: 人民币万元"]][...])?.unit == .wan)
    }

    /// The header below a title and a unit line; a two-row header's companions; the period from the title.
    @Test func findsTheShape() {
        let rows = [
            ["2024年1-3月主要指标"], ["单位：万元"],
            ["统一社会信用代码", "企业名称", "营业收入", "", ""],
            ["", "", "本期累计", "上年同期", "增长%"],
            ["91310107MA1G8X2K3G", "甲公司", "110", "100", "10.0"]
        ]
        let shape = OfficeShape<RevenueColumn>.find(
            in: rows, places: [1, 2, 3, 4, 5], placeWord: "row", fileName: "x.xlsx")
        #expect(shape.matched)
        #expect(shape.headerRow == 2 && shape.headerRows == 2 && shape.dataStart == 4)
        #expect(shape.fields.map(\.name) == ["统一社会信用代码", "企业名称", "营业收入（万元）", "统计期"])
        #expect(shape.fields.last?.source == .fixed("2024年1-3月"))
        #expect(shape.companions.map(\.role) == [.priorYear, .growth])
    }

    // Cases a review found (each was read wrong before).

    @Test func firmNamesWithTheWordAreNoTotals() {
        #expect(NonDataRow.totalKind("合计云（上海）科技有限公司") == nil)
        #expect(NonDataRow.totalKind("总计划软件有限公司") == nil)
        #expect(NonDataRow.totalKind("上海联合计算科技有限公司") == nil)
        #expect(NonDataRow.totalKind("软件类小计") == .subtotal)
        #expect(NonDataRow.totalKind("其他小计") == .subtotal)
        #expect(NonDataRow.totalKind("总合计") == .grandTotal)
    }

    @Test func aDateIsNoPeriod() {
        #expect(PeriodInText.find("填报日期：2024年4月10日") == nil)
        #expect(PeriodInText.find(in: [["2024年4月10日报送"]][...], places: [1]) == nil)
        #expect(PeriodInText.find(in: [["填报日期：2024年4月"]][...], places: [1]) == nil)
        // The year and the quarter apart in a title.
        #expect(PeriodInText.find("2024年网络安全企业一季度营业收入统计表") == "2024年一季度")
        #expect(PeriodInText.find("2025年软件企业1-9月主要指标") == "2025年1-9月")
    }

    @Test func numberFormatsThatAreNoDates() {
        #expect(ExcelValues.kind(ofFormatCode: "General") == .number)
        #expect(ExcelValues.kind(ofFormatCode: "0.00E+00") == .number)
        #expect(ExcelValues.builtInKind(57) == .yearMonth)  // yyyy"年"m"月"
        #expect(ExcelValues.builtInKind(17) == .yearMonth)  // mmm-yy
        #expect(ExcelValues.builtInKind(58) == .date)  // m"月"d"日"
    }

    /// `营业收入` over `本月 | 本年累计 | 上年同期 | 增长%`: one figure per row, the 累计 one; and with a
    /// period column and no 口径 column, 口径 is 累计 for every row.
    @Test func twoFiguresOfOneGroup() {
        let rows = [
            ["统一社会信用代码", "统计期", "营业收入", "", "", ""],
            ["", "", "本月", "本年累计", "上年同期", "增长%"],
            ["91310107MA1G8X2K3G", "2024年6月", "100", "600", "500", "20.0"]
        ]
        let shape = OfficeShape<RevenueColumn>.find(in: rows, places: [1, 2, 3], placeWord: "row", fileName: "x.xlsx")
        #expect(shape.fields.map(\.name) == ["统一社会信用代码", "统计期", "营业收入", "口径"])
        #expect(shape.fields[2].source == .cell(3))  // 本年累计
        #expect(shape.fields[3].source == .fixed("累计"))
        #expect(shape.companions.map(\.sourceColumn) == [4, 5])
    }
}
