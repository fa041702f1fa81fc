/// Shanghai's districts and the cybersecurity parks the seed documents name (沪经信软〔2021〕1155号,
/// section 六(一)). Parks, their ids and levels are synthetic stand-ins for the real places.
struct District {
    let name: String
    /// The 6-digit administrative division code that starts a 统一社会信用代码 registered there.
    let code: String
    /// Share of firms registered here.
    let weight: Double
}

struct ParkSpec {
    let id: String
    let name: String
    let district: String
    let level: String
    let recognized: String
    /// Share of the district's firms that sit in the park.
    let capture: Double
    /// The park office's figures include firms outside the tracked list: revenue multiplier.
    let otherRevenue: Double
}

enum Geography {
    static let districts: [District] = [
        District(name: "普陀区", code: "310107", weight: 0.20),
        District(name: "静安区", code: "310106", weight: 0.11),
        District(name: "松江区", code: "310117", weight: 0.10),
        District(name: "浦东新区", code: "310115", weight: 0.18),
        District(name: "嘉定区", code: "310114", weight: 0.07),
        District(name: "青浦区", code: "310118", weight: 0.05),
        District(name: "徐汇区", code: "310104", weight: 0.10),
        District(name: "杨浦区", code: "310110", weight: 0.08),
        District(name: "闵行区", code: "310112", weight: 0.06),
        District(name: "长宁区", code: "310105", weight: 0.05),
    ]

    static let parks: [ParkSpec] = [
        ParkSpec(id: "PT-DEMO", name: "上海市网络安全产业示范园", district: "普陀区", level: "市级",
                 recognized: "2022-01-25", capture: 0.75, otherRevenue: 1.38),
        ParkSpec(id: "SB-HT", name: "市北高新网络安全产业集聚区", district: "静安区", level: "市级",
                 recognized: "2021-06-18", capture: 0.55, otherRevenue: 1.25),
        ParkSpec(id: "SJ-SJ", name: "松江泗泾国家密码科技创新基地", district: "松江区", level: "市级",
                 recognized: "2022-09-01", capture: 0.70, otherRevenue: 1.20),
        ParkSpec(id: "LG-DS", name: "临港新片区数据安全产业园", district: "浦东新区", level: "市级",
                 recognized: "2022-11-10", capture: 0.30, otherRevenue: 1.15),
        ParkSpec(id: "PD-TZ", name: "浦东唐镇金融科技安全产业园", district: "浦东新区", level: "区级",
                 recognized: "2023-03-20", capture: 0.25, otherRevenue: 1.10),
        ParkSpec(id: "JD-CV", name: "嘉定车联网安全产业园", district: "嘉定区", level: "区级",
                 recognized: "2022-05-12", capture: 0.60, otherRevenue: 1.30),
        ParkSpec(id: "QP-ICT", name: "青浦ICT供应链安全产业园", district: "青浦区", level: "区级",
                 recognized: "2023-08-08", capture: 0.55, otherRevenue: 1.20),
    ]

    static let segments: [(String, Double)] = [
        ("数据安全", 0.16), ("安全服务", 0.16), ("网络边界安全", 0.12), ("终端安全", 0.09), ("云安全", 0.10),
        ("密码", 0.09), ("身份认证", 0.07), ("工控安全", 0.06), ("车联网安全", 0.05), ("安全运营", 0.10),
    ]

    /// Districts whose offices send cumulative (累计) GB18030 returns, as Excel on Chinese Windows writes.
    static let cumulativeReporters: Set<String> = ["松江区", "嘉定区"]
}
