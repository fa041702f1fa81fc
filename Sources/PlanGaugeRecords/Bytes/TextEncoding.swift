/// The text encodings office CSV files arrive in.
public enum TextEncoding: String, Sendable, CaseIterable, Codable {
    case utf8 = "utf-8"
    /// UTF-8 with a byte-order mark (what Excel writes for "CSV UTF-8").
    case utf8BOM = "utf-8-bom"
    /// GB18030, a superset of GBK/GB2312: what Excel on Chinese Windows writes for plain "CSV".
    case gb18030 = "gb18030"

    /// How the encoding was chosen, for the report.
    public enum Reason: String, Sendable, Codable {
        case byteOrderMark = "byte-order mark"
        case validUTF8 = "valid UTF-8"
        case notUTF8 = "not valid UTF-8"
        case option = "--encoding"
    }

    /// Detects in this order: BOM → valid UTF-8 → GB18030 (PlanGaugeIngest.docc, DatasetContract).
    package static func detect(_ bytes: UnsafeRawBufferPointer) -> (TextEncoding, Reason) {
        if hasUTF8BOM(bytes) { return (.utf8BOM, .byteOrderMark) }
        return UTF8Validation.isValid(bytes) ? (.utf8, .validUTF8) : (.gb18030, .notUTF8)
    }

    package static func hasUTF8BOM(_ b: UnsafeRawBufferPointer) -> Bool {
        b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF
    }

    /// Parses `utf8`, `utf-8`, `gb18030`, `gbk` (GBK is a subset of GB18030) as the `--encoding` option.
    package init?(option: String) {
        switch option.lowercased() {
        case "utf8", "utf-8": self = .utf8
        case "utf8-bom", "utf-8-bom", "utf8bom": self = .utf8BOM
        case "gb18030", "gbk", "gb2312", "cp936": self = .gb18030
        default: return nil
        }
    }
}

/// A fast UTF-8 validator (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
package enum UTF8Validation {
    package static func isValid(_ buffer: UnsafeRawBufferPointer) -> Bool {
        firstInvalidOffset(buffer) == nil
    }

    /// The offset of the first byte that starts an invalid sequence, or nil.
    package static func firstInvalidOffset(_ buffer: UnsafeRawBufferPointer) -> Int? {
        let n = buffer.count
        guard n > 0, let base = buffer.baseAddress else { return nil }
        let b = base.assumingMemoryBound(to: UInt8.self)
        var i = 0
        while i < n {
            // ASCII fast path, sixteen bytes at a time, then eight.
            while i + 16 <= n {
                let words =
                    UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)
                    | UnsafeRawPointer(b + i + 8).loadUnaligned(as: UInt64.self)
                if words & 0x8080_8080_8080_8080 != 0 { break }
                i += 16
            }
            while i + 8 <= n {
                let word = UnsafeRawPointer(b + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { break }
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            // Chinese text is nearly all three-byte sequences led by E1–EC or EE–EF, whose two
            // continuation bytes may be anything from 80 to BF: checked at once.
            if c &- 0xE1 < 0x0F, c != 0xED, i + 2 < n, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
                i += 3
                // A run of them (a name), without going back through the ASCII loop in between.
                while i + 2 < n, b[i] &- 0xE1 < 0x0F, b[i] != 0xED, b[i + 1] & 0xC0 == 0x80, b[i + 2] & 0xC0 == 0x80 {
                    i += 3
                }
                continue
            }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
            let c1 = b[i + 1]
            guard c1 >= lo && c1 <= hi else { return i }
            for k in 2...max(2, need) where k <= need {
                guard b[i + k] & 0xC0 == 0x80 else { return i }
            }
            i += need + 1
        }
        return nil
    }
}
