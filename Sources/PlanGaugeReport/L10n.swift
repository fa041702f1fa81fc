import PlanGaugeModel

/// The few words and units the pages need, in Chinese and English. English pages show money in
/// billions of yuan (1 bn = 10亿) rather than a literal "100 million yuan".
struct L10n {
    let lang: ReportLanguage
    func t(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }

    /// An amount given in 亿元: "237.00亿元" or "23.70 bn yuan".
    func money(yi: Double?) -> String {
        guard let yi else { return "—" }
        return lang == .zh ? NumberFormat.fixed(yi, places: 2) + "亿元" : NumberFormat.fixed(yi / 10, places: 2) + " bn yuan"
    }

    /// A value in its indicator's display unit.
    func value(_ v: Double?, unit: IndicatorUnit) -> String {
        guard lang == .en, let v else { return NumberFormat.value(v, unit: unit) }
        switch unit {
        case .yi: return money(yi: v)
        case .wan: return NumberFormat.fixed(v / 100, places: 2) + " m yuan"
        case .yuan: return NumberFormat.fixed(v, places: 2, grouping: true) + " yuan"
        case .percent: return NumberFormat.fixed(v, places: 1) + "%"
        case .firms: return NumberFormat.fixed(v, places: 0) + (v == 1 ? " firm" : " firms")
        case .items: return NumberFormat.fixed(v, places: 0)
        case .number: return NumberFormat.value(v, unit: .number)
        case .rank: return "No. " + NumberFormat.fixed(v, places: 0)
        }
    }

    /// The unit label of a money axis or column, in 亿元 or bn yuan.
    var moneyUnit: String { t("亿元", "bn yuan") }
    /// Divides a 亿元 value for display in `moneyUnit`.
    var moneyScale: Double { lang == .zh ? 1 : 10 }
}
