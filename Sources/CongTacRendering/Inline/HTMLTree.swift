

/// The markup of a fragment as a tree, for `StyleInliner`: elements with their attributes in order,
/// text kept exactly as written (escaped), and back to markup. Not a general HTML parser: it reads
/// what HTML templates write (tags with quoted or bare attributes, void elements, `<style>` and
/// `<script>` as raw text, comments) and nothing of the browsers' error recovery, which a fragment
/// congtac renders never needs.
struct HTMLTree {
    enum Kind: Equatable {
        case element(name: String)
        /// Text as written (entities not decoded); for a raw-text element's content, the raw text.
        case text(String)
        /// `<!-- … -->` or `<!DOCTYPE …>`, as written.
        case other(String)
    }

    struct Node {
        var kind: Kind
        /// Name (lower case) and value as written, entities not decoded; `nil` for a bare attribute.
        var attributes: [(name: String, value: String?)] = []
        var parent: Int?
        var children: [Int] = []

        var name: String? {
            if case let .element(name) = kind { return name }
            return nil
        }

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }.flatMap { $0.value }
        }
    }

    enum ParseError: Error, Equatable {
        /// The markup ends inside a tag, a comment or a raw-text element.
        case unexpectedEnd
        /// An end tag that closes no open element.
        case strayEndTag(String)
    }

    /// Node 0 is the document: its children are the top-level nodes.
    var nodes: [Node] = [Node(kind: .other(""))]

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "source", "track", "wbr"]
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    init(parsing html: String) throws {
        let bytes = Array(html.utf8)
        var i = 0
        var open: [Int] = [0]
        func append(_ node: Node) -> Int {
            var node = node
            node.parent = open.last!
            nodes.append(node)
            nodes[open.last!].children.append(nodes.count - 1)
            return nodes.count - 1
        }
        func text(_ from: Int, _ to: Int) -> String { String(decoding: bytes[from..<to], as: UTF8.self) }
        func find(_ needle: [UInt8], from start: Int) -> Int? {
            guard needle.count <= bytes.count else { return nil }
            var j = start
            while j + needle.count <= bytes.count {
                if bytes[j] == needle[0], Array(bytes[j..<j + needle.count]) == needle { return j }
                j += 1
            }
            return nil
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }
        func isNameByte(_ b: UInt8) -> Bool { !isSpace(b) && b != UInt8(ascii: ">") && b != UInt8(ascii: "/") && b != UInt8(ascii: "=") }

        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < bytes.count,
                  bytes[i + 1] == UInt8(ascii: "/") || bytes[i + 1] == UInt8(ascii: "!") || (bytes[i + 1] | 0x20) >= UInt8(ascii: "a") && (bytes[i + 1] | 0x20) <= UInt8(ascii: "z") else {
                // Text up to the next tag.
                var j = i + 1
                while j < bytes.count, bytes[j] != UInt8(ascii: "<") { j += 1 }
                _ = append(Node(kind: .text(text(i, j))))
                i = j
                continue
            }
            if bytes[i + 1] == UInt8(ascii: "!") {
                let isComment = i + 3 < bytes.count && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-")
                guard let end = isComment ? find(Array("-->".utf8), from: i + 4).map({ $0 + 3 })
                                          : find([UInt8(ascii: ">")], from: i).map({ $0 + 1 }) else { throw ParseError.unexpectedEnd }
                _ = append(Node(kind: .other(text(i, end))))
                i = end
                continue
            }
            if bytes[i + 1] == UInt8(ascii: "/") {
                guard let end = find([UInt8(ascii: ">")], from: i) else { throw ParseError.unexpectedEnd }
                let name = text(i + 2, end).trimmedWhitespace.lowercased()
                guard let index = open.lastIndex(where: { nodes[$0].name == name }), index > 0 else {
                    throw ParseError.strayEndTag(name)
                }
                open.removeSubrange(index...)
                i = end + 1
                continue
            }
            // A start tag.
            var j = i + 1
            while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
            let name = text(i + 1, j).lowercased()
            var node = Node(kind: .element(name: name))
            while true {
                while j < bytes.count, isSpace(bytes[j]) || bytes[j] == UInt8(ascii: "/") { j += 1 }
                guard j < bytes.count else { throw ParseError.unexpectedEnd }
                if bytes[j] == UInt8(ascii: ">") { j += 1; break }
                let nameStart = j
                while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
                let attribute = text(nameStart, j).lowercased()
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                guard j < bytes.count, bytes[j] == UInt8(ascii: "=") else {
                    node.attributes.append((attribute, nil))
                    continue
                }
                j += 1
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                guard j < bytes.count else { throw ParseError.unexpectedEnd }
                if bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                    guard let close = find([bytes[j]], from: j + 1) else { throw ParseError.unexpectedEnd }
                    node.attributes.append((attribute, text(j + 1, close)))
                    j = close + 1
                } else {
                    let valueStart = j
                    while j < bytes.count, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                    node.attributes.append((attribute, text(valueStart, j)))
                }
            }
            let index = append(node)
            i = j
            if Self.rawTextElements.contains(name) {
                guard let end = find(Array("</\(name)".utf8), from: i) ?? find(Array("</\(name.uppercased())".utf8), from: i),
                      let close = find([UInt8(ascii: ">")], from: end) else { throw ParseError.unexpectedEnd }
                if end > i {
                    nodes.append(Node(kind: .text(text(i, end)), parent: index))
                    nodes[index].children.append(nodes.count - 1)
                }
                i = close + 1
            } else if !Self.voidElements.contains(name) {
                open.append(index)
            }
        }
    }

    /// The markup of the tree; `attributes` gives each element's attributes as written.
    func html(attributes: (Int) -> [(name: String, value: String?)]) -> String {
        var out = ""
        func write(_ index: Int) {
            let node = nodes[index]
            switch node.kind {
            case let .text(text): out += text
            case let .other(text): out += text
            case let .element(name):
                out += "<" + name
                for (attribute, value) in attributes(index) {
                    out += " " + attribute
                    if let value { out += "=\"" + value + "\"" }
                }
                out += ">"
                if Self.voidElements.contains(name) { return }
                for child in node.children { write(child) }
                out += "</" + name + ">"
            }
        }
        for child in nodes[0].children { write(child) }
        return out
    }

    /// The element children of `index`, in order.
    func elementChildren(of index: Int) -> [Int] {
        nodes[index].children.filter { nodes[$0].name != nil }
    }
}
