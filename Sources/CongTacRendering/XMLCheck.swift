import CLibXML2
import CongTacXML

/// Strict well-formedness checks with libxml2 (through `XMLPushParser`): no network, no entity
/// expansion, no DTD, no DOCTYPE. The only place of this target that talks to libxml2; no C pointer
/// leaves it.
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
        guard let wellFormed = XMLPushParser.parse(xml, handler: &handler, userData: unmanaged.toOpaque()) else {
            return Problem(line: 1, column: 1, message: "libxml2: out of memory")
        }
        if let problem = findings.problem { return problem }
        if !wellFormed { return Problem(line: 1, column: 1, message: "not well-formed") }
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
