import PlanGaugeAnalytics
import PlanGaugeModel

/// The evaluation's method and limits, stated wherever its numbers are shown.
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
                "Comparison: firms never supported in the ledger, same segment and size band (revenue in T−1: small < 20 m yuan, medium 20–100 m, large ≥ 100 m yuan). Each supported firm's estimate = (its growth after − before) − (the comparison's mean after − before); cells with fewer than \(c) comparison firms are not estimated."
            ),
            l.t(
                "总体估计为各获支持企业估计值的平均（即各组差异按获支持企业数加权，可评估企业不少于 \(t) 家时给出）。标准误按 Welch 法计入两组的方差：每组 V = s²(支持)/n(支持) + s²(对照)/n(对照)（s² 为“支持后 − 支持前”增速变化的样本方差；组内仅 1 家获支持企业时以对照组方差代替其方差），总体标准误 = √(Σ 权重² × V)。每亿元营收增长的补贴 = 截至窗口最后一年年末（不晚于数据期末）向这些企业的拨付总额 ÷ 其营业收入在该年的增加额（亿元）；另按双重差分口径（增速差 × 上年营收）计算超出对照组的增长所对应的补贴。",
                "The overall estimate is the mean over supported firms (the cells' differences weighted by their supported firms; given when at least \(t) can be evaluated). Its standard error counts both groups' variance (Welch): per cell V = s²(supported)/n(supported) + s²(comparison)/n(comparison), s² the sample variance of the change after − before (a cell with one supported firm uses the comparison's variance for it); overall √(Σ weight² × V). Subsidy per 1亿元 (100 m yuan) of revenue growth = payments to those firms by the end of the window's last year (at most the data's end) ÷ their revenue increase in that year; also per 1亿元 of growth above the comparison (difference × the previous year's revenue)."
            )
        ]
    }

    static func limits(_ lang: ReportLanguage) -> [String] {
        let l = L10n(lang: lang)
        return [
            l.t(
                "获得支持并非随机：申报和评审会选中本就增长较快（或较慢）的企业，双重差分只消除两组之间稳定的增速差异，不能排除选择偏差；估计值是相关，不是因果证明。",
                "Support is not random: applying and selection favour firms already growing faster (or slower); difference in differences removes only stable differences in growth between the groups, not selection on changes. The estimate is an association, not proof of an effect."
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
                "Subsidy per 1亿元 of growth is gross: not all revenue growth is due to the subsidy.")
        ]
    }
}
