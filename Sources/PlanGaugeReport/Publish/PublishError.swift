import PlanGaugeModel

/// Why an output folder was not written. Each names the folder, says why and what to do, and maps
/// to the exit status a script can act on (73 cannot create, 74 I/O error, 75 try again later).
public enum PublishError: ExitStatusError, Equatable {
    /// The folder holds files and no PlanGauge marker: it is someone else's. `sample` is a few of its entries.
    case foreignFolder(path: String, sample: [String], kind: OutputMarker.Kind)
    /// The folder is PlanGauge's, but of another kind (e.g. a period folder given as an export's `--out`).
    case wrongKind(path: String, found: OutputMarker.Kind, wanted: OutputMarker.Kind)
    /// A file (or something else that is not a folder) is where a folder is wanted.
    case notAFolder(path: String)
    /// A folder could not be created or renamed (`reason`: the system's words).
    case cannotCreate(path: String, reason: String)
    /// A file could not be written or read completely (`reason`: the system's words).
    case ioFailure(path: String, reason: String)
    /// Another run held the folder's lock for all of `seconds`.
    case locked(path: String, seconds: Double)

    /// 73 (`cannotCreate`) for a folder that is not ours or cannot be made, 74 (`ioError`) for a failed write, 75 (`tryAgain`) for a held lock.
    public var exitStatus: ExitStatus {
        switch self {
        case .foreignFolder, .wrongKind, .notAFolder, .cannotCreate: .cannotCreate
        case .ioFailure: .ioError
        case .locked: .tryAgain
        }
    }

    /// The folder, what went wrong and what to do, in one line.
    public var description: String {
        switch self {
        case .foreignFolder(let path, let sample, let kind):
            let listed = sample.joined(separator: ", ") + (sample.count >= Self.sampleSize ? ", …" : "")
            let marker = String(decoding: OutputMarker.contents(kind).dropLast(), as: UTF8.self)
            return "\(path): refused: the folder holds files PlanGauge did not write (\(listed)) and no "
                + "\(OutputMarker.fileName) marker, so PlanGauge will not replace or delete anything in it. "
                + "Name a new or empty folder, or, if PlanGauge made this folder, mark it: "
                + "printf '%s\\n' '\(marker)' > \(Self.quoted(path + "/" + OutputMarker.fileName))"
        case .wrongKind(let path, let found, let wanted):
            return "\(path): refused: it is a PlanGauge \(found.rawValue) folder, and this command writes "
                + "\(wanted.rawValue) folders; name another folder"
        case .notAFolder(let path):
            return "\(path): refused: it is a file, not a folder; name a folder (PlanGauge does not replace files)"
        case .cannotCreate(let path, let reason):
            return "\(path): cannot create: \(reason)"
        case .ioFailure(let path, let reason):
            return "\(path): write failed: \(reason); the previous output is unchanged"
        case .locked(let path, let seconds):
            return
                "\(path): another plangauge run is writing this folder (waited \(NumberFormat.fixed(seconds, places: 1)) s "
                + "for its lock); try again later or raise --lock-wait"
        }
    }

    /// The same error naming `to` (and what is inside it) where it named `from`.
    func movingPath(from: String, to: String) -> PublishError {
        func moved(_ p: String) -> String {
            p == from ? to : p.hasPrefix(from + "/") ? to + p.dropFirst(from.count) : p
        }
        switch self {
        case .cannotCreate(let path, let reason): return .cannotCreate(path: moved(path), reason: reason)
        case .ioFailure(let path, let reason): return .ioFailure(path: moved(path), reason: reason)
        case .notAFolder(let path): return .notAFolder(path: moved(path))
        default: return self
        }
    }

    /// How many entries of a foreign folder the message lists.
    static let sampleSize = 3

    /// A path as a shell word, for the command the message suggests.
    static func quoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+".contains($0) }
            ? path
            : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
