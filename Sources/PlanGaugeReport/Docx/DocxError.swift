import PlanGaugeModel

/// Why `report.docx` was not made. The pages are written all the same; the run then ends with 73
/// (`cannotCreate`): an output PlanGauge was asked for could not be created. It is not 65: nothing is
/// wrong with the data, and a script that retries after installing pandoc needs to tell the two apart.
public enum DocxError: ExitStatusError, Equatable {
    /// No `pandoc` on PATH (`searched`: the PATH looked through).
    case pandocMissing(searched: String)
    /// pandoc ran and failed (`status`: its exit status; `message`: the first lines it wrote on stderr).
    case pandocFailed(pandoc: String, status: Int32, message: String)
    /// pandoc could not be started, or its input or output could not be written or read.
    case cannotRun(pandoc: String, reason: String)
    /// The reference document embedded in the binary does not decode (a damaged build).
    case damagedReference

    /// 73 (`cannotCreate`): report.docx could not be created.
    public var exitStatus: ExitStatus { .cannotCreate }

    /// What went wrong and what to do, in one line.
    public var description: String {
        let lead = "\(WordReport.fileName) not written (everything else was)"
        switch self {
        case .pandocMissing(let searched):
            return
                "\(lead): --docx needs pandoc, and there is no pandoc on PATH (\(searched.isEmpty ? "empty" : searched)); "
                + "install it (Debian/Ubuntu: `sudo apt-get install pandoc`, or `make deps` in the PlanGauge "
                + "checkout; macOS: `brew install pandoc`) and run again"
        case .pandocFailed(let pandoc, let status, let message):
            return "\(lead): \(pandoc) exited with status \(status)"
                + (message.isEmpty ? "" : ": \(message)") + "; expected a .docx from pandoc 2.17 or later"
        case .cannotRun(let pandoc, let reason):
            return "\(lead): cannot run \(pandoc): \(reason)"
        case .damagedReference:
            return "\(lead): the reference document built into plangauge does not decode; rebuild plangauge"
        }
    }
}
