#if canImport(Glibc)
import Glibc
#endif

/// Hands memory freed while reading a file back to the system: glibc keeps freed small blocks in its
/// heaps, and a large file's per-chunk rows and lookup tables leave tens of megabytes there.
///
/// Nothing to do when a sanitizer's allocator stands in for glibc's: then glibc's heaps were never
/// set up, and `malloc_trim`, called from two threads at once, read a null arena and crashed.
package func returnFreedMemory() {
    #if os(Linux)
    guard !allocatorIsASanitizers else { return }
    _ = glibcMallocTrim(0)
    #endif
}

#if os(Linux)
/// Whether AddressSanitizer or ThreadSanitizer is linked in (their runtimes define these symbols).
private let allocatorIsASanitizers: Bool = {
    let program = dlopen(nil, RTLD_NOW)
    defer { if let program { dlclose(program) } }
    return dlsym(program, "__asan_init") != nil || dlsym(program, "__tsan_init") != nil
}()

/// glibc's `malloc_trim` (malloc.h is not among the headers Swift's Glibc module exposes).
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
