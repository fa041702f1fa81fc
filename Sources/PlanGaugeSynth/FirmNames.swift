/// Plausible, clearly invented firm names: the city (上海) + a two-character brand + a line of business.
enum FirmNames {
    private static let first = Array("安信盾御擎云瀚数锐智恒达睿卫网启明星天融观澜衡泰宁远盈")
    private static let second = Array("安盾信御卫宇科拓联创讯图航源鼎合威锋辰华邦维捷")
    private static let business = [
        "信息安全技术", "网络科技", "数据科技", "密码技术", "网络安全技术", "信息技术",
        "智能科技", "软件技术", "安全服务", "数字科技"
    ]

    /// A name not in `used`; after a few collisions a number keeps it unique.
    static func unique(listed: Bool, city: String, used: inout Set<String>, rng: inout SplitMix64) -> String {
        let form = listed ? "股份有限公司" : "有限公司"
        for attempt in 0..<64 {
            let brand = String(rng.pick(first)) + String(rng.pick(second))
            let extra = attempt < 8 ? "" : String(attempt)
            let name = "\(city)\(brand)\(extra)\(rng.pick(business))\(form)"
            if used.insert(name).inserted { return name }
        }
        let name = "\(city)安信\(used.count)信息技术\(form)"
        used.insert(name)
        return name
    }
}
