import Foundation
import ZIPFoundation

/// An Excel workbook (.xlsx, Office Open XML SpreadsheetML): its sheets by name, shared strings
/// and date formats, read from the ZIP container with ZIPFoundation. Sheets themselves are
/// streamed (`SheetReader`); only the shared-string table is held whole, as every reader must.
package final class Workbook {
    /// Why a file cannot be read as a workbook, in words a user can act on.
    package enum OpenError: Error, Equatable {
        /// An OLE2 compound file: an Excel 97–2003 `.xls`, or a workbook saved with a password
        /// (Excel wraps encrypted .xlsx files in the same container).
        case legacyOrEncrypted
        /// An OLE2 container holding an `EncryptedPackage`: a workbook saved with a password.
        case encrypted
        case notAWorkbook(String)
        case corrupt(String)
        case noSheet(String, available: [String])

        package var message: String {
            switch self {
            case .legacyOrEncrypted:
                "an Excel 97–2003 workbook (.xls) or a password-protected workbook, which cannot be read; open it in Excel or WPS, remove any password and save it as .xlsx (Excel 工作簿) or CSV"
            case .encrypted:
                "a workbook saved with a password (its content is encrypted), which cannot be read; open it in Excel or WPS, remove the password (文件 → 信息 → 保护工作簿) and save it as .xlsx or CSV"
            case .notAWorkbook(let why):
                "not an Excel workbook (\(why)); save it as .xlsx (Excel 工作簿) or CSV"
            case .corrupt(let why):
                "the workbook is damaged (\(why)); open it in Excel or WPS and save it again as .xlsx or CSV"
            case .noSheet(let name, let available):
                "no sheet named «\(name)» (sheets: \(available.joined(separator: ", ")))"
            }
        }
    }

    package struct Sheet: Equatable {
        package let name: String
        let entryPath: String
    }

    package let path: String
    package let sheets: [Sheet]
    package let sharedStrings: [String]
    /// For each cell style index (`s="3"`), what its number format shows.
    package let styleKinds: [ExcelValues.FormatKind]
    package let date1904: Bool
    private let archive: Archive

    /// Opens the workbook at `path` and reads its parts; throws `OpenError` with the reason.
    package init(path: String, maxSharedStringBytes: Int = 1 << 30) throws {
        self.path = path
        try Workbook.checkSignature(try Workbook.head(path))
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw OpenError.corrupt("its ZIP container cannot be opened")
        }
        self.archive = archive
        guard let workbookEntry = archive["xl/workbook.xml"] else {
            if archive["word/document.xml"] != nil { throw OpenError.notAWorkbook("a Word document") }
            if archive["ppt/presentation.xml"] != nil { throw OpenError.notAWorkbook("a PowerPoint presentation") }
            throw OpenError.notAWorkbook("a ZIP file without xl/workbook.xml")
        }
        let book = WorkbookPart()
        try Workbook.parse(archive, workbookEntry, into: book)
        let rels = RelationshipsPart()
        if let relsEntry = archive["xl/_rels/workbook.xml.rels"] { try Workbook.parse(archive, relsEntry, into: rels) }
        sheets = book.sheets.compactMap { sheet in
            guard let target = rels.targets[sheet.relation] else { return nil }
            let entry = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            return Sheet(name: sheet.name, entryPath: Workbook.normalise(entry))
        }
        date1904 = book.date1904
        let strings = SharedStringsPart(limit: maxSharedStringBytes)
        if let target = rels.sharedStringsTarget
            ?? (archive["xl/sharedStrings.xml"] != nil ? "sharedStrings.xml" : nil),
            let entry = archive[Workbook.normalise(target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target)]
        {
            try Workbook.parse(archive, entry, into: strings)
        }
        sharedStrings = strings.strings
        let styles = StylesPart()
        if let failure = strings.failure { throw failure }
        if let entry = archive["xl/styles.xml"] { try Workbook.parse(archive, entry, into: styles) }
        styleKinds = styles.cellFormats.map { id in
            if let code = styles.customFormats[id] { return ExcelValues.kind(ofFormatCode: code) }
            return ExcelValues.builtInKind(id)
        }
    }

    /// The sheet to read: the one named, or the first.
    package func sheet(named name: String?) throws -> Sheet {
        guard !sheets.isEmpty else { throw OpenError.corrupt("it lists no worksheet") }
        guard let name else { return sheets[0] }
        if let s = sheets.first(where: { $0.name == name }) { return s }
        throw OpenError.noSheet(name, available: sheets.map(\.name))
    }

    /// Streams a sheet's inflated XML through `events`, in pieces of `bufferSize` bytes.
    package func stream(_ sheet: Sheet, into events: XMLEvents) throws {
        guard let entry = archive[sheet.entryPath] else {
            throw OpenError.corrupt("sheet «\(sheet.name)» is listed but its part \(sheet.entryPath) is missing")
        }
        try Workbook.parse(archive, entry, into: events)
    }

    private static func parse(_ archive: Archive, _ entry: Entry, into events: XMLEvents) throws {
        let parser = XMLPushParser(events: events)
        do {
            // The checksum is zlib's (ZIPFoundation's own, byte by byte in Swift, cost a tenth of
            // reading a large sheet); a damaged entry fails it even where inflate does not notice.
            var crc: UInt = 0
            _ = try archive.extract(entry, bufferSize: 1 << 18, skipCRC32: true) { data in
                try data.withUnsafeBytes { bytes in
                    crc = zlibCRC32(crc, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), UInt32(bytes.count))
                    try parser.feed(bytes)
                }
                // A sheet reader that has what it wants (or failed) needs no more of the sheet.
                if let sheet = events as? SheetReader, sheet.failure != nil { throw StopReading() }
            }
            try parser.finish()
            if UInt32(truncatingIfNeeded: crc) != entry.checksum {
                throw OpenError.corrupt("\(entry.path) fails its checksum")
            }
        } catch is StopReading {
            return
        } catch let e as XMLPushParser.Failure {
            throw OpenError.corrupt("\(entry.path): \(e.description)")
        } catch let e as OpenError {
            throw e
        } catch let e as SheetLimitError {
            throw e
        } catch {
            throw OpenError.corrupt("\(entry.path) cannot be inflated: \(error)")
        }
    }

    /// `xl/worksheets/../foo.xml` → `xl/foo.xml`.
    private static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for p in path.split(separator: "/") {
            if p == ".." { if !parts.isEmpty { parts.removeLast() } } else if p != "." { parts.append(p) }
        }
        return parts.joined(separator: "/")
    }

    /// A ZIP file starts `PK\3\4`; an OLE2 compound file (old .xls, encrypted .xlsx) `D0 CF 11 E0`.
    /// The first MiB of a file (where an OLE2 file's directory of streams is, in small files).
    private static func head(_ path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw OpenError.notAWorkbook("it cannot be opened")
        }
        defer { try? handle.close() }
        return [UInt8](handle.readData(ofLength: 1 << 20))
    }

    private static func checkSignature(_ start: [UInt8]) throws {
        let head = start.prefix(8)
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // The compound file's directory names its streams in UTF-16: an encrypted workbook has
            // one called EncryptedPackage (MS-OFFCRYPTO), an old .xls one called Workbook.
            let name = Array("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            if start.count >= name.count,
                (0...(start.count - name.count)).contains(where: { start[$0..<$0 + name.count].elementsEqual(name) })
            {
                throw OpenError.encrypted
            }
            throw OpenError.legacyOrEncrypted
        }
        if head.isEmpty { throw OpenError.notAWorkbook("the file is empty") }
        guard head.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw OpenError.notAWorkbook("it is not a ZIP container")
        }
    }
}

/// Thrown by a sheet's consumer to stop inflating once the reader has what it needs.
package struct StopReading: Error { package init() {} }

/// A sheet, a cell or the shared strings outgrew the reader's limits.
package struct SheetLimitError: Error {
    package let message: String
}

// MARK: - The small parts, each parsed whole

/// xl/workbook.xml: the sheets in tab order, and the date system.
private final class WorkbookPart: XMLEvents {
    package var sheets: [(name: String, relation: String)] = []
    package var date1904 = false

    package func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("sheet"), let sheetName = attributes.string("name"), let id = attributes.string("id") {
            sheets.append((sheetName, id))
        } else if name.is("workbookPr"), let v = attributes.string("date1904") {
            date1904 = v == "1" || v == "true"
        }
    }
    package func end(_ name: XMLName) {}
    package func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// xl/_rels/workbook.xml.rels: where each relation id points.
private final class RelationshipsPart: XMLEvents {
    package var targets: [String: String] = [:]
    package var sharedStringsTarget: String?

    package func start(_ name: XMLName, _ attributes: XMLAttributes) {
        guard name.is("Relationship"), let id = attributes.string("Id"), let target = attributes.string("Target") else {
            return
        }
        targets[id] = target
        if attributes.string("Type")?.hasSuffix("/sharedStrings") == true { sharedStringsTarget = target }
    }
    package func end(_ name: XMLName) {}
    package func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// xl/sharedStrings.xml: each `<si>`'s text, runs joined, phonetic guides (`<rPh>`) left out.
private final class SharedStringsPart: XMLEvents {
    package var strings: [String] = []
    private var current: [UInt8] = []
    private var inText = false
    private var phonetic = 0
    private var total = 0
    private let limit: Int
    private(set) var failure: SheetLimitError?

    package init(limit: Int) { self.limit = limit }

    package func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("si") {
            current.removeAll(keepingCapacity: true)
        } else if name.is("t") {
            inText = phonetic == 0
        } else if name.is("rPh") {
            phonetic += 1
        }
    }
    package func end(_ name: XMLName) {
        if name.is("si") {
            strings.append(String(decoding: current, as: UTF8.self))
        } else if name.is("t") {
            inText = false
        } else if name.is("rPh") {
            phonetic -= 1
        }
    }
    package func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard inText else { return }
        total += bytes.count
        guard total <= limit else {
            failure = SheetLimitError(message: "the workbook's shared strings pass \(limit >> 20) MiB")
            return
        }
        current.append(contentsOf: bytes)
    }
}

/// xl/styles.xml: the number format of each cell style (`cellXfs`) and the custom format codes.
private final class StylesPart: XMLEvents {
    package var customFormats: [Int: String] = [:]
    package var cellFormats: [Int] = []
    private var inCellXfs = false

    package func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("numFmt"), let id = attributes.string("numFmtId").flatMap(Int.init),
            let code = attributes.string("formatCode")
        {
            customFormats[id] = code
        } else if name.is("cellXfs") {
            inCellXfs = true
        } else if inCellXfs, name.is("xf") {
            cellFormats.append(attributes.string("numFmtId").flatMap(Int.init) ?? 0)
        }
    }
    package func end(_ name: XMLName) {
        if name.is("cellXfs") { inCellXfs = false }
    }
    package func text(_ bytes: UnsafeBufferPointer<UInt8>) {}
}

/// zlib's `crc32` (zlib is linked for ZIPFoundation's inflate; its module is not exported).
@_silgen_name("crc32")
private func zlibCRC32(_ crc: UInt, _ buffer: UnsafePointer<UInt8>?, _ length: UInt32) -> UInt
