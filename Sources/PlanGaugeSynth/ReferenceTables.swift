/// Tables that do not depend on the firms: published national figures, the sample's synthetic
/// city-level series, and milestones. Every published number carries its source; every invented
/// one says so.
enum ReferenceTables {
    typealias Row = [String]

    static let seriesHeader: Row = ["series", "period", "value", "unit", "source"]

    static func series() -> [Row] {
        var rows: [Row] = []
        let miit = "工业和信息化部《软件和信息技术服务业统计公报》"
        let published: [(Int, String, String, String, String)] = [
            (2020, "1498", "10.0", "81616", "13.3"),
            (2021, "1825", "13.0", "94994", "17.7"),
            (2022, "2038", "10.4", "108126", "11.2"),
            (2023, "2232", "12.4", "123258", "13.4"),
            (2024, "2290", "5.1", "137276", "10.0")
        ]
        for (y, v, _, _, _) in published { rows.append(["miit_infosec_revenue", "\(y)", v, "亿元", "\(miit) \(y)年"]) }
        for (y, _, g, _, _) in published {
            let note = y == 2021 ? "，由“回落2.6个百分点”推算，近似值" : "，同口径"
            rows.append(["miit_infosec_growth", "\(y)", g, "%", "\(miit) \(y)年\(note)"])
        }
        for (y, _, _, v, _) in published { rows.append(["miit_software_revenue", "\(y)", v, "亿元", "\(miit) \(y)年"]) }
        for (y, _, _, _, g) in published { rows.append(["miit_software_growth", "\(y)", g, "%", "\(miit) \(y)年，同口径"]) }
        let ytd = [
            ("2023年1-2月", "301", "14.2"), ("2023年1-6月", "856", "10.8"), ("2023年1-9月", "1421", "9.3"),
            ("2023年1-10月", "1630", "10.8"), ("2023年1-12月", "2232", "12.4")
        ]
        for (p, v, _) in ytd { rows.append(["miit_infosec_revenue_ytd", p, v, "亿元", "\(miit) 2023年月度运行情况，累计"]) }
        for (p, _, g) in ytd { rows.append(["miit_infosec_growth_ytd", p, g, "%", "\(miit) 2023年月度运行情况，累计同比"]) }
        rows.append(["caict_cybersecurity_scale", "2021", "2003.5", "亿元", "中国信息通信研究院《中国网络安全产业白皮书》2022"])
        rows.append(["caict_cybersecurity_growth", "2021", "15.8", "%", "中国信息通信研究院《中国网络安全产业白皮书》2022"])

        let synthetic = "合成样例数据（非公开统计数据）"
        let national: [(Int, String)] = [
            (2019, "1563"), (2020, "1730.1"), (2021, "2003.5"), (2022, "2170"),
            (2023, "2330"), (2024, "2410"), (2025, "2520")
        ]
        for (y, v) in national {
            let source = y == 2021 ? "中国信息通信研究院《中国网络安全产业白皮书》2022" : "\(synthetic)：全国网络安全产业规模估算"
            rows.append(["national_cybersecurity_scale", "\(y)", v, "亿元", source])
        }
        let related: [(Int, String)] = [
            (2020, "1180"), (2021, "1480"), (2022, "1850"), (2023, "2310"), (2024, "2590"), (2025, "2880")
        ]
        for (y, v) in related { rows.append(["related_industry_scale", "\(y)", v, "亿元", "\(synthetic)：本市带动相关产业规模"]) }
        let share: [(Int, String)] = [
            (2020, "6.4"), (2021, "7.6"), (2022, "8.9"), (2023, "10.3"), (2024, "10.8"), (2025, "11.2")
        ]
        for (y, v) in share {
            rows.append(["security_share_of_it_investment", "\(y)", v, "%", "\(synthetic)：公共部门网络安全投入占信息化投入比例"])
        }
        let parkRelated: [(Int, String)] = [(2021, "410"), (2022, "520"), (2023, "640"), (2024, "790"), (2025, "960")]
        for (y, v) in parkRelated {
            rows.append(["demo_park_related_industry_scale", "\(y)", v, "亿元", "\(synthetic)：示范园带动相关产业规模"])
        }
        return rows
    }

    static let milestoneHeader: Row = ["kind", "name", "date", "district", "park"]

    static func milestones(_ seed: SplitMix64, region: SynthRegion = .shanghai) -> [Row] {
        var rng = seed
        var rows: [Row] =
            region.code != SynthRegion.shanghai.code
            ? parkMilestones(region)
            : [
                ["national_park", "国家级网络安全产业园区（上海普陀示范园）", "2023-09-26", "普陀区", "PT-DEMO"],
                ["国家级园区", "国家级网络安全产业园区（松江泗泾）", "2025-04-18", "松江区", "SJ-SJ"],
                ["cluster", "示范园数据安全产业集群", "2023-06-15", "普陀区", "PT-DEMO"],
                ["cluster", "示范园安全运营服务产业集群", "2025-03-28", "普陀区", "PT-DEMO"],
                ["产业集群", "嘉定车联网安全产业集群", "2023-11-02", "嘉定区", "JD-CV"],
                ["cluster", "临港数据跨境流通安全产业集群", "2024-07-09", "浦东新区", "LG-DS"]
            ]
        let centres = [
            "金融科技安全", "车联网安全", "工业互联网安全", "数据安全", "密码应用", "云安全", "人工智能安全",
            "信创安全", "医疗数据安全", "城市数字化转型安全", "供应链安全", "零信任"
        ]
        let centreDates = [
            "2022-03-18", "2022-05-20", "2022-07-08", "2022-09-16", "2022-11-25", "2023-01-13", "2023-04-21",
            "2023-06-30", "2023-09-08", "2023-11-17", "2024-06-12", "2025-05-23"
        ]
        for (i, c) in centres.enumerated() {
            rows.append([
                i % 3 == 0 ? "协同创新中心" : "innovation_center", "\(region.name)网络安全产业协同创新中心（\(c)）",
                centreDates[i], "", ""
            ])
        }
        let sectors = ["金融", "电信", "能源", "交通", "医疗", "教育", "政务", "制造", "车联网", "城市治理"]
        // 87 demand scenarios opened by the 2023 deadline (target ≥ 100), 40 more afterwards.
        for n in 0..<127 {
            let (year, month) = n < 87 ? (2022 + n / 48, 1 + n % 48 % 12) : (2024 + (n - 87) / 20, 1 + (n - 87) % 12)
            let day = 1 + Int(rng.next() % 28)
            let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            rows.append(["demand_scenario", "\(rng.pick(sectors))行业安全需求场景 \(n + 1)号", date, "", ""])
        }
        return rows
    }

    /// The park milestones of a region other than Shanghai: its demonstration park recognised as a
    /// national park and two clusters there, a second park's recognition and a cluster in a third.
    private static func parkMilestones(_ region: SynthRegion) -> [Row] {
        let demo = region.demoPark
        let parks = region.parks
        var rows: [Row] = [
            ["national_park", "国家级网络安全产业园区（\(demo.name)）", "2023-09-26", demo.district, demo.id],
            ["cluster", "示范园数据安全产业集群", "2023-06-15", demo.district, demo.id],
            ["cluster", "示范园安全运营服务产业集群", "2025-03-28", demo.district, demo.id]
        ]
        if parks.count > 1 {
            rows.insert(["国家级园区", "国家级网络安全产业园区（\(parks[1].name)）", "2025-04-18", parks[1].district, parks[1].id], at: 1)
        }
        if parks.count > 2 {
            rows.append(["产业集群", "\(parks[2].name)产业集群", "2023-11-02", parks[2].district, parks[2].id])
        }
        return rows
    }
}
