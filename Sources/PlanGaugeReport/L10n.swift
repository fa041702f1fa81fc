/// The few words the pages need, in Chinese and English.
struct L10n {
    let lang: ReportLanguage
    func t(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }

    func period(_ label: String, canonical: String) -> String { lang == .zh ? label : canonical }

    var yi: String { t("亿元", "100m yuan") }
}
