import Foundation
import PlanGaugeIngest
import Testing

/// Plans and policies are read by one loader: a broken file of either kind is reported at its real
/// line, under its file name.
@Suite struct YAMLDocumentTests {
    /// A policy whose seventh line has an unquoted colon in a value.
    static let brokenPolicy = """
        id: x
        title: t
        document: d
        valid_from: 2025-01-01
        valid_to: 2026-12-31
        clauses:
          - id: a: b
            number: "1"

        """

    /// Writes `bytes` to a fresh temporary file called `name`; returns its path.
    static func file(_ name: String, _ bytes: Data) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-document-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try bytes.write(to: url)
        return url.path
    }

    static func error(_ load: () throws -> Any) -> PlanFileError? {
        do { _ = try load(); return nil } catch { return error as? PlanFileError }
    }

    @Test func aPolicySyntaxErrorNamesItsLineAndFile() throws {
        let path = try Self.file("broken-policy.yaml", Data(Self.brokenPolicy.utf8))
        let e = Self.error { try PolicyFile.load(path: path) }
        #expect(e?.file == path)
        #expect(e?.line == 7)
        #expect(e?.message == "值中含有冒号须加引号 / a value with a colon in it must be in quotes (line: «- id: a: b»)")
        #expect(e?.description.hasPrefix(path + ":7:") == true)
    }

    @Test func aPolicyFolderStopsAtTheBrokenFilesLine() throws {
        let path = try Self.file("broken-policy.yaml", Data(Self.brokenPolicy.utf8))
        let e = Self.error { try PolicyFile.loadFolder((path as NSString).deletingLastPathComponent) }
        #expect(e?.line == 7)
        #expect(e?.description.contains("broken-policy.yaml:7:") == true)
    }

    @Test func planAndPolicyTellTheSameMistakeAlike() {
        // The same bad seventh line under a plan's keys: the same line, message and hint.
        let plan = "id: p\ntitle: t\nbaseline: 2020\ndeadline: 2023\nindicators:\n  - id: a\n    name: 注: 说明\n"
        let policy =
            "id: x\ntitle: t\ndocument: d\nvalid_from: 2025-01-01\nvalid_to: 2026-12-31\nclauses:\n    number: 注: 说明\n"
        let p = Self.error { try PlanFile.parse(plan, file: "p.yaml") }
        let q = Self.error { try PolicyFile.parse(policy, file: "q.yaml") }
        #expect(p?.line == 7 && q?.line == 7)
        #expect(p?.message.contains("a value with a colon in it must be in quotes") == true)
        #expect(q?.message.contains("a value with a colon in it must be in quotes") == true)
        #expect(p?.expected == "e.g. note: \"注：…\"" && q?.expected == p?.expected)
    }

    @Test func aControlCharacterIsLocatedToo() {
        // libyaml's reader refuses U+0001; it reports an offset, which becomes line 3, column 12.
        let e = Self.error { try PolicyFile.parse("id: x\ntitle: t\ndocument: d\u{1}\n", file: "c.yaml") }
        #expect(e?.line == 3 && e?.column == 12)
        #expect(e?.message.hasPrefix("YAML 格式有误 / not valid YAML: control characters are not allowed") == true)
    }

    @Test func emptyAndUnreadableFilesSayWhichKind() throws {
        #expect(Self.error { try PolicyFile.parse("", file: "e.yaml") }?.message == "the policy file is empty")
        #expect(Self.error { try PlanFile.parse("# nothing\n", file: "e.yaml") }?.message == "the plan file is empty")
        let missing = Self.error { try PolicyFile.load(path: "/nonexistent/policy.yaml") }
        #expect(missing?.line == 0)
        #expect(missing?.message.hasPrefix("cannot read the policy file: ") == true)
    }

    @Test func aByteThatIsNotUTF8IsLocated() throws {
        // Line 3 holds 普陀 in GBK (C6 D5 CD D3) after "title: ": the first bad byte is column 8.
        var bytes = Data("id: x\n# 说明\ntitle: ".utf8)
        bytes.append(contentsOf: [0xC6, 0xD5, 0xCD, 0xD3, 0x0A])
        let path = try Self.file("gbk.yaml", bytes)
        let e = Self.error { try PolicyFile.load(path: path) }
        #expect(e?.line == 3 && e?.column == 8)
        #expect(e?.message == "the policy file is not UTF-8 text")
    }

    @Test func aByteOrderMarkIsNoPartOfTheFirstKey() throws {
        let plan =
            "id: p\ntitle: t\nbaseline: 2020\ndeadline: 2023\nindicators:\n  - id: a\n    name: A\n    measure: {series: gdp}\n"
        let path = try Self.file("bom.yaml", Data([0xEF, 0xBB, 0xBF] + Array(plan.utf8)))
        #expect(try PlanFile.load(path: path).id == "p")
    }
}
