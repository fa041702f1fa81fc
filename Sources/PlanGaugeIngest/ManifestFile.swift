import PlanGaugeModel
import Yams

/// `dataset.yaml`: what the dataset is (see `DatasetManifest`). Keys in English or Chinese; a key
/// it does not know, a value that is not text or a date that is no date is an error at its line.
enum ManifestFile {
    /// Each field's keys: the English one first.
    static let keys: [(field: String, names: [String])] = [
        ("title", ["title", "数据集名称", "名称"]), ("issuer", ["issuer", "编制单位"]),
        ("source", ["source", "数据来源"]), ("coverage", ["coverage", "统计范围"]),
        ("as_of", ["as_of", "数据截至", "截至日期"]), ("contact", ["contact", "联系人", "联系方式"]),
        ("title_en", ["title_en"]), ("issuer_en", ["issuer_en"]), ("source_en", ["source_en"]),
        ("coverage_en", ["coverage_en"]), ("contact_en", ["contact_en"])
    ]

    /// Reads the manifest at `path`; throws a `PlanFileError` naming the line to fix.
    static func read(path: String, display: String) throws -> DatasetManifest {
        let document = try YAMLDocument.load(path: path, kind: "dataset manifest")
        let reader = PlanReader(file: display)
        let known = keys.flatMap(\.names)
        let entries = try reader.entries(document.root, known: known, what: "dataset.yaml")
        func value(_ field: String) throws -> (String, Node)? {
            let names = keys.first { $0.field == field }!.names
            let given = names.filter { entries[$0] != nil }
            if given.count > 1 {
                throw reader.fail(entries[given[1]], "«\(given[0])» and «\(given[1])» both give \(field)")
            }
            guard let name = given.first, let node = entries[name] else { return nil }
            guard let text = try reader.string(node, name), !text.isEmpty else {
                throw reader.fail(node, "«\(name)» is empty", expected: "a value, or the key left out")
            }
            return (text, node)
        }
        var manifest = DatasetManifest()
        manifest.title = try value("title")?.0
        manifest.issuer = try value("issuer")?.0
        manifest.source = try value("source")?.0
        manifest.coverage = try value("coverage")?.0
        manifest.contact = try value("contact")?.0
        manifest.english = DatasetManifest.English(
            title: try value("title_en")?.0, issuer: try value("issuer_en")?.0, source: try value("source_en")?.0,
            coverage: try value("coverage_en")?.0, contact: try value("contact_en")?.0)
        if let (text, node) = try value("as_of") {
            guard let day = CalendarDate(iso: text) else {
                throw reader.fail(node, "«\(text)» is not a date", expected: "a day such as 2026-10-20")
            }
            manifest.asOf = day
        }
        return manifest
    }
}
