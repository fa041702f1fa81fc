import Foundation
import Testing

/// No machine paths in what is written (issue 19, point 3): the same dataset in two folders of the
/// same name at different places gives byte-identical `report` and `export` output, and no written
/// file names the folder the dataset happened to be in. And the site's links (point 5): every
/// relative link of every page still resolves after the output folder is moved.
@Suite(.enabled(if: plangaugeExecutable != nil, "the plangauge executable was not found next to the test bundle"))
struct MovedDatasetTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/sample").path

    /// Data/sample copied to `<w>/a1/sample` and `<w>/b2/x/sample`: different absolute paths, same
    /// folder name.
    static func twoCopies() throws -> TempDataset {
        let w = try TempDataset()
        for parent in ["a1", "b2/x"] {
            try FileManager.default.createDirectory(atPath: w.path(parent), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: sample, toPath: w.path(parent + "/sample"))
        }
        return w
    }

    /// Every file below `root` by its relative path (a symbolic link by its target), leaving out
    /// PlanGauge's own marker and lock files (`.plangauge*`), which say nothing about the data.
    static func tree(_ root: String) throws -> [String: Data] {
        let fm = FileManager.default
        var out: [String: Data] = [:]
        func walk(_ relative: String) throws {
            let folder = relative.isEmpty ? root : root + "/" + relative
            for name in try fm.contentsOfDirectory(atPath: folder) where !name.hasPrefix(".plangauge") {
                let path = relative.isEmpty ? name : relative + "/" + name
                let type = try fm.attributesOfItem(atPath: root + "/" + path)[.type] as? FileAttributeType
                if type == .typeSymbolicLink {
                    out[path] = Data(("→ " + (try fm.destinationOfSymbolicLink(atPath: root + "/" + path))).utf8)
                } else if type == .typeDirectory {
                    try walk(path)
                } else {
                    out[path] = try Data(contentsOf: URL(fileURLWithPath: root + "/" + path))
                }
            }
        }
        try walk("")
        return out
    }

    /// The two outputs hold the same files with the same bytes, and none of them names `w`'s folder.
    static func expectSameAndPathless(_ a: [String: Data], _ b: [String: Data], _ w: TempDataset, _ what: String) {
        #expect(a.keys.sorted() == b.keys.sorted(), "\(what): the two runs wrote different files")
        let differing = a.keys.filter { b[$0] != nil && a[$0] != b[$0] }.sorted()
        #expect(differing.isEmpty, "\(what): these files differ between the two copies: \(differing)")
        // The temporary folder's path, and the copies' own folders below it.
        let machinePaths = [w.folder, (w.folder as NSString).resolvingSymlinksInPath, "/a1/sample", "/b2/x/sample"]
        for (name, data) in a.merging(b, uniquingKeysWith: { x, _ in x }) {
            let text = String(decoding: data, as: UTF8.self)
            for p in machinePaths where text.contains(p) {
                Issue.record("\(what): \(name) contains the machine path \(p)")
            }
        }
    }

    /// One copy named relative to the working directory, the other absolute: both forms of path are
    /// kept out of the output.
    @Test func reportOfAMovedDatasetIsByteIdentical() throws {
        let w = try Self.twoCopies()
        let a = try runPlangauge(["report", "--data", "sample", "--out", w.path("out-a")], in: w.path("a1"))
        let b = try runPlangauge(["report", "--data", w.path("b2/x/sample"), "--out", w.path("out-b")])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(b.status == 0, "\(b.stderr)")
        let treeA = try Self.tree(w.path("out-a")), treeB = try Self.tree(w.path("out-b"))
        #expect(
            treeA["2026Q3/index.html"] != nil && treeA["2026Q3/summary.json"] != nil
                && treeA["2026Q3/data/data_quality.csv"] != nil)
        Self.expectSameAndPathless(treeA, treeB, w, "report")
        // The dataset by its manifest's title (dataset.yaml; else its folder's name), its files by their names in it.
        let summary = String(decoding: treeA["2026Q3/summary.json"]!, as: UTF8.self)
        #expect(summary.contains("\"dataset\" : \"网络安全产业重点企业监测（样例数据）\""))
        #expect(summary.contains("\"file\" : \"revenue_2023-2026.csv\""))
        #expect(summary.contains("\"source\" : \"shanghai-cybersecurity-2021-2023.yaml\""))
        let footer = "数据：网络安全产业重点企业监测（样例数据），截至 2026年三季度"
        #expect(String(decoding: treeA["2026Q3/index.html"]!, as: UTF8.self).contains(footer))
        #expect(String(decoding: treeA["2026Q3/policy.html"]!, as: UTF8.self).contains(footer))
        let quality = String(decoding: treeA["2026Q3/data/data_quality.csv"]!, as: UTF8.self)
        #expect(quality.contains("\r\nrevenue_2023-2026.csv,营收数据,"))
    }

    @Test func exportOfAMovedDatasetIsByteIdentical() throws {
        let w = try Self.twoCopies()
        let a = try runPlangauge(["export", "--data", "sample", "--out", w.path("export-a")], in: w.path("a1"))
        let b = try runPlangauge(["export", "--data", w.path("b2/x/sample"), "--out", w.path("export-b")])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(b.status == 0, "\(b.stderr)")
        let treeA = try Self.tree(w.path("export-a")), treeB = try Self.tree(w.path("export-b"))
        #expect(treeA["data_quality.json"] != nil && treeA["indicators.csv"] != nil)
        Self.expectSameAndPathless(treeA, treeB, w, "export")
        #expect(String(decoding: treeA["data_quality.json"]!, as: UTF8.self).contains("\"file\" : \"enterprises.csv\""))
    }

    /// `--data-label` names the dataset on the pages, in summary.json and in progress's heading; the
    /// files are still named relative to the folder.
    @Test func dataLabelNamesTheDataset() throws {
        let w = try Self.twoCopies()
        let label = "上海市 2026Q3 报送"
        let report = try runPlangauge([
            "report", "--data", w.path("a1/sample"), "--data-label", label, "--out", w.path("out")
        ])
        #expect(report.status == 0, "\(report.stderr)")
        let files = try Self.tree(w.path("out"))
        let summary = String(decoding: files["2026Q3/summary.json"]!, as: UTF8.self)
        #expect(summary.contains("\"dataset\" : \"\(label)\""))
        #expect(summary.contains("\"file\" : \"parks.csv\""))
        #expect(String(decoding: files["2026Q3/index.md"]!, as: UTF8.self).contains("数据：\(label)，截至 2026年三季度"))
        let progress = try runPlangauge(["progress", "--data", w.path("a1/sample"), "--data-label", label])
        #expect(progress.status == 0, "\(progress.stderr)")
        #expect(progress.stdout.contains(" · 数据 \(label)"))
        #expect(!progress.stdout.contains(w.folder))
        let json = try runPlangauge(["progress", "--data", w.path("a1/sample"), "--format", "json"])
        #expect(json.stdout.contains("\"dataset\" : \"sample\"") && json.stdout.contains("\"file\" : \"grants.csv\""))
        #expect(!json.stdout.contains(w.folder))
        let empty = try runPlangauge(["progress", "--data", w.path("a1/sample"), "--data-label", " "])
        #expect(empty.status == 64 && empty.stderr.contains("--data-label"))
    }

    /// Every `href` and `src` of every HTML page and every link target of every Markdown page, read
    /// after the output folder is moved, is relative and names a file that exists. The index of all
    /// periods (`<out>/index.html|md`, one folder above the period) is checked too when the run
    /// wrote it; each page must link to it.
    @Test func everyLinkResolvesAfterTheOutputFolderIsMoved() throws {
        let w = try Self.twoCopies()
        let run = try runPlangauge(["report", "--data", w.path("a1/sample"), "--out", w.path("out")])
        #expect(run.status == 0, "\(run.stderr)")
        try FileManager.default.createDirectory(atPath: w.path("elsewhere/deeper"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: w.path("out"), toPath: w.path("elsewhere/deeper/site"))
        let root = w.path("elsewhere/deeper/site")
        let files = try Self.tree(root)
        let pages = files.keys.filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") }.sorted()
        #expect(
            pages.contains("2026Q3/index.html") && pages.contains("2026Q3/parks/pd-tz.md")
                && pages.contains("2026Q3/policy.html"))
        var linkedCSVs: Set<String> = []
        for page in pages {
            let text = String(decoding: files[page]!, as: UTF8.self)
            let targets = page.hasSuffix(".html") ? Self.htmlTargets(text) : Self.markdownTargets(text)
            let folder = (page as NSString).deletingLastPathComponent
            for target in targets {
                #expect(!target.contains(":") && !target.hasPrefix("/"), "\(page): link \(target) is not relative")
                let path = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                guard !path.isEmpty else { continue }  // an anchor on the page
                let resolved = Self.normalized((folder.isEmpty ? "" : folder + "/") + String(path))
                #expect(!resolved.hasPrefix(".."), "\(page): link \(target) leaves the output folder")
                if resolved.hasSuffix(".csv") { linkedCSVs.insert(resolved) }
                // The index of all periods is another run's part of the site: allowed absent until it is written.
                if resolved == "index.html" || resolved == "index.md", files[resolved] == nil { continue }
                #expect(files[resolved] != nil, "\(page): link \(target) → \(resolved) names no file")
            }
            if page.hasPrefix("2026Q3/") {
                let up = String(repeating: "../", count: page.split(separator: "/").count - 1)
                let ext = page.hasSuffix(".html") ? "html" : "md"
                #expect(targets.contains(up + "index.\(ext)"), "\(page) does not link the index of all periods")
                #expect(
                    targets.contains(String(up.dropFirst(3)) + "summary.json"), "\(page) does not link summary.json")
            }
        }
        // Every CSV written is linked from a page.
        let csvs = Set(files.keys.filter { $0.hasSuffix(".csv") })
        #expect(!csvs.isEmpty)
        #expect(
            csvs.subtracting(linkedCSVs).isEmpty, "not linked from any page: \(csvs.subtracting(linkedCSVs).sorted())")
        // Where the city page mentions a CSV, the link is beside it.
        let city = String(decoding: files["2026Q3/index.html"]!, as: UTF8.self)
        #expect(city.contains("<a href=\"data/data_quality.csv\">data/data_quality.csv</a>"))
        #expect(
            String(decoding: files["2026Q3/parks/pd-tz.md"]!, as: UTF8.self)
                .contains("[data/parks/pd-tz-enterprises.csv](../data/parks/pd-tz-enterprises.csv)"))
    }

    /// `a/b/../c/./d` → `a/c/d`; a path that climbs above its start keeps its leading `..`.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." { parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    /// `href="…"` and `src="…"` values, entities decoded.
    static func htmlTargets(_ html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "\\b(?:href|src|xlink:href)=\"([^\"]*)\"")
        let ns = html as NSString
        return regex.matches(in: html, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range(at: 1)).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
                of: "&lt;", with: "<"
            )
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// `[text](target)` targets (not escaped `\[`).
    static func markdownTargets(_ md: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: "(?<!\\\\)\\]\\(([^)\\s]*)\\)")
        let ns = md as NSString
        return regex.matches(in: md, range: NSRange(location: 0, length: ns.length)).map {
            ns.substring(with: $0.range(at: 1))
        }
    }
}
