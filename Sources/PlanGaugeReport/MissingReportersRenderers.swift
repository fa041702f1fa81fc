import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel

/// 漏报 laid out: the city page's 未报送企业 section and `plangauge missing` as text (grouped by
/// district and park), CSV (the page's table, for the 催报 e-mails) and JSON. The list and its order
/// come from `MissingReporters`; nothing here decides who is missing.
public enum MissingReportersRenderer {
    /// The table of the page and of the CSV (`data/missing.csv`): one row per firm, in the list's
    /// order. Money in 万元 (millions of yuan in English), exact to the 分; CSV cells carry the
    /// value without grouping, an empty cell for an unknown district or park.
    static func table(_ m: MissingReporters, _ l: L10n) -> ReportTable {
        let text = CityPageText(l: l)
        let rows = m.firms.map { f -> [ReportTable.Cell] in
            [
                .init(f.district.map(l.name) ?? text.missingNoDistrict, raw: f.district.map(l.name) ?? ""),
                .init(f.park.map(l.park) ?? text.missingNoPark, raw: f.park.map(l.park) ?? ""),
                .init(f.id.code), .init(f.name),
                .init(f.last.map { text.missingPeriod($0.period, basis: $0.basis) } ?? "—", raw: lastPeriod(f, l)),
                .init(f.last.map { money($0.revenue, l, grouping: true) } ?? "—", raw: lastRevenue(f, l)),
                .init(f.emptyRevenueRow ? text.missingEmptyRevenue : "")
            ]
        }
        return ReportTable(
            id: "missing", title: text.missingTitle,
            columns: [
                .init(text.missingDistrict), .init(text.missingPark), .init(text.missingCode, nowrap: true),
                .init(text.missingName), .init(text.missingLastPeriod, nowrap: true),
                .init(text.missingLastRevenue, numeric: true), .init(text.missingRemark)
            ], rows: rows)
    }

    private static func lastPeriod(_ f: MissingReporters.Firm, _ l: L10n) -> String {
        f.last.map { CityPageText(l: l).missingPeriod($0.period, basis: $0.basis) } ?? ""
    }

    private static func lastRevenue(_ f: MissingReporters.Firm, _ l: L10n) -> String {
        f.last.map { money($0.revenue, l, grouping: false) } ?? ""
    }

    /// An amount exact to the 分: 万元 in Chinese (`1,234.5`→`1,234.50`), millions of yuan in English.
    static func money(_ a: Amount, _ l: L10n, grouping: Bool) -> String {
        l.lang == .zh
            ? a.formatted(in: .wan, DecimalFormat(places: 6, keepingAtLeast: 2, grouping: grouping))
            : DecimalFormat(places: 8, keepingAtLeast: 2, grouping: grouping).string(significand: a.fen, scale: 8)
    }

    /// The city page's 未报送企业 section; nil when nobody is missing (or the list is unknown).
    static func section(_ m: MissingReporters?, _ l: L10n) -> Section? {
        guard let m, !m.firms.isEmpty else { return nil }
        let pageRows = CityPageBuilder.pageRows
        return Section(
            id: "missing", title: CityPageText(l: l).missingTitle,
            note: CityPageText(l: l).missingNote(
                m.period, count: m.firms.count, exited: m.exited, pageRows: m.firms.count > pageRows ? pageRows : nil,
                file: "data/missing.csv"),
            content: .table(table(m, l)))
    }

    /// `plangauge missing` as text: the summary line, then each district, its parks and one line
    /// per firm (code, name, last period and value, the empty-row mark), then the exited line.
    public static func text(_ m: MissingReporters, lang: ReportLanguage = .zh) -> String {
        let l = L10n(lang: lang)
        let t = CityPageText(l: l)
        guard !m.firms.isEmpty else {
            return t.noneMissing(m.period, active: m.active) + t.missingExited(m.exited, m.period) + "\n"
        }
        var out = t.missingSummary(m.period, count: m.firms.count) + "\n" + t.missingUnit + "\n"
        let lines = m.firms.map { f in
            [
                f.id.code, f.name, f.last.map { t.missingPeriod($0.period, basis: $0.basis) } ?? "—",
                f.last.map { money($0.revenue, l, grouping: true) } ?? "—"
            ]
        }
        let widths = (0..<4).map { c in lines.map { TextTable.width($0[c]) }.max() ?? 0 }
        var line = 0
        for d in m.byDistrict {
            out += "\n" + (d.district.map(l.name) ?? t.missingNoDistrict) + "\n"
            for p in d.parks {
                out += "  " + (p.park.map(l.park) ?? t.missingNoPark) + "\n"
                for f in p.firms {
                    let cells = lines[line]
                    line += 1
                    var s = "    " + cells[0] + pad(cells[0], widths[0]) + "  " + cells[1] + pad(cells[1], widths[1])
                    s += "  " + cells[2] + pad(cells[2], widths[2]) + "  " + pad(cells[3], widths[3]) + cells[3]
                    if f.emptyRevenueRow { s += "  " + t.missingEmptyRevenue }
                    out += s.trimmingTrailingSpaces + "\n"
                }
            }
        }
        let exited = t.missingExited(m.exited, m.period)
        if !exited.isEmpty { out += "\n" + exited.trimmingCharacters(in: .whitespaces) + "\n" }
        return out
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - TextTable.width(s)))
    }

    /// `plangauge missing --format csv`: the page's table in Chinese as Excel opens it (UTF-8 with
    /// BOM, CRLF), byte for byte the report's `data/missing.csv` for the same period.
    public static func csv(_ m: MissingReporters) -> Data {
        CSVExport.data(table(m, L10n(lang: .zh)))
    }

    /// `plangauge missing --format json` (schema `plangauge.missing/1`): money in 分, every key on
    /// every firm (null when unknown), keys sorted.
    public static func json(_ m: MissingReporters, dataset: String) throws -> Data {
        try StableJSON.encode(MissingDocument(m, dataset: dataset))
    }
}

/// The JSON document of `plangauge missing` (schema `plangauge.missing/1`).
struct MissingDocument: Encodable {
    var schema = "plangauge.missing/1"
    var dataset: String
    var period: String
    /// Firms listed, active firms at the period, firms left out for having exited.
    var missing, active, exited: Int
    var firms: [Firm]

    struct Firm: Encodable {
        var id, name: String
        var district, park, parkName, lastPeriod, lastBasis: String?
        var lastRevenueFen: Int64?
        var emptyRevenueRow: Bool

        enum CodingKeys: String, CodingKey {
            case id, name, district, park, parkName, lastPeriod, lastBasis, lastRevenueFen, emptyRevenueRow
        }

        /// Every key, null when unknown, so each firm has the same keys.
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(name, forKey: .name)
            try c.encode(district, forKey: .district)
            try c.encode(park, forKey: .park)
            try c.encode(parkName, forKey: .parkName)
            try c.encode(lastPeriod, forKey: .lastPeriod)
            try c.encode(lastBasis, forKey: .lastBasis)
            try c.encode(lastRevenueFen, forKey: .lastRevenueFen)
            try c.encode(emptyRevenueRow, forKey: .emptyRevenueRow)
        }
    }

    init(_ m: MissingReporters, dataset: String) {
        self.dataset = dataset
        period = m.period.description
        missing = m.firms.count
        active = m.active
        exited = m.exited
        firms = m.firms.map {
            Firm(
                id: $0.id.code, name: $0.name, district: $0.district, park: $0.park?.id, parkName: $0.park?.name,
                lastPeriod: $0.last?.period.description, lastBasis: $0.last?.basis.rawValue,
                lastRevenueFen: $0.last?.revenue.fen, emptyRevenueRow: $0.emptyRevenueRow)
        }
    }
}
