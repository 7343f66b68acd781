import Foundation

/// Finds the template line that produced a line of rendered output, so that an error in a rendered
/// part can point at the template the user edits rather than at the expanded output.
///
/// Each template line becomes a pattern (its `{{…}}` tags match anything); the rendered line is matched
/// against the part's template first, then its partials; among several matches the one nearest the
/// same relative position wins.
enum TemplateLineMap {
    struct Place: Equatable {
        var name: String
        var line: Int
    }

    static func place(ofRenderedLine lineNumber: Int, in rendered: String, template name: String,
                      library: TemplateLibrary) -> Place? {
        let renderedLines = rendered.components(separatedBy: "\n")
        guard lineNumber >= 1, lineNumber <= renderedLines.count else { return nil }
        let target = renderedLines[lineNumber - 1].trimmingCharacters(in: .whitespaces)
        guard !target.isEmpty else { return nil }
        let candidates = [name] + library.names.filter { $0 != name && $0.hasPrefix(DocxRenderer.partialsFolder) }
        for candidate in candidates {
            guard let text = library.templates.files["\(library.prefix)/\(candidate)"] else { continue }
            let lines = text.components(separatedBy: "\n")
            let matches = lines.indices.filter { lineMatches(target, templateLine: lines[$0]) }
            guard !matches.isEmpty else { continue }
            let expected = Double(lineNumber) / Double(renderedLines.count) * Double(lines.count)
            let best = matches.min { abs(Double($0) - expected) < abs(Double($1) - expected) }!
            return Place(name: candidate, line: best + 1)
        }
        return nil
    }

    static func lineMatches(_ rendered: String, templateLine: String) -> Bool {
        let line = templateLine.trimmingCharacters(in: .whitespaces)
        guard !line.isEmpty else { return false }
        var pattern = "^"
        var rest = Substring(line)
        while let open = rest.range(of: "{{") {
            pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open.lowerBound]))
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else { return false }
            pattern += ".*"
            rest = rest[close.upperBound...]
            if rest.hasPrefix("}") { rest = rest.dropFirst() }
        }
        pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
        return rendered.range(of: pattern, options: .regularExpression) != nil
    }
}
