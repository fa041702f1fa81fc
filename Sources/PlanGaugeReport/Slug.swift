/// File names for parks: ASCII letters, digits and hyphens only, so no park name or id can
/// reach outside the output folder (`../../x` becomes `x`) or clash with another page.
public enum Slug {
    /// `text` lowercased, ASCII letters and digits kept, every other run turned into one hyphen, at most 60 characters; `fallback` when nothing is left.
    public static func make(_ text: String, fallback: String) -> String {
        var out = ""
        for u in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(u) || ("0"..."9").contains(u) {
                out.unicodeScalars.append(u)
            } else if !out.isEmpty && out.last != "-" {
                out += "-"
            }
        }
        while out.last == "-" { out.removeLast() }
        if out.count > 60 { out = String(out.prefix(60)) }
        return out.isEmpty ? fallback : out
    }

    /// Slugs for many names, made unique with -2, -3 …
    public static func unique(_ texts: [String]) -> [String] {
        var used: Set<String> = []
        return texts.enumerated().map { i, t in
            let base = make(t, fallback: "park-\(i + 1)")
            var s = base, n = 2
            while used.contains(s) { s = "\(base)-\(n)"; n += 1 }
            used.insert(s)
            return s
        }
    }
}
