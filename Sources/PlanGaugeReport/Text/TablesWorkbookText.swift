import PlanGaugeModel

/// The words of `data/tables.xlsx` (every table of a report run, one sheet each), in Chinese and
/// English: its cover sheet, the prefix of a park's sheets and its document properties.
struct TablesWorkbookText {
    let l: L10n
    // Cover sheet
    /// The cover's sheet name (first in the workbook).
    var coverSheet: String { l.t("说明", "About") }
    var dataPeriod: String { l.t("数据期", "Data period") }
    /// "2026年三季度" / "2026Q3".
    func period(_ p: Period) -> String { l.t(p.chineseLabel, p.description) }
    var dataset: String { l.t("数据集", "Dataset") }
    var generatedAt: String { l.t("生成时间", "Generated") }
    var contents: String { l.t("内容", "Contents") }
    var contentsNote: String {
        l.t(
            "每个工作表是报告中的一张表，行列与 data/ 下同名 CSV 文件相同；数值保存为数字，单位见列标题。",
            "Each sheet is one table of the report, with the rows and columns of its CSV file in data/; "
                + "numbers are stored as numbers, their units are in the column titles.")
    }
    // The list of sheets
    var sheet: String { l.t("工作表", "Sheet") }
    var page: String { l.t("页面", "Page") }
    var table: String { l.t("表", "Table") }
    var csvFile: String { l.t("数据文件", "Data file") }
    // Data sheets
    /// The prefix of the `n`th park's sheets (1-based): "园区1 " / "Park 1 ".
    func parkPrefix(_ n: Int) -> String { l.t("园区\(n) ", "Park \(n) ") }
    /// The name of a sheet whose table has no title: "表3" / "Table 3".
    func untitled(_ n: Int) -> String { l.t("表\(n)", "Table \(n)") }
    // Document properties
    var subject: String { l.t("报告数据表", "Report tables") }
}
