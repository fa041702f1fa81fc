import PlanGaugeModel

extension FlowLedger {
    /// One year's block of a panel while it becomes year-to-date values: its slots, their kinds,
    /// what each key reported, and the values found on the way that the slots cannot hold.
    struct YearBlock {
        let year: Int
        var values: [Int32]
        var kinds: [UInt8]
        var keyYears: [KeyYear]
        var parts = BlockParts()

        /// The panel's blocks, taking their storage (the panel keeps none of it).
        static func taking(_ panel: inout FlowPanel, keyCount: Int) -> [YearBlock] {
            var values: [[Int32]] = [], kinds: [[UInt8]] = []
            swap(&values, &panel.values)
            swap(&kinds, &panel.kinds)
            var blocks: [YearBlock] = []
            for (b, year) in panel.blockYears.enumerated() {
                blocks.append(
                    YearBlock(
                        year: year, values: values[b], kinds: kinds[b], keyYears: seen(kinds[b], keyCount: keyCount)))
            }
            return blocks
        }

        /// Which keys reported anything in the block: a key with nothing the year before is new that year.
        private static func seen(_ kinds: [UInt8], keyCount: Int) -> [KeyYear] {
            var years = [KeyYear](repeating: KeyYear(), count: keyCount)
            for key in 0..<keyCount where kinds[(key * 12)..<(key * 12 + 12)].contains(where: { $0 != 0 }) {
                years[key].seen = true
            }
            return years
        }
    }

    /// Whether a key reported anything the year before: a snapshot taken before any block is chained.
    struct ReportedBefore {
        let seen: [[Bool]]
        let loose: [Int64: Bool]
        let blockOfYear: [Int32]
        let minYear: Int

        init(_ seen: [[Bool]], loose: [Int64: Bool], blockOfYear: [Int32], minYear: Int) {
            self.seen = seen
            self.loose = loose
            self.blockOfYear = blockOfYear
            self.minYear = minYear
        }

        /// Whether the key reported nothing in the year before `year`.
        func isNew(_ key: Int, _ year: Int) -> Bool {
            let y = year - 1 - minYear
            if y >= 0, y < blockOfYear.count, blockOfYear[y] >= 0 { return !seen[Int(blockOfYear[y])][key] }
            return !(loose[FlowPanel.looseKey(year: year - 1, key: key)] ?? false)
        }
    }

    /// Chains every key-year of one block in place: its slots of reports become year-to-date values.
    /// Reads only the block it is given and state no block changes, so blocks run on every core.
    struct BlockChain {
        /// Reported values the panel's slots could not hold, by `FlowPanel.slotKey`.
        let reportedExact: [Int64: Int64]
        let extras: [Int64: [FlowPanel.Report]]
        let keyCount: Int
        let reportedBefore: ReportedBefore

        func run(_ block: inout YearBlock) {
            let year = block.year
            var scratch = ChainScratch()
            var twelve = [Int64](repeating: 0, count: 12)  // one key-year's slots in 分
            var parts = BlockParts()
            var keyYears = block.keyYears
            block.keyYears = []
            var values = block.values, kinds = block.kinds
            block.values = []
            block.kinds = []  // freed block by block
            do {
                var v = values.mutableSpan
                let k = kinds.span
                for key in 0..<keyCount where keyYears[key].seen {
                    let base = key * 12
                    if let summed = FlowLedger.runningSumOfPlainMonths(&v, k, at: base) {
                        keyYears[key] = summed
                        continue
                    }
                    for m in 0..<12 {
                        twelve[m] = SlotValue.decode(v[base + m]) {
                            reportedExact[FlowPanel.slotKey(year: year, key: key, month: m + 1)] ?? FlowLedger.unknown
                        }
                    }
                    keyYears[key] = FlowLedger.chain(
                        values: &twelve, kinds: k, at: base,
                        extras: { extras[FlowPanel.slotKey(year: year, key: key, month: $0)] },
                        isNew: reportedBefore.isNew(key, year), scratch: &scratch)
                    for m in 0..<12 {
                        v[base + m] = SlotValue.encode(twelve[m]) {
                            parts.exact[FlowPanel.slotKey(year: year, key: key, month: m + 1)] = $0
                        }
                    }
                    for (month, r) in scratch.standing {
                        parts.standing[FlowPanel.slotKey(year: year, key: key, month: month)] = r
                    }
                }
            }
            block.values = values
            block.keyYears = keyYears
            block.parts = parts
        }

        /// One key-year outside the blocks: twelve slots in 分 and their kinds.
        static func chain(
            _ values: inout [Int64], kinds: [UInt8], isNew: Bool, scratch: inout ChainScratch,
            extras: (Int) -> [FlowPanel.Report]?
        ) -> KeyYear {
            precondition(values.count == 12 && kinds.count == 12, "a key-year has twelve slots")
            return FlowLedger.chain(
                values: &values, kinds: kinds.span, at: 0, extras: extras, isNew: isNew, scratch: &scratch)
        }
    }
}
