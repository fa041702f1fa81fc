/// The story the sample tells, as the city's industry scale (产业收入 summed) per year, 亿元, for
/// 300 firms. Calibrated so that 2020 ≈ 125亿 (the plan's "doubling" base) and 2023 falls short of
/// 250亿 (CAGR ≈ 23.8% against the 25% target), then crosses it a year late in 2024.
enum IndustryPath {
    static let referenceFirms = 300.0

    static let scaleYi: [Int: Double] = [
        2015: 55, 2016: 63, 2017: 73, 2018: 86, 2019: 104, 2020: 125,
        2021: 158, 2022: 193, 2023: 237, 2024: 264, 2025: 292, 2026: 322
    ]

    /// Target scale for `year` in 万元, scaled to the number of firms; beyond the table ±10% a year.
    static func scaleWan(year: Int, firms: Int) -> Double {
        let yi: Double
        if let v = scaleYi[year] {
            yi = v
        } else if year < 2015 {
            yi = 55 * pow1(1 / 1.10, 2015 - year)
        } else {
            yi = 322 * pow1(1.10, year - 2026)
        }
        return yi * 10_000 * Double(firms) / referenceFirms
    }

    private static func pow1(_ x: Double, _ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * x } }

    /// Typical quarter shares of a cybersecurity year: Q4 earns ~38% (MIIT's 信息安全 2023: 811 of 2,232亿, ~36%).
    static let quarterShares = [0.15, 0.22, 0.25, 0.38]

    /// Within a quarter, the months' shares (quarter-end months are heavier).
    static let monthShares = [0.30, 0.31, 0.39]
}
