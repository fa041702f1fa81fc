import Foundation
import Testing

/// `report --lang en` writes English pages (issue 18, point 5): no Chinese on them except in names
/// given only in Chinese (the firms' names); districts, segments, tags and parks in English.
@Suite struct EnglishPagesCLITests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The maximal runs of CJK ideographs in `text`.
    static func cjkRuns(_ text: String) -> [String] {
        var runs: [String] = [], current = ""
        for u in text.unicodeScalars {
            let cjk =
                (0x4E00...0x9FFF).contains(u.value) || (0x3400...0x4DBF).contains(u.value)
                || (0xF900...0xFAFF).contains(u.value)
            if cjk { current.unicodeScalars.append(u) } else if !current.isEmpty { runs.append(current); current = "" }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    /// `text` without its HTML tags (what a reader sees).
    static func stripTags(_ text: String) -> String {
        text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    }

    /// The firms' names from enterprises.csv: proper names given only in Chinese.
    static func firmNameRuns(_ enterprisesCSV: String) throws -> Set<String> {
        let text = try String(contentsOfFile: enterprisesCSV, encoding: .utf8)
        var runs = Set<String>()
        for line in text.split(separator: "\n").dropFirst() {
            // The name is the second field; a quoted one may hold commas, so take its runs from the
            // line up to the district (third field), which the pages must translate.
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            let name = line.hasPrefix("\"") || fields.count < 2 ? String(line) : String(fields[1])
            if name.contains("\"") {
                let quoted = line.split(separator: "\"")
                if quoted.count > 1 { runs.formUnion(cjkRuns(String(quoted[1]))) }
            } else {
                runs.formUnion(cjkRuns(name))
            }
        }
        return runs
    }

    /// Text the source documents give only in Chinese, which an English page quotes as it is: a
    /// plan's clauses, notes and document number, an indicator name without `name_en`, the policy
    /// files (their names, clauses and rules), the grants ledger's items, credit records, and
    /// series.csv's sources.
    static func sourceTextRuns() throws -> Set<String> {
        var runs = Set<String>()
        let data = repository + "/Data"
        for file in try FileManager.default.contentsOfDirectory(atPath: data + "/plans") where file.hasSuffix(".yaml") {
            let text = try String(contentsOfFile: data + "/plans/" + file, encoding: .utf8)
            // Indicator by indicator: a name is quoted only when the indicator gives no name_en.
            for block in text.components(separatedBy: "\n  - ") {
                let lines = block.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                let hasEnglishName = lines.contains { $0.hasPrefix("name_en:") }
                for line in lines {
                    let quoted =
                        ["clause:", "note:", "document:"].contains { line.hasPrefix($0) }
                        || (line.hasPrefix("name:") && !hasEnglishName)
                        || (line.hasPrefix("id:") && block.hasPrefix("id:") == false)
                    if quoted { runs.formUnion(cjkRuns(line)) }
                }
            }
        }
        for file in try FileManager.default.contentsOfDirectory(atPath: data + "/policies")
        where file.hasSuffix(".yaml") {
            runs.formUnion(cjkRuns(try String(contentsOfFile: data + "/policies/" + file, encoding: .utf8)))
        }
        // The grants ledger's items and the firms' credit records (enterprises.csv's last column).
        runs.formUnion(cjkRuns(try String(contentsOfFile: data + "/sample/grants.csv", encoding: .utf8)))
        for line in try String(contentsOfFile: data + "/sample/enterprises.csv", encoding: .utf8).split(separator: "\n")
            .dropFirst()
        {
            if let flags = line.split(separator: ",", omittingEmptySubsequences: false).last {
                runs.formUnion(cjkRuns(String(flags)))
            }
        }
        for line in try String(contentsOfFile: data + "/sample/series.csv", encoding: .utf8).split(separator: "\n")
            .dropFirst()
        {
            if let source = line.split(separator: ",", omittingEmptySubsequences: false).last {
                runs.formUnion(cjkRuns(String(source)))
            }
        }
        return runs
    }

    @Test func englishPagesHaveNoChineseOutsideFirmNames() throws {
        let out = try TempDataset()
        let run = try runPlangauge(
            ["report", "--data", "Data/sample", "--lang", "en", "--out", out.path("site")], in: Self.repository)
        #expect(run.status == 0, "\(run.stderr)")
        let allowed = try Self.firmNameRuns(Self.repository + "/Data/sample/enterprises.csv").union(
            Self.sourceTextRuns())
        #expect(allowed.contains("上海远航软件技术有限公司"))  // the set is what it should be
        let folder = out.path("site")
        let pages = try FileManager.default.subpathsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") }
        #expect(pages.contains { $0.hasSuffix("index.html") } && pages.contains { $0.contains("parks/") }, "\(pages)")
        var offending: [String: Set<String>] = [:]
        for page in pages {
            let text = Self.stripTags(try String(contentsOfFile: folder + "/" + page, encoding: .utf8))
            for r in Self.cjkRuns(text) where !allowed.contains(r) { offending[page, default: []].insert(r) }
        }
        #expect(
            offending.isEmpty, "Chinese on English pages outside firm names: \(offending.mapValues { $0.sorted() })")
        let city = try String(contentsOfFile: folder + "/2026Q3/index.md", encoding: .utf8)
        #expect(city.contains("Pudong New Area"))
        #expect(!city.contains("bn yuan") && !city.contains("m yuan"))
        #expect(!city.contains("Of the plan's 0 quantified targets"))
    }

    @Test func glossaryAndParkEnglishNamesAreUsed() throws {
        let data = try TempDataset()
        let sample = Self.repository + "/Data/sample"
        for name in try FileManager.default.contentsOfDirectory(atPath: sample) where name != "parks.csv" {
            try FileManager.default.copyItem(atPath: sample + "/" + name, toPath: data.path(name))
        }
        // The sample's parks.csv has name_en (id, name, name_en, …): the park's own is used.
        var parks = try String(contentsOfFile: sample + "/parks.csv", encoding: .utf8).split(separator: "\n").map(
            String.init)
        #expect(parks[0].hasPrefix("id,name,name_en,"))
        for i in 1..<parks.count where parks[i].hasPrefix("PT-DEMO,") {
            var fields = parks[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[2] = "Shanghai Cybersecurity Demonstration Park"
            parks[i] = fields.joined(separator: ",")
        }
        try data.write("parks.csv", parks.joined(separator: "\n") + "\n")
        try data.write("glossary.csv", "term,english\n静安区,Jing'an (glossary)\n")
        let out = try TempDataset()
        let run = try runPlangauge(
            ["report", "--data", data.folder, "--lang", "en", "--out", out.path("site")], in: Self.repository)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("glossary.csv: not a table"), "\(run.stderr)")
        let city = try String(contentsOfFile: out.path("site/2026Q3/index.md"), encoding: .utf8)
        #expect(city.contains("Shanghai Cybersecurity Demonstration Park"))
        #expect(city.contains("Jing'an (glossary)"))
    }
}
