/// The Word report's own words (`report --docx`), in Chinese and English: heading numbers, table
/// captions, the notes under tables, and the progress table's marker columns. The tiles' and bars'
/// column heads are the Markdown renderer's (`PageChromeText`).
struct DocxText {
    let l: L10n

    /// A section heading's number: "一、" … "二十一、" or "1. ".
    func sectionNumber(_ n: Int) -> String { l.t(Self.chineseNumeral(n) + "、", "\(n). ") }
    /// A table's caption, numbered through the document: "表1　总量与增速" or "Table 1. Totals".
    func caption(_ n: Int, _ title: String) -> String {
        l.t("表\(n)　\(title)", "Table \(n). \(title)")
    }
    /// A chart's unit after its table's caption when no column names it: "（单位：亿元）" or " (CNY bn)".
    func unit(_ unit: String) -> String { l.t("（单位：\(unit)）", " (\(unit))") }
    /// A note under a table or a section: "注：…" or "Note: …".
    func note(_ text: String) -> String { l.t("注：", "Note: ") + text }
    /// Under a table cut to its first rows, as the page cuts it: where the rest is.
    func firstRows(_ shown: Int, of total: Int, file: String?) -> String {
        let rest = file.map { l.t("，完整数据见 \($0)", "; \($0) has all") } ?? ""
        return l.t("表中列前 \(shown) 行（共 \(total) 行）", "The table lists the first \(shown) of \(total) rows")
            + rest + l.t("。", ".")
    }
    // The progress table's markers (the page draws them as lines on the bars).
    var calendarProgress: String { l.t("时间进度", "Time elapsed") }
    var seasonalProgress: String { l.t("季节性进度", "Seasonal benchmark") }

    /// 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; numbers outside 1–99 as digits.
    static func chineseNumeral(_ n: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        guard (1...99).contains(n) else { return String(n) }
        let tens = n / 10, ones = n % 10
        if tens == 0 { return digits[ones] }
        return (tens == 1 ? "" : digits[tens]) + "十" + digits[ones]
    }
}
