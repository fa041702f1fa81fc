import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel
import PlanGaugeRecords

@Suite struct CountCellTests {
    func count(_ s: String) -> Int?? {
        if case .success(let n) = CountCell.parse(s) { return .some(n) }
        return nil
    }
    func problem(_ s: String) -> String? {
        if case .failure(let p) = CountCell.parse(s) { return p.reason }
        return nil
    }

    @Test func wholeNumbers() {
        #expect(count("1,234") == .some(1234))
        #expect(count("１２３") == .some(123))
        #expect(count("56人") == .some(56))
        #expect(count("12家") == .some(12))
        #expect(count("3个") == .some(3))
        #expect(count("1.0") == .some(1))
        #expect(count(" 7 ") == .some(7))
        #expect(count("-") == .some(nil))
        #expect(count("") == .some(nil))
        #expect(count("…") == .some(nil))
    }

    @Test func rejects() {
        #expect(problem("1.5") == "not a whole number")
        #expect(problem("12,34") == "not a whole number")
        #expect(problem("abc") == "not a whole number")
        #expect(problem("-3") == "a count cannot be negative")
        #expect(problem("3000000000") == "count too large")
    }
}

/// The scan for control characters and byte-order marks, eight bytes at a time, says what a byte
/// by byte look says, on random cells of ASCII, Chinese text, controls, DEL and the BOMs' bytes.
@Suite struct ControlScanTests {
    @Test func wordsAsBytes() {
        let pool: [[UInt8]] = [
            Array("a1,.".utf8), Array("上海远航".utf8), Array("（）".utf8), [0x00], [0x09], [0x1F], [0x20],
            [0x7E], [0x7F], [0x80], [0x84], [0xEF], [0xEF, 0xBB, 0xBF], [0xFF], [0xC2, 0xA0]
        ]
        var rng = SeededRandom()
        for _ in 0..<5000 {
            let cell = (0..<Int.random(in: 0...12, using: &rng)).flatMap { _ in pool.randomElement(using: &rng)! }
            let reference = cell.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xEF || $0 == 0x84 }
            #expect(ByteView.with(cell) { CellText.mayHoldControlOrBOM($0) } == reference, "\(cell), \(rng.replay)")
        }
    }
}

@Suite struct DateCellTests {
    func date(_ s: String) -> CalendarDate?? {
        if case .success(let d) = DateCell.parse(s) { return .some(d) }
        return nil
    }
    func problem(_ s: String) -> String? {
        if case .failure(let p) = DateCell.parse(s) { return p.reason }
        return nil
    }
    func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate?? { .some(CalendarDate(year: y, month: m, day: d)!) }

    @Test func forms() {
        #expect(date("2021-12-16") == day(2021, 12, 16))
        #expect(date("2021/12/16") == day(2021, 12, 16))
        #expect(date("2021.12.16") == day(2021, 12, 16))
        #expect(date("2021年12月16日") == day(2021, 12, 16))
        #expect(date("2021年12月16号") == day(2021, 12, 16))
        #expect(date("20211216") == day(2021, 12, 16))
        #expect(date("2021-1-5") == day(2021, 1, 5))
        #expect(date("２０２１-１２-１６") == day(2021, 12, 16))
        #expect(date("") == .some(nil))
        #expect(date("-") == .some(nil))
    }

    @Test func monthAloneMeansItsFirstDay() {
        #expect(date("2021-12") == day(2021, 12, 1))
        #expect(date("2021/12") == day(2021, 12, 1))
        #expect(date("2021年12月") == day(2021, 12, 1))
        #expect(date("2022年6月") == day(2022, 6, 1))
    }

    @Test func rejects() {
        #expect(problem("2019-02-30") == "no such day")
        #expect(problem("2022-13-01") == "no such day")
        #expect(problem("20230230") == "no such day")
        #expect(problem("21-12-16") == "not a date")
        #expect(problem("2021-12-16-1") == "not a date")
        #expect(problem("2021") == "not a date")
        #expect(problem("2021-12-16 00:00:00") == "not a date")
        #expect(problem("yesterday") == "not a date")
    }
}

@Suite struct BasisAndTagCellTests {
    func basis(_ s: String) -> Basis?? {
        if case .success(let b) = BasisCell.parse(s) { return .some(b) }
        return nil
    }

    @Test func basisWords() {
        for word in ["当期", "当期值", "当月", "当季", "本期", "period", "Period", " 当期 "] {
            #expect(basis(word) == .some(.period), "\(word)")
        }
        for word in ["累计", "累计值", "本年累计", "cumulative", "YTD"] {
            #expect(basis(word) == .some(.cumulative), "\(word)")
        }
        #expect(basis("") == .some(nil))
        #expect(basis("-") == .some(nil))
        #expect(basis("同比") == nil)
    }

    @Test func tagsSplitOnEveryCommonSeparator() {
        #expect(
            TagsCell.parse("龙头企业；专精特新、小巨人;上市,细分明星，独角兽|其他")
                == ["龙头企业", "专精特新", "小巨人", "上市", "细分明星", "独角兽", "其他"])
        #expect(TagsCell.parse(" 龙头企业 ; ;龙头企业、 ") == ["龙头企业"])  // blanks dropped, duplicates once
        #expect(TagsCell.parse("") == [])
    }

    /// The scalar split taken for plain text gives what splitting by characters gives, on random
    /// cells mixing separators, spaces, duplicates, and marks that join a separator to its neighbour.
    @Test func tagsAsTheCharacterSplitGives() {
        func reference(_ raw: String) -> [String] {
            let separators: Set<Character> = [";", "；", "、", ",", "，", "|"]
            var seen: Set<String> = [], tags: [String] = []
            for piece in raw.split(whereSeparator: { separators.contains($0) }) {
                let tag = String(CellText.trimmed(String(piece)))
                if !tag.isEmpty && seen.insert(tag).inserted { tags.append(tag) }
            }
            return tags
        }
        let pool = [
            "龙头企业", "专精特新", "上市", "A", "b", ";", "；", "、", ",", "，", "|", " ", "\u{3000}", "\u{00A0}", "\t",
            "e\u{301}", ";\u{301}", "、\u{302A}", "ＡＢ", "〇", "𠀀", "👍🏽", "\r\n", "é", "e\u{301}"
        ]
        var rng = SeededRandom()
        var plainSeen = 0
        for _ in 0..<3000 {
            let raw = (0..<Int.random(in: 0...8, using: &rng)).map { _ in pool.randomElement(using: &rng)! }.joined()
            #expect(TagsCell.parse(raw) == reference(raw), "\(raw.debugDescription), \(rng.replay)")
            if raw.unicodeScalars.allSatisfy({ $0.value < 0x7F || ($0.value >= 0x4E00 && $0.value <= 0x9FFF) }) {
                plainSeen += 1
            }
        }
        #expect(plainSeen > 100)  // cells of plain text were among them
        #expect(TagsCell.parse("e\u{301};e\u{301}") == ["e\u{301}"])  // a joined mark keeps the old answer
    }
}
