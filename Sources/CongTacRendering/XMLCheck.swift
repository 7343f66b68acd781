import CLibXML2

/// Strict well-formedness checks with libxml2: no network, no entity expansion, no DTD, no DOCTYPE.
/// The only place that talks to libxml2; no C pointer leaves it.
enum XMLCheck {
    struct Problem: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// Collects the first error libxml2 reports while parsing, and whether a DOCTYPE was seen.
    private final class Findings {
        var problem: Problem?
        var hasDoctype = false
    }

    /// Nil when `xml` is well-formed and has no DOCTYPE; otherwise the first problem with its place.
    static func problem(in xml: String) -> Problem? {
        problem(in: Array(xml.utf8))
    }

    /// Nil when the UTF-8 bytes are well-formed XML without a DOCTYPE; otherwise the first problem.
    ///
    /// A SAX parse with no content callbacks: libxml2 checks well-formedness (tags, attributes,
    /// namespaces, characters, entities) without building a tree.
    static func problem(in xml: [UInt8]) -> Problem? {
        let findings = Findings()
        let unmanaged = Unmanaged.passRetained(findings)
        defer { unmanaged.release() }
        var handler = xmlSAXHandler()
        handler.initialized = XML_SAX2_MAGIC
        handler.serror = { userData, error in
            guard let userData, let error else { return }
            let findings = Unmanaged<Findings>.fromOpaque(userData).takeUnretainedValue()
            guard findings.problem == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "error"
            findings.problem = Problem(line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message)
        }
        handler.internalSubset = { userData, _, _, _ in
            guard let userData else { return }
            Unmanaged<Findings>.fromOpaque(userData).takeUnretainedValue().hasDoctype = true
        }
        // A push parser fed in pieces: given tens of megabytes at once, libxml2 trips its lookahead
        // limit ("Huge input lookup"), and XML_PARSE_HUGE would lift the limits that protect us.
        guard let context = xmlCreatePushParserCtxt(&handler, unmanaged.toOpaque(), nil, 0, "part.xml") else {
            return Problem(line: 1, column: 1, message: "libxml2: out of memory")
        }
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
                    offset += size
                } while offset < chars.count
            }
        }
        if let problem = findings.problem { return problem }
        if context.pointee.wellFormed == 0 { return Problem(line: 1, column: 1, message: "not well-formed") }
        if findings.hasDoctype { return Problem(line: 1, column: 1, message: "DOCTYPE is not allowed") }
        return nil
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var s = Substring(self)
        while let first = s.first, set.contains(first) { s.removeFirst() }
        while let last = s.last, set.contains(last) { s.removeLast() }
        return String(s)
    }
}

extension Set where Element == Character {
    fileprivate static let whitespacesAndNewlines: Set<Character> = [" ", "\n", "\t", "\r"]
}
