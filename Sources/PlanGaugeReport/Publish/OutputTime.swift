import Foundation
import PlanGaugeModel

/// The time stamped into what PlanGauge writes (`data/tables.xlsx`, `report.docx`, `template`'s
/// forms; `merge` reads its `--at` here), so that the same inputs give the same bytes: the time
/// given when it reads as one, else midnight (UTC) of the day after the data period ends. Never the clock.
public enum OutputTime {
    /// Seconds since 1970 (UTC) for `generatedAt` (`--generated-at`, or SOURCE_DATE_EPOCH as the
    /// CLI writes it: an ISO 8601 time with its zone, a time without one read as UTC, or a day
    /// `YYYY-MM-DD`), else for the day after `dataPeriod`.
    public static func created(generatedAt: String?, dataPeriod: Period) -> Int64 {
        if let text = generatedAt?.trimmingCharacters(in: .whitespaces), let seconds = seconds(iso: text) {
            return seconds
        }
        let end = dataPeriod.lastDay
        return midnight(year: end.year, month: end.month, day: end.day) + 86_400
    }

    /// `2026-01-05` (midnight UTC) or an ISO 8601 time with its zone (`2026-01-05T09:00:00Z`,
    /// `…+08:00`); a time without a zone is UTC. Nil for anything else.
    public static func seconds(iso text: String) -> Int64? {
        if let day = CalendarDate(iso: text) { return midnight(year: day.year, month: day.month, day: day.day) }
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        guard let date = f.date(from: text) ?? f.date(from: text + "Z") else { return nil }
        return Int64(date.timeIntervalSince1970.rounded(.down))
    }

    /// Midnight UTC of a calendar day, in seconds since 1970 (days from the civil calendar, proleptic Gregorian).
    public static func midnight(year: Int, month: Int, day: Int) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return Int64(era * 146_097 + dayOfEra - 719_468) * 86_400
    }
}
