import PlanGaugeAnalytics
import PlanGaugeModel

/// `plangauge grants check|budget|evaluate` as terminal text (Chinese by default, English with
/// `--lang en`; amounts in 万元 in both, exact to the 分 shown), JSON (the report model, money in
/// 分) and CSV (one table, money in exact 元, for Excel and scripts).
public enum PolicyFundsTextRenderer {
    static func wan(_ fen: Int64?) -> String {
        fen.map { Amount(fen: $0).formatted(in: .wan, decimals: 2, grouping: true) } ?? "—"
    }

    static func header(_ r: PolicyFundsReport, _ text: PolicyFundsText) -> String {
        r.policies.map { "\($0.title)  \($0.document)  " + text.validity(from: $0.validFrom, to: $0.validTo) }
            .joined(separator: "\n") + "\n\n" + asOfLines(r, text.l.lang)
    }

    /// The terminal lines every `plangauge grants` subcommand starts with: the as-of day and its
    /// source, the rows dated after it in one sentence, then one line per row
    /// (`file:line: 申报 PT2027-001 firm 2027-01-01 20.00 [outside_validity]`, amounts in 万元).
    static func asOfLines(_ r: PolicyFundsReport, _ lang: ReportLanguage) -> String {
        let zh = lang == .zh
        let n = r.notYetDue
        var out = (zh ? r.asOfSource.label : r.asOfSource.labelEn) + "\n" + (zh ? n.summary : n.summaryEn) + "\n"
        for row in n.rows {
            let at = row.file.map { "  \($0):\(row.line ?? 0): " } ?? "  "
            var words = [zh ? row.kindLabel : row.kindLabelEn]
            words += [row.grant, row.enterpriseName, row.date].compactMap { $0 }
            if let fen = row.amountFen { words.append(wan(fen)) }
            if let note = zh ? row.note : row.noteEn { words.append(note) }
            if !row.findings.isEmpty { words.append("[" + row.findings.joined(separator: ", ") + "]") }
            out += at + words.joined(separator: " ") + "\n"
        }
        return out + "\n"
    }

    /// `grants check`: the policies, one line per grant (amounts in 万元), then every finding as
    /// `file:line: kind: grant firm: message`.
    public static func check(_ r: PolicyFundsReport, lang: ReportLanguage = .zh) -> String {
        let text = PolicyFundsText(l: L10n(lang: lang))
        var t = TextTable(
            headers: text.checkHeaders,
            alignments: [.left, .left, .left, .left, .right, .right, .right, .right, .left])
        for g in r.check.grants {
            t.rows.append([
                g.id, g.enterpriseName, "\(g.policy) \(g.clause)", g.applied, wan(g.baseFen), wan(g.entitlementFen),
                wan(g.grantedFen), wan(g.paidFen), g.findings.isEmpty ? "" : String(g.findings.count)
            ])
        }
        var out = header(r, text) + text.amountsInWan + "\n" + t.render() + "\n"
        let c = r.check
        if c.findings.isEmpty {
            out += text.noFindings(grants: c.grants.count) + "\n"
        } else {
            out += text.findings(c.findings.count, wan: wan(c.amountInQuestionFen)) + "\n"
            for f in c.findings {
                out +=
                    "\(f.file):\(f.line): \(f.kind): \(f.grant) \(f.enterpriseName)"
                    + text.findingMessage(f.message, f.messageEn) + "\n"
            }
        }
        out += ManualCheckText.section(c.manualChecks, lang)
        return out
    }

    /// `grants budget`: the budget by year and by clause (万元), what later years still owe, and the counting rule.
    public static func budget(_ r: PolicyFundsReport, lang: ReportLanguage = .zh) -> String {
        let text = PolicyFundsText(l: L10n(lang: lang))
        let b = r.budget
        var years = TextTable(
            headers: text.yearHeaders,
            alignments: [.left, .right, .right, .right, .right, .right])
        for y in b.years {
            years.rows.append([
                String(y.year), wan(y.committedFen), wan(y.scheduledFen), wan(y.paidFen), wan(y.toPayFen),
                wan(y.atRiskFen)
            ])
        }
        years.rows.append([
            text.total, wan(b.committedFen), wan(b.scheduledFen), wan(b.paidFen), wan(b.toPayFen),
            wan(b.atRiskFen)
        ])
        var clauses = TextTable(
            headers: text.clauseHeaders,
            alignments: [.left, .left, .left, .right, .right, .right, .right, .right])
        for c in b.clauses {
            clauses.rows.append([
                c.policy, c.clauseNumber, c.title, String(c.grants), wan(c.committedFen), wan(c.entitlementFen),
                wan(c.paidFen), wan(c.remainingFen)
            ])
        }
        var out = header(r, text) + text.amountsInWan + "\n\n"  // the header states the as-of day
        out += text.byYear + "\n" + years.render() + "\n" + text.byClause + "\n" + clauses.render()
        out += "\n" + text.dueInLaterYears(wan: wan(b.futureFen), atRiskWan: wan(b.futureAtRiskFen))
        out += "\n" + text.rule + (lang == .zh ? b.rule : b.ruleEn) + "\n"
        return out
    }

    /// `grants evaluate`: each window's conclusion, figures, checks and cells, the firms left out and why,
    /// then the method and its limits.
    public static func evaluation(_ r: PolicyFundsReport, lang: ReportLanguage = .zh) -> String {
        let text = PolicyFundsText(l: L10n(lang: lang))
        let zh = lang == .zh
        let e = r.evaluation
        func pct(_ x: Double?) -> String { NumberFormat.percent(x) }
        func pts(_ x: Double?) -> String { x.map { NumberFormat.fixed($0 * 100, places: 1) } ?? "—" }
        var out = header(r, text) + text.evaluation(dataPeriod: e.dataPeriod) + "\n"
        for w in e.windows {
            out += "\n【" + (zh ? w.label : w.labelEn) + "】\n" + (zh ? w.conclusion : w.conclusionEn) + "\n"
            guard !w.cells.isEmpty || !w.excluded.isEmpty else { continue }
            out += text.windowFigures(
                evaluated: w.evaluated, controls: w.controlsUsed, after: w.after, paidWan: wan(w.paidFen),
                growthWan: wan(w.revenueGrowthFen))
            out +=
                w.subsidyPerYiGrowth.map { text.subsidyPerYi(wan: NumberFormat.fixed($0 / 10_000, places: 2)) }
                ?? text.noSubsidyPerYi
            if let x = w.subsidyPerYiExcessGrowth {
                out += text.subsidyPerYiExcess(wan: NumberFormat.fixed(x / 10_000, places: 2))
            } else if w.estimate != nil {
                out += text.noExcessGrowth
            }
            out += text.fullStop + "\n"
            out += (zh ? w.checks : w.checksEn).map { "- " + $0 + "\n" }.joined() + "\n"
            var t = TextTable(
                headers: text.cellHeaders,
                alignments: [.left, .left, .left, .right, .right, .right, .right, .right, .right, .right, .right])
            for c in w.cells {
                t.rows.append([
                    String(c.cohort), text.l.name(c.segment), zh ? c.bandLabel : c.band, String(c.treated),
                    String(c.controls), pct(c.treatedPre),
                    pct(c.treatedPost), pct(c.controlPre), pct(c.controlPost),
                    c.difference == nil ? text.tooFew : pts(c.difference), pts(c.standardError)
                ])
            }
            out += t.render()
            if !w.excluded.isEmpty {
                out += "\n" + text.excludedTitle(w.excluded.count) + "\n"
                for x in w.excluded {
                    // English in words too; a raw value that is no reason stays as it is.
                    let en = PolicyEvaluation.Reason(rawValue: x.reason).map { FindingText.reason($0, .en) } ?? x.reason
                    out +=
                        zh
                        ? "  \(x.cohort) \(x.enterpriseName)（\(x.enterprise)）：\(x.reasonLabel)\n"
                        : "  \(x.cohort) \(x.enterpriseName) (\(x.enterprise)): \(en)\n"
                }
            }
        }
        out += "\n" + (zh ? e.method : e.methodEn).joined(separator: "\n") + "\n" + text.limits + "\n"
        out += (zh ? e.limits : e.limitsEn).map { "- " + $0 }.joined(separator: "\n") + "\n"
        return out
    }
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
            // A later grant flagged whatever the day (outside_validity) is a row too, so the CSV loses no finding.
            (r.check.grants + r.check.laterGrants).map { g in
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
