import PlanGaugeModel

/// `plangauge grants check|budget|evaluate` as terminal text (Chinese, amounts in 万元), JSON (the
/// report model, money in 分) and CSV (one table, money in exact 元, for Excel and scripts).
public enum PolicyFundsTextRenderer {
    static func wan(_ fen: Int64?) -> String { fen.map { Amount(fen: $0).formatted(in: .wan, decimals: 2, grouping: true) } ?? "—" }

    static func header(_ r: PolicyFundsReport) -> String {
        r.policies.map { "\($0.title)  \($0.document)  有效期 \($0.validFrom) 至 \($0.validTo)" }.joined(separator: "\n") + "\n\n"
    }

    public static func check(_ r: PolicyFundsReport) -> String {
        var t = TextTable(headers: ["项目编号", "企业", "条款", "申报日期", "基数", "应享额度", "核定", "已拨付", "问题"],
                          alignments: [.left, .left, .left, .left, .right, .right, .right, .right, .left])
        for g in r.check.grants {
            t.rows.append([g.id, g.enterpriseName, "\(g.policy) \(g.clause)", g.applied, wan(g.baseFen), wan(g.entitlementFen),
                           wan(g.grantedFen), wan(g.paidFen), g.findings.isEmpty ? "" : String(g.findings.count)])
        }
        var out = header(r) + "金额单位：万元\n" + t.render() + "\n"
        let c = r.check
        if c.findings.isEmpty {
            out += "核查发现：无（\(c.grants.count) 个项目均符合政策规定）\n"
        } else {
            out += "核查发现：\(c.findings.count) 项，涉及 \(wan(c.amountInQuestionFen))万元\n"
            for f in c.findings {
                out += "\(f.file):\(f.line): \(f.kind): \(f.grant) \(f.enterpriseName)：\(f.message)\n"
            }
        }
        return out
    }

    public static func budget(_ r: PolicyFundsReport) -> String {
        let b = r.budget
        var years = TextTable(headers: ["年度", "新增核定", "计划拨付", "实际拨付", "待拨付"], alignments: [.left, .right, .right, .right, .right])
        for y in b.years {
            years.rows.append([String(y.year), wan(y.committedFen), wan(y.scheduledFen), wan(y.paidFen), wan(y.toPayFen)])
        }
        years.rows.append(["合计", wan(b.committedFen), wan(b.years.reduce(0) { $0 + $1.scheduledFen }), wan(b.paidFen), wan(b.toPayFen)])
        var clauses = TextTable(headers: ["政策", "条款", "名称", "项目数", "核定", "应享额度", "已拨付", "未拨付"],
                                alignments: [.left, .left, .left, .right, .right, .right, .right, .right])
        for c in b.clauses {
            clauses.rows.append([c.policy, c.clauseNumber, c.title, String(c.grants), wan(c.committedFen), wan(c.entitlementFen),
                                 wan(c.paidFen), wan(c.remainingFen)])
        }
        var out = header(r) + "截至 \(b.asOf)，金额单位：万元\n\n按年度\n" + years.render() + "\n按条款\n" + clauses.render()
        out += "\n以后年度待拨付 \(wan(b.futureFen))万元。\n口径：\(b.rule)\n"
        return out
    }

    public static func evaluation(_ r: PolicyFundsReport) -> String {
        let e = r.evaluation
        func pct(_ x: Double?) -> String { NumberFormat.percent(x) }
        func pts(_ x: Double?) -> String { x.map { NumberFormat.fixed($0 * 100, places: 1) } ?? "—" }
        var out = header(r) + "绩效评估（数据期 \(e.dataPeriod)）\n" + e.conclusion + "\n"
        out += "可评估获支持企业 \(e.evaluated) 家，对照企业 \(e.controlsUsed) 家；拨付 \(wan(e.paidFen))万元，其营业收入增加 \(wan(e.revenueGrowthFen))万元"
        out += e.subsidyPerYiGrowth.map { "，每亿元营收增长对应补贴 \(NumberFormat.fixed($0 / 10_000, places: 2))万元" } ?? "，营收未增长，不计算每亿元补贴"
        if let x = e.subsidyPerYiExcessGrowth {
            out += "；按超出对照组的增长计，每亿元 \(NumberFormat.fixed(x / 10_000, places: 2))万元"
        } else if e.estimate != nil {
            out += "；未见超出对照组的增长，不计算其每亿元补贴"
        }
        out += "。\n\n"
        var t = TextTable(headers: ["年度", "细分领域", "规模", "支持", "对照", "支持前", "支持后", "对照前", "对照后", "差异(百分点)"],
                          alignments: [.left, .left, .left, .right, .right, .right, .right, .right, .right, .right])
        for c in e.cells {
            t.rows.append([String(c.cohort), c.segment, c.bandLabel, String(c.treated), String(c.controls), pct(c.treatedPre),
                           pct(c.treatedPost), pct(c.controlPre), pct(c.controlPost), c.difference == nil ? "样本不足" : pts(c.difference)])
        }
        out += t.render()
        if !e.excluded.isEmpty {
            out += "\n未纳入评估的获支持企业（\(e.excluded.count) 家）：\n"
            for x in e.excluded { out += "  \(x.cohort) \(x.enterpriseName)（\(x.enterprise)）：\(x.reasonLabel)\n" }
        }
        out += "\n" + e.method.joined(separator: "\n") + "\n局限：\n" + e.limits.map { "- " + $0 }.joined(separator: "\n") + "\n"
        return out
    }
}

public enum PolicyFundsCSVRenderer {
    static func yuan(_ fen: Int64?) -> String { fen.map { Amount(fen: $0).formatted(in: .yuan, decimals: 2) } ?? "" }
    static func num(_ d: Double?) -> String { d.map { NumberFormat.fixed($0, places: 6).trimmedZeros } ?? "" }
    static func lines(_ header: [String], _ rows: [[String]]) -> String {
        ([header.joined(separator: ",")] + rows.map { $0.map(CSVCell.escape).joined(separator: ",") }).joined(separator: "\n") + "\n"
    }

    public static func check(_ r: PolicyFundsReport) -> String {
        let messages = Dictionary(grouping: r.check.findings, by: \.grant)
        return lines(["grant", "enterprise", "enterprise_name", "policy", "clause", "item", "applied", "base_yuan", "granted_yuan",
                      "entitlement_yuan", "yearly_entitlement_yuan", "years_awarded", "years_allowed", "paid_yuan", "findings", "finding_messages"],
                     r.check.grants.map { g in
                         [g.id, g.enterprise, g.enterpriseName, g.policy, g.clause, g.item ?? "", g.applied, yuan(g.baseFen), yuan(g.grantedFen),
                          yuan(g.entitlementFen), yuan(g.yearlyEntitlementFen), String(g.yearsAwarded), g.yearsAllowed.map(String.init) ?? "",
                          yuan(g.paidFen), g.findings.joined(separator: ";"),
                          (messages[g.id] ?? []).map(\.message).joined(separator: "；")]
                     })
    }

    public static func budgetByYear(_ r: PolicyFundsReport) -> String {
        lines(["year", "committed_yuan", "scheduled_yuan", "paid_yuan", "to_pay_yuan"],
              r.budget.years.map { [String($0.year), yuan($0.committedFen), yuan($0.scheduledFen), yuan($0.paidFen), yuan($0.toPayFen)] })
    }

    public static func budgetByClause(_ r: PolicyFundsReport) -> String {
        lines(["policy", "clause", "clause_number", "title", "grants", "committed_yuan", "entitlement_yuan", "paid_yuan", "remaining_yuan"],
              r.budget.clauses.map { [$0.policy, $0.clause, $0.clauseNumber, $0.title, String($0.grants), yuan($0.committedFen),
                                      yuan($0.entitlementFen), yuan($0.paidFen), yuan($0.remainingFen)] })
    }

    public static func evaluation(_ r: PolicyFundsReport) -> String {
        lines(["cohort", "segment", "band", "treated", "controls", "treated_pre", "treated_post", "control_pre", "control_post", "difference"],
              r.evaluation.cells.map { [String($0.cohort), $0.segment, $0.band, String($0.treated), String($0.controls), num($0.treatedPre),
                                        num($0.treatedPost), num($0.controlPre), num($0.controlPost), num($0.difference)] })
    }
}
