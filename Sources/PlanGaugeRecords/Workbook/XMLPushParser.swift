import CLibXML2
import Foundation

/// What an XML document's events go to, one element at a time (SAX).
///
/// Names are local names (no prefix), as bytes valid only during the call.
package protocol XMLEvents: AnyObject {
    func start(_ name: XMLName, _ attributes: XMLAttributes)
    func end(_ name: XMLName)
    func text(_ bytes: UnsafeBufferPointer<UInt8>)
}

/// An element's local name, as libxml2 hands it over (valid only during the callback).
package struct XMLName {
    package let bytes: UnsafePointer<UInt8>

    /// Whether the name is exactly `s` (ASCII).
    func `is`(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        let p = s.utf8Start
        for i in 0..<n where bytes[i] != p[i] { return false }
        return bytes[n] == 0
    }
}

/// An element's attributes as libxml2's SAX2 gives them: five pointers each (local name, prefix,
/// URI, value start, value end); values are not NUL-terminated.
package struct XMLAttributes {
    package let base: UnsafeMutablePointer<UnsafePointer<UInt8>?>?
    package let count: Int

    /// The value of the attribute with this local name (any prefix), or nil.
    func value(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        guard let base else { return nil }
        for i in 0..<count {
            guard let local = base[5 * i], XMLName(bytes: local).is(name),
                let start = base[5 * i + 3], let end = base[5 * i + 4]
            else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }

    func string(_ name: StaticString) -> String? {
        value(name).map { String(decoding: $0, as: UTF8.self) }
    }
}

/// libxml2's push parser: feed it a document in pieces of any size, as they are inflated; events
/// go to `events` as soon as each piece is parsed. Network access and DTD loading are off, and
/// libxml2's default limits on entity expansion and text size stay on (a hostile workbook cannot
/// make it expand entities without bound).
package final class XMLPushParser {
    package struct Failure: Error, CustomStringConvertible {
        let message: String
        let line: Int
        package var description: String { "XML not well-formed at line \(line): \(message)" }
    }

    private var context: xmlParserCtxtPtr?
    /// What libxml2's callbacks get back as their context: a final class, so that reaching the
    /// events from C costs no dynamic cast per event (a sheet has tens of millions of them).
    private final class Target {
        let events: XMLEvents
        init(_ events: XMLEvents) { self.events = events }
    }
    private let events: Unmanaged<Target>
    private var handler = xmlSAXHandler()

    package init(events: XMLEvents) {
        self.events = Unmanaged.passRetained(Target(events))
        XMLPushParser.initialiseLibrary
        handler.initialized = XML_SAX2_MAGIC
        handler.startElementNs = { ctx, localname, _, _, _, _, nbAttributes, _, attributes in
            guard let ctx, let localname else { return }
            let events = Unmanaged<Target>.fromOpaque(ctx).takeUnretainedValue().events
            events.start(
                XMLName(bytes: localname),
                XMLAttributes(
                    base: UnsafeMutableRawPointer(attributes)?.assumingMemoryBound(to: UnsafePointer<UInt8>?.self),
                    count: Int(nbAttributes)))
        }
        handler.endElementNs = { ctx, localname, _, _ in
            guard let ctx, let localname else { return }
            let events = Unmanaged<Target>.fromOpaque(ctx).takeUnretainedValue().events
            events.end(XMLName(bytes: localname))
        }
        handler.characters = { ctx, chars, len in
            guard let ctx, let chars, len > 0 else { return }
            let events = Unmanaged<Target>.fromOpaque(ctx).takeUnretainedValue().events
            events.text(UnsafeBufferPointer(start: chars, count: Int(len)))
        }
        // Whitespace between elements arrives here when no DTD says it is ignorable; text inside
        // <t xml:space="preserve"> must keep it, so both go to the same place.
        handler.ignorableWhitespace = handler.characters
        // Problems come back from xmlParseChunk; libxml2 printing them to stderr would only add noise.
        handler.serror = { _, _ in }
        handler.warning = nil
        handler.error = nil
        context = xmlCreatePushParserCtxt(&handler, self.events.toOpaque(), nil, 0, nil)
        if let context {
            xmlCtxtUseOptions(
                context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOERROR.rawValue))
        }
    }

    deinit {
        if let context {
            if let doc = context.pointee.myDoc { xmlFreeDoc(doc) }
            xmlFreeParserCtxt(context)
        }
        events.release()
    }

    private static let initialiseLibrary: Void = { xmlInitParser() }()

    /// Parses the next piece of the document.
    func feed(_ bytes: UnsafeRawBufferPointer) throws {
        guard let context else { throw Failure(message: "libxml2 could not allocate a parser", line: 0) }
        var rest = bytes
        // xmlParseChunk takes an Int32 length.
        while !rest.isEmpty {
            let n = min(rest.count, 1 << 24)
            let rc = xmlParseChunk(context, rest.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(n), 0)
            if rc != 0 { throw failure(rc) }
            rest = UnsafeRawBufferPointer(rebasing: rest[n...])
        }
    }

    /// Ends the document (an unclosed element is an error).
    func finish() throws {
        guard let context else { throw Failure(message: "libxml2 could not allocate a parser", line: 0) }
        let rc = xmlParseChunk(context, nil, 0, 1)
        if rc != 0 { throw failure(rc) }
    }

    private func failure(_ rc: Int32) -> Failure {
        if let error = xmlCtxtGetLastError(context), let message = error.pointee.message {
            let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
            return Failure(message: text, line: Int(error.pointee.line))
        }
        return Failure(message: "libxml2 error \(rc)", line: 0)
    }
}
