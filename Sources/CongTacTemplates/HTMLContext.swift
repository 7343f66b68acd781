/// Where literal HTML has left the tokenizer, read byte by byte as a browser would (a simplified
/// WHATWG tokenizer): enough to tell where a value would land — text, a quoted attribute value, or a
/// place escaping does not protect (a tag or attribute name, an unquoted value, a script or style).
package struct HTMLContext: Hashable, Sendable {
    enum Mode: Hashable, Sendable {
        case data, tagOpen, endTagOpen, tagName, endTag
        case beforeAttributeName, attributeName, afterAttributeName, beforeAttributeValue
        case attributeValue(quote: UInt8?)
        /// Inside a raw-text element (`script`, `style`, …) until `</` and its name.
        case rawText(matched: Int)
        case markupDeclaration, comment(dashes: Int)
    }

    /// In text, the last tag's names are forgotten, so that two places in text compare equal.
    var mode = Mode.data {
        didSet { if mode == .data { element = []; attribute = [] } }
    }
    /// The element being opened (lower case), and the attribute being read.
    var element: [UInt8] = []
    var attribute: [UInt8] = []

    package init() {}

    /// Elements whose content is not parsed as markup: `&lt;` is not decoded there, so escaping
    /// does not keep a value from closing or changing them.
    static let rawTextElements: Set<[UInt8]> = Set(["script", "style", "xmp", "iframe", "noembed", "noframes",
                                                   "noscript", "plaintext", "textarea", "title"].map { Array($0.utf8) })
    /// Elements whose text is decoded (escaping works) but which end at their end tag only.
    static let escapableRawText: Set<[UInt8]> = Set(["textarea", "title"].map { Array($0.utf8) })

    /// Attributes whose value is a URL, a style or a script: an escaped value still changes what
    /// they do (`javascript:`, `expression(…)`, an event handler).
    static func isDangerous(attribute name: [UInt8]) -> Bool {
        let name = String(decoding: name, as: UTF8.self)
        if name.hasPrefix("on") || name.hasSuffix(":href") { return true }
        return ["href", "src", "srcset", "style", "action", "formaction", "data", "poster", "background",
                "cite", "codebase", "manifest", "srcdoc", "ping", "lowsrc", "dynsrc"].contains(name)
    }

    /// Why a value written here would not be safe, or nil when escaping protects it.
    var unsafePlace: TemplateError.HTMLPlace? {
        switch mode {
        case .data: return nil
        case .rawText: return Self.escapableRawText.contains(element) ? nil : .element(name(element))
        case .attributeValue(quote: .some): return Self.isDangerous(attribute: attribute) ? .attribute(name(attribute)) : nil
        case .attributeValue(quote: nil), .beforeAttributeValue: return .unquotedAttribute
        case .comment, .markupDeclaration: return .comment
        default: return .insideTag
        }
    }

    private func name(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
    private static func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }
    private static func lower(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b | 0x20 : b }

    /// One byte of literal template text.
    mutating func step(_ b: UInt8) {
        switch mode {
        case .data:
            if b == UInt8(ascii: "<") { mode = .tagOpen }
        case .tagOpen:
            if Self.isLetter(b) {
                mode = .tagName
                element = [Self.lower(b)]
            } else if b == UInt8(ascii: "/") {
                mode = .endTagOpen
            } else if b == UInt8(ascii: "!") || b == UInt8(ascii: "?") {
                mode = .markupDeclaration
            } else {
                mode = .data
            }
        case .endTagOpen:
            mode = Self.isLetter(b) ? .endTag : (b == UInt8(ascii: ">") ? .data : .markupDeclaration)
        case .endTag:
            if b == UInt8(ascii: ">") { mode = .data }
        case .tagName:
            if Self.isSpace(b) {
                mode = .beforeAttributeName
            } else if b == UInt8(ascii: ">") {
                endStartTag()
            } else if b == UInt8(ascii: "/") {
                mode = .beforeAttributeName
            } else {
                element.append(Self.lower(b))
            }
        case .beforeAttributeName, .afterAttributeName:
            if b == UInt8(ascii: ">") {
                endStartTag()
            } else if b == UInt8(ascii: "=") && mode == .afterAttributeName {
                mode = .beforeAttributeValue
            } else if !Self.isSpace(b) && b != UInt8(ascii: "/") {
                mode = .attributeName
                attribute = [Self.lower(b)]
            }
        case .attributeName:
            if Self.isSpace(b) || b == UInt8(ascii: "/") {
                mode = .afterAttributeName
            } else if b == UInt8(ascii: "=") {
                mode = .beforeAttributeValue
            } else if b == UInt8(ascii: ">") {
                endStartTag()
            } else {
                attribute.append(Self.lower(b))
            }
        case .beforeAttributeValue:
            if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                mode = .attributeValue(quote: b)
            } else if b == UInt8(ascii: ">") {
                endStartTag()
            } else if !Self.isSpace(b) {
                mode = .attributeValue(quote: nil)
            }
        case .attributeValue(let quote):
            if let quote, b == quote {
                mode = .afterAttributeName
            } else if quote == nil, Self.isSpace(b) {
                mode = .beforeAttributeName
            } else if quote == nil, b == UInt8(ascii: ">") {
                endStartTag()
            }
        case .rawText(let matched):
            // `</` then the element's name, in any letter case.
            let length = element.count + 2
            let expected = matched == 0 ? UInt8(ascii: "<") : matched == 1 ? UInt8(ascii: "/") : matched < length ? element[matched - 2] : 0
            if matched < length, Self.lower(b) == expected {
                mode = .rawText(matched: matched + 1)
            } else if matched == length, Self.isSpace(b) || b == UInt8(ascii: ">") || b == UInt8(ascii: "/") {
                mode = b == UInt8(ascii: ">") ? .data : .endTag
            } else {
                mode = .rawText(matched: b == UInt8(ascii: "<") ? 1 : 0)
            }
        case .markupDeclaration:
            if b == UInt8(ascii: "-") {
                mode = .comment(dashes: -1)
            } else if b == UInt8(ascii: ">") {
                mode = .data
            }
        case .comment(let dashes):
            // dashes -1: after `<!-`, waiting for the second `-` (then a comment proper).
            if b == UInt8(ascii: "-") {
                mode = .comment(dashes: dashes < 0 ? 0 : dashes + 1)
            } else if b == UInt8(ascii: ">"), dashes >= 2 {
                mode = .data
            } else if dashes < 0 {
                mode = .markupDeclaration
            } else {
                mode = .comment(dashes: 0)
            }
        }
    }

    private mutating func endStartTag() {
        mode = Self.rawTextElements.contains(element) ? .rawText(matched: 0) : .data
    }
}
