import Foundation

/// Standard output as a product: everything `print` wrote is flushed and checked before the
/// program exits, so a full disk or `/dev/full` is exit status 74, not a truncated file and 0.
enum StandardOutput {
    /// C's `stdout`, the stream `print` writes through. Found by symbol because Swift 6 refuses a
    /// direct reference to a mutable C global; nothing in the program reassigns it.
    nonisolated(unsafe) private static let stream: UnsafeMutablePointer<FILE>? = {
        #if os(Linux)
        let symbol = dlsym(nil, "stdout")  // RTLD_DEFAULT is 0 in glibc
        #else
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: -2), "__stdoutp")  // RTLD_DEFAULT on Darwin
        #endif
        return symbol?.load(as: UnsafeMutablePointer<FILE>?.self)
    }()

    /// Flushes stdout. Returns why the output is incomplete when a write failed now or earlier
    /// (the stream's error flag stays set after a failed buffer flush in the middle of the run).
    static func flush() -> CommandFailure? {
        errno = 0
        guard let stream else { return fflush(nil) == 0 ? nil : failure(errno) }
        let flushed = fflush(stream) == 0
        guard !flushed || ferror(stream) != 0 else { return nil }
        return failure(errno)
    }

    private static func failure(_ code: Int32) -> CommandFailure {
        let reason = code != 0 ? ExitStatusMapping.reasonText(code) : "a write failed"
        return CommandFailure(
            .ioError, "plangauge: cannot write to standard output: \(reason); the output is incomplete")
    }
}
