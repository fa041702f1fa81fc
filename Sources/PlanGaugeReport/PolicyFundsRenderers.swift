import PlanGaugeModel

/// `plangauge grants check|budget|evaluate` as terminal text (Chinese by default, English with
/// `--lang en`; amounts in 万元 in both, exact to the 分 shown), JSON (the report model, money in
/// 分) and CSV (one table, money in exact 元, for Excel and scripts).
public enum PolicyFundsTextRenderer {
    static func wan(_ fen: Int64?) -> String {
        fen.map { Amount(fen: $0).formatted(in: .wan, decimals: 2, grouping: true) } ?? "—"
    }

    static func header(_ r: PolicyFundsReport, _ l: L10n) -> String {
        r.policies.map {
            "\($0.title)  \($0.document)  "
                + l.t("有效期 \($0.validFrom) 至 \($0.validTo)", "valid \($0.validFrom) to \($0.validTo)")
        }
        .joined(separator: "\n") + "\n\n"
    }

    /// `grants check`: the policies, one line per grant (amounts in 万元), then every finding as `file:line: kind: grant firm: message`.
    public static func check(_ r: PolicyFundsReport, lang: ReportLanguage = .zh) -> String {
        let l = L10n(lang: lang)
        var t = TextTable(
            headers: [
                l.t("项目编号", "Grant"), l.t("企业", "Enterprise"), l.t("条款", "Clause"), l.t("申报日期", "Applied"),
                l.t("基数", "Base"), l.t("应享额度", "Entitlement"), l.t("核定", "Granted"), l.t("已拨付", "Paid"),
                l.t("问题", "Findings")
            ],
            alignments: [.left, .left, .left, .left, .right, .right, .right, .right, .left])
        for g in r.check.grants {
            t.rows.append([
                g.id, g.enterpriseName, "\(g.policy) \(g.clause)", g.applied, wan(g.baseFen), wan(g.entitlementFen),
                wan(g.grantedFen), wan(g.paidFen), g.findings.isEmpty ? "" : String(g.findings.count)
            ])
        }
        var out = header(r, l) + l.t("金额单位：万元", "Amounts in 万元 (10k yuan)") + "\n" + t.render() + "\n"
        let c = r.check
        if c.findings.isEmpty {
            out +=
                l.t(
                    "核查发现：无（\(c.grants.count) 个项目均符合政策规定）",
                    "Findings: none (all \(c.grants.count) grants keep to their policies)") + "\n"
        } else {
            out +=
                l.t(
                    "核查发现：\(c.findings.count) 项，涉及 \(wan(c.amountInQuestionFen))万元",
                    "Findings: \(c.findings.count), involving \(wan(c.amountInQuestionFen)) 万元") + "\n"
            for f in c.findings {
                out +=
                    "\(f.file):\(f.line): \(f.kind): \(f.grant) \(f.enterpriseName)"
                    + l.t("：\(f.message)", ": \(f.messageEn)") + "\n"
            }
        }
        return out
    }

    /// `grants budget`: the budget by year and by clause (万元), what later years still owe, and the counting rule.
    public static func budget(_ r: PolicyFundsReport, lang: ReportLanguage = .zh) -> String {
        let l = L10n(lang: lang)
        let b = r.budget
        var years = TextTable(
            headers: [
                l.t("年度", "Year"), l.t("新增核定", "Committed"), l.t("计划拨付", "Scheduled"), l.t("实际拨付", "Paid"),
                l.t("待拨付", "To pay"), l.t("其中存疑", "of which at risk")
            ],
            alignments: [.left, .right, .right, .right, .right, .right])
        for y in b.years {
            years.rows.append([
                String(y.year), wan(y.committedFen), wan(y.scheduledFen), wan(y.paidFen), wan(y.toPayFen),
                wan(y.atRiskFen)
            ])
        }
        years.rows.append([
            l.t("合计", "Total"), wan(b.committedFen), wan(b.scheduledFen), wan(b.paidFen), wan(b.toPayFen),
            wan(b.atRiskFen)
        ])
        var clauses = TextTable(
            headers: [
                l.t("政策", "Policy"), l.t("条款", "Clause"), l.t("名称", "Title"), l.t("项目数", "Grants"),
                l.t("核定", "Committed"),
                l.t("应享额度", "Entitlement"), l.t("已拨付", "Paid"), l.t("未拨付", "Remaining")
            ],
            alignments: [.left, .left, .left, .right, .right, .right, .right, .right])
        for c in b.clauses {
            clauses.rows.append([
                c.policy, c.clauseNumber, c.title, String(c.grants), wan(c.committedFen), wan(c.entitlementFen),
                wan(c.paidFen), wan(c.remainingFen)
            ])
        }
        var out = header(r, l) + l.t("截至 \(b.asOf)，金额单位：万元", "As of \(b.asOf); amounts in 万元 (10k yuan)") + "\n\n"
        out += l.t("按年度", "By year") + "\n" + years.render() + "\n" + l.t("按条款", "By clause") + "\n" + clauses.render()
        out +=
            "\n"
            + l.t(
                "以后年度待拨付 \(wan(b.futureFen))万元，其中存疑 \(wan(b.futureAtRiskFen))万元。",
                "Due in later years: \(wan(b.futureFen)) 万元, of which at risk \(wan(b.futureAtRiskFen)) 万元.")
        out += "\n" + l.t("口径：", "Rule: ") + l.t(b.rule, b.ruleEn) + "\n"
        return out
    }

    /// `grants evaluate`: each window's conclusion, figures and cells, the firms left out and why, then the method and its limits.
    public static func evaluation(_ r: PolicyFundsReport, lang: ReportLanguage = .zh) -> String {
        let l = L10n(lang: lang)
        let e = r.evaluation
        func pct(_ x: Double?) -> String { NumberFormat.percent(x) }
        func pts(_ x: Double?) -> String { x.map { NumberFormat.fixed($0 * 100, places: 1) } ?? "—" }
        var out = header(r, l) + l.t("绩效评估（数据期 \(e.dataPeriod)）", "Evaluation (data period \(e.dataPeriod))") + "\n"
        for w in e.windows {
            out += "\n【" + l.t(w.label, w.labelEn) + "】\n" + l.t(w.conclusion, w.conclusionEn) + "\n"
            guard !w.cells.isEmpty || !w.excluded.isEmpty else { continue }
            out += l.t(
                "可评估获支持企业 \(w.evaluated) 家，对照企业 \(w.controlsUsed) 家；至 \(w.after) 年末拨付 \(wan(w.paidFen))万元，其营业收入（\(w.after) 年比上年）增加 \(wan(w.revenueGrowthFen))万元",
                "\(w.evaluated) supported firms evaluated, \(w.controlsUsed) comparison firms; \(wan(w.paidFen)) 万元 paid by the end of \(w.after), their revenue up \(wan(w.revenueGrowthFen)) 万元 (\(w.after) over the year before)"
            )
            out +=
                w.subsidyPerYiGrowth.map {
                    l.t(
                        "，每亿元营收增长对应补贴 \(NumberFormat.fixed($0 / 10_000, places: 2))万元",
                        "; subsidy per 1亿元 of revenue growth \(NumberFormat.fixed($0 / 10_000, places: 2)) 万元")
                }
                ?? l.t("，营收未增长，不计算每亿元补贴", "; revenue did not grow: no subsidy per growth")
            if let x = w.subsidyPerYiExcessGrowth {
                out += l.t(
                    "；按超出对照组的增长计，每亿元 \(NumberFormat.fixed(x / 10_000, places: 2))万元",
                    "; per 1亿元 of growth above the comparison \(NumberFormat.fixed(x / 10_000, places: 2)) 万元")
            } else if w.estimate != nil {
                out += l.t("；未见超出对照组的增长，不计算其每亿元补贴", "; no growth above the comparison, so none per such growth")
            }
            out += l.t("。", ".") + "\n\n"
            var t = TextTable(
                headers: [
                    l.t("年度", "Cohort"), l.t("细分领域", "Segment"), l.t("规模", "Size"), l.t("支持", "Supp."),
                    l.t("对照", "Comp."),
                    l.t("支持前", "Before"), l.t("支持后", "After"), l.t("对照前", "Comp. before"), l.t("对照后", "Comp. after"),
                    l.t("差异(百分点)", "Diff. (pts)"), l.t("标准误", "s.e.")
                ],
                alignments: [.left, .left, .left, .right, .right, .right, .right, .right, .right, .right, .right])
            for c in w.cells {
                t.rows.append([
                    String(c.cohort), c.segment, l.t(c.bandLabel, c.band), String(c.treated), String(c.controls),
                    pct(c.treatedPre),
                    pct(c.treatedPost), pct(c.controlPre), pct(c.controlPost),
                    c.difference == nil ? l.t("样本不足", "too few") : pts(c.difference), pts(c.standardError)
                ])
            }
            out += t.render()
            if !w.excluded.isEmpty {
                out +=
                    "\n"
                    + l.t("未纳入评估的获支持企业（\(w.excluded.count) 家）：", "Supported firms not evaluated (\(w.excluded.count)):")
                    + "\n"
                for x in w.excluded {
                    out += "  \(x.cohort) \(x.enterpriseName)（\(x.enterprise)）：" + l.t(x.reasonLabel, x.reason) + "\n"
                }
            }
        }
        out += "\n" + l.t(e.method, e.methodEn).joined(separator: "\n") + "\n" + l.t("局限：", "Limits:") + "\n"
        out += l.t(e.limits, e.limitsEn).map { "- " + $0 }.joined(separator: "\n") + "\n"
        return out
    }
}

extension L10n {
    func t(_ zh: [String], _ en: [String]) -> [String] { lang == .zh ? zh : en }
}

/// `plangauge grants … --format csv`: one table per command, money in exact 元, a header row, LF line ends.
public enum PolicyFundsCSVRenderer {
    static func yuan(_ fen: Int64?) -> String { fen.map { Amount(fen: $0).formatted(in: .yuan, decimals: 2) } ?? "" }
    static func num(_ d: Double?) -> String { d.map { NumberFormat.fixed($0, places: 6, trimmingZeros: true) } ?? "" }
    static func lines(_ header: [String], _ rows: [[String]]) -> String {
        ([header.joined(separator: ",")] + rows.map { $0.map(CSVCell.escape).joined(separator: ",") }).joined(
            separator: "\n") + "\n"
    }

    /// One row per grant: terms, amounts in 元, finding kinds (`;`-separated) and their Chinese messages.
    public static func check(_ r: PolicyFundsReport) -> String {
        let messages = Dictionary(grouping: r.check.findings, by: \.grant)
        return lines(
            [
                "grant", "enterprise", "enterprise_name", "policy", "clause", "item", "applied", "base_yuan",
                "granted_yuan",
                "entitlement_yuan", "yearly_entitlement_yuan", "years_awarded", "years_allowed", "paid_yuan",
                "findings", "finding_messages"
            ],
            r.check.grants.map { g in
                [
                    g.id, g.enterprise, g.enterpriseName, g.policy, g.clause, g.item ?? "", g.applied, yuan(g.baseFen),
                    yuan(g.grantedFen),
                    yuan(g.entitlementFen), yuan(g.yearlyEntitlementFen), String(g.yearsAwarded),
                    g.yearsAllowed.map(String.init) ?? "",
                    yuan(g.paidFen), g.findings.joined(separator: ";"),
                    (messages[g.id] ?? []).map(\.message).joined(separator: "；")
                ]
            })
    }

    /// One row per year of the budget, amounts in 元.
    public static func budgetByYear(_ r: PolicyFundsReport) -> String {
        lines(
            ["year", "committed_yuan", "scheduled_yuan", "paid_yuan", "to_pay_yuan", "at_risk_yuan"],
            r.budget.years.map {
                [
                    String($0.year), yuan($0.committedFen), yuan($0.scheduledFen), yuan($0.paidFen), yuan($0.toPayFen),
                    yuan($0.atRiskFen)
                ]
            })
    }

    /// One row per policy clause of the budget, amounts in 元.
    public static func budgetByClause(_ r: PolicyFundsReport) -> String {
        lines(
            [
                "policy", "clause", "clause_number", "title", "grants", "committed_yuan", "entitlement_yuan",
                "paid_yuan", "remaining_yuan"
            ],
            r.budget.clauses.map {
                [
                    $0.policy, $0.clause, $0.clauseNumber, $0.title, String($0.grants), yuan($0.committedFen),
                    yuan($0.entitlementFen), yuan($0.paidFen), yuan($0.remainingFen)
                ]
            })
    }

    /// One row per cell of each window.
    public static func evaluation(_ r: PolicyFundsReport) -> String {
        var rows: [[String]] = []
        for w in r.evaluation.windows {
            for c in w.cells {
                let figures: [String] = [
                    num(c.treatedPre), num(c.treatedPost), num(c.controlPre), num(c.controlPost), num(c.difference),
                    num(c.standardError)
                ]
                rows.append(
                    [w.window, String(c.cohort), c.segment, c.band, String(c.treated), String(c.controls)] + figures)
            }
        }
        return lines(
            [
                "window", "cohort", "segment", "band", "treated", "controls", "treated_pre", "treated_post",
                "control_pre", "control_post",
                "difference", "standard_error"
            ], rows)
    }
}
