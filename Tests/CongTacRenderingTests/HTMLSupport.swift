import CongTacLoading
import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// Helpers of the HTML tests: rendering to text, reading tables and style sheets out of the markup.
enum HTMLSupport {
    static func render(_ schedule: Schedule, fragment: Bool) throws -> String {
        let data = try HTMLRenderer().render(schedule, fragment: fragment)
        return try #require(String(data: data, encoding: .utf8))
    }

    /// Loads a schedule from YAML text; it must have no errors.
    static func load(_ yaml: String) throws -> Schedule {
        let result = ScheduleLoader(language: .en).load(data: Data(yaml.utf8), name: "t.yaml")
        return try #require(result.renderable, "\(result.diagnostics)")
    }

    /// The pieces of `text` between each `open` and the next `close`.
    static func pieces(of text: String, from open: String, to close: String) -> [Substring] {
        var result: [Substring] = []
        var rest = text[...]
        while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
            result.append(rest[start.upperBound..<end.lowerBound])
            rest = rest[end.upperBound...]
        }
        return result
    }

    /// Every value of `attribute` in `text`, in order.
    static func values(of attribute: String, in text: Substring) -> [String] {
        pieces(of: String(text), from: "\(attribute)=\"", to: "\"").map(String.init)
    }

    /// The selectors of a style sheet, at-rules that hold rules (`@media`) looked into; any other
    /// at-rule (`@page`, `@font-face`) is returned as its name, so that a caller sees it.
    static func selectors(ofStyleSheet css: String) -> [String] {
        var text = css
        while let open = text.range(of: "/*") {
            let close = text[open.upperBound...].range(of: "*/")?.upperBound ?? text.endIndex
            text.removeSubrange(open.lowerBound..<close)
        }
        var result: [String] = []
        var index = text.startIndex
        selectors(in: text, from: &index, into: &result)
        return result
    }

    /// Reads rules until the end of `text` or of the enclosing block.
    private static func selectors(in text: String, from index: inout String.Index, into result: inout [String]) {
        var prelude = ""
        while index < text.endIndex {
            let character = text[index]
            index = text.index(after: index)
            switch character {
            case "{":
                let head = prelude.trimmingCharacters(in: .whitespacesAndNewlines)
                prelude = ""
                if head.hasPrefix("@media") || head.hasPrefix("@supports") {
                    selectors(in: text, from: &index, into: &result)
                } else {
                    if head.hasPrefix("@") {
                        result.append(String(head.prefix { !$0.isWhitespace }))
                    } else {
                        result += head.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                    }
                    skipBlock(in: text, from: &index)
                }
            case "}":
                return
            case ";":
                prelude = ""
            default:
                prelude.append(character)
            }
        }
    }

    /// Moves past the block whose `{` was just read, nested blocks included.
    private static func skipBlock(in text: String, from index: inout String.Index) {
        var depth = 1
        while index < text.endIndex, depth > 0 {
            if text[index] == "{" { depth += 1 } else if text[index] == "}" { depth -= 1 }
            index = text.index(after: index)
        }
    }
}
