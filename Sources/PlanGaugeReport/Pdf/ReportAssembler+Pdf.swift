import Foundation

extension ReportAssembler {
    /// With `pdf` (`report --pdf`), each of `pages` (its HTML path in the period folder, and the page)
    /// printed from its HTML in `files`: `report.pdf` for `index.html`, `parks/<slug>.pdf` beside
    /// `parks/<slug>.html`; no file without `pdf`.
    static func pdfFiles(
        _ pdf: PdfReport?, _ pages: [(path: String, page: Page)], _ files: [String: Data], _ input: ReportInput,
        _ l: L10n
    ) throws -> [String: Data] {
        guard let pdf else { return [:] }
        let text = PdfText(l: l)
        let plan = l.lang == .zh ? input.city.plan.title : (input.city.plan.titleEn ?? input.city.plan.title)
        let printed = pages.compactMap { path, page -> PdfReport.PrintPage? in
            guard let html = files[path] else { return nil }
            return .init(
                html: String(decoding: html, as: UTF8.self), htmlPath: path, pdfPath: PdfReport.pdfPath(ofPage: path),
                header: text.runningHeader(plan: plan, page: page.title, dataPeriod: input.facts.dataPeriod))
        }
        return try pdf.documents(printed)
    }
}
