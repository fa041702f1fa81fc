import PlanGaugeModel

extension DatasetLoader {
    /// Reads park_members.csv into the enterprises' membership history: each row puts an enterprise
    /// in a park from a day (入驻日期) until the day it moved out (迁出日期). Read after
    /// enterprises.csv, whose rows and parks it names.
    ///
    /// The rows of an enterprise replace the membership enterprises.csv gave it. When none of
    /// them is still open and enterprises.csv names another park without dates, that park is
    /// taken as the one it moved to when its last row ended.
    func readParkMembers(_ path: String) throws {
        // Each enterprise's rows so far, for the one-park-at-a-time check.
        var earlier: [Int: [(span: ParkSpan, line: Int)]] = [:]
        let rows = try table(path, "park_members", ParkMemberColumn.self) { row -> (Int, ParkSpan)? in
            let id = row.uscc(.enterprise)
            let parkText = row.text(.park)
            let from = row.date(.from), to = row.date(.to)
            if let from, let to, to <= from {
                row.error(
                    .to, "the enterprise moves out on or before the day it moved in (\(from))", value: to.description,
                    expected: "a day after the move-in date (入驻日期)")
            }
            let place = enterprisePlace(id, .enterprise, in: &row)
            var park: String?
            if let parkText {
                park = parkID(for: parkText)
                if park == nil {
                    row.error(
                        .park,
                        parksFileRead
                            ? "unknown park: not in parks.csv"
                            : "unknown park: not a 所属园区 of enterprises.csv (the dataset has no parks.csv)",
                        value: parkText,
                        expected: parksFileRead
                            ? "a park id or name from parks.csv"
                            : "a park named in enterprises.csv, or a parks.csv listing it")
                }
            }
            guard let place, let park, !row.hasError else { return nil }
            let span = ParkSpan(park: park, from: from, to: to)
            if let clash = earlier[place]?.first(where: { Self.overlap($0.span, span) }) {
                row.error(
                    clash.span.from == nil && span.from == nil ? .park : .from,
                    "overlaps line \(clash.line) (\(Self.describe(clash.span))): an enterprise is in one park at a time",
                    value: Self.describe(span),
                    expected: "dates that follow line \(clash.line)'s, e.g. moving in on the day it moved out there")
                return nil
            }
            let current = dataset.enterprises[place].park
            if to == nil, let current, current != park, dataset.enterprises[place].parkSpans.isEmpty {
                row.warning(
                    .park, "enterprises.csv gives this enterprise's park as \(current); this row, still open, is used",
                    value: parkText, expected: "the park of enterprises.csv, or a move-out date (迁出日期)")
            }
            earlier[place, default: []].append((span, row.line))
            return (place, span)
        }
        var spans: [Int: [ParkSpan]] = [:]
        for (place, span) in rows { spans[place, default: []].append(span) }
        for (place, list) in spans {
            var history = list.sorted { ($0.from ?? .distantPast) < ($1.from ?? .distantPast) }
            let named = dataset.enterprises[place].parkSpans.isEmpty ? dataset.enterprises[place].park : nil
            if ParkSpan.current(of: history) == nil, let named, let last = history.last, named != last.park {
                history.append(ParkSpan(park: named, from: last.to, to: nil))  // where it moved to
            }
            dataset.enterprises[place].parkSpans = history
            dataset.enterprises[place].park = ParkSpan.current(of: history)
        }
    }

    /// Whether two spans share a day (a move-out day is the next park's first).
    static func overlap(_ a: ParkSpan, _ b: ParkSpan) -> Bool {
        let start = max(a.from ?? .distantPast, b.from ?? .distantPast)
        switch (a.to, b.to) {
        case let (x?, y?): return start < min(x, y)
        case let (x?, nil), let (nil, x?): return start < x
        case (nil, nil): return true
        }
    }

    static func describe(_ s: ParkSpan) -> String {
        "\(s.park) \(s.from?.description ?? "")~\(s.to?.description ?? "")"
    }
}
