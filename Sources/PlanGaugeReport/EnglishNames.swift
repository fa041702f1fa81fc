import Foundation

/// English names for the Chinese place, segment and tag names the pages print (`--lang en`).
///
/// A name is looked up in the dataset's own glossary (`glossary.csv`: term, english) first, then in
/// the built-in glossary below; a name in neither is written in pinyin. Firm names are proper names
/// given only in Chinese and are not passed through here.
public struct EnglishNames: Sendable, Equatable {
    /// The dataset's entries, which win over the built-in ones.
    public var entries: [String: String]

    /// Names with the dataset's glossary entries (term → English) over the built-in ones.
    public init(_ entries: [String: String] = [:]) { self.entries = entries }

    /// The English for `term`: as written when it has no Chinese, else the glossary's, else pinyin.
    public func english(_ term: String) -> String {
        let trimmed = term.trimmingCharacters(in: .whitespaces)
        guard Self.hasCJK(trimmed) else { return term }
        if let e = entries[trimmed] ?? Self.builtIn[trimmed] { return e }
        return Self.pinyin(trimmed)
    }

    /// Whether `s` holds a CJK ideograph.
    public static func hasCJK(_ s: String) -> Bool { s.unicodeScalars.contains(where: isCJK) }

    /// The CJK Unified Ideographs (and extension A, compatibility ideographs).
    public static func isCJK(_ u: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(u.value) || (0x3400...0x4DBF).contains(u.value)
            || (0xF900...0xFAFF).contains(u.value)
    }

    /// `张江园` → `Zhang Jiang Yuan`: Foundation's Mandarin transliteration without tone marks, each
    /// syllable capitalised (a proper name); Latin letters and digits in the name are kept.
    static func pinyin(_ s: String) -> String {
        // Each run of ideographs on its own, so the Latin text around it stays as written.
        var out = "", run = ""
        func flush() {
            guard !run.isEmpty else { return }
            defer { run = "" }
            guard
                let latin = run.applyingTransform(.mandarinToLatin, reverse: false)?
                    .applyingTransform(.stripDiacritics, reverse: false), !hasCJK(latin)
            else { out += run; return }
            if let last = out.last, !last.isWhitespace, !"([（".contains(last) { out += " " }
            out += latin.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        }
        for c in s {
            if c.unicodeScalars.contains(where: isCJK) { run.append(c) } else { flush(); out.append(c) }
        }
        flush()
        return out
    }

    /// Shanghai's districts, the sample's segments and the plan's tags.
    static let builtIn: [String: String] = [
        // 上海市各区
        "浦东新区": "Pudong New Area", "黄浦区": "Huangpu District", "徐汇区": "Xuhui District",
        "长宁区": "Changning District", "静安区": "Jing'an District", "普陀区": "Putuo District",
        "虹口区": "Hongkou District", "杨浦区": "Yangpu District", "闵行区": "Minhang District",
        "宝山区": "Baoshan District", "嘉定区": "Jiading District", "金山区": "Jinshan District",
        "松江区": "Songjiang District", "青浦区": "Qingpu District", "奉贤区": "Fengxian District",
        "崇明区": "Chongming District", "临港新片区": "Lingang Special Area", "上海市": "Shanghai", "全市": "City",
        // 园区级别
        "国家级": "national", "市级": "municipal", "区级": "district-level",
        // 细分领域
        "云安全": "cloud security", "安全服务": "security services", "安全运营": "security operations",
        "密码": "cryptography", "工控安全": "industrial control security", "数据安全": "data security",
        "终端安全": "endpoint security", "网络边界安全": "network perimeter security", "身份认证": "identity and authentication",
        "车联网安全": "connected-vehicle security", "应用安全": "application security", "安全芯片": "security chips",
        "未标注": "not given", "其他": "other",
        // 企业标签
        "（其他企业）": "(other firms)", "龙头企业": "leading firm", "专精特新": "specialised and innovative (SRDI)",
        "小巨人": "\"little giant\"",
        "细分明星": "niche star", "上市": "listed", "高新技术企业": "high-tech enterprise"
    ]
}
