/// Districts and cybersecurity parks. Shanghai's parks are the ones the seed documents name (沪经信软〔2021〕1155号,
/// section 六(一)); every park, its id and level are synthetic stand-ins for real places. District
/// names and their 行政区划代码 are the real ones (GB/T 2260).
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
    /// The park's English name (parks.csv's name_en, for English pages).
    var nameEn: String? = nil
}

/// A city the generator can make data for: its districts with their real names and 行政区划代码
/// (GB/T 2260), and synthetic parks. `parks[0]` is the demonstration park that gets the leaders.
public struct SynthRegion: Sendable {
    /// The city's 6-digit division code (`310000`, `510100`).
    public let code: String
    /// 上海市, 成都市 …
    public let name: String
    /// The key `--region` also accepts (`shanghai`).
    public let key: String
    /// The city as it starts firm names (上海…有限公司).
    let prefix: String
    let districts: [District]
    let parks: [ParkSpec]
    /// Districts whose offices send cumulative (累计) GB18030 returns, as Excel on Chinese Windows writes.
    let cumulativeReporters: Set<String>
    /// District of the one foreign-invested firm with a comma in its registered English name.
    let foreignOfficeDistrict: String

    /// The demonstration park.
    var demoPark: ParkSpec { parks[0] }

    /// The regions, the default first.
    public static let all: [SynthRegion] = [.shanghai, .beijing, .hangzhou, .shenzhen, .chengdu]

    /// By division code, key or name (`510100`, `chengdu`, `成都`, `成都市`).
    public static func named(_ text: String) -> SynthRegion? {
        let t = text.lowercased()
        return all.first { $0.code == t || $0.key == t || $0.name == text || $0.prefix == text }
    }

    /// Shanghai: the shipped sample (its tables must not change: Data/sample is checked against them).
    public static let shanghai = SynthRegion(
        code: "310000", name: "上海市", key: "shanghai", prefix: "上海",
        districts: [
            District(name: "普陀区", code: "310107", weight: 0.20),
            District(name: "静安区", code: "310106", weight: 0.11),
            District(name: "松江区", code: "310117", weight: 0.10),
            District(name: "浦东新区", code: "310115", weight: 0.18),
            District(name: "嘉定区", code: "310114", weight: 0.07),
            District(name: "青浦区", code: "310118", weight: 0.05),
            District(name: "徐汇区", code: "310104", weight: 0.10),
            District(name: "杨浦区", code: "310110", weight: 0.08),
            District(name: "闵行区", code: "310112", weight: 0.06),
            District(name: "长宁区", code: "310105", weight: 0.05)
        ],
        parks: [
            ParkSpec(
                id: "PT-DEMO", name: "上海市网络安全产业示范园", district: "普陀区", level: "市级",
                recognized: "2022-01-25", capture: 0.75, otherRevenue: 1.38,
                nameEn: "Shanghai Cybersecurity Industry Demonstration Park"),
            ParkSpec(
                id: "SB-HT", name: "市北高新网络安全产业集聚区", district: "静安区", level: "市级",
                recognized: "2021-06-18", capture: 0.55, otherRevenue: 1.25,
                nameEn: "Shibei Hi-Tech Cybersecurity Cluster"),
            ParkSpec(
                id: "SJ-SJ", name: "松江泗泾国家密码科技创新基地", district: "松江区", level: "市级",
                recognized: "2022-09-01", capture: 0.70, otherRevenue: 1.20,
                nameEn: "Songjiang Sijing National Cryptography Innovation Base"),
            ParkSpec(
                id: "LG-DS", name: "临港新片区数据安全产业园", district: "浦东新区", level: "市级",
                recognized: "2022-11-10", capture: 0.30, otherRevenue: 1.15,
                nameEn: "Lingang Data Security Industrial Park"),
            ParkSpec(
                id: "PD-TZ", name: "浦东唐镇金融科技安全产业园", district: "浦东新区", level: "区级",
                recognized: "2023-03-20", capture: 0.25, otherRevenue: 1.10,
                nameEn: "Pudong Tangzhen Fintech Security Park"),
            ParkSpec(
                id: "JD-CV", name: "嘉定车联网安全产业园", district: "嘉定区", level: "区级",
                recognized: "2022-05-12", capture: 0.60, otherRevenue: 1.30,
                nameEn: "Jiading Connected Vehicle Security Park"),
            ParkSpec(
                id: "QP-ICT", name: "青浦ICT供应链安全产业园", district: "青浦区", level: "区级",
                recognized: "2023-08-08", capture: 0.55, otherRevenue: 1.20,
                nameEn: "Qingpu ICT Supply Chain Security Park")
        ],
        cumulativeReporters: ["松江区", "嘉定区"], foreignOfficeDistrict: "浦东新区")

    /// 北京市 (110000): its districts and parks; 通州区 and 大兴区 send 累计 GB18030 returns.
    public static let beijing = SynthRegion(
        code: "110000", name: "北京市", key: "beijing", prefix: "北京",
        districts: [
            District(name: "海淀区", code: "110108", weight: 0.24),
            District(name: "朝阳区", code: "110105", weight: 0.16),
            District(name: "东城区", code: "110101", weight: 0.06),
            District(name: "西城区", code: "110102", weight: 0.08),
            District(name: "丰台区", code: "110106", weight: 0.08),
            District(name: "石景山区", code: "110107", weight: 0.06),
            District(name: "通州区", code: "110112", weight: 0.10),
            District(name: "大兴区", code: "110115", weight: 0.08),
            District(name: "昌平区", code: "110114", weight: 0.08),
            District(name: "顺义区", code: "110113", weight: 0.06)
        ],
        parks: [
            ParkSpec(
                id: "HD-DEMO", name: "北京市网络安全产业示范园", district: "海淀区", level: "市级",
                recognized: "2021-12-20", capture: 0.70, otherRevenue: 1.40),
            ParkSpec(
                id: "TZ-NS", name: "通州网络安全产业园", district: "通州区", level: "市级",
                recognized: "2022-06-28", capture: 0.60, otherRevenue: 1.25),
            ParkSpec(
                id: "DX-XC", name: "大兴信创安全产业园", district: "大兴区", level: "区级",
                recognized: "2022-11-16", capture: 0.55, otherRevenue: 1.20),
            ParkSpec(
                id: "CY-DS", name: "朝阳数据安全产业园", district: "朝阳区", level: "区级",
                recognized: "2023-04-11", capture: 0.35, otherRevenue: 1.15),
            ParkSpec(
                id: "SJS-II", name: "石景山工业互联网安全产业园", district: "石景山区", level: "区级",
                recognized: "2023-09-05", capture: 0.50, otherRevenue: 1.20)
        ],
        cumulativeReporters: ["通州区", "大兴区"], foreignOfficeDistrict: "朝阳区")

    /// 杭州市 (330100): its districts and parks; 萧山区 and 余杭区 send 累计 GB18030 returns.
    public static let hangzhou = SynthRegion(
        code: "330100", name: "杭州市", key: "hangzhou", prefix: "杭州",
        districts: [
            District(name: "滨江区", code: "330108", weight: 0.24),
            District(name: "西湖区", code: "330106", weight: 0.14),
            District(name: "上城区", code: "330102", weight: 0.08),
            District(name: "拱墅区", code: "330105", weight: 0.08),
            District(name: "余杭区", code: "330110", weight: 0.16),
            District(name: "萧山区", code: "330109", weight: 0.12),
            District(name: "钱塘区", code: "330114", weight: 0.07),
            District(name: "临平区", code: "330113", weight: 0.05),
            District(name: "富阳区", code: "330111", weight: 0.03),
            District(name: "临安区", code: "330112", weight: 0.03)
        ],
        parks: [
            ParkSpec(
                id: "BJ-DEMO", name: "杭州市网络安全产业示范园", district: "滨江区", level: "市级",
                recognized: "2021-11-08", capture: 0.70, otherRevenue: 1.35),
            ParkSpec(
                id: "YH-DS", name: "余杭数据安全产业园", district: "余杭区", level: "市级",
                recognized: "2022-05-26", capture: 0.55, otherRevenue: 1.25),
            ParkSpec(
                id: "XH-MM", name: "西湖密码科技产业园", district: "西湖区", level: "区级",
                recognized: "2022-10-18", capture: 0.45, otherRevenue: 1.20),
            ParkSpec(
                id: "XS-CV", name: "萧山车联网安全产业园", district: "萧山区", level: "区级",
                recognized: "2023-03-15", capture: 0.55, otherRevenue: 1.25),
            ParkSpec(
                id: "QT-ICS", name: "钱塘工控安全产业园", district: "钱塘区", level: "区级",
                recognized: "2023-08-22", capture: 0.50, otherRevenue: 1.15)
        ],
        cumulativeReporters: ["萧山区", "余杭区"], foreignOfficeDistrict: "上城区")

    /// 深圳市 (440300): its districts and parks; 宝安区 and 龙岗区 send 累计 GB18030 returns.
    public static let shenzhen = SynthRegion(
        code: "440300", name: "深圳市", key: "shenzhen", prefix: "深圳",
        districts: [
            District(name: "南山区", code: "440305", weight: 0.26),
            District(name: "福田区", code: "440304", weight: 0.14),
            District(name: "罗湖区", code: "440303", weight: 0.06),
            District(name: "宝安区", code: "440306", weight: 0.14),
            District(name: "龙岗区", code: "440307", weight: 0.14),
            District(name: "龙华区", code: "440309", weight: 0.10),
            District(name: "光明区", code: "440311", weight: 0.06),
            District(name: "坪山区", code: "440310", weight: 0.05),
            District(name: "盐田区", code: "440308", weight: 0.05)
        ],
        parks: [
            ParkSpec(
                id: "NS-DEMO", name: "深圳市网络安全产业示范园", district: "南山区", level: "市级",
                recognized: "2021-10-12", capture: 0.70, otherRevenue: 1.40),
            ParkSpec(
                id: "FT-DS", name: "福田数据安全产业园", district: "福田区", level: "市级",
                recognized: "2022-04-07", capture: 0.45, otherRevenue: 1.20),
            ParkSpec(
                id: "BA-ICS", name: "宝安工控安全产业园", district: "宝安区", level: "区级",
                recognized: "2022-09-23", capture: 0.55, otherRevenue: 1.25),
            ParkSpec(
                id: "LG-XC", name: "龙岗信创安全产业园", district: "龙岗区", level: "区级",
                recognized: "2023-02-14", capture: 0.55, otherRevenue: 1.20),
            ParkSpec(
                id: "LH-MM", name: "龙华密码科技产业园", district: "龙华区", level: "区级",
                recognized: "2023-07-30", capture: 0.50, otherRevenue: 1.15)
        ],
        cumulativeReporters: ["宝安区", "龙岗区"], foreignOfficeDistrict: "福田区")

    /// 成都市 (510100): its districts and parks; 双流区 and 郫都区 send 累计 GB18030 returns.
    public static let chengdu = SynthRegion(
        code: "510100", name: "成都市", key: "chengdu", prefix: "成都",
        districts: [
            District(name: "武侯区", code: "510107", weight: 0.20),
            District(name: "锦江区", code: "510104", weight: 0.08),
            District(name: "青羊区", code: "510105", weight: 0.08),
            District(name: "金牛区", code: "510106", weight: 0.10),
            District(name: "成华区", code: "510108", weight: 0.08),
            District(name: "双流区", code: "510116", weight: 0.16),
            District(name: "郫都区", code: "510117", weight: 0.10),
            District(name: "新都区", code: "510114", weight: 0.07),
            District(name: "龙泉驿区", code: "510112", weight: 0.07),
            District(name: "温江区", code: "510115", weight: 0.06)
        ],
        parks: [
            ParkSpec(
                id: "WH-DEMO", name: "成都市网络安全产业示范园", district: "武侯区", level: "市级",
                recognized: "2021-09-15", capture: 0.75, otherRevenue: 1.35),
            ParkSpec(
                id: "SL-DS", name: "双流数据安全产业园", district: "双流区", level: "市级",
                recognized: "2022-04-20", capture: 0.55, otherRevenue: 1.25),
            ParkSpec(
                id: "PD-MM", name: "郫都密码科技产业园", district: "郫都区", level: "区级",
                recognized: "2022-10-12", capture: 0.60, otherRevenue: 1.20),
            ParkSpec(
                id: "JN-XC", name: "金牛信创安全产业园", district: "金牛区", level: "区级",
                recognized: "2023-03-08", capture: 0.45, otherRevenue: 1.15),
            ParkSpec(
                id: "XD-ICS", name: "新都工控安全产业园", district: "新都区", level: "区级",
                recognized: "2023-07-18", capture: 0.50, otherRevenue: 1.20)
        ],
        cumulativeReporters: ["双流区", "郫都区"], foreignOfficeDistrict: "锦江区")
}

enum Geography {
    static let segments: [(String, Double)] = [
        ("数据安全", 0.16), ("安全服务", 0.16), ("网络边界安全", 0.12), ("终端安全", 0.09), ("云安全", 0.10),
        ("密码", 0.09), ("身份认证", 0.07), ("工控安全", 0.06), ("车联网安全", 0.05), ("安全运营", 0.10)
    ]
}
