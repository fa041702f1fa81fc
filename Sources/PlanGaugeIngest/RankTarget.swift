/// Rank targets as plans write them: `前10位`, `进入全国前十位`, `保持前3名`, `位居全国前10位以内`.
/// The place is a rank ≤ N (1 is first), for an indicator with `unit: 位`.
enum RankTarget {
    private static let verbs = ["进入", "保持", "位居", "位列", "稳居", "跻身", "稳定在"]
    private static let scopes = ["全国", "全球", "全市", "全省", "国内", "世界"]

    /// N of `…前N位…`, or nil when the text is no rank target.
    static func place(in text: Substring) -> Int? {
        var t = text
        for v in verbs where t.hasPrefix(v) { t = t.dropFirst(v.count); break }
        for s in scopes where t.hasPrefix(s) { t = t.dropFirst(s.count); break }
        guard t.hasPrefix("前") else { return nil }
        t = t.dropFirst()
        for end in ["以内", "之内"] where t.hasSuffix(end) { t = t.dropLast(end.count) }
        if t.hasSuffix("位") || t.hasSuffix("名") { t = t.dropLast() }
        guard let n = Int(t) ?? chineseNumber(t), n > 0 else { return nil }
        return n
    }

    /// 一 … 九十九 (十, 十五, 二十, 二十五).
    static func chineseNumber(_ s: Substring) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let c = Array(s)
        switch c.count {
        case 1: return c[0] == "十" ? 10 : digits[c[0]]
        case 2 where c[0] == "十": return digits[c[1]].map { 10 + $0 }
        case 2 where c[1] == "十": return digits[c[0]].map { $0 * 10 }
        case 3 where c[1] == "十": return digits[c[0]].flatMap { t in digits[c[2]].map { t * 10 + $0 } }
        default: return nil
        }
    }
}
