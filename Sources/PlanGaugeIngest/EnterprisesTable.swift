import Foundation
import PlanGaugeModel
import Synchronization

extension DatasetLoader {
    /// Reads enterprises.csv in parallel chunks: the cells of a row are checked on any core; the
    /// duplicate check, which needs every earlier row, runs as the chunks are committed in file order.
    func readEnterprises(_ path: String) throws {
        // The index of accepted enterprises is built as they are committed (each id hashed once for
        // the duplicate check and its number together), with room for a row in 100 bytes, so tens
        // of thousands of enterprises do not rehash it many times; the line each was on, by number.
        var firstLines: [Int] = []
        enterpriseIndex = [:]  // this file's enterprises replace any read before
        enterpriseIndex.reserveCapacity(
            ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 100)
        let hasParks = parksFileRead
        let parkIDs = self.parkIDs, parkNames = self.parkNames
        // Ids of rows rejected for their cells, from any thread: the last line of each wins, as
        // in one pass (the largest line is the last, whichever chunk finishes first).
        let rejected = RejectedLines()
        // The commit step keeps the first of each id, and names it on a duplicate.
        let firstOfEach = CheckingSink<EnterpriseColumn, Enterprise> { enterprise, place in
            if let number = self.enterpriseIndex[enterprise.id] {
                let first = firstLines[number]
                return .reject { row in
                    row.error(.id, "duplicate enterprise (first on line \(first))", value: enterprise.id.code)
                }
            }
            self.enterpriseIndex[enterprise.id] = firstLines.count  // its place among the accepted
            firstLines.append(place.line)
            return .accept
        }
        let enterprises = table(
            path, "enterprises", EnterpriseColumn.self, concurrent: true,
            makeConverters: { _, _ in
                RowConverters(full: { row -> Enterprise? in
                    Self.enterprise(
                        &row, hasParks: hasParks, parkIDs: parkIDs, parkNames: parkNames, rejected: rejected)
                })
            }, into: consume firstOfEach
        ).records
        for (code, line) in rejected.lines { rejectedEnterpriseLines[code] = line }
        dataset.enterprises = enterprises
        if !hasParks { makeParksFromEnterprises(path) }
    }
}

extension DatasetLoader {
    /// One enterprise from its row, nil when the row is rejected (its id is then noted in `rejected`).
    fileprivate static func enterprise(
        _ row: inout RowReader<EnterpriseColumn>, hasParks: Bool, parkIDs: [String: Int],
        parkNames: [String: String], rejected: RejectedLines
    ) -> Enterprise? {
        let id = row.uscc(.id)
        let name = row.text(.name)
        let park = knownPark(&row, hasParks: hasParks, parkIDs: parkIDs, parkNames: parkNames)
        // Without parks.csv the name is kept as written: `makeParksFromEnterprises` turns the
        // names into parks once every row is read.
        let span = Self.parkSpan(&row, park: park)
        let (tags, spans) = tagsAndSpans(&row)
        var enterprise = Enterprise(
            id: id ?? USCC("91350100M000100Y43")!, name: name ?? "",
            district: row.text(.district), park: park, segment: row.text(.segment),
            tags: tags, founded: row.date(.founded))
        enterprise.tagSpans = spans
        enterprise.exited = row.date(.exited)
        enterprise.arrived = row.date(.arrived)
        if let span {
            enterprise.parkSpans = [span]
            enterprise.park = ParkSpan.current(of: [span])
        }
        if let raw = row.text(.creditFlags) {
            let (flags, problems) = CreditFlagsCell.parse(raw)
            for p in problems {
                row.warning(.creditFlags, p, value: raw, expected: CreditFlagsCell.expected)
            }
            enterprise.creditFlags = flags
        }
        guard id != nil, name != nil, !row.hasError else {
            // an invalid id fails in revenue by itself
            if let id { rejected.note(id.code, line: row.line) }
            return nil
        }
        return enterprise
    }

    /// The row's park as parks.csv names it (by id, or its id for a name); nil, with a warning, when
    /// parks.csv was read and does not know it. Without parks.csv the cell is kept as written.
    private static func knownPark(
        _ row: inout RowReader<EnterpriseColumn>, hasParks: Bool, parkIDs: [String: Int],
        parkNames: [String: String]
    ) -> String? {
        var park = row.text(.park)
        if let p = park, hasParks {
            if let known = parkIDs[p] != nil ? p : parkNames[p] {
                park = known
            } else {
                row.warning(
                    .park, "park is not in parks.csv; the enterprise is kept without a park",
                    value: p, expected: "a park id or name from parks.csv")
                park = nil
            }
        }
        return park
    }

    /// The row's tags (each once, in order) and the dated spans some of them carry; a tag with a
    /// bad date is dropped with a warning.
    private static func tagsAndSpans(_ row: inout RowReader<EnterpriseColumn>) -> ([String], [TagSpan]) {
        var tags: [String] = [], spans: [TagSpan] = []
        if let raw = row.text(.tags) {
            for piece in TagsCell.parse(raw) {
                switch DatedTagCell.parse(piece) {
                case .success(let (tag, span)):
                    if !tags.contains(tag) { tags.append(tag) }
                    if let span { spans.append(span) }
                case .failure(let p):
                    // One bad date must not reject the firm and, with it, all its revenue rows.
                    row.warning(
                        .tags, p.reason + "; the enterprise is kept without this tag", value: raw,
                        expected: DatedTagCell.expected)
                }
            }
        }
        return (tags, spans)
    }
}

extension DatasetLoader {
    /// The dated membership of a row's park (入驻日期 / 迁出日期), nil when it gives no date. A date
    /// needs the park it belongs to, and the firm moves out after it moved in.
    static func parkSpan(_ row: inout RowReader<EnterpriseColumn>, park: String?) -> ParkSpan? {
        let from = row.date(.parkFrom), to = row.date(.parkTo)
        guard from != nil || to != nil else { return nil }
        guard let park else {
            // A park dropped for not being in parks.csv was warned about already; its dates go with it.
            if row.text(.park) == nil {
                row.error(
                    from != nil ? .parkFrom : .parkTo, "a move-in or move-out date without a park",
                    value: (from ?? to)!.description, expected: "the park (所属园区) the dates belong to, or no date")
            }
            return nil
        }
        if let from, let to, to <= from {
            row.error(
                .parkTo, "the enterprise moves out on or before the day it moved in (\(from))", value: to.description,
                expected: "a day after 入驻日期")
            return nil
        }
        return ParkSpan(park: park, from: from, to: to)
    }
}

/// Codes of rows rejected for their cells, with the last line each was on, noted from any thread.
private final class RejectedLines: Sendable {
    private let byCode = Mutex<[String: Int]>([:])

    func note(_ code: String, line: Int) {
        byCode.withLock { $0[code] = max($0[code] ?? line, line) }
    }

    var lines: [String: Int] { byCode.withLock { $0 } }
}
