/// The exit statuses every `plangauge` command uses (the BSD `sysexits.h` values), so a script can
/// tell "the data is wrong" from "the disk is full" without parsing messages.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Everything read, checked and written.
    case success = 0
    /// The command ran and has findings to report (`check`, `grants check`, `uscc`, `missing` only).
    case findings = 1
    /// Bad command line.
    case usage = 64
    /// Data errors: rejected rows (unless `--allow-rejects`), a bad plan, a period outside the data.
    case dataError = 65
    /// A dataset folder, required file or plan file that does not exist.
    case noInput = 66
    /// An output folder or file that cannot be created, or one PlanGauge will not replace.
    case cannotCreate = 73
    /// A read or write that failed part-way, including a short write to stdout.
    case ioError = 74
    /// Another run holds the output folder's lock; try again later.
    case tryAgain = 75
}

/// An error that knows which exit status it means. The command line maps any error that
/// conforms to this to its status, and prints `description` without the framework's dump.
public protocol ExitStatusError: Error, CustomStringConvertible {
    var exitStatus: ExitStatus { get }
}
