import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Corpus: whole files that are empty, headless, or headed wrongly, and a required file missing.
@Suite struct CorpusFileShapeTests {
    /// An export that failed and left a 0-byte file behind.
    @Test func emptyFile() throws {
        let c = try Corpus("empty-file")
        #expect(c.briefs() == ["revenue.csv:1:0: error: the file is empty; a header row is required"])
        #expect(
            c.diagnostic("revenue.csv", 1, 0)?.expected == "a header naming id / 统一社会信用代码, period / 统计期, revenue / 营业收入"
        )
        #expect(c.counts("revenue.csv") == [0, 0, 0, 1, 0])
        #expect(c.counts("enterprises.csv") == oneCleanRow)
        #expect(c.dataset.revenue.isEmpty)
        #expect(c.report.exitStatus == 65)
    }

    /// A template sent back unfilled: legal, but almost certainly a mistake, so a warning.
    @Test func headerOnly() throws {
        let c = try Corpus("header-only")
        #expect(c.briefs() == ["revenue.csv:1:0: warning: the file has a header but no data rows"])
        #expect(c.counts("revenue.csv") == [0, 0, 0, 0, 1])
        #expect(c.report.exitStatus == 0)
    }

    /// Two exports merged side by side, each with its own revenue column (营业收入 is revenue's alias):
    /// which one is meant cannot be known, so no row is read; each is still counted as rejected.
    @Test func duplicateColumns() throws {
        let c = try Corpus("duplicate-columns")
        #expect(
            c.briefs() == [
                "revenue.csv:1:4: error: column revenue / 营业收入 appears twice (first in column 3); the file cannot be read unambiguously"
            ])
        #expect(c.diagnostic("revenue.csv", 1, 4)?.value == "营业收入(万元)")
        #expect(c.counts("revenue.csv") == [2, 0, 2, 1, 0])
        #expect(c.dataset.revenue.isEmpty)
        #expect(c.report.exitStatus == 65)
    }

    /// An office's own columns (备注, 联系电话) and the empty name Excel leaves after a trailing comma:
    /// warnings only, the row is read.
    @Test func unknownColumns() throws {
        let c = try Corpus("unknown-columns")
        #expect(
            c.briefs() == [
                "enterprises.csv:1:3: warning: unknown column; it is ignored",
                "enterprises.csv:1:4: warning: unknown column; it is ignored",
                "enterprises.csv:1:5: warning: empty column name; the column is ignored"
            ])
        #expect(c.diagnostic("enterprises.csv", 1, 3)?.value == "备注")
        #expect(c.diagnostic("enterprises.csv", 1, 4)?.value == "联系电话")
        #expect(c.counts("enterprises.csv") == [1, 1, 0, 0, 3])
        #expect(c.dataset.enterprises.map(\.name) == ["甲公司"])
        #expect(c.report.exitStatus == 0)
    }

    /// 营业收入(美元): a currency the dataset has no conversion for; guessing 万元 would be wrong by far.
    @Test func unknownMoneyUnitInTheHeader() throws {
        let c = try Corpus("unknown-money-unit")
        #expect(c.briefs() == ["revenue.csv:1:3: error: unknown money unit in the header"])
        #expect(c.diagnostic("revenue.csv", 1, 3)?.expected == "元, 千元, 万元 or 亿元 (or _yuan, _qian, _wan, _yi)")
        #expect(c.counts("revenue.csv") == [1, 0, 1, 1, 0])
        #expect(c.report.exitStatus == 65)
    }

    /// 营业收入额 instead of 营业收入: the column is unknown (a warning) and so revenue is missing (the error).
    @Test func misspelledRequiredColumn() throws {
        let c = try Corpus("misspelled-required-column")
        #expect(
            c.briefs() == [
                "revenue.csv:1:3: warning: unknown column; it is ignored",
                "revenue.csv:1:0: error: required column revenue / 营业收入 is missing; no row of this file can be read"
            ])
        #expect(c.counts("revenue.csv") == [2, 0, 2, 1, 1])
        #expect(c.report.exitStatus == 65)
    }

    /// Only the revenue file was sent: 66 (EX_NOINPUT) outranks the rows it then rejects (65), and
    /// each row says the file is missing rather than that the code is not in it.
    @Test func missingEnterprisesFile() throws {
        let c = try Corpus("missing-enterprises")
        #expect(
            c.briefs() == [
                "enterprises.csv:0:0: error: required file is missing",
                "revenue.csv:2:1: error: id: unknown enterprise: the dataset has no enterprises.csv"
            ])
        #expect(c.diagnostic("revenue.csv", 2, 1)?.expected == "an enterprises.csv listing this 统一社会信用代码")
        #expect(c.report.missingFiles.map { ($0 as NSString).lastPathComponent } == ["enterprises.csv"])
        #expect(c.counts("revenue.csv") == [1, 0, 1, 1, 0])
        #expect(c.report.errors == 2)
        #expect(c.report.exitStatus == 66)
    }
}
