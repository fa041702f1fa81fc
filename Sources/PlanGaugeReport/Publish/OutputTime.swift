import Foundation
import PlanGaugeModel

/// The creation time stamped into the report's documents (`data/tables.xlsx`, `report.docx`), so
/// that the same inputs give the same bytes: the run's generation time when one is given and reads
/// as a time, else midnight (UTC) of the day after the data period ends. Never the clock.
enum OutputTime {
    /// Seconds since 1970 (UTC) for `generatedAt` (`--generated-at`, or SOURCE_DATE_EPOCH as the
    /// CLI writes it: an ISO 8601 time with its zone, a time without one read as UTC, or a day
    /// `YYYY-MM-DD`), else for the day after `dataPeriod`.
    static func created(generatedAt: String?, dataPeriod: Period) -> Int64 {
        if let text = generatedAt?.trimmingCharacters(in: .whitespaces), let seconds = seconds(iso: text) {
            return seconds
        }
        return (seconds(iso: dataPeriod.lastDay.description) ?? 0) + 86_400
    }

    /// `2026-01-01`, `2026-01-01T00:00:00Z`, `2026-01-01T08:00:00+08:00` or `2026-01-01T00:00:00`
    /// (UTC) as seconds since 1970; nil for anything else.
    static func seconds(iso text: String) -> Int64? {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        f.formatOptions = [.withInternetDateTime]
        let candidates = [text, text + "Z", text + "T00:00:00Z"]
        guard let date = candidates.lazy.compactMap({ f.date(from: $0) }).first else { return nil }
        return Int64(date.timeIntervalSince1970.rounded(.down))
    }
}
