/// Normalisation shared by the cell parsers.
enum CellText {
    /// Trims ASCII white space, ideographic space (U+3000) and no-break space (U+00A0).
    static func trimmed(_ s: String) -> Substring {
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
            case 0x2212: out.append("-")                          // MINUS SIGN
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
}
