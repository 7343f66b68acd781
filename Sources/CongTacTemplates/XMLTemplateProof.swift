/// Shows, once per template, that every rendering of an XML template is well-formed, so that the
/// renderer need not parse each output with libxml2.
///
/// The argument:
/// - Values are escaped (`& < > " '`), and the renderer checks as it escapes that they hold only
///   characters XML 1.0 can carry: a value cannot make or break markup.
/// - Escaped variables stand only in character data inside the root element, or in attribute
///   values (not of `xml…` attributes such as `xmlns:p`, which may not be empty). No raw variables.
/// - Every section starts and ends in character data inside the root element, and its body is
///   balanced: it closes only elements it opened. Repeating or dropping such a body leaves the same
///   elements around everything else, the same namespace declarations in scope and one root.
/// - Entity and character references are whole within one piece of literal text, and literal
///   character data holds no `]` or `>`, so no `]]>` can form where pieces meet.
///
/// Then every rendering is the skeleton — each section rendered once, each value empty — with
/// sections repeated or dropped and values filled in; an XML parser (libxml2, given by the caller:
/// this target has no C dependency) checks the skeleton once. A template the argument does not
/// cover is not refused: its outputs are checked one by one as before.
package enum XMLTemplateProof {
    /// Whether every rendering of `template` (with `partials`) is well-formed XML, given values that
    /// hold only XML characters; `isWellFormed` parses the skeleton.
    package static func holds(for template: FastTemplate, partials: [String: FastTemplate],
                              isWellFormed: ([UInt8]) -> Bool) -> Bool {
        var walker = Walker(partials: partials)
        guard walker.walk(template.nodes, indentation: []), walker.state == .content, walker.depth == 0 else {
            return false
        }
        return isWellFormed(walker.skeleton)
    }

    private enum State: Equatable {
        case content
        /// After `<`.
        case markup
        case startTag
        case endTag
        case attributeValue(quote: UInt8)
        /// After `<!`, `<!-`.
        case bang, bangDash
        case comment(dashes: Int)
        case cdata(brackets: Int)
        case instruction(question: Bool)
        /// Inside `&…;`, returning to character data or to an attribute value.
        case reference(inAttribute: UInt8?, first: Bool)
    }

    private struct Walker {
        let partials: [String: FastTemplate]
        var state = State.content
        var depth = 0
        /// Depths that the open sections' bodies may not close below.
        var floors: [Int] = [0]
        var skeleton: [UInt8] = []
        /// The start tag's last name so far (element or attribute) and whether it has ended.
        var name: [UInt8] = []
        var nameEnded = false
        var attribute: [UInt8] = []
        var lastByte: UInt8 = 0
        var partialDepth = 0

        init(partials: [String: FastTemplate]) {
            self.partials = partials
        }

        mutating func walk(_ nodes: [FastTemplate.Node], indentation: [UInt8]) -> Bool {
            for node in nodes {
                switch node {
                case .text(let bytes, _):
                    for byte in bytes {
                        guard step(byte) else { return false }
                        // A partial's indentation follows each of its line breaks.
                        if byte == 0x0A { for b in indentation { guard step(b) else { return false } } }
                    }
                case let .variable(_, escaped, _):
                    guard escaped else { return false }
                    switch state {
                    case .content where depth > 0: break
                    case .attributeValue where !startsWithXML(attribute): break
                    default: return false
                    }
                    lastByte = 0
                case let .section(_, _, body, _):
                    guard state == .content, depth > 0 else { return false }
                    floors.append(depth)
                    lastByte = 0
                    guard walk(body, indentation: indentation), state == .content, depth == floors.removeLast() else {
                        return false
                    }
                case let .partial(name, partialIndentation, _):
                    guard let partial = partials[name], partialDepth < 16 else { return false }
                    partialDepth += 1
                    let inner = indentation + partialIndentation
                    for b in partialIndentation { guard step(b) else { return false } }
                    guard walk(partial.nodes, indentation: inner) else { return false }
                    partialDepth -= 1
                }
            }
            return true
        }

        private func startsWithXML(_ name: [UInt8]) -> Bool {
            name.count >= 3 && name[0] | 0x20 == 0x78 && name[1] | 0x20 == 0x6D && name[2] | 0x20 == 0x6C
        }

        private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

        /// One byte of literal text; false when the argument cannot go on.
        private mutating func step(_ b: UInt8) -> Bool {
            skeleton.append(b)
            defer { lastByte = b }
            switch state {
            case .content:
                switch b {
                case UInt8(ascii: "<"): state = .markup
                case UInt8(ascii: "&"): state = .reference(inAttribute: nil, first: true)
                case UInt8(ascii: "]"), UInt8(ascii: ">"): return false
                default: break
                }
            case .markup:
                switch b {
                case UInt8(ascii: "/"): state = .endTag
                case UInt8(ascii: "!"): state = .bang
                case UInt8(ascii: "?"): state = .instruction(question: false)
                default:
                    state = .startTag
                    name = [b]
                    nameEnded = false
                }
            case .startTag:
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    attribute = name
                    state = .attributeValue(quote: b)
                case UInt8(ascii: ">"):
                    if lastByte != UInt8(ascii: "/") { depth += 1 }
                    state = .content
                case UInt8(ascii: "="), UInt8(ascii: "/"):
                    nameEnded = true
                default:
                    if Self.isSpace(b) {
                        nameEnded = true
                    } else if nameEnded {
                        name = [b]
                        nameEnded = false
                    } else {
                        name.append(b)
                    }
                }
            case .endTag:
                if b == UInt8(ascii: ">") {
                    guard depth - 1 >= floors[floors.count - 1] else { return false }
                    depth -= 1
                    state = .content
                }
            case .attributeValue(let quote):
                switch b {
                case quote:
                    state = .startTag
                    nameEnded = true
                case UInt8(ascii: "<"): return false
                case UInt8(ascii: "&"): state = .reference(inAttribute: quote, first: true)
                default: break
                }
            case .bang:
                switch b {
                case UInt8(ascii: "-"): state = .bangDash
                case UInt8(ascii: "["): state = .cdata(brackets: 0)  // the skeleton check reads "CDATA["
                default: return false  // DOCTYPE and other declarations
                }
            case .bangDash:
                guard b == UInt8(ascii: "-") else { return false }
                state = .comment(dashes: 0)
            case .comment(let dashes):
                if b == UInt8(ascii: "-") {
                    state = .comment(dashes: dashes + 1)
                } else {
                    state = b == UInt8(ascii: ">") && dashes >= 2 ? .content : .comment(dashes: 0)
                }
            case .cdata(let brackets):
                if b == UInt8(ascii: "]") {
                    state = .cdata(brackets: brackets + 1)
                } else {
                    state = b == UInt8(ascii: ">") && brackets >= 2 ? .content : .cdata(brackets: 0)
                }
            case .instruction(let question):
                state = question && b == UInt8(ascii: ">") ? .content : .instruction(question: b == UInt8(ascii: "?"))
            case let .reference(quote, first):
                if b == UInt8(ascii: ";") {
                    guard !first else { return false }
                    state = quote.map { .attributeValue(quote: $0) } ?? .content
                } else if b == UInt8(ascii: "#") || b == UInt8(ascii: "_") || b == UInt8(ascii: ":") || b == UInt8(ascii: "-")
                            || b == UInt8(ascii: ".") || (0x30...0x39).contains(b) || (0x41...0x5A).contains(b)
                            || (0x61...0x7A).contains(b) {
                    state = .reference(inAttribute: quote, first: false)
                } else {
                    return false
                }
            }
            return true
        }
    }
}
