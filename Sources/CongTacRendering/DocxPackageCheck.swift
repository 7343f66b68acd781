import Foundation

/// Checks, when an agency's DOCX template set is loaded, that the package it makes is whole: Word,
/// LibreOffice and python-docx refuse a package whose relationships or content types name a part
/// that is not there, and an OPC package may not hold a part without a content type.
///
/// - every internal relationship target (`_rels/.rels`, `word/_rels/*.rels`, resolved against the
///   folder of the part the relationships belong to) and every `[Content_Types].xml` override names
///   a part of the set: else `template-part-missing` at the `Target`/`PartName` attribute;
/// - every relationship a part refers to (`r:id`, `r:embed`, `r:link`) is in the part's relationships:
///   else `template-relationship-missing` at the attribute;
/// - every part has a content type (a `Default` for its extension or an `Override` for its name):
///   else `template-part-unknown` (an editor's `document.xml~`, a `README.txt`), never packed.
///
/// The templates are read as text: an attribute whose value is a Mustache tag is left alone.
enum DocxPackageCheck {
    static let contentTypes = "[Content_Types].xml"

    /// Every problem of the set `files` (part name → template text), in a stable order: content
    /// types first, then the relationship parts by name, then the references to relationships, then
    /// the parts without a content type.
    static func problems(_ files: [String: String], partials: String, displayPath: (String) -> String) -> [RenderError] {
        let parts = files.keys.filter { !$0.hasPrefix(partials) }
        let existing = Set(parts.map { $0.lowercased() })
        var problems: [RenderError] = []
        var defaults: Set<String> = []
        var overrides: Set<String> = []
        if let types = files[contentTypes] {
            for element in XMLElements.scan(types) {
                switch element.name {
                case "Default":
                    if let ext = element.attributes["Extension"] { defaults.insert(ext.value.lowercased()) }
                case "Override":
                    guard let partName = element.attributes["PartName"], !partName.isTemplated else { continue }
                    let name = partName.value.hasPrefix("/") ? String(partName.value.dropFirst()) : partName.value
                    overrides.insert(name.lowercased())
                    if !existing.contains(name.lowercased()) {
                        problems.append(.templatePartMissing(file: displayPath(contentTypes), line: partName.line,
                                                             column: partName.column, part: name))
                    }
                default:
                    break
                }
            }
        }
        for name in parts.sorted() {
            guard let base = relationshipBase(of: name), let text = files[name] else { continue }
            for element in XMLElements.scan(text) where element.name == "Relationship" {
                guard let target = element.attributes["Target"], !target.isTemplated,
                      element.attributes["TargetMode"]?.value != "External" else { continue }
                let resolved = resolve(target.value, against: base)
                if resolved.map({ !existing.contains($0.lowercased()) }) ?? true {
                    problems.append(.templatePartMissing(file: displayPath(name), line: target.line, column: target.column,
                                                         part: resolved ?? target.value))
                }
            }
        }
        // The relationships a part refers to (`r:id="rId4"` of a header reference) must be in its
        // relationship part: Word refuses a document that names a relationship it does not have.
        for name in parts.sorted() where name.hasSuffix(".xml") && name != contentTypes {
            guard let text = files[name], text.contains("r:") else { continue }
            let rels = relationshipPart(of: name)
            let ids = Set(files[rels].map { XMLElements.scan($0).filter { $0.name == "Relationship" }
                .compactMap { $0.attributes["Id"]?.value } } ?? [])
            for element in XMLElements.scan(text) {
                for key in ["r:id", "r:embed", "r:link"] {
                    guard let reference = element.attributes[key], !reference.isTemplated, !ids.contains(reference.value) else { continue }
                    problems.append(.templateRelationshipMissing(file: displayPath(name), line: reference.line,
                                                                 column: reference.column, id: reference.value,
                                                                 relationships: rels))
                }
            }
        }
        for name in parts.sorted() where name != contentTypes {
            let fileName = name.split(separator: "/").last.map(String.init) ?? name
            let ext = fileName.contains(".") ? String(fileName.split(separator: ".").last ?? "").lowercased() : ""
            if !overrides.contains(name.lowercased()) && (ext.isEmpty || !defaults.contains(ext)) {
                problems.append(.templatePartUnknown(file: displayPath(name)))
            }
        }
        return problems
    }

    /// The folder against which the targets of relationship part `name` resolve: `` for
    /// `_rels/.rels`, `word/` for `word/_rels/document.xml.rels`; nil if `name` holds no relationships.
    static func relationshipBase(of name: String) -> String? {
        guard name.hasSuffix(".rels") else { return nil }
        var components = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard components.count >= 2, components[components.count - 2] == "_rels" else { return nil }
        components.removeLast(2)
        return components.map { $0 + "/" }.joined()
    }

    /// `word/_rels/document.xml.rels` for `word/document.xml`.
    static func relationshipPart(of name: String) -> String {
        var components = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let file = components.removeLast()
        return (components + ["_rels", file + ".rels"]).joined(separator: "/")
    }

    /// A target (`styles.xml`, `../media/a.png`, `/word/x.xml`, `my%20file.xml`) as a part name, or
    /// nil when it leaves the package.
    static func resolve(_ target: String, against base: String) -> String? {
        let decoded = target.removingPercentEncoding ?? target
        let path = decoded.hasPrefix("/") ? String(decoded.dropFirst()) : base + decoded
        var resolved: [Substring] = []
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                guard !resolved.isEmpty else { return nil }
                resolved.removeLast()
            default: resolved.append(component)
            }
        }
        return resolved.isEmpty ? nil : resolved.joined(separator: "/")
    }
}

/// The start tags of an XML template and their attributes with their places: just enough XML to
/// read `[Content_Types].xml` and relationship parts (comments skipped, entities decoded).
enum XMLElements {
    struct Attribute {
        var value: String
        /// The place of the attribute's name, 1-based; columns count Unicode scalars.
        var line: Int
        var column: Int
        /// A value with a Mustache tag cannot be checked before rendering.
        var isTemplated: Bool { value.contains("{{") }
    }

    struct Element {
        /// The local name, without a namespace prefix.
        var name: String
        /// By qualified name (`Target`, `r:id`).
        var attributes: [String: Attribute]
    }

    static func scan(_ text: String) -> [Element] {
        let scalars = Array(text.unicodeScalars)
        var elements: [Element] = []
        var i = 0
        var line = 1
        var lineStart = 0
        func advance(to end: Int) {
            while i < end {
                if scalars[i] == "\n" {
                    line += 1
                    lineStart = i + 1
                }
                i += 1
            }
        }
        func starts(with prefix: String, at index: Int) -> Bool {
            let p = Array(prefix.unicodeScalars)
            return index + p.count <= scalars.count && Array(scalars[index..<index + p.count]) == p
        }
        func find(_ needle: String, from index: Int) -> Int {
            var j = index
            while j < scalars.count, !starts(with: needle, at: j) { j += 1 }
            return j
        }
        func isNameCharacter(_ s: Unicode.Scalar) -> Bool {
            !(s == " " || s == "\t" || s == "\n" || s == "\r" || s == "/" || s == ">" || s == "=" || s == "<")
        }
        while i < scalars.count {
            guard scalars[i] == "<" else {
                advance(to: i + 1)
                continue
            }
            if starts(with: "<!--", at: i) {
                advance(to: min(scalars.count, find("-->", from: i + 4) + 3))
                continue
            }
            guard i + 1 < scalars.count, !["/", "?", "!"].contains(scalars[i + 1]) else {
                advance(to: i + 1)
                continue
            }
            advance(to: i + 1)
            var nameEnd = i
            while nameEnd < scalars.count, isNameCharacter(scalars[nameEnd]) { nameEnd += 1 }
            let qualified = String(String.UnicodeScalarView(scalars[i..<nameEnd]))
            var element = Element(name: qualified.split(separator: ":").last.map(String.init) ?? qualified, attributes: [:])
            advance(to: nameEnd)
            // Attributes up to `>`: name = "value" or 'value'.
            while i < scalars.count, scalars[i] != ">" {
                guard isNameCharacter(scalars[i]) else {
                    advance(to: i + 1)
                    continue
                }
                let (attributeLine, attributeColumn) = (line, i - lineStart + 1)
                var end = i
                while end < scalars.count, isNameCharacter(scalars[end]) { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[i..<end]))
                advance(to: end)
                while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "\n" || scalars[i] == "\r" {
                    advance(to: i + 1)
                }
                guard i < scalars.count, scalars[i] == "=" else { continue }
                advance(to: i + 1)
                while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" || scalars[i] == "\n" || scalars[i] == "\r" {
                    advance(to: i + 1)
                }
                guard i < scalars.count, scalars[i] == "\"" || scalars[i] == "'" else { continue }
                let quote = scalars[i]
                var close = i + 1
                while close < scalars.count, scalars[close] != quote { close += 1 }
                let raw = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
                element.attributes[name] = Attribute(value: decodeEntities(raw), line: attributeLine, column: attributeColumn)
                advance(to: min(scalars.count, close + 1))
            }
            elements.append(element)
        }
        return elements
    }

    static func decodeEntities(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
