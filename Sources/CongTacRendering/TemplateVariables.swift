import Foundation

/// Checks that every name a template uses is one the view model provides, because Mustache renders
/// an unknown name as nothing, silently: a misspelt `{{leadr}}` would leave every leader cell empty.
enum TemplateVariables {
    /// The first tag naming an unknown variable, with its 1-based line and column.
    static func firstUnknown(in text: String, known: Set<String>) -> (name: String, line: Int, column: Int)? {
        var line = 1
        var column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "\n" {
                line += 1
                column = 1
                index = text.index(after: index)
                continue
            }
            if text[index...].hasPrefix("{{") {
                let tagLine = line, tagColumn = column
                let start = text.index(index, offsetBy: 2)
                guard let end = text.range(of: "}}", range: start..<text.endIndex) else { return nil }
                let tag = text[start..<end.lowerBound]
                for ch in text[index..<end.upperBound] {
                    if ch == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = end.upperBound
                if index < text.endIndex, text[index] == "}" { index = text.index(after: index); column += 1 }
                if let name = variable(in: tag), !isKnown(name, known) {
                    return (name, tagLine, tagColumn)
                }
                continue
            }
            column += 1
            index = text.index(after: index)
        }
        return nil
    }

    /// The variable a tag names, or nil for comments, partials and delimiter changes.
    static func variable(in tag: Substring) -> String? {
        var body = tag.trimmingCharacters(in: .whitespaces)
        guard let first = body.first else { return nil }
        switch first {
        case "!", ">", "=", "<", "$", "%": return nil
        case "#", "^", "/", "&", "{": body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
        default: break
        }
        return body.isEmpty ? nil : body
    }

    static func isKnown(_ name: String, _ known: Set<String>) -> Bool {
        if name == "." { return true }
        return name.split(separator: ".").allSatisfy { known.contains(String($0)) }
    }

    /// Every dictionary key anywhere in a context.
    static func keys(of context: Any) -> Set<String> {
        var result = Set<String>()
        func walk(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                for (key, child) in dictionary {
                    result.insert(key)
                    walk(child)
                }
            } else if let array = value as? [Any] {
                array.forEach(walk)
            }
        }
        walk(context)
        return result
    }
}
