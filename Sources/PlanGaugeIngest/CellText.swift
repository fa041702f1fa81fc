import PlanGaugeRecords

/// Normalisation shared by the cell parsers.
enum CellText {
    /// Trims ASCII white space, ideographic space (U+3000) and no-break space (U+00A0).
    static func trimmed(_ s: String) -> Substring {
        // Most cells have nothing to trim: look at the first and last bytes before walking characters.
        // (Spaces begin with 0x20, 0x09, 0x0A, 0x0D, 0xC2 (U+00A0) or 0xE3 (U+3000) and end with 0x20,
        // 0x09, 0x0A, 0x0D, 0xA0 or 0x80.)
        let plain: Bool
        switch (s.utf8.first, s.utf8.last) {
        case (nil, _), (_, nil): plain = false
        case (0x20, _), (0x09, _), (0x0A, _), (0x0D, _), (0xC2, _), (0xE3, _): plain = false
        case (_, 0x20), (_, 0x09), (_, 0x0A), (_, 0x0D), (_, 0xA0), (_, 0x80): plain = false
        default: plain = true
        }
        if plain { return Substring(s) }
        var sub = Substring(s)
        while let c = sub.first, isSpace(c) { sub.removeFirst() }
        while let c = sub.last, isSpace(c) { sub.removeLast() }
        return sub
    }

    static func isSpace(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\u{3000}" || c == "\u{00A0}" || c == "\n" || c == "\r"
    }

    /// Full-width digits, letters and the punctuation numbers use, mapped to ASCII.
    static func halfWidth(_ s: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0xFF01...0xFF5E: out.append(Unicode.Scalar(u.value - 0xFEE0)!)
            case 0x3000: out.append(" ")
            case 0x2212: out.append("-")  // MINUS SIGN
            default: out.append(u)
            }
        }
        return String(out)
    }

    /// Cells that mean "no data": empty, `-`, `—`, `…` and their doubled forms. A lone `-` is never
    /// a minus sign.
    static func isMissing(_ s: some StringProtocol) -> Bool {
        switch s {
        case "", "-", "--", "—", "——", "–", "…", "……", "...", "－", "/", "N/A", "n/a", "NA", "无数据":
            return true
        default:
            return false
        }
    }

    /// Whether raw cell bytes may hold a control character (any byte below 0x20, or DEL) or a
    /// byte-order mark: the cheap test before the exact one on the decoded text (see `ByteScan`).
    static func mayHoldControlOrBOM(_ bytes: ByteView) -> Bool {
        ByteScan.mayHoldControlOrBOM(bytes)
    }

    /// The first C0 control character (other than tab, LF and CR) or DEL in `s`, if any.
    static func firstControlCharacter(_ s: String) -> Unicode.Scalar? {
        for b in s.utf8 where b < 0x20 || b == 0x7F {
            if b != 0x09 && b != 0x0A && b != 0x0D { return Unicode.Scalar(b) }
        }
        return nil
    }

    /// `0000`, `001A`: a scalar as four or more upper-case hex digits, as in U+0000.
    static func hex(_ u: Unicode.Scalar) -> String {
        let h = String(u.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
