import PlanGaugeAnalytics
import PlanGaugeModel

/// Turns an assessment (base quantities: 分, fractions, counts) into the report model
/// (display units). Converts units; computes no statistics.
public enum ProgressReportBuilder {
    /// `parkNames` maps park ids to names for the firm lists.
    public static func build(_ a: PlanAssessment, dataset: String, parkNames: [String: String] = [:]) -> ProgressReport
    {
        let p = a.plan
        return ProgressReport(
            plan: .init(
                id: p.id, title: p.title, titleEn: p.titleEnglish, document: p.document,
                issued: p.issued?.description, scope: p.scope, baseline: p.baseline, deadline: p.deadline,
                source: p.source),
            period: a.period.description, periodLabel: a.period.chineseLabel, phase: a.phase.rawValue,
            phaseLabel: a.phase.chineseLabel, latestPeriod: a.latestPeriod?.description, dataset: dataset,
            method: p.method.rawValue, indicators: a.indicators.map { row($0, parkNames: parkNames) })
    }

    /// Base quantity → display unit.
    static func display(_ v: Double, _ unit: IndicatorUnit) -> Double {
        if let money = unit.money { return v / Double(money.fen) }
        if unit == .percent { return v * 100 }
        return v
    }

    static func row(_ a: IndicatorAssessment, parkNames: [String: String]) -> IndicatorRow {
        let i = a.indicator
        let unit = a.levelUnit
        let d = { (v: Double?) in v.map { display($0, unit) } }
        var valueFen: String?
        if unit.money != nil, let r = a.reading.level?.exactValue, r.denominator == 1 { valueFen = String(r.numerator) }
        let target = i.target.map { t in
            IndicatorRow.TargetInfo(
                text: t.text, comparison: t.comparison.rawValue, year: t.year,
                level: d(a.targetLevel?.doubleValue), growthRate: t.isGrowthRate ? t.value.doubleValue : nil,
                value: display(t.value.doubleValue, t.isGrowthRate ? .percent : unit),
                unit: t.isGrowthRate ? .percent : unit)
        }
        let firm = { (c: CountedEnterprise) in
            IndicatorRow.FirmItem(
                id: c.id.code, name: c.name, park: c.park, parkName: c.park.flatMap { parkNames[$0] },
                value: c.value?.value(in: .yi),
                shareOfThreshold: c.shareOfThreshold)
        }
        var row = IndicatorRow(
            id: i.id, name: i.name, nameEn: i.nameEnglish, unit: i.unit.rawValue, levelUnit: unit.rawValue,
            clause: i.clause, note: i.note,
            method: a.method.rawValue, status: a.status.rawValue, statusLabel: a.status.chineseLabel,
            statusLabelEn: a.status.englishLabel, score: a.result.score, progressValue: a.result.value,
            targetMet: a.targetMet,
            value: d(a.reading.level?.doubleValue), valueFen: valueFen,
            yearToDate: d(a.reading.yearToDate?.doubleValue),
            baselineYear: a.baselineYear, baseline: d(a.baseline?.doubleValue), target: target,
            observedRate: a.observedRate,
            completion: a.completion, distanceCovered: a.distanceCovered, annualCompletion: a.annualCompletion,
            calendarTimeProgress: a.calendarTimeProgress, planTimeProgress: a.planTimeProgress,
            seasonalTimeProgress: a.seasonalTimeProgress,
            observedCagr: a.observedCAGR, requiredCagr: a.requiredCAGR, projection: d(a.projection),
            missingReporters: a.reading.missingReporters.map { .init(id: $0.id.code, name: $0.name) },
            counted: a.reading.counted.map(firm),
            pipeline: a.reading.pipeline.map(firm),
            history: a.history.map { .init(period: $0.period.description, value: display($0.value, unit)) },
            later: a.later.map { .init(period: $0.period.description, value: display($0.value, unit)) })
        row.remaining = d(a.remainingToTarget)
        row.dataPeriod = a.reading.observedAt?.description
        row.dataYear = a.reading.observedAt?.year
        row.tagsBackdated = a.reading.backdatedTags
        row.reason = a.reason?.chinese
        row.reasonEn = a.reason?.english
        row.monitoringOnly = a.isMonitoringOnly
        return row
    }
}
