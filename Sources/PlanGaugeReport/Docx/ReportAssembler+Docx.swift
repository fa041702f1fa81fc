import Foundation

extension ReportAssembler {
    /// `report.docx`, the run's main page as a Word document, when `word` is given; no file when not.
    static func wordFile(_ word: WordReport?, _ page: Page, footer: String, _ input: ReportInput) throws
        -> [String: Data]
    {
        guard let word else { return [:] }
        let document = try word.document(
            page, footer: footer, generatedAt: input.generatedAt, dataPeriod: input.facts.dataPeriod)
        return [WordReport.fileName: document]
    }
}
