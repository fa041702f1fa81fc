#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only memory map of a whole file: the kernel pages it in as the parser walks it, so memory
/// stays flat however long the file is, and nothing is copied.
package final class MappedFile {
    package let path: String
    package let bytes: UnsafeRawBufferPointer
    private let mapping: UnsafeMutableRawPointer?
    private let length: Int
    /// Kept open for `lineEnd(from:)`.
    private let fd: Int32

    package enum OpenError: Error, Equatable {
        case cannotOpen(path: String, reason: String)
        case notARegularFile(path: String)
    }

    package init(path: String) throws {
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw OpenError.cannotOpen(path: path, reason: String(cString: strerror(errno))) }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            close(fd)
            throw OpenError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else { close(fd); throw OpenError.notARegularFile(path: path) }
        self.fd = fd
        length = Int(st.st_size)
        if length == 0 {
            mapping = nil
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        let p = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let p, p != MAP_FAILED else {
            close(fd)
            throw OpenError.cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        _ = madvise(p, length, MADV_SEQUENTIAL)
        mapping = p
        bytes = UnsafeRawBufferPointer(start: p, count: length)
    }

    /// Drops the pages of `range` (offsets in `bytes`) from this process's memory: they were read
    /// and are not needed again soon. They stay in the page cache, and touching them again reads
    /// them back, so this only keeps a large file from counting whole against resident memory.
    package func release(_ range: Range<Int>) {
        guard let base = bytes.baseAddress, !range.isEmpty else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let start = (Int(bitPattern: base) + range.lowerBound + page - 1) / page * page  // whole pages inside
        let end = (Int(bitPattern: base) + range.upperBound) / page * page
        guard end > start, let p = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(p, end - start, MADV_DONTNEED)
    }

    /// Copies the bytes of `range` (offsets in `bytes`) to `buffer` with `pread`; false when the
    /// file came up short (it changed while read: the caller then reads the mapping instead).
    /// Reading a chunk so, into memory of its own, costs a copy from the page cache but no page
    /// faults, and no mapping to drop afterwards (dropping one interrupts the other core).
    package func copy(_ range: Range<Int>, to buffer: UnsafeMutableRawPointer) -> Bool {
        var done = 0
        while done < range.count {
            let n = pread(fd, buffer + done, range.count - done, off_t(range.lowerBound + done))
            guard n > 0 else { return false }
            done += n
        }
        return true
    }

    /// The offset just after the first line feed at or after `offset` (the file's length when there
    /// is none), read with `pread`: touching the mapping to look would map a whole large page-cache
    /// folio (megabytes) into this process, and cutting a file into chunks looks once per chunk.
    package func lineEnd(from offset: Int) -> Int {
        var window = [UInt8](repeating: 0, count: 1 << 16)
        var at = offset
        while at < length {
            let n = window.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(at)) }
            guard n > 0 else { return length }
            if let i = window[0..<n].firstIndex(of: 0x0A) { return at + i + 1 }
            at += n
        }
        return length
    }

    deinit {
        if let mapping { munmap(mapping, length) }
        close(fd)
    }
}
