/// The marker file PlanGauge writes in every folder it creates and owns (`.plangauge`, one line of
/// JSON naming the tool and the folder's kind). A folder without it is the user's: PlanGauge never
/// replaces or deletes it. It lives in the model so the generator (which sees only the model) and
/// the report's publisher write the same bytes.
public enum OutputMarker {
    /// The marker's file name, hidden so listings and dataset readers pass over it.
    public static let fileName = ".plangauge"

    /// What a PlanGauge folder is; a command replaces only a folder of the kind it writes.
    public enum Kind: String, Sendable, CaseIterable {
        /// The `--out` of `report`: period folders, the site index and `latest/`.
        case site
        /// One period's dashboards inside a site folder.
        case period
        /// The `latest/` redirect inside a site folder.
        case latest
        /// The `--out` of `export`.
        case export
        /// A dataset folder written by `synth`.
        case dataset
        /// The `--out` of `template`: the forms sent out for one period.
        case forms
    }

    /// The marker's bytes for a folder of `kind`: `{"kind":"period","tool":"plangauge"}` and a newline.
    public static func contents(_ kind: Kind) -> [UInt8] {
        Array("{\"kind\":\"\(kind.rawValue)\",\"tool\":\"plangauge\"}\n".utf8)
    }

    /// The kind a marker file's bytes name, or nil when they are not a PlanGauge marker. Accepts
    /// the exact line `contents` writes, with or without spaces around the JSON punctuation, so a
    /// marker written by hand (`printf … > .plangauge`) counts too.
    public static func kind(of bytes: [UInt8]) -> Kind? {
        let text = String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace }
        for kind in Kind.allCases {
            let line = String(decoding: contents(kind), as: UTF8.self).filter { !$0.isWhitespace }
            let swapped = "{\"tool\":\"plangauge\",\"kind\":\"\(kind.rawValue)\"}"
            if text == line || text == swapped { return kind }
        }
        return nil
    }
}
