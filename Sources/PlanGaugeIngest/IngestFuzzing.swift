import Foundation
import PlanGaugeModel
import PlanGaugeRecords

/// The fuzzer's way in: arbitrary bytes read as every table of the contract, through the same
/// code a dataset folder goes through (libcsv, encodings, headers, cells, cross-checks).
package enum IngestFuzzing {
    /// A valid dataset around the input, so references (parks, enterprises) resolve and rows get
    /// past the identity checks into the cell parsers.
    static let parks = Array("id,name\nP1,园区\n".utf8)
    static let enterprises = Array("id,name,park\n91350100M000100Y43,甲,P1\n".utf8)

    /// `input` as a revenue file, once in one pass and once cut into 16-byte chunks on two threads:
    /// facts, diagnostics, accounting and rejects must be the same.
    /// Gathered into panels instead of rows (two threads, 16-byte chunks), the same rows are
    /// accepted and rejected at the same places, and every accepted one is folded in. Without the
    /// fast path for plain rows, everything is the same again.
    /// `input` as a workbook (any bytes: most are no ZIP container at all): an error or rows, never
    /// a crash, and every row read is accepted, rejected or skipped.
    static func asWorkbook(_ input: [UInt8], _ options: IngestOptions) -> Bool {
        let loader = DatasetLoader(folder: "fuzz", options: options)
        ByteView.with(enterprises) { e in
            loader.inMemory = e
            try? loader.readEnterprises("enterprises.csv")
        }
        loader.inMemory = nil
        // From a file, as a dataset's workbooks are read (ZIPFoundation's in-memory archives leak
        // their backing buffer).
        let path = NSTemporaryDirectory() + "plangauge-fuzz-\(getpid())-input.xlsx"
        guard FileManager.default.createFile(atPath: path, contents: Data(input)) else { return true }
        defer { try? FileManager.default.removeItem(atPath: path) }
        try? loader.readRevenue(path)
        return loader.files.allSatisfy(\.isBalanced)
    }

    static func sameInChunks(_ input: [UInt8], _ options: IngestOptions) -> Bool {
        func read(workers: Int, chunk: Int, panels: Bool = false, fastRows: Bool = true) -> (
            RevenueFacts, [Diagnostic], [FileSummary], [FileRejects], Int
        ) {
            var o = options
            o.workers = workers
            o.chunkBytes = chunk
            o.fastRows = fastRows
            let loader = DatasetLoader(folder: "fuzz", options: o)
            if panels {
                loader.panels = RevenuePanels(keyCount: 1, fields: [.scale, .industryRevenue, .rdExpense, .employees])
            }
            ByteView.with(enterprises) { e in
                loader.inMemory = e
                try? loader.readEnterprises("enterprises.csv")
            }
            ByteView.with(input) { i in
                loader.inMemory = i
                try? loader.readRevenue("input.csv")
            }
            loader.inMemory = nil
            return (
                loader.dataset.revenue, loader.log.kept, loader.files, loader.rejects, loader.panels?.factCount ?? -1
            )
        }
        let single = read(workers: 1, chunk: 1 << 30), chunked = read(workers: 2, chunk: 16)
        let full = read(workers: 1, chunk: 1 << 30, fastRows: false)
        let gathered = read(workers: 2, chunk: 16, panels: true)
        let places = { (log: [Diagnostic]) in log.map { "\($0.line):\($0.column):\($0.severity)" } }
        return single.0 == chunked.0 && single.0.map(\.origin) == chunked.0.map(\.origin)
            && single.1 == chunked.1 && single.2 == chunked.2 && single.3 == chunked.3
            && gathered.2 == single.2 && places(gathered.1) == places(single.1) && gathered.4 == single.0.count
            && full.0 == single.0 && full.0.map(\.origin) == single.0.map(\.origin) && full.1 == single.1
            && full.2 == single.2
            && full.3 == single.3
    }

    /// Reads `input` as each table; returns the rows accounted for (read = accepted + rejected must
    /// hold, and a revenue file read in chunks must equal the single pass).
    @discardableResult
    package static func run(
        _ input: [UInt8], options: IngestOptions = IngestOptions(collectRejects: true)
    ) -> Bool {
        var balanced = true
        for table in ["enterprises", "revenue", "parks", "park_stats", "series", "milestones", "tags", "park_members"] {
            let loader = DatasetLoader(folder: "fuzz", options: options)
            ByteView.with(parks) { p in
                loader.inMemory = p
                try? loader.readParks("parks.csv")
            }
            ByteView.with(enterprises) { e in
                loader.inMemory = e
                try? loader.readEnterprises("enterprises.csv")
            }
            ByteView.with(input) { i in
                loader.inMemory = i
                read(table, loader)
            }
            loader.inMemory = nil
            for f in loader.files where !f.isBalanced { balanced = false }
        }
        return others(input, options) && balanced
    }

    /// Reads the loader's in-memory input as `table`.
    private static func read(_ table: String, _ loader: DatasetLoader) {
        switch table {
        case "enterprises": try? loader.readEnterprises("input.csv")
        case "revenue": try? loader.readRevenue("input.csv")
        case "parks": try? loader.readParks("input.csv")
        case "park_stats": try? loader.readParkStats("input.csv")
        case "series": try? loader.readSeries("input.csv")
        case "tags": try? loader.readTags("input.csv")
        case "park_members": try? loader.readParkMembers("input.csv")
        default: try? loader.readMilestones("input.csv")
        }
    }

    /// The chunked, workbook and cell-parser checks on the input.
    private static func others(_ input: [UInt8], _ options: IngestOptions) -> Bool {
        var balanced = true
        // Read in parallel chunks of a few bytes, a revenue file must come out as in one pass.
        if !sameInChunks(input, options) { balanced = false }
        // The same bytes as an Excel workbook (the corpus holds the office fixtures' workbooks).
        if !asWorkbook(input, options) { balanced = false }
        // The cell parsers on the whole input as one cell, too.
        let text = String(decoding: input, as: UTF8.self)
        _ = PeriodLabel(text)
        _ = AmountCell.parse(text, defaultUnit: .wan)
        _ = DateCell.parse(text)
        _ = DatedTagCell.parse(text)
        _ = USCC.validate(text)
        return balanced
    }
}
