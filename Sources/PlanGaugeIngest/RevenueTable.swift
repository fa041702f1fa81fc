import Foundation
import PlanGaugeModel
import PlanGaugeRecords

extension DatasetLoader {
    /// Reads a revenue file in parallel chunks. Conversion (cells, ids, names, 产业收入 ≤ 营业收入)
    /// runs on every core; the duplicate check, which needs all earlier rows, runs as each chunk is
    /// committed in file order, so the first of two rows is always the one kept.
    func readRevenue(_ path: String) throws {
        let shown = display(path)
        numberRevenueByEnterprises()
        let makeConverters = revenueConverters(file: FileNames.shared.number(of: shown))
        // The facts and slots move into the sink and back (`consume`: a copy left behind would make
        // the sink copy them whole on its first append).
        var slots = FactSlots()
        swap(&slots, &factSlots)
        revisedFacts.file = (path as NSString).lastPathComponent
        if let gathering = panels.take() {
            // Gathered into panels, the facts keep no line: chunks are numbered as they are committed.
            let sink = table(
                path, "revenue", RevenueColumn.self, concurrent: true, recordsOmitLines: true,
                makeConverters: makeConverters,
                into: RevenuePanelSink(panels: consume gathering, slots: consume slots, revised: revisedFacts))
            (panels, factSlots) = (sink.panels, sink.slots)
            revisedFacts.merge(foundIn: sink.revised)
            dataset.revenueFileTotals += sink.totals.totals(file: shown)
        } else {
            var store = RevenueFacts()
            swap(&store, &dataset.revenue)
            let sink = table(
                path, "revenue", RevenueColumn.self, concurrent: true, makeConverters: makeConverters,
                into: RevenueRowSink(store: consume store, slots: consume slots, file: shown, revised: revisedFacts))
            (dataset.revenue, factSlots) = (sink.store, sink.slots)
            revisedFacts.merge(foundIn: sink.revised)
            dataset.revenueFileTotals += sink.totals.totals(file: shown)
        }
    }

    /// Each chunk's converters: the plain row (most of a large file) read straight from its cells by
    /// `FastRevenueRow`, anything it does not vouch for by `RevenueConverter`. What they read is
    /// copied here, so that no thread reads the loader while another commits.
    private func revenueConverters(file: Int32) -> MakeConverters<RevenueColumn, NumberedFact, FastRevenueRow> {
        let lookups = enterpriseLookups()
        let (enterpriseIndex, rejectedLines, fastRows) = (
            self.enterpriseIndex, rejectedEnterpriseLines, options.fastRows
        )
        // No enterprises.csv at all (66 already): say so on each row rather than "not in enterprises.csv".
        let hasEnterprisesFile = files.contains { $0.table == "enterprises" }
        return { encoding, header in
            let nameBytes = lookups.encodedNames.bytes(in: encoding)
            let fast = FastRevenueRow(codes: lookups.codes, names: nameBytes, file: file, header: header)
            var converter = RevenueConverter(
                fast: fast, lookups: lookups, nameBytes: nameBytes, enterpriseIndex: enterpriseIndex,
                rejectedLines: rejectedLines, hasEnterprisesFile: hasEnterprisesFile, file: file)
            return RowConverters(plain: fastRows && header != nil ? fast : nil, full: { converter.convert(&$0) })
        }
    }
}
