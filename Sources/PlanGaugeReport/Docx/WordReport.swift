import Foundation
import PlanGaugeModel

/// `report --docx`: a page as a Word document (`report.docx` in the period folder), made by pandoc
/// from the page's pandoc Markdown with the embedded reference document's styles.
public struct WordReport: Sendable {
    /// The document's name in the period folder.
    public static let fileName = "report.docx"
    /// The pandoc that makes it.
    public let pandoc: Pandoc

    /// A Word report made with `pandoc`.
    public init(pandoc: Pandoc) {
        self.pandoc = pandoc
    }

    /// A Word report made with the pandoc on the PATH; throws `DocxError.pandocMissing` when there is none.
    public static func located(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> WordReport
    {
        WordReport(pandoc: try Pandoc.located(environment: environment))
    }

    /// `page` as a .docx, `footer` its last line. Its time stamps are `generatedAt` when that reads
    /// as a time, else the day after `dataPeriod` ends: never the clock, so the same inputs give the
    /// same bytes.
    public func document(_ page: Page, footer: String, generatedAt: String?, dataPeriod: Period) throws -> Data {
        guard let reference = ReferenceDocx.data else { throw DocxError.damagedReference }
        return try pandoc.docx(
            markdown: DocxMarkdownRenderer.render(page, footer: footer), reference: reference,
            sourceDateEpoch: Self.sourceDateEpoch(generatedAt: generatedAt, dataPeriod: dataPeriod))
    }

    /// Seconds since 1970 (UTC) for `generatedAt` (`--generated-at`, or SOURCE_DATE_EPOCH as the
    /// CLI writes it: an ISO 8601 time, a time without zone read as UTC, or a day `YYYY-MM-DD`), else
    /// midnight (UTC) after the last day of `dataPeriod`. Never before 1980: a .docx is a zip, whose
    /// times start there.
    static func sourceDateEpoch(generatedAt: String?, dataPeriod: Period) -> Int64 {
        max(OutputTime.created(generatedAt: generatedAt, dataPeriod: dataPeriod), 315_532_800)
    }
}
