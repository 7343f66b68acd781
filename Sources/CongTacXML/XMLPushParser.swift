import CLibXML2

/// One strict libxml2 SAX parse, for every reader of XML: the DOCX parts' well-formedness check
/// (`XMLCheck`) and the importer's streaming reader (`XMLEvents`) set their callbacks, this runs
/// them. No network, no warnings, entities not substituted (no XML_PARSE_NOENT); callers refuse a
/// DOCTYPE.
public enum XMLPushParser {
    /// Parses `xml` with `handler`'s callbacks, which get `userData`. Fed in 256 KB pieces: given tens
    /// of megabytes at once, libxml2 trips its lookahead limit ("Huge input lookup"), and
    /// XML_PARSE_HUGE would lift the limits that protect us. `stop` is asked after each piece (a
    /// callback found what it needed). Whether libxml2 found the document well-formed, or nil when it
    /// could not start (out of memory).
    public static func parse(_ xml: [UInt8], handler: inout xmlSAXHandler, userData: UnsafeMutableRawPointer,
                             stop: () -> Bool = { false }) -> Bool? {
        guard let context = xmlCreatePushParserCtxt(&handler, userData, nil, 0, "part.xml") else { return nil }
        defer {
            // In SAX mode libxml2 2.9 keeps a "SAX compatibility" document for entity declarations,
            // which freeing the context does not free (fuzz finding F4).
            if let document = context.pointee.myDoc { xmlFreeDoc(document) }
            context.pointee.myDoc = nil
            xmlFreeParserCtxt(context)
        }
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue))
        xml.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                let piece = 1 << 18
                var offset = 0
                repeat {
                    let size = min(piece, chars.count - offset)
                    let last: Int32 = offset + size >= chars.count ? 1 : 0
                    if xmlParseChunk(context, chars.baseAddress.map { $0 + offset }, Int32(size), last) != 0 { break }
                    if stop() { break }
                    offset += size
                } while offset < chars.count
            }
        }
        return context.pointee.wellFormed != 0
    }
}
