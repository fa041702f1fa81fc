import Testing
@testable import PlanGaugeReport
import PlanGaugeModel

/// Money on English pages as English readers write it (issue 18, point 5): `CNY x.xx bn` from 1亿
/// (= CNY 100 m = CNY 0.1 bn) up, `CNY x.x m` below; 1亿 = 100 m yuan, 1万 = 10,000 yuan.
@Suite struct EnglishMoneyTests {
    @Test func billionsFromOneYi() {
        #expect(NumberFormat.englishMoney(yi: 237) == "CNY 23.70 bn")  // 237亿 = 23.7 bn
        #expect(NumberFormat.englishMoney(yi: 1) == "CNY 0.10 bn")  // 1亿 = 0.1 bn
        #expect(NumberFormat.englishMoney(yi: 2310) == "CNY 231.00 bn")
        #expect(NumberFormat.englishMoney(yi: 123456) == "CNY 12,345.60 bn")  // grouped thousands
        #expect(NumberFormat.englishMoney(yi: -5.5) == "-CNY 0.55 bn")
    }

    @Test func millionsBelowOneYi() {
        #expect(NumberFormat.englishMoney(yi: 0.032) == "CNY 3.2 m")  // 320万 = 3.2 m
        #expect(NumberFormat.englishMoney(yi: 0.99) == "CNY 99.0 m")
        #expect(NumberFormat.englishMoney(yi: 0.0004) == "CNY 0.04 m")  // 4万 = 40,000 yuan
        #expect(NumberFormat.englishMoney(yi: 0) == "CNY 0.00 m")
    }

    @Test func unitsOfIndicators() {
        let en = L10n(lang: .en)
        #expect(en.money(yi: 0.032) == "CNY 3.2 m")
        #expect(en.value(320, unit: .wan) == "CNY 3.2 m")  // 320万元
        #expect(en.value(25_000, unit: .wan) == "CNY 0.25 bn")  // 2.5亿元
        #expect(en.value(1234.5, unit: .yuan) == "CNY 1,234.50")
        #expect(!en.money(yi: 0.032).contains("yuan"))
        let zh = L10n(lang: .zh)  // Chinese unchanged
        #expect(zh.money(yi: 0.032) == "0.03亿元")
        #expect(zh.value(320, unit: .wan) == "320.00万元")
    }

    @Test func namesInEnglish() {
        let names = EnglishNames(["普陀区": "Putuo"])
        #expect(names.english("普陀区") == "Putuo")  // the dataset's glossary wins
        #expect(names.english("浦东新区") == "Pudong New Area")  // built-in
        #expect(names.english("专精特新") == "specialised and innovative (SRDI)")
        #expect(names.english("ICT") == "ICT")  // no Chinese: as written
        #expect(names.english("张江") == "Zhang Jiang")  // pinyin for a name with no English
        #expect(!EnglishNames.hasCJK(names.english("青浦ICT供应链安全产业园")))
        let en = L10n(lang: .en, names: names)
        #expect(en.park(.init(id: "X", name: "某园", nameEn: "Some Park")) == "Some Park")
        #expect(L10n(lang: .zh, names: names).name("普陀区") == "普陀区")
    }

    @Test func yearLabels() {
        #expect(YearToDate.englishLabel(Period.quarter(2025, 4)!) == "year 2025")
        #expect(YearToDate.englishLabel(Period.quarter(2025, 3)!) == "Jan–Sep 2025 (YTD)")
        #expect(YearToDate.englishWord(Period.quarter(2025, 4)!) == "Full-year")
    }
}

/// A plan's targets as every page shows them: the comparison as a sign, the value with its unit,
/// whatever words the plan used (`> 250亿`, `不少于10家`, `>= 10%`).
@Suite struct TargetDisplayTests {
    static func target(_ comparison: Target.Comparison, _ value: Double, _ unit: IndicatorUnit)
        -> IndicatorRow.TargetInfo
    {
        IndicatorRow.TargetInfo(
            text: "as written", comparison: comparison.rawValue, year: 2025, level: nil, growthRate: nil, value: value,
            unit: unit)
    }

    @Test func chineseSignsAndUnits() {
        let zh = L10n(lang: .zh)
        #expect(zh.target(Self.target(.moreThan, 250, .yi)) == "> 250亿元")
        #expect(zh.target(Self.target(.atLeast, 10, .firms)) == "≥ 10家")
        #expect(zh.target(Self.target(.atLeast, 12.5, .percent)) == "≥ 12.5%")
        #expect(zh.target(Self.target(.atMost, 3, .items)) == "≤ 3个")
        #expect(zh.target(Self.target(.lessThan, 0.35, .number)) == "< 0.35")
        #expect(zh.target(Self.target(.atMost, 10, .rank)) == "前10位")
    }

    @Test func englishUnits() {
        let en = L10n(lang: .en)
        #expect(en.target(Self.target(.moreThan, 250, .yi)) == "> CNY 25.00 bn")  // 250亿 = 25 bn
        #expect(en.target(Self.target(.atLeast, 5000, .wan)) == "≥ CNY 50.0 m")  // 5000万 = 0.5亿 = 50 m
        #expect(en.target(Self.target(.atLeast, 10, .firms)) == "≥ 10 firms")
        #expect(en.target(Self.target(.atMost, 10, .rank)) == "top 10")
    }
}
