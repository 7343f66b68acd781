import CLibXML2

/// Strict well-formedness checks with libxml2: no network, no entity expansion, no DTD, no DOCTYPE.
/// The only place that talks to libxml2; no C pointer leaves it.
enum XMLCheck {
    struct Problem: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// Collects the first error libxml2 reports while parsing.
    private final class FirstError {
        var problem: Problem?
    }

    /// Nil when `xml` is well-formed and has no DOCTYPE; otherwise the first problem with its place.
    static func problem(in xml: String) -> Problem? {
        problem(in: Array(xml.utf8))
    }

    /// Nil when the UTF-8 bytes are well-formed XML without a DOCTYPE; otherwise the first problem.
    static func problem(in xml: [UInt8]) -> Problem? {
        // A push parser: xmlCtxtReadMemory would reset the context and drop the error hook.
        guard let context = xmlCreatePushParserCtxt(nil, nil, nil, 0, "part.xml") else {
            return Problem(line: 1, column: 1, message: "libxml2: out of memory")
        }
        defer { xmlFreeParserCtxt(context) }
        let box = FirstError()
        let unmanaged = Unmanaged.passRetained(box)
        defer { unmanaged.release() }
        context.pointee._private = unmanaged.toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let boxPointer = context.pointee._private else { return }
            let box = Unmanaged<FirstError>.fromOpaque(boxPointer).takeUnretainedValue()
            guard box.problem == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) }?
                .trimmingCharacters(in: .whitespacesAndNewlines) ?? "error"
            box.problem = Problem(line: Int(error.pointee.line), column: Int(error.pointee.int2), message: message)
        }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOWARNING.rawValue)
        xmlCtxtUseOptions(context, options)
        // Fed in pieces: a push parser given tens of megabytes at once trips libxml2's lookahead limit
        // ("Huge input lookup"), and XML_PARSE_HUGE would lift the limits that protect us.
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
        let document = context.pointee.myDoc
        context.pointee.myDoc = nil
        defer { if let document { xmlFreeDoc(document) } }
        if let problem = box.problem { return problem }
        guard let document, context.pointee.wellFormed != 0 else {
            return Problem(line: 1, column: 1, message: "not well-formed")
        }
        if document.pointee.intSubset != nil {
            return Problem(line: 1, column: 1, message: "DOCTYPE is not allowed")
        }
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
