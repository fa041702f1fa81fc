import Foundation

/// What a path names, from `stat(2)` (symbolic links followed).
package enum FileKind {
    /// Whether `path` names a folder; nil when nothing can be found there.
    package static func isFolder(_ path: String) -> Bool? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT == S_IFDIR
    }
}
