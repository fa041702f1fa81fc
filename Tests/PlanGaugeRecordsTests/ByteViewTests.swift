import Testing

@testable import PlanGaugeRecords

/// `ByteView`'s two invariants, checked: indexes in bounds (every build), and a view read only
/// while its buffer holds it (debug builds: a cell kept past its record's callback traps).
struct ByteViewTests {
    @Test func cellsReadInTheirCallback() {
        var seen: [[UInt8]] = []
        ByteView.with(Array("a,bc\nd,\n".utf8)) { input in
            _ = CSVReader(limits: .init()).read(
                input, onRecord: { r in seen.append(contentsOf: (0..<r.count).map { r[$0].array }) },
                onError: { _ in })
        }
        #expect(seen == [[0x61], [0x62, 0x63], [0x64], []])
    }

    @Test func slicesAndComparisons() {
        ByteView.with(Array("\u{FEFF}91310000".utf8)) { v in
            #expect(v.count == 11 && v.first == 0xEF && v.last == 0x30)
            #expect(v.dropFirst(3).elementsEqual(Array("91310000".utf8)))
            #expect(v[3..<5].elementsEqual(Array("91".utf8)) && v[3..<5].utf8Text == "91")
            #expect(Array(v[5..<7]) == [0x33, 0x31])
            #expect(v.dropFirst(20).isEmpty)
        }
    }

    @Test func anIndexOutOfBoundsTraps() async {
        await #expect(processExitsWith: .failure) {
            _ = ByteView.with([1, 2, 3]) { $0[3] }
        }
        await #expect(processExitsWith: .failure) {
            _ = ByteView.with([1, 2, 3]) { $0[2..<4].count }
        }
    }

    #if DEBUG
    @Test func aCellKeptPastItsRecordTraps() async {
        await #expect(processExitsWith: .failure) {
            var kept: ByteView?
            ByteView.with(Array("first\nsecond\n".utf8)) { input in
                _ = CSVReader(limits: .init()).read(
                    input,
                    onRecord: { r in
                        if let kept { _ = kept.first }  // the first record's cell, read during the second
                        kept = r[0]
                    }, onError: { _ in })
            }
        }
    }
    #endif
}
