/// A style sheet as `StyleInliner` needs it: its style rules in order, each a selector list and its
/// declarations. At-rules are kept aside by name (`@media` blocks cannot become `style` attributes:
/// a fragment inlined loses its narrow-screen layout, and says so in the README).
struct CSSStyleSheet {
    struct Declaration: Equatable {
        var property: String
        var value: String
    }

    struct Rule {
        var selectors: [String]
        var declarations: [Declaration]
    }

    var rules: [Rule] = []
    /// `@media screen and (max-width: 640px)`, … : the preludes of the at-rules left out.
    var skippedAtRules: [String] = []

    init(parsing css: String) {
        let text = Self.removingComments(css)
        var scanner = Substring(text)
        while true {
            scanner = scanner.drop { $0.isWhitespace }
            guard !scanner.isEmpty else { break }
            guard let open = Self.index(of: "{", in: scanner) else { break }
            let prelude = String(scanner[..<open]).trimmedWhitespace
            guard let close = Self.matchingBrace(in: scanner, from: open) else { break }
            let body = scanner[scanner.index(after: open)..<close]
            scanner = scanner[scanner.index(after: close)...]
            if prelude.hasPrefix("@") {
                skippedAtRules.append(prelude)
                continue
            }
            rules.append(Rule(selectors: Self.split(prelude, on: ",").map { $0.trimmedWhitespace }.filter { !$0.isEmpty },
                              declarations: Self.declarations(String(body))))
        }
    }

    /// `color: #000; font-family: "A, B", serif` → its declarations, in order.
    static func declarations(_ block: String) -> [Declaration] {
        split(block, on: ";").compactMap { part in
            guard let colon = part.firstIndex(of: ":") else { return nil }
            let property = String(part[..<colon]).trimmedWhitespace.lowercased()
            let value = String(part[part.index(after: colon)...]).trimmedWhitespace
            guard !property.isEmpty, !value.isEmpty else { return nil }
            return Declaration(property: property, value: value)
        }
    }

    static func removingComments(_ css: String) -> String {
        var out = ""
        var rest = Substring(css)
        while let start = rest.range(of: "/*") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "*/") else { return out }
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// Splits on `separator` outside quotes and brackets.
    static func split(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for c in text {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "(" || c == "[" {
                depth += 1
            } else if c == ")" || c == "]" {
                depth -= 1
            } else if c == separator, depth == 0 {
                parts.append(current)
                current = ""
                continue
            }
            current.append(c)
        }
        parts.append(current)
        return parts
    }

    private static func index(of c: Character, in text: Substring) -> Substring.Index? {
        var quote: Character?
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            if let q = quote { if ch == q { quote = nil } } else if ch == "\"" || ch == "'" { quote = ch } else if ch == c { return i }
            i = text.index(after: i)
        }
        return nil
    }

    private static func matchingBrace(in text: Substring, from open: Substring.Index) -> Substring.Index? {
        var depth = 0
        var quote: Character?
        var i = open
        while i < text.endIndex {
            let ch = text[i]
            if let q = quote {
                if ch == q { quote = nil }
            } else if ch == "\"" || ch == "'" {
                quote = ch
            } else if ch == "{" {
                depth += 1
            } else if ch == "}" {
                depth -= 1
                if depth == 0 { return i }
            }
            i = text.index(after: i)
        }
        return nil
    }
}

extension StringProtocol {
    /// Without white space (line breaks included) at either end, as CSS and tags allow it.
    var trimmedWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
