import Foundation

/// Writes a report folder atomically: everything goes to a hidden staging folder first and
/// replaces `<out>/<name>` only when all files are written, so a failed run leaves the previous
/// report untouched and a reader never sees half a report.
public enum ReportWriter {
    public static func write(_ files: [String: Data], to out: String, name: String) throws -> String {
        let fm = FileManager.default
        try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
        let final = (out as NSString).appendingPathComponent(name)
        let staging = (out as NSString).appendingPathComponent(".\(name).partial-\(getpid())")
        let old = (out as NSString).appendingPathComponent(".\(name).old-\(getpid())")
        try? fm.removeItem(atPath: staging)
        do {
            for (relative, data) in files.sorted(by: { $0.key < $1.key }) {
                precondition(!relative.contains("..") && !relative.hasPrefix("/"), "report paths are built from slugs")
                let path = (staging as NSString).appendingPathComponent(relative)
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try data.write(to: URL(fileURLWithPath: path))
            }
        } catch {
            try? fm.removeItem(atPath: staging)
            throw error
        }
        if fm.fileExists(atPath: final) {
            try fm.moveItem(atPath: final, toPath: old)
            do {
                try fm.moveItem(atPath: staging, toPath: final)
            } catch {
                try? fm.moveItem(atPath: old, toPath: final)
                try? fm.removeItem(atPath: staging)
                throw error
            }
            try? fm.removeItem(atPath: old)
        } else {
            try fm.moveItem(atPath: staging, toPath: final)
        }
        return final
    }
}
