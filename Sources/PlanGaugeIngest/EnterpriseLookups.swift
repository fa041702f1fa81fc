import Foundation
import PlanGaugeModel
import PlanGaugeRecords
import Synchronization

/// What the revenue files' converters look enterprises up in, made once for all the files: ids and
/// names repeat on every row, and a chunk sees most enterprises once, so they are found by their
/// bytes as written (a code is ASCII in either encoding; names in the file's encoding), and anything
/// else (spaces, a bad code, another spelling) is left to the full checks.
final class EnterpriseLookups: Sendable {
    let names: [String]
    /// Each enterprise's 统一社会信用代码, indexed by its bytes.
    let codes: ByteStrings
    let encodedNames: EncodedNames

    init(_ enterprises: [Enterprise]) {
        names = enterprises.map(\.name)
        codes = ByteStrings(enterprises.map { Array($0.id.code.utf8) }, indexed: true)
        encodedNames = EncodedNames(names)
    }
}

/// The enterprises' names as bytes in a file's encoding, made once per encoding whichever chunk asks
/// first: a name cell that matches byte for byte needs no decoding.
final class EncodedNames: Sendable {
    private let names: [String]
    private let byEncoding = Mutex<[Bool: ByteStrings]>([:])

    init(_ names: [String]) { self.names = names }

    func bytes(in encoding: TextEncoding) -> ByteStrings {
        let gb = encoding == .gb18030
        return byEncoding.withLock { byEncoding in
            if let done = byEncoding[gb] { return done }
            let made = ByteStrings(
                gb ? TextDecoder.gb18030Bytes(of: names).map { $0 ?? [] } : names.map { Array($0.utf8) })
            byEncoding[gb] = made
            return made
        }
    }
}
