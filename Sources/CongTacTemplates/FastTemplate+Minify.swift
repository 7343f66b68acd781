extension FastTemplate {
    /// The template without the line breaks and indentation between tags: every run of white space
    /// that holds a line break goes. Meaningful spaces in WordprocessingML sit inside `<w:t>` on one line.
    package func minifiedXML() -> FastTemplate {
        FastTemplate(name: name, nodes: Self.minify(nodes), source: source)
    }

    private static func minify(_ nodes: [Node]) -> [Node] {
        nodes.compactMap { node in
            switch node {
            case let .text(bytes, offset):
                var result: [UInt8] = []
                result.reserveCapacity(bytes.count)
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                        var j = i
                        var hasBreak = false
                        while j < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[j]) {
                            if bytes[j] == 0x0A { hasBreak = true }
                            j += 1
                        }
                        // Also dropped: white space at either end of the text that only separates
                        // it from a tag ("      <w:p>" after a section tag's line was removed).
                        let atStart = i == 0 && j < bytes.count && bytes[j] == UInt8(ascii: "<")
                        let atEnd = j == bytes.count && i > 0 && bytes[i - 1] == UInt8(ascii: ">")
                        if !hasBreak && !atStart && !atEnd { result.append(contentsOf: bytes[i..<j]) }
                        i = j
                    } else {
                        result.append(b)
                        i += 1
                    }
                }
                // The offset stays that of the text's start: a minified node is rendered, never located.
                return result.isEmpty ? nil : .text(result, offset: offset)
            case let .section(path, inverted, body, offset):
                return .section(path: path, inverted: inverted, body: minify(body), offset: offset)
            default:
                return node
            }
        }
    }
}
