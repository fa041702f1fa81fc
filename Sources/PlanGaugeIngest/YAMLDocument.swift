import Foundation
import Yams

/// A YAML file read and parsed the one way plans and policies both are: the bytes read, decoded as
/// UTF-8, composed by Yams into a tree of nodes that keep their line and column. Every failure is a
/// ``PlanFileError`` naming the file and the line to fix; a syntax error is told by ``YAMLProblem``
/// at the line libyaml stopped on, with that line's text and what was expected.
struct YAMLDocument {
    /// The file name errors are reported under.
    let file: String
    /// The top node of the document.
    let root: Node

    /// Reads and parses the file at `path`. `kind` names the file in messages: "plan", "policy".
    static func load(path: String, kind: String) throws -> YAMLDocument {
        let bytes: Data
        do {
            bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw PlanFileError(
                file: path, line: 0, column: 0, message: "cannot read the \(kind) file: \(error.localizedDescription)")
        }
        return try parse(decode(bytes, file: path, kind: kind), file: path, kind: kind)
    }

    /// Parses YAML text already read; `file` names it in errors.
    static func parse(_ yaml: String, file: String, kind: String) throws -> YAMLDocument {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let e as YamlError {
            throw YAMLProblem.explain(e, yaml: yaml, file: file)
        } catch {
            throw PlanFileError(file: file, line: 1, column: 1, message: "not valid YAML: \(error)")
        }
        guard let node else {
            throw PlanFileError(file: file, line: 1, column: 1, message: "the \(kind) file is empty")
        }
        return YAMLDocument(file: file, root: node)
    }

    /// The text of a UTF-8 file, without a byte-order mark; a byte that is not UTF-8 is reported at
    /// its line and column.
    static func decode(_ bytes: Data, file: String, kind: String) throws -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = firstInvalidByte(body) {
            throw PlanFileError(
                file: file, line: bad.line, column: bad.column, message: "the \(kind) file is not UTF-8 text",
                expected: "the file saved as UTF-8 (the byte here is not; a file saved as GBK is the usual cause)")
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// Line and column (1-based, the column in bytes) of the first byte that does not decode as UTF-8,
    /// or nil when all of them do.
    private static func firstInvalidByte(_ bytes: Data.SubSequence) -> (line: Int, column: Int)? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") {
                    line += 1; column = 1
                } else {
                    column += encoded.count
                }
            case .error: return (line, column)
            case .emptyInput: return nil
            }
        }
    }
}
