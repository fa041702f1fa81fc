import Foundation
import Testing
@testable import PlanGaugeIngest
@testable import PlanGaugeModel

/// Dated tags in enterprises.csv (`小巨人@2021-07-15`, `…~2024-07-14`) and the optional tags.csv
/// become the enterprises' tag history; a bad date is an error naming the cell.
@Suite struct TagHistoryIngestTests {
    static let a = "91350100M000100Y43", b = "91310107MA1G8X2K3G"

    static func day(_ s: String) -> CalendarDate { CalendarDate(iso: s)! }

    func dataset(enterprises: String, tags: String? = nil) throws -> (Dataset, IngestReport) {
        var files = [
            "enterprises.csv": enterprises,
            "revenue.csv": "id,period,revenue\n\(Self.a),2023,100\n"
        ]
        if let tags { files["tags.csv"] = tags }
        return try TempDataset(files).load()
    }

    @Test func datedTagsInTheEnterprisesFile() throws {
        let (d, report) = try dataset(
            enterprises: "id,name,tags\n\(Self.a),甲公司,小巨人@2021-07-15~2024-07-14；专精特新@2020年3月1日；上市\n")
        #expect(report.exitStatus == 0)
        let e = try #require(d.enterprises.first)
        #expect(e.tags == ["小巨人", "专精特新", "上市"])
        #expect(
            e.tagSpans == [
                TagSpan(tag: "小巨人", from: Self.day("2021-07-15"), to: Self.day("2024-07-14")),
                TagSpan(tag: "专精特新", from: Self.day("2020-03-01"), to: nil)
            ])
        #expect(e.hasUndatedTag("上市") && !e.hasUndatedTag("小巨人"))
    }

    @Test func badTagDatesAreWarningsNamingTheCellAndDropOnlyTheTag() throws {
        let (d, report) = try dataset(
            enterprises: "id,name,tags\n\(Self.a),甲公司,小巨人@2021-13-01\n\(Self.b),乙公司,小巨人@2024-07-14~2021-07-15\n")
        let lines = briefs(report, file: "enterprises.csv")
        #expect(
            lines.contains(
                "enterprises.csv:2:3: warning: tags: «2021-13-01» in «小巨人@2021-13-01» is no such day; the enterprise is kept without this tag"
            ))
        #expect(
            lines.contains(
                "enterprises.csv:3:3: warning: tags: the term of «小巨人@2024-07-14~2021-07-15» ends before it starts; the enterprise is kept without this tag"
            ))
        // The firms and their revenue rows stay; only the tag with the bad date is dropped.
        #expect(summary(report, "enterprises.csv")?.accepted == 2)
        #expect(d.enterprises.allSatisfy { $0.tags.isEmpty })
    }

    @Test func tagsFileGivesHistory() throws {
        let tags = """
            统一社会信用代码,标签,认定日期,有效期至,文号
            \(Self.a),小巨人,2021-07-15,2024-07-14,工信部企业函〔2021〕197号
            \(Self.a),小巨人,2024-07-15,,复核通过
            \(Self.a),专精特新,,,

            """
        let (d, report) = try dataset(enterprises: "id,name\n\(Self.a),甲公司\n", tags: tags)
        #expect(report.exitStatus == 0)
        let e = try #require(d.enterprises.first)
        #expect(e.tags == ["小巨人", "专精特新"])
        #expect(e.tagSpans.map(\.from) == [Self.day("2021-07-15"), Self.day("2024-07-15")])
        #expect(e.tagSpans.first?.source == "工信部企业函〔2021〕197号")
        #expect(e.hasTag("小巨人", atEndOf: .quarter(2024, 4)!))  // the renewed term
        #expect(!e.hasTag("小巨人", atEndOf: .quarter(2020, 4)!))
        #expect(e.hasUndatedTag("专精特新"))  // a row without dates
        #expect(summary(report, "tags.csv")?.accepted == 3)
    }

    @Test func tagsFileRowsAreChecked() throws {
        let tags = """
            enterprise,tag,from,to
            91310107MA1G8X2K3G,小巨人,2021-07-15,
            \(Self.a),小巨人,2024-07-14,2021-07-15
            \(Self.a),小巨人@2021-07-15,,
            \(Self.a),专精特新,2021-02-30,
            \(Self.a),上市,2020-01-01,
            \(Self.a),上市,2020-01-01,

            """
        let (_, report) = try dataset(enterprises: "id,name\n\(Self.a),甲公司\n", tags: tags)
        let lines = briefs(report, file: "tags.csv")
        #expect(lines.contains("tags.csv:2:1: error: enterprise: unknown enterprise: not in enterprises.csv"))
        #expect(lines.contains("tags.csv:3:4: error: to: the term ends before it starts (2024-07-14)"))
        #expect(lines.contains("tags.csv:4:2: error: tag: one tag per row, its dates in from/to"))
        #expect(lines.contains("tags.csv:5:3: error: from: no such day"))
        #expect(lines.contains("tags.csv:7:2: error: tag: duplicate of line 6 for this enterprise, tag and dates"))
        let s = try #require(summary(report, "tags.csv"))
        #expect(s.rowsRead == 6 && s.accepted == 1 && s.rejected == 5)
    }

    @Test func aFileWithFromAndToIsReadAsTagsWhateverItsName() throws {
        let ds = try TempDataset([
            "enterprises.csv": "id,name\n\(Self.a),甲公司\n",
            "revenue.csv": "id,period,revenue\n\(Self.a),2023,100\n",
            "2024年小巨人名单.csv": "统一社会信用代码,企业名称,称号,认定日期\n\(Self.a),甲公司,小巨人,2024-07-15\n"
        ])
        let (d, report) = try ds.load()
        #expect(report.exitStatus == 0)
        #expect(d.enterprises.first?.tagSpans.map(\.tag) == ["小巨人"])
    }
}
