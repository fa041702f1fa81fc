import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PlanGaugeReport
import Testing

/// Output safety: nothing from the data turns into markup, a formula or a path.
@Suite struct ReportSafetyTests {
    // Computed, not stored: a global holding the report would show up as a leak under ASan.
    static var files: [String: Data] { try! ReportAssembler.assemble(Hostile.input()) }
    static func text(_ path: String) -> String { String(decoding: files[path]!, as: UTF8.self) }

    @Test func everyHTMLPageIsWellFormedAndSelfContained() throws {
        let pages = Self.files.keys.filter { $0.hasSuffix(".html") }.sorted()
        #expect(pages == ["index.html", "parks/p2.html", "parks/x.html"])
        for page in pages {
            let html = Self.text(page)
            let collector = ElementCollector()
            let parser = XMLParser(data: Data(html.utf8))
            parser.delegate = collector
            #expect(parser.parse(), "\(page) is not well-formed: \(String(describing: parser.parserError))")
            // No script and nothing fetched: no element that loads or runs anything, links relative only.
            let forbidden: Set<String> = [
                "script", "link", "img", "iframe", "object", "embed", "video", "audio", "source", "image", "use"
            ]
            #expect(
                collector.elements.isDisjoint(with: forbidden), "\(page): \(collector.elements.intersection(forbidden))"
            )
            for (name, value) in collector.attributes where ["href", "src", "xlink:href", "action"].contains(name) {
                #expect(!value.contains(":") && !value.hasPrefix("//"), "\(page): \(name)=\(value)")
            }
            #expect(collector.attributes.allSatisfy { !$0.0.hasPrefix("on") }, "no event handlers")
            #expect(!html.contains("url(") && !html.contains("@import"))
            // Charts are accessible images with a title and a description, and a table beside them.
            #expect(collector.svgWithRole == collector.svgCount)
            if collector.svgCount > 0 { #expect(collector.elements.isSuperset(of: ["title", "desc", "figure"])) }
            #expect(collector.elements.contains("table"))
        }
    }

    @Test func namesFromTheDataAreEscaped() {
        let city = Self.text("index.html")
        #expect(city.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(city.contains("计划&lt;script&gt;x&lt;/script&gt;"))
        #expect(city.contains("文号 &amp; &lt;号&gt;"))
        #expect(city.contains("二、&lt;目标&gt;"))  // a plan's clause
        #expect(city.contains("注&lt;i onmouseover=x&gt;意&lt;/i&gt;"))  // and its note
        #expect(city.contains("≥ 20亿元"))  // the target as every page shows it, not its plan text
        #expect(!city.contains("<i "))
        let park = Self.text("parks/x.html")
        #expect(park.contains("&lt;img src=x onerror=alert(1)&gt;园"))
        #expect(!park.contains("<img"))
        let md = Self.text("index.md")
        #expect(md.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(Self.text("parks/p2.md").contains("正常企业 \\| 管道"))  // a pipe cannot split a table row
        #expect(!md.contains("<script>"))
    }

    @Test func aParkIdCannotLeaveTheOutputFolder() {
        #expect(Slug.make("../../x", fallback: "p") == "x")
        #expect(Slug.make("示范园", fallback: "park-1") == "park-1")
        #expect(Slug.unique(["PT-DEMO", "pt demo", "PT_DEMO"]) == ["pt-demo", "pt-demo-2", "pt-demo-3"])
        for path in Self.files.keys {
            #expect(!path.contains(".."), "\(path)")
            #expect(!path.hasPrefix("/"))
        }
    }

    @Test func csvCellsCannotRunAsFormulas() {
        #expect(CSVCell.escape("=1+2") == "'=1+2")
        #expect(CSVCell.escape("+SUM(A1)") == "'+SUM(A1)")
        #expect(CSVCell.escape("@tag") == "'@tag")
        #expect(CSVCell.escape("-3.7") == "-3.7")  // a number stays a number
        #expect(CSVCell.escape("-cmd") == "'-cmd")
        #expect(CSVCell.escape("a,b") == "\"a,b\"")
        let csv = Self.text("data/parks/x-enterprises.csv")
        #expect(csv.hasPrefix("\u{FEFF}"))  // Excel reads it as UTF-8
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\""))
        #expect(csv.contains("'+SUM(A1)"))
        #expect(csv.contains("'@tag"))
        #expect(!csv.contains(",=HYPERLINK"))
    }

    @Test func aFailedWriteLeavesThePreviousReportUntouched() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("plangauge-atomic-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: out) }
        _ = try ReportWriter.write(["index.html": Data("old".utf8)], to: out, name: "2024Q4")
        // "a" is a file, so "a/b" cannot be written: the run fails midway.
        #expect(throws: (any Error).self) {
            try ReportWriter.write(
                ["a": Data("x".utf8), "a/b": Data("y".utf8), "index.html": Data("new".utf8)], to: out, name: "2024Q4")
        }
        #expect(try String(contentsOfFile: out + "/2024Q4/index.html", encoding: .utf8) == "old")
        // No staging left behind: the site's marker, the period, and the index of the first run.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: out).sorted() == [
                ".plangauge", "2024Q4", "index.html", "index.md"
            ])
    }

    @Test func sameInputsGiveByteIdenticalFiles() throws {
        let again = try ReportAssembler.assemble(Hostile.input())
        #expect(again == Self.files)
        #expect(!Self.text("summary.json").contains("generated_at\" : \"2"))  // no wall clock unless asked
    }
}

/// Collects element names and attributes of a parsed page.
final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: Set<String> = []
    var attributes: [(String, String)] = []
    var svgCount = 0, svgWithRole = 0

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        elements.insert(name.lowercased())
        attributes += attributeDict.map { ($0.key.lowercased(), $0.value) }
        if name == "svg" {
            svgCount += 1
            if attributeDict["role"] == "img" { svgWithRole += 1 }
        }
    }
}
