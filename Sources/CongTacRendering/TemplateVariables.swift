import CongTacModel

/// Checks that every name a template uses is one the view model provides, because Mustache renders
/// an unknown name as nothing, silently: a misspelt `{{leadr}}` would leave every leader cell empty.
enum TemplateVariables {
    /// The first tag naming an unknown variable, with its 1-based line and column.
    static func firstUnknown(in text: String, known: Set<String>) -> (name: String, line: Int, column: Int)? {
        let bytes = Array(text.utf8)
        var line = 1
        var lineStart = 0
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            } else if bytes[i] == 0x7B, bytes[i + 1] == 0x7B {  // "{{"
                var end = i + 2
                while end + 1 < bytes.count, !(bytes[end] == 0x7D && bytes[end + 1] == 0x7D) { end += 1 }
                guard end + 1 < bytes.count else { return nil }
                let tag = String(decoding: bytes[(i + 2)..<end], as: UTF8.self)
                if let name = variable(in: Substring(tag)), !isKnown(name, known) {
                    let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).unicodeScalars.count + 1
                    return (name, line, column)
                }
                for byte in bytes[i..<end] where byte == 0x0A {
                    line += 1
                }
                if let lastBreak = bytes[i..<end].lastIndex(of: 0x0A) { lineStart = lastBreak + 1 }
                i = end + 2
                continue
            }
            i += 1
        }
        return nil
    }

    /// The variable a tag names, or nil for comments, partials and delimiter changes.
    static func variable(in tag: Substring) -> String? {
        var body = String(tag).trimmedOfSpaces
        guard let first = body.first else { return nil }
        switch first {
        case "!", ">", "=", "<", "$", "%": return nil
        case "#", "^", "/", "&", "{": body = String(body.dropFirst()).trimmedOfSpaces
        default: break
        }
        return body.isEmpty ? nil : body
    }

    static func isKnown(_ name: String, _ known: Set<String>) -> Bool {
        if name == "." { return true }
        return name.split(separator: ".").allSatisfy { known.contains(String($0)) }
    }
}
