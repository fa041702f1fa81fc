#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Swapping two folders in one step, the one call of the publisher that the Swift overlays do not
/// offer.
///
/// Invariants:
/// - Linux: glibc (≥ 2.28) and musl export `int renameat2(int, const char *, int, const char *,
///   unsigned int)`, but the Glibc module does not declare it and `syscall(2)` is variadic, which
///   Swift cannot call. So the symbol is looked up with `dlsym` in the default namespace and called
///   through a `@convention(c)` type that matches that prototype exactly. No symbol (an old libc)
///   means "unsupported", never a crash.
/// - Darwin: `renamex_np(RENAME_SWAP)` is declared and does the same.
/// - Both paths are passed as C strings that live for the duration of the call only.
/// - `exchange` returns 0 or the `errno` of the failure; it never leaves both names pointing at
///   one folder or neither: the kernel swaps the two directory entries atomically or not at all.
package enum RenameExchange {
    /// Swaps the folders (or files) at `a` and `b`, which must both exist. Returns 0, or `errno`.
    package static func exchange(_ a: String, _ b: String) -> Int32 {
        #if os(Linux)
        typealias RenameAt2 =
            @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE in <linux/fs.h>
        guard let symbol = dlsym(nil, "renameat2") else { return ENOSYS }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let result = a.withCString { from in
            b.withCString { to in renameat2(AT_FDCWD, from, AT_FDCWD, to, renameExchange) }
        }
        return result == 0 ? 0 : errno
        #elseif canImport(Darwin)
        let result = renamex_np(a, b, UInt32(RENAME_SWAP))
        return result == 0 ? 0 : errno
        #else
        return ENOSYS
        #endif
    }

    /// Whether a failed `exchange` means the system or the filesystem cannot swap (the caller then
    /// falls back to two renames), rather than a real failure such as a missing folder.
    package static func isUnsupported(_ code: Int32) -> Bool {
        code == ENOSYS || code == EINVAL || code == ENOTSUP || code == EOPNOTSUPP
    }
}
