import PlanGaugeAnalytics
import PlanGaugeModel

/// The words of the forms `plangauge template` writes. Forms go to Chinese offices and firms, so
/// they are in Chinese only. The header names are the ingest's own (PlanGaugeIngest `RevenueColumn`
/// aliases, with the unit in brackets), so a returned form reads back without mapping; the
/// reference column's name matches no column, so it is never read as a figure.
enum FormText {
    static let code = "统一社会信用代码"
    static let name = "企业名称"
    static let period = "统计期"
    static let basis = "口径"
    /// Last period's 营业收入, for reference: `上期营业收入` names no column of the ingest.
    static let previousRevenue = "上期营业收入（万元，参考）"
    static let revenue = "营业收入（万元）"
    static let industryRevenue = "产业收入（万元）"
    static let rdExpense = "研发投入（万元）"
    static let employees = "从业人员（人）"

    static let formSheet = "填报表"
    static let instructionsSheet = "填报说明"
    static let unitLine = "单位：万元（从业人员：人）"
    static let subject = "网络安全产业重点企业主要指标填报"

    /// `2025年四季度 网络安全产业重点企业主要指标填报表（浦东新区）`.
    static func title(_ period: Period, unit: String) -> String {
        "\(period.chineseLabel) 网络安全产业重点企业主要指标填报表（\(unit)）"
    }

    /// Who the form is for, as the title names it.
    static func unitName(_ unit: FormSet.Unit, grouping: FormSet.Grouping) -> String {
        switch unit {
        case .district(let name): name
        case .park(_, let name): name
        case .enterprise(_, let name): name
        case .unassigned: grouping == .park ? "未入驻园区企业" : "未注明所属区企业"
        }
    }

    /// The part of the file name after the period: district name, park id, enterprise code.
    static func fileKey(_ unit: FormSet.Unit, grouping: FormSet.Grouping) -> String {
        switch unit {
        case .district(let name): name
        case .park(let id, _): id
        case .enterprise(let id, _): id.code
        case .unassigned: grouping == .park ? "未入驻园区" : "未注明所属区"
        }
    }

    // Input messages (Excel: title ≤ 32, message ≤ 255 characters)
    static let amountInputTitle = "请填写金额（万元）"
    static let amountInputMessage = "单位：万元，保留两位小数；只填数字，不填单位或文字。确无发生额填0，未取得数据的留空。"
    static let amountErrorTitle = "请填写不小于0的数字"
    static let amountErrorMessage = "此格只接受不小于0的数字（单位：万元），不能填文字、单位或负数。"
    static let employeesInputTitle = "请填写人数（人）"
    static let employeesInputMessage = "单位：人，填整数；只填数字，不填单位或文字。未取得数据的留空。"
    static let employeesErrorTitle = "请填写不小于0的整数"
    static let employeesErrorMessage = "此格只接受不小于0的整数（单位：人），不能填小数、文字或负数。"

    /// `填报说明` sheet: a heading and (item, explanation) rows.
    static func instructions(
        _ set: FormSet, unit: String, rows: Int, deadline: CalendarDate?, contact: String?
    ) -> [(String, String)] {
        let p = set.period
        let span = "\(p.year)年\(p.firstMonth)月1日至\(p.year)年\(p.lastMonth)月\(p.lastDay.day)日"
        let due =
            deadline.map { "请于\($0.year)年\($0.month)月\($0.day)日前报送填好的本表。" } ?? "请按通知规定的时间报送填好的本表。"
        return [
            ("报表名称", "\(p.chineseLabel) 网络安全产业重点企业主要指标填报表"),
            ("填报单位", "\(unit)，表中列出企业\(rows)家。"),
            ("统计期", "\(p.chineseLabel)（\(span)）。"),
            (
                "口径",
                "本表一律填报“当期”数，即本统计期内的发生额，不填自年初起的“累计”数。"
                    + "例如四季度只填10—12月的数，不填1—12月的数。"
            ),
            ("统一社会信用代码、企业名称", "已预填，不得修改。如企业名称已变更，请在报送时另行说明。"),
            ("统计期、口径", "已预填，不得修改。"),
            (
                "上期营业收入（万元，参考）",
                "\(set.previous.chineseLabel)的当期营业收入，根据已报送数据预填，仅供核对参考，无需填写，不作为本期数据。"
                    + "本期数与上期相差很大时，请核对单位是否为万元。"
            ),
            ("营业收入（万元）", "企业本期营业收入总额（当期数），单位：万元，保留两位小数。"),
            ("产业收入（万元）", "营业收入中属于网络安全产业的部分，单位：万元。主营业务全部属于网络安全产业的企业可不填。"),
            ("研发投入（万元）", "企业本期研发费用支出，单位：万元。"),
            ("从业人员（人）", "本期末从业人员人数，单位：人，填整数。"),
            ("单位", "金额单位均为万元（不是元，也不是亿元），保留两位小数；人数单位为人。"),
            (
                "填写要求",
                "只在浅黄色单元格内填写；灰色单元格已锁定，不能修改。只填数字，不填单位、文字或公式。"
                    + "确无发生额的填0，未取得数据的留空，不要填“—”或“无”。"
                    + "从其他表格复制数据时，请使用“选择性粘贴—数值”。"
            ),
            (
                "行和表",
                "不得增加、删除行，不得调整行的顺序，不得修改表头和工作表名称。"
                    + "名单有误（企业已注销、迁出，或有企业未列入）的，请在报送时另行说明。"
            ),
            ("文件格式", "请保存为 Excel 工作簿（.xlsx）原样报送，不要另存为 .xls、WPS（.et）或 PDF 格式。"),
            ("报送时间", due),
            ("联系方式", contact.map(sentence) ?? "见通知。")
        ]
    }

    /// The text with a full stop, unless it ends in one already.
    private static func sentence(_ s: String) -> String {
        guard let last = s.last, !"。.；;！!".contains(last) else { return s }
        return s + "。"
    }
}
