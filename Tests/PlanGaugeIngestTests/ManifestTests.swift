import Foundation
import PlanGaugeModel
import Testing

@testable import PlanGaugeIngest

/// `dataset.yaml`: what the dataset is, read in English or Chinese keys; a wrong key, an empty
/// value or a date that is no date is an error at its line.
struct ManifestTests {
    static func dataset(_ manifest: String) throws -> TempDataset {
        try TempDataset([
            "enterprises.csv": minimalEnterprises, "revenue.csv": minimalRevenue, "dataset.yaml": manifest
        ])
    }

    @Test func everyFieldIsReadInEitherLanguage() throws {
        let data = try Self.dataset(
            """
            数据集名称: 网络安全产业重点企业监测
            issuer: 市经济和信息化委员会产业处
            数据来源: 重点企业直报，区经委汇总
            coverage: 本市网络安全产业重点监测企业
            as_of: 2026-10-20
            联系人: 产业处 021-12345678

            """)
        let (dataset, report) = try data.load()
        #expect(report.log.kept.filter { $0.severity == .error }.isEmpty, "\(briefs(report))")
        #expect(
            dataset.manifest
                == DatasetManifest(
                    title: "网络安全产业重点企业监测", issuer: "市经济和信息化委员会产业处", source: "重点企业直报，区经委汇总",
                    coverage: "本市网络安全产业重点监测企业", asOf: CalendarDate(year: 2026, month: 10, day: 20),
                    contact: "产业处 021-12345678"))
        #expect(!briefs(report).contains { $0.contains("dataset.yaml") }, "no stranger to the contract")
    }

    @Test func aWrongKeyAnEmptyValueOrABadDateIsAnErrorAtItsLine() throws {
        for (yaml, expected) in [
            ("issuer: 产业处\ntitel: 监测\n", "dataset.yaml:2:1: error: unknown key «titel» in dataset.yaml"),
            ("issuer: 产业处\nas_of: 2026-13-01\n", "dataset.yaml:2:8: error: «2026-13-01» is not a date"),
            ("source: ''\n", "dataset.yaml:1:9: error: «source» is empty"),
            ("issuer: 甲\n编制单位: 乙\n", "dataset.yaml:2:7: error: «issuer» and «编制单位» both give issuer")
        ] {
            let (dataset, report) = try Self.dataset(yaml).load()
            #expect(briefs(report).contains(expected), "\(briefs(report))")
            #expect(dataset.manifest == nil)
        }
    }

    /// `check` on a dataset whose manifest is wrong exits 65, as for a rejected row.
    @Test func checkFailsOnABadManifest() throws {
        let data = try Self.dataset("as_of: 明天\n")
        let run = try runPlangauge(["check", data.folder])
        #expect(run.status == 65, "\(run.stdout)\(run.stderr)")
    }
}
