import Yams

/// A YAML mistake told once, at the line to fix, in plain words (中文 and English), with a hint for
/// the mistakes people make when they edit a plan or a policy by hand — instead of libyaml's own text
/// (`while parsing a block collection … did not find expected '-' indicator`) and its two places.
enum YAMLProblem {
    static func explain(_ error: YamlError, yaml: String, file: String) -> PlanFileError {
        let problem: String, line: Int, column: Int
        switch error {
        case .scanner(_, let p, let m, _), .parser(_, let p, let m, _), .composer(_, let p, let m, _):
            (problem, line, column) = (p, m.line, m.column)
        case .reader(let p, let offset?, _, _):
            // A character libyaml refuses (a control character): its offset, counted in characters.
            let before = yaml.prefix(offset).unicodeScalars
            let lineStart = before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex
            (problem, line, column) = (
                p, before.filter { $0 == "\n" }.count + 1, before.distance(from: lineStart, to: before.endIndex) + 1
            )
        default:
            return PlanFileError(file: file, line: 1, column: 1, message: "not valid YAML: \(error)")
        }
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let text = line >= 1 && line <= lines.count ? String(lines[line - 1]) : ""
        let value =
            text.split(separator: ":", maxSplits: 1).dropFirst().first.map { $0.trimmingCharacters(in: .whitespaces) }
            ?? ""
        let message: String, expected: String?
        if text.contains("\t") || problem.contains("tab") {
            message = "缩进用了 Tab 键：YAML 只能用空格缩进 / a tab is used for indentation; YAML indents with spaces only"
            expected = "the same line indented with spaces"
        } else if value.hasPrefix(">") || value.hasPrefix("<") || value.hasPrefix("|")
            || problem.contains("block scalar")
        {
            message =
                "以 > 、>= 、< 开头的值须加引号，否则 YAML 把 > 读作多行文本的开始 / a value starting with > or < must be in quotes (YAML reads > as the start of a block of text)"
            expected = "e.g. target: \">= 30\""
        } else if problem.contains("'-' indicator") || problem.contains("block end") {
            message =
                "这一行的缩进与上面的列表不一致（每个指标以同一缩进的「- 」开头）/ this line's indentation does not match the list above: each indicator starts with «- » at the same indentation"
            expected = "«- id: …» lined up with the other indicators, their keys indented under it"
        } else if problem.contains("mapping values are not allowed") {
            message = "值中含有冒号须加引号 / a value with a colon in it must be in quotes"
            expected = "e.g. note: \"注：…\""
        } else if problem.contains("found unexpected end of stream") || problem.contains("unexpected end") {
            message = "引号或括号没有闭合 / a quote or bracket is not closed"
            expected = "the closing quote or } ]"
        } else {
            message = "YAML 格式有误 / not valid YAML: \(problem)"
            expected = nil
        }
        return PlanFileError(
            file: file, line: line, column: column,
            message: message + (text.isEmpty ? "" : " (line: «\(text.trimmingCharacters(in: .whitespaces))»)"),
            expected: expected)
    }
}
