/// Text from the data becomes text in the page, never markup: `<script>` shows as `&lt;script&gt;`.
enum HTML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Control characters have no place in a page (and break XML parsers).
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}", "\u{7F}", "\u{FFFE}", "\u{FFFF}":
                out += "\u{FFFD}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Numbers in SVG and CSS: fixed decimals, no locale, no exponent.
    static func number(_ x: Double, places: Int = 1) -> String {
        NumberFormat.fixed(x, places: places)
    }
}
