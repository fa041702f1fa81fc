import PlanGaugeModel

extension DatasetLoader {
    /// A dataset without parks.csv: the park names of enterprises.csv (`所属园区`, `park`) become the
    /// parks, so park pages and tables are filled. Each distinct name (in order of first appearance)
    /// is a park with an id from `ParkNameID`, the district its enterprises agree on (none when they
    /// disagree), and no level. One warning on enterprises.csv (line 0) says so.
    ///
    /// Names already known as parks (a park read before, as the fuzzer does) keep their park.
    func makeParksFromEnterprises(_ enterprisesPath: String) {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (i, e) in dataset.enterprises.enumerated() {
            // The park it is in now, or the one a dated row says it was in (it may have moved out).
            for name in Set([e.park].compactMap { $0 } + e.parkSpans.map(\.park)).sorted() {
                if parkID(for: name) != nil { continue }
                if members[name] == nil { order.append(name) }
                members[name, default: []].append(i)
            }
        }
        guard !order.isEmpty else { return }
        let ids = ParkNameID.ids(for: order, avoiding: Set(parkIDs.keys))
        var described: [String] = []
        for (name, id) in zip(order, ids) {
            let firms = members[name]!
            let districts = Set(firms.compactMap { dataset.enterprises[$0].district })
            parkIDs[id] = dataset.parks.count
            parkNames[name] = id
            dataset.parks.append(Park(id: id, name: name, district: districts.count == 1 ? districts.first : nil))
            described.append("\(name) → \(id), \(firms.count) \(firms.count == 1 ? "firm" : "firms")")
        }
        for i in dataset.enterprises.indices {
            if let name = dataset.enterprises[i].park, parkIDs[name] == nil {
                dataset.enterprises[i].park = parkNames[name]
            }
            for k in dataset.enterprises[i].parkSpans.indices {
                let name = dataset.enterprises[i].parkSpans[k].park
                if parkIDs[name] == nil, let id = parkNames[name] { dataset.enterprises[i].parkSpans[k].park = id }
            }
        }
        let file = display(enterprisesPath)
        let shown = described.count <= 8 ? described : Array(described.prefix(8)) + ["… \(described.count - 8) more"]
        log.add(
            Diagnostic(
                file: file, line: 0, column: 0, severity: .warning,
                message:
                    "no parks.csv: \(order.count) \(order.count == 1 ? "park" : "parks") made from the 所属园区 names (\(shown.joined(separator: "; "))); district only where all of a park's enterprises agree, no level",
                expected: "a parks.csv listing id, name, district and level of each park"))
        if let k = files.lastIndex(where: { $0.file == file }) { files[k].warnings += 1 }
    }
}

/// Ids for parks known only by name: deterministic, ASCII, safe as file names.
///
/// A name that already looks like an id (ASCII letters, digits, `-` and `_`, at most 40 characters:
/// `PT-DEMO`) is kept as it is; one written in ASCII letters, digits, spaces, `-` and `_` only becomes
/// its slug (`Zhangjiang Hi-Tech Park` → `zhangjiang-hi-tech-park`, at most 40 characters); any other name
/// (a Chinese one) becomes `park-` and eight hex digits of the 32-bit FNV-1a hash of its UTF-8 bytes
/// (`临港数据安全产业园` is always `park-…` with the same digits, whatever the machine or the order of the
/// file). Ids already taken get `-2`, `-3` … in order of first appearance.
public enum ParkNameID {
    /// The id of one park name: the name itself, its ASCII slug, or `park-` and its FNV-1a hash.
    public static func id(for name: String) -> String {
        if let slug = asciiSlug(name) { return slug }
        var hash: UInt32 = 0x811C_9DC5
        for b in name.utf8 {
            hash ^= UInt32(b)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return "park-" + String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// The ids of `names` in order, each made unique against `taken` and the earlier ones with `-2`, `-3` ….
    public static func ids(for names: [String], avoiding taken: Set<String> = []) -> [String] {
        var used = taken
        return names.map { name in
            let base = id(for: name)
            var s = base, n = 2
            while used.contains(s) { s = "\(base)-\(n)"; n += 1 }
            used.insert(s)
            return s
        }
    }

    private static func asciiSlug(_ name: String) -> String? {
        // Already an id (`PT-DEMO`, `P1`): kept, so plans scoped to it still find it.
        func alphanumeric(_ u: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(u) || ("A"..."Z").contains(u) || ("0"..."9").contains(u)
        }
        let scalars = name.unicodeScalars
        if scalars.count <= 40, scalars.contains(where: alphanumeric),
            scalars.allSatisfy({ alphanumeric($0) || $0 == "-" || $0 == "_" })
        {
            return name
        }
        var out = ""
        for u in name.unicodeScalars {
            switch u {
            case "a"..."z", "0"..."9": out.unicodeScalars.append(u)
            case "A"..."Z": out += String(u).lowercased()
            case " ", "-", "_": if !out.isEmpty && out.last != "-" { out += "-" }
            default: return nil
            }
        }
        while out.last == "-" { out.removeLast() }
        if out.count > 40 {
            out = String(out.prefix(40))
            while out.last == "-" { out.removeLast() }
        }
        return out.isEmpty ? nil : out
    }
}
