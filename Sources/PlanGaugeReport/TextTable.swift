/// A plain-text table for terminals, aligned by display width (CJK characters take two columns).
struct TextTable {
    enum Alignment { case left, right }

    var headers: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    func render() -> String {
        var widths = headers.map(Self.width)
        for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], Self.width(c)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - Self.width(c))
                return alignments[i] == .left ? c + pad : pad + c
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
        var out = line(headers) + "\n"
        out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows { out += line(r) + "\n" }
        return out
    }

    /// Columns a string takes in a terminal: East Asian wide and full-width characters count two.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            switch u.value {
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                return n + 2
            case 0x0300...0x036F, 0x200B...0x200F:
                return n
            default:
                return n + 1
            }
        }
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
