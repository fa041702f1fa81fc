/// One value of an external or published series (`series.csv`), e.g. MIIT's national 信息安全 revenue.
public struct SeriesPoint: Hashable, Sendable {
    /// The series name, e.g. `miit_infosec_revenue`, as measures refer to it.
    public var series: String
    /// The period the value is for (usually a year).
    public var period: Period
    /// The value as written, in `unit`.
    public var value: ExactDecimal
    /// As written: 亿元, %, 个 … Money units are understood by `amount`.
    public var unit: String?
    /// Where the value was published, as the file says.
    public var source: String?

    /// A series value from its parts.
    public init(series: String, period: Period, value: ExactDecimal, unit: String? = nil, source: String? = nil) {
        self.series = series
        self.period = period
        self.value = value
        self.unit = unit
        self.source = source
    }

    /// The value as money when the unit is one of 元, 千元, 万元, 亿元 and it lands on whole 分.
    public var amount: Amount? {
        guard let unit, let money = MoneyUnit(rawValue: unit) ?? MoneyUnit.fromShortName(unit) else { return nil }
        return value.amount(in: money)
    }
}

extension MoneyUnit {
    /// `万` for 万元, `亿` for 亿元 and so on, as cells and headers often write them.
    public static func fromShortName(_ s: some StringProtocol) -> MoneyUnit? {
        switch s {
        case "元", "yuan": .yuan
        case "千", "千元", "qian": .qian
        case "万", "万元", "wan": .wan
        case "亿", "亿元", "yi": .yi
        default: nil
        }
    }
}
