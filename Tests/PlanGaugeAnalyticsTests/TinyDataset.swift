import PlanGaugeModel

/// Small hand-built datasets whose every number is known.
enum Tiny {
    /// The n-th valid code: 9131010700000000 + two digits + its check character.
    static func id(_ n: Int) -> USCC {
        let prefix = "913101070000000" + (n < 10 ? "0" : "") + String(n)
        let body = String(prefix.prefix(17))
        return USCC(body + String(USCC.checkCharacter(forPrefix: body)!))!
    }

    static func firm(_ n: Int, tags: [String] = [], park: String? = nil) -> Enterprise {
        Enterprise(id: id(n), name: "企业\(n)", district: "普陀区", park: park, segment: "数据安全", tags: tags)
    }

    /// One year-total (当期 year) revenue fact per (firm, year, fen).
    static func yearly(_ rows: [(Int, Int, Int64)]) -> [RevenueFact] {
        rows.map { RevenueFact(enterprise: id($0.0), period: .year($0.1)!, basis: .period, revenue: Amount(fen: $0.2)) }
    }
}
