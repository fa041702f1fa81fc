import Foundation
import PlanGaugeModel

/// The few words and units the pages need, in Chinese and English. English pages show money as
/// English readers write it: `CNY 23.70 bn` from 1亿 up (1亿 = CNY 0.1 bn), `CNY 3.2 m` below.
struct L10n {
    let lang: ReportLanguage
    /// English for the Chinese district, segment, tag and park names (English pages only).
    var names = EnglishNames()
    func t(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }

    /// A Chinese name (district, segment, tag, level) as the page's language writes it.
    func name(_ zh: String) -> String { lang == .zh ? zh : names.english(zh) }
    /// A park's name: `name_en` from parks.csv on English pages, else the glossary's or pinyin.
    func park(_ p: Park) -> String { lang == .zh ? p.name : (p.nameEn ?? names.english(p.name)) }

    /// A plan's target as every page shows it: the comparison as a sign, the value with its unit
    /// (`> 250亿元`, `≥ 10家`, `> 25%`, `前10位`; `> CNY 25.0 bn`, `≥ 10 firms`, `top 10`).
    func target(_ t: IndicatorRow.TargetInfo) -> String {
        let number = NumberFormat.fixed(t.value, places: 4, trimmingZeros: true)
        if t.unit == .rank && t.comparison == Target.Comparison.atMost.rawValue {
            return SharedText(l: self).topPlaces(number)
        }
        let sign =
            switch Target.Comparison(rawValue: t.comparison) {
            case .atLeast: "≥"
            case .atMost: "≤"
            case .moreThan: ">"
            case .lessThan: "<"
            case nil: ""
            }
        let shown: String
        if lang == .zh {
            shown = number + (t.unit == .number ? "" : t.unit.rawValue)
        } else {
            switch t.unit {
            case .yi: shown = NumberFormat.englishMoney(yi: t.value)
            case .wan: shown = NumberFormat.englishMoney(yi: t.value / 10_000)
            case .yuan: shown = "CNY " + number
            case .percent: shown = number + "%"
            case .firms: shown = number + (t.value == 1 ? " firm" : " firms")
            case .rank: shown = "No. " + number
            case .items, .number: shown = number
            }
        }
        return sign.isEmpty ? shown : sign + " " + shown
    }

    /// An amount given in 亿元: "237.00亿元" or "CNY 23.70 bn".
    func money(yi: Double?) -> String {
        guard let yi else { return "—" }
        return lang == .zh ? NumberFormat.fixed(yi, places: 2) + "亿元" : NumberFormat.englishMoney(yi: yi)
    }

    /// A value in its indicator's display unit.
    func value(_ v: Double?, unit: IndicatorUnit) -> String {
        guard lang == .en, let v else { return NumberFormat.value(v, unit: unit) }
        switch unit {
        case .yi: return money(yi: v)
        case .wan: return NumberFormat.englishMoney(yi: v / 10_000)
        case .yuan: return "CNY " + NumberFormat.fixed(v, places: 2, grouping: true)
        case .percent: return NumberFormat.fixed(v, places: 1) + "%"
        case .firms: return NumberFormat.fixed(v, places: 0) + (v == 1 ? " firm" : " firms")
        case .items: return NumberFormat.fixed(v, places: 0)
        case .number: return NumberFormat.value(v, unit: .number)
        case .rank: return "No. " + NumberFormat.fixed(v, places: 0)
        }
    }

    /// The unit label of a money axis or column, in 亿元 or CNY bn.
    var moneyUnit: String { t("亿元", "CNY bn") }
    /// Divides a 亿元 value for display in `moneyUnit`.
    var moneyScale: Double { lang == .zh ? 1 : 10 }
}
