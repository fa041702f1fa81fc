import PlanGaugeModel

/// Why the PDFs (`report --pdf`) were not made. The pages are written all the same; the run then
/// ends with 73 (`cannotCreate`), as for `--docx` without pandoc: an output asked for could not be
/// created, nothing is wrong with the data.
public enum PdfError: ExitStatusError, Equatable {
    /// No Chromium on PATH (`searched`: the PATH looked through).
    case chromiumMissing(searched: String)
    /// Chromium ran on `page` and failed (`status`: its exit status; `message`: its error lines).
    case chromiumFailed(chromium: String, page: String, status: Int32, message: String)
    /// Chromium ended well on `page` but left no PDF.
    case noPDF(chromium: String, page: String, message: String)
    /// Chromium took longer than `seconds` on `page` and was stopped.
    case timedOut(chromium: String, page: String, seconds: Int)
    /// Chromium could not be started, or the print copies could not be written or the PDFs read.
    case cannotRun(chromium: String, reason: String)

    /// 73 (`cannotCreate`): the PDFs could not be created.
    public var exitStatus: ExitStatus { .cannotCreate }

    /// What went wrong and what to do, in one line.
    public var description: String {
        let lead = "\(PdfReport.fileName) and the other PDFs not written (everything else was)"
        switch self {
        case .chromiumMissing(let searched):
            return
                "\(lead): --pdf needs headless Chromium, and there is no \(Chromium.names.joined(separator: " or ")) "
                + "on PATH (\(searched.isEmpty ? "empty" : searched)); install it (Debian/Ubuntu: "
                + "`sudo apt-get install chromium-headless-shell fonts-noto-cjk`, the fonts for the Chinese text) "
                + "and run again"
        case .chromiumFailed(let chromium, let page, let status, let message):
            return "\(lead): \(chromium) exited with status \(status) printing \(page)"
                + (message.isEmpty ? "" : ": \(message)")
        case .noPDF(let chromium, let page, let message):
            return "\(lead): \(chromium) printed \(page) but wrote no PDF" + (message.isEmpty ? "" : ": \(message)")
        case .timedOut(let chromium, let page, let seconds):
            return "\(lead): \(chromium) took more than \(seconds) s printing \(page) and was stopped"
        case .cannotRun(let chromium, let reason):
            return "\(lead): cannot run \(chromium): \(reason)"
        }
    }
}
