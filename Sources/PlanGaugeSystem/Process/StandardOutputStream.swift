import Foundation

/// C's `stdout`, the stream `print` writes through.
package enum StandardOutputStream {
    /// Found by symbol because Swift 6 refuses a direct reference to a mutable C global; nothing in
    /// the program reassigns it, so reading it once is safe.
    nonisolated(unsafe) private static let stream: UnsafeMutablePointer<FILE>? = {
        #if os(Linux)
        let symbol = dlsym(nil, "stdout")  // RTLD_DEFAULT is 0 in glibc
        #else
        let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: -2), "__stdoutp")  // RTLD_DEFAULT on Darwin
        #endif
        return symbol?.load(as: UnsafeMutablePointer<FILE>?.self)
    }()

    /// Flushes stdout. Returns nil when everything written so far reached the file, else the
    /// `errno` of the failure (0 when none was set), now or earlier: the stream's error flag stays
    /// set after a failed buffer flush in the middle of the run.
    package static func flush() -> Int32? {
        errno = 0
        guard let stream else { return fflush(nil) == 0 ? nil : errno }
        let flushed = fflush(stream) == 0
        guard !flushed || ferror(stream) != 0 else { return nil }
        return errno
    }
}
