import PlanGaugeAnalytics
import PlanGaugeModel

/// The evaluation's method, limits and each window's checks, stated wherever its numbers are shown.
enum EvaluationText {
    static func method(_ lang: ReportLanguage) -> [String] {
        let l = L10n(lang: lang)
        let c = PolicyEvaluation.minControls, t = PolicyEvaluation.minTreated
        return [
            l.t(
                "方法：双重差分（difference-in-differences）。以企业首次获得支持（最早申报）的年度 T 分组；结果变量为营业收入增速 g(y) = R(y)/R(y−1) − 1，支持前为 g(T−1)。分两个窗口各自估计：支持当年，支持后为 g(T)；支持次年（数据已覆盖 T+1 年时），支持后为 g(T+1)。窗口最后一年数据不全时，各年均取 1 月至数据最新月份的累计值。",
                "Method: difference in differences. Firms are grouped by the year T of their first support (earliest application); the outcome is revenue growth g(y) = R(y)/R(y−1) − 1, before = g(T−1). Two windows, each estimated on its own: the support year, after = g(T); and the year after, after = g(T+1), when the data reach T+1. When a window's last year is incomplete in the data, every year is compared over January to the latest month."
            ),
            l.t(
                "对照组：账内从未获得支持、细分领域相同、规模档相同（按 T−1 年营业收入：小 <2000万元，中 2000万–1亿元，大 ≥1亿元）的企业。每家获支持企业的估计值 = （其支持后增速 − 支持前增速）−（对照组平均支持后增速 − 支持前增速）；对照组少于 \(c) 家的组合不作估计。",
                "Comparison: firms never supported in the ledger, same segment and size band (revenue in T−1: small < CNY 20 m, medium CNY 20–100 m, large ≥ CNY 100 m). Each supported firm's estimate = (its growth after − before) − (the comparison's mean after − before); cells with fewer than \(c) comparison firms are not estimated."
            ),
            l.t(
                "总体估计为各获支持企业估计值的平均（即各组差异按获支持企业数加权，可评估企业不少于 \(t) 家时给出）。标准误按 Welch 法计入两组的方差：每组 V = s²(支持)/n(支持) + s²(对照)/n(对照)（s² 为“支持后 − 支持前”增速变化的样本方差；组内仅 1 家获支持企业时以对照组方差代替其方差），总体标准误 = √(Σ 权重² × V)。每亿元营收增长的补贴 = 截至窗口最后一年年末（不晚于数据期末）向这些企业的拨付总额 ÷ 其营业收入在该年的增加额（亿元）；另按双重差分口径（增速差 × 上年营收）计算超出对照组的增长所对应的补贴。",
                "The overall estimate is the mean over supported firms (the cells' differences weighted by their supported firms; given when at least \(t) can be evaluated). Its standard error counts both groups' variance (Welch): per cell V = s²(supported)/n(supported) + s²(comparison)/n(comparison), s² the sample variance of the change after − before (a cell with one supported firm uses the comparison's variance for it); overall √(Σ weight² × V). Subsidy per CNY 100 m (1亿元) of revenue growth = payments to those firms by the end of the window's last year (at most the data's end) ÷ their revenue increase in that year; also per CNY 100 m of growth above the comparison (difference × the previous year's revenue)."
            ),
            checksMethod(l)
        ]
    }

    /// How each window's checks are made: districts, pre-support growth, single-firm cells, placebo.
    private static func checksMethod(_ l: L10n) -> String {
        let gap = NumberFormat.fixed(PolicyEvaluation.materialPreGrowthGap * 100, places: 0)
        return l.t(
            "检验：对照企业按所在区分为与其所比获支持企业同区和其他区两类；支持前增速对比取获支持企业 g(T−1) 的平均与其所在组合对照组平均的平均（与估计值同样按获支持企业加权），相差超过 \(gap) 个百分点即提示（这一差距与估计值及其标准误同一量级，其回落足以造成或掩盖同样大小的效果）；安慰剂检验把同一比较提前一年（支持后取 g(T−1)，支持前取 g(T−2)，组合不变，需有 T−3 年完整营收即 T−4 年已有报送），估计值与零的差异在两个标准误以内视为未见支持前已分化。",
            "Checks: comparison firms are split into those in the district of a supported firm they are compared with and those elsewhere; pre-support growth compares the supported firms' mean g(T−1) with the mean of their cells' comparison means (weighted by supported firms, as the estimate), and a gap above \(gap) percentage points is flagged (a gap that size is of the order of the estimates and their standard errors, so its reversal could make or hide an effect as large); the placebo repeats the comparison one year earlier (after = g(T−1), before = g(T−2), same cells, needing a whole year T−3, i.e. a report in T−4), and an estimate within two standard errors of zero shows no sign of diverging trends."
        )
    }

    static func limits(_ lang: ReportLanguage) -> [String] {
        let l = L10n(lang: lang)
        return [
            l.t(
                "获得支持并非随机：申报和评审会选中本就增长较快（或较慢）的企业，双重差分只消除两组之间稳定的增速差异，不能排除选择偏差；估计值是相关，不是因果证明。",
                "Support is not random: applying and selection favour firms already growing faster (or slower); difference in differences removes only stable differences in growth between the groups, not selection on changes. The estimate is an association, not proof of an effect."
            ),
            l.t(
                "向均值回归：企业往往在特别好（或特别差）的一年之后申报和获选，此后增速自然回落（或回升）。支持前两组增速不同时，这一回落会混入估计值（见各窗口的支持前增速对比）。",
                "Regression to the mean: firms tend to apply and be picked after an unusually good (or bad) year, and their growth then tends to move back. When the groups' growth differed before support, that reversal enters the estimate (see each window's pre-support growth)."
            ),
            l.t(
                "估计只用一个支持前年度（T−1 年比 T−2 年），无法检验平行趋势这一关键假设（若无支持，两组增速会同步变化）；安慰剂检验只多看了再早一年，且只含有更长数据的企业，是有限的补充。",
                "The estimate uses one pre-support period (T−1 over T−2), so its key assumption, parallel trends (without support the two groups' growth would have moved together), cannot be checked; the placebo looks one year further back, only for firms with the longer history, and is a partial check."
            ),
            l.t(
                "支持当年窗口中资金在年内拨付，当年收入有一部分发生在支持之前；支持次年窗口只含数据已覆盖 T+1 年的批次（样本更小，最近的批次尚不在内），且可能受其他年份事件影响；需要更长时间见效的支持（研发、购房）两个窗口都可能看不到。两个窗口的样本不同，不能直接相减。",
                "In the support-year window money arrives during the year and part of the year's revenue precedes it; the year-after window holds only the cohorts the data follow to T+1 (a smaller sample without the latest cohort) and can pick up other years' events; supports that take longer to work (R&D, premises) may show in neither. The two windows have different samples and are not to be subtracted."
            ),
            l.t(
                "新设立、新引进企业（如落户资助）没有支持前三年的数据，无法评估；样本小；标准误把各组视为独立（同一对照企业用于不同批次时的相关性未计入），组内仅 1 家获支持企业时借用对照组方差，均为近似；同一企业获多项支持时按企业合并，不区分条款。",
                "New entrants (settling-in support) have no three years of data before support and cannot be evaluated; samples are small; the standard error treats the cells as independent (a comparison firm used for two cohorts is not accounted for) and borrows the comparison's variance for single-firm cells, both approximations; a firm with several grants is evaluated once, not per clause."
            ),
            l.t(
                "每亿元营收增长的补贴是毛口径：营收增长并非全部由补贴带来。",
                "Subsidy per CNY 100 m of growth is gross: not all revenue growth is due to the subsidy.")
        ]
    }
}

extension EvaluationText {
    /// The heading of a window's checks on the policy page.
    static func checksTitle(_ window: String, _ lang: ReportLanguage) -> String {
        L10n(lang: lang).t("比较的可信度：", "How far the comparison holds: ") + window
    }

    /// A window's checks, one sentence group per string: where its comparison firms are, both groups'
    /// growth before support, its cells with one supported firm, the placebo. None without cells.
    static func checks(_ w: PolicyEvaluation.Window, _ lang: ReportLanguage) -> [String] {
        guard !w.cells.isEmpty else { return [] }
        let l = L10n(lang: lang)
        return [districts(w, l), preGrowth(w, l), singleFirmCells(w, l), placebo(w.placebo, l)].compactMap { $0 }
    }

    /// Percentage points of a fraction, one decimal, signed when negative: 0.045 → "4.5".
    private static func pts(_ x: Double) -> String { NumberFormat.fixed(x * 100, places: 1) }

    /// How many comparison firms share the supported firms' district, how many come from elsewhere,
    /// and what that means; nil without comparison firms.
    private static func districts(_ w: PolicyEvaluation.Window, _ l: L10n) -> String? {
        let d = w.districts
        let total = d.sameDistrict + d.otherDistricts + d.noDistrict
        guard total > 0 else { return nil }
        let zhNames = d.supportedDistricts.joined(separator: "、")
        let enNames = d.supportedDistricts.map(l.name).joined(separator: ", ")
        let unknown = d.noDistrict > 0 ? l.t("，未注明所在区的 \(d.noDistrict) 家", "; \(d.noDistrict) without a district") : ""
        let counts = l.t(
            "对照企业 \(total) 家中，与所比获支持企业同区（\(zhNames)）的 \(d.sameDistrict) 家，来自其他区的 \(d.otherDistricts) 家\(unknown)。",
            "Of the \(total) comparison firms, \(d.sameDistrict) are in the district of the supported firms they are compared with (\(enNames)) and \(d.otherDistricts) in other districts\(unknown)."
        )
        let meaning: String
        if d.otherDistricts == 0 {
            meaning = l.t("两组所处的地方条件相近。", "Both groups face the same local conditions.")
        } else {
            let most = d.otherDistricts > d.sameDistrict
            meaning = l.t(
                (most ? "多数" : "部分") + "对照企业所在区的政策、园区和市场条件与获支持企业不同，两组增速之差可能部分来自地区差异，而非支持本身。",
                (most ? "Most" : "Some")
                    + " comparison firms work under other local conditions (district policies, parks, markets) than the supported firms, so part of the difference in growth may come from place, not support."
            )
        }
        return counts + l.t("", " ") + meaning
    }

    /// Both groups' mean growth in T−1, and a warning when they differ materially; nil without firms.
    private static func preGrowth(_ w: PolicyEvaluation.Window, _ l: L10n) -> String? {
        guard let p = w.preGrowth else { return nil }
        let s = NumberFormat.percent(p.supported), c = NumberFormat.percent(p.comparison)
        let gap = pts(abs(p.gap))
        let limit = NumberFormat.fixed(PolicyEvaluation.materialPreGrowthGap * 100, places: 1, trimmingZeros: true)
        guard p.isMaterial else {
            return l.t(
                "支持前一年（T−1 年）获支持企业营业收入平均增长 \(s)，其对照组平均 \(c)，相差 \(gap) 个百分点，在 \(limit) 个百分点以内。",
                "In the year before support (T−1) supported firms grew by \(s) on average, their comparison by \(c): \(gap) points apart, within \(limit) points."
            )
        }
        let faster = p.gap > 0
        return l.t(
            "支持前一年（T−1 年）获支持企业营业收入平均增长 \(s)，其对照组平均 \(c)，获支持企业\(faster ? "快" : "慢") \(gap) 个百分点，超过 \(limit) 个百分点："
                + (faster
                    ? "企业常在增长较好的一年之后获选，此后增速往往回落（向均值回归），估计值可能因此偏低。"
                    : "企业常在增长较差的一年之后获选，此后增速往往回升（向均值回归），估计值可能因此偏高。"),
            "In the year before support (T−1) supported firms grew by \(s) on average, their comparison by \(c): supported firms grew \(gap) points \(faster ? "faster" : "slower"), more than \(limit) points. "
                + (faster
                    ? "Firms picked after a good year tend to slow down afterwards (regression to the mean), which may bias the estimate down."
                    : "Firms picked after a bad year tend to recover afterwards (regression to the mean), which may bias the estimate up.")
        )
    }

    /// How many of the window's cells hold a single supported firm.
    private static func singleFirmCells(_ w: PolicyEvaluation.Window, _ l: L10n) -> String {
        let n = w.cells.count, one = w.singleSupportedCells
        return l.t(
            "\(n) 个比较组合中 \(one) 个只有 1 家获支持企业：这些组合的结果取决于单家企业当年的偶然波动，其方差也只能借用对照组的。",
            "\(one) of the \(n) cells hold a single supported firm: their result rests on one firm's chance movements in a year, and their variance is borrowed from the comparison."
        )
    }

    /// The placebo's estimate and its reading, or why the data do not allow one.
    private static func placebo(_ p: PolicyEvaluation.Placebo, _ l: L10n) -> String {
        let head = l.t(
            "安慰剂检验（同一比较提前一年：支持后取 g(T−1)，支持前取 g(T−2)）：",
            "Placebo (the same comparison one year earlier: after = g(T−1), before = g(T−2)): ")
        guard let est = p.estimate, let se = p.standardError, let nearZero = p.nearZero else {
            return head
                + l.t(
                    "可比的获支持企业仅 \(p.evaluated) 家（少于 \(PolicyEvaluation.minTreated) 家；\(p.lackingHistory) 家没有 T−3 年完整营收），数据不足以检验。",
                    "only \(p.evaluated) supported firms can be compared (fewer than \(PolicyEvaluation.minTreated); \(p.lackingHistory) have no whole year T−3); the data do not allow the check."
                )
        }
        let figures = l.t(
            "\(p.evaluated) 家获支持企业、\(p.controlsUsed) 家对照企业，估计值 \(pts(est)) 个百分点（标准误约 \(pts(se)) 个百分点）",
            "\(p.evaluated) supported and \(p.controlsUsed) comparison firms, estimate \(pts(est)) points (standard error about \(pts(se)))"
        )
        return head + figures
            + (nearZero
                ? l.t(
                    "，与零的差异在两个标准误以内，未见两组在支持前已经分化的迹象。",
                    "; within two standard errors of zero: no sign of diverging trends before support.")
                : l.t(
                    "，明显偏离零：两组在获支持之前已在分化，主估计值可疑，不宜作为支持效果的证据。",
                    "; clear of zero: the groups were already diverging before support, so the main estimate is suspect."
                ))
    }
}
