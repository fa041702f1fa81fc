#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns field bytes into Swift strings in the file's encoding.
///
/// libcsv works on raw bytes, which is safe for GB18030 too (its trail bytes never collide with
/// comma, quote, CR or LF), so fields are decoded one by one after parsing. ASCII fields, most
/// of a revenue file, skip the converter.
package final class TextDecoder {
    package let encoding: TextEncoding
    private var converter: iconv_t?
    private var scratch: [UInt8] = []

    package init(encoding: TextEncoding) {
        self.encoding = encoding
        if encoding == .gb18030 {
            let cd = iconv_open("UTF-8", "GB18030")
            converter = cd == iconv_t(bitPattern: -1) ? nil : cd
        }
    }

    deinit {
        if let converter { iconv_close(converter) }
    }

    /// The text of `bytes` (a cell copied out of its record), or nil when they are not valid in the encoding.
    package func decode(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { decode($0) }
    }

    /// The text of `bytes`, or nil when they are not valid in the encoding.
    package func decode(_ bytes: UnsafeRawBufferPointer) -> String? {
        if bytes.isEmpty { return "" }
        if Self.isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }
        switch encoding {
        case .utf8, .utf8BOM:
            return UTF8Validation.isValid(bytes) ? String(decoding: bytes, as: UTF8.self) : nil
        case .gb18030:
            return convertGB18030(bytes)
        }
    }

    package static func isASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for b in bytes where b >= 0x80 { return false }
        return true
    }

    private func convertGB18030(_ bytes: UnsafeRawBufferPointer) -> String? {
        guard let converter else { return nil }
        return Self.convert(converter, bytes, scratch: &scratch) { String(decoding: $0, as: UTF8.self) }
    }

    /// Each text in GB18030 (nil for one that fails, which Unicode text cannot, or all when iconv
    /// is missing): for comparing cells by their bytes.
    package static func gb18030Bytes(of texts: [String]) -> [[UInt8]?] {
        let cd = iconv_open("GB18030", "UTF-8")
        guard cd != iconv_t(bitPattern: -1) else { return texts.map { _ in nil } }
        defer { iconv_close(cd) }
        var scratch: [UInt8] = []
        return texts.map { text in
            Array(text.utf8).withUnsafeBytes { convert(cd, $0, scratch: &scratch) { Array($0) } }
        }
    }

    /// `input` through the converter `cd` (reset first) into `scratch`, grown as needed (either way
    /// between UTF-8 and GB18030 the text at most doubles); `body` sees the output bytes. Nil when
    /// iconv cannot convert all of the input.
    private static func convert<R>(
        _ cd: iconv_t?, _ input: UnsafeRawBufferPointer, scratch: inout [UInt8],
        _ body: (UnsafeBufferPointer<UInt8>) -> R
    ) -> R? {
        _ = iconv(cd, nil, nil, nil, nil)  // reset shift state
        let capacity = input.count * 2 + 4
        if scratch.count < capacity { scratch = [UInt8](repeating: 0, count: capacity) }
        return scratch.withUnsafeMutableBufferPointer { out -> R? in
            var inPtr: UnsafeMutablePointer<CChar>? = input.baseAddress.map {
                UnsafeMutablePointer(mutating: $0.assumingMemoryBound(to: CChar.self))
            }
            var inLeft = input.count
            var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(out.baseAddress!).assumingMemoryBound(
                to: CChar.self)
            var outLeft = capacity
            guard iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1, inLeft == 0 else { return nil }
            return body(UnsafeBufferPointer(start: out.baseAddress, count: capacity - outLeft))
        }
    }
}
