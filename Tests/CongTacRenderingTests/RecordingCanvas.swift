import CongTacPDF
import Foundation
@testable import CongTacRendering

/// A canvas that remembers what the layout drew: pages of texts and lines, the structure tree with
/// each element's texts, the signature field. The layout tests read it; the PDF goldens are its
/// `dump`, a text a reviewer reads in a diff.
final class RecordingCanvas: PageCanvas {
    struct Text: Equatable {
        var text: String
        var x: Double
        var baseline: Double
        var style: TextStyle
        var wordSpacing: Double
        var isArtifact: Bool
        /// The innermost element the text belongs to (nil for an artifact).
        var element: Element?

        static func == (a: Text, b: Text) -> Bool {
            a.text == b.text && a.x == b.x && a.baseline == b.baseline && a.style == b.style && a.isArtifact == b.isArtifact
        }

        /// The width the embedded fonts give the text, with the justification's extra spaces.
        var width: Double {
            let spaces = Double(text.filter { $0 == " " }.count)
            let trimmed = text.hasSuffix(" ") ? Double(1) : 0
            return PDFCanvas.measure(text.trimmingTrailingSpaces[...], style) + wordSpacing * (spaces - trimmed)
        }
    }

    struct Line: Equatable {
        var x1, y1, x2, y2, width: Double
    }

    struct Page {
        var width: Double
        var height: Double
        var texts: [Text] = []
        var lines: [Line] = []
    }

    final class Element {
        let role: StructureRole
        let attributes: [StructureAttribute]
        var children: [Element] = []
        /// Texts drawn as this element's content, with their pages (1-based).
        var texts: [(page: Int, text: String)] = []
        init(role: StructureRole, attributes: [StructureAttribute]) {
            self.role = role
            self.attributes = attributes
        }

        /// Its own texts and its descendants', in order.
        var allText: String {
            (texts.map(\.text) + children.map(\.allText)).joined(separator: " ")
        }

        func all(_ role: StructureRole) -> [Element] {
            (self.role == role ? [self] : []) + children.flatMap { $0.all(role) }
        }
    }

    private(set) var pages: [Page] = []
    let root = Element(role: .document, attributes: [])
    private var stack: [Element]
    private var mark: Mark?
    private(set) var fields: [(page: Int, x: Double, y: Double, width: Double, height: Double)] = []
    private(set) var images: [(page: Int, x: Double, y: Double, width: Double, height: Double)] = []
    /// Problems the canvas saw in the layout's use of it (content nested in content…).
    private(set) var misuse: [String] = []

    enum Mark { case content, artifact }

    init() { stack = [root] }

    func startPage(width: Double, height: Double) {
        if mark != nil { misuse.append("page \(pages.count) ended inside marked content") }
        pages.append(Page(width: width, height: height))
    }

    func text(_ text: String, x: Double, baseline: Double, style: TextStyle, wordSpacing: Double) {
        if mark == nil { misuse.append("text outside marked content: \(text)") }
        let element = mark == .content ? stack.last : nil
        element?.texts.append((pages.count, text))
        pages[pages.count - 1].texts.append(Text(text: text, x: x, baseline: baseline, style: style, wordSpacing: wordSpacing,
                                                 isArtifact: mark == .artifact, element: element))
    }

    func line(x1: Double, y1: Double, x2: Double, y2: Double, width: Double) {
        if mark != .artifact { misuse.append("a line that is not an artifact") }
        pages[pages.count - 1].lines.append(Line(x1: x1, y1: y1, x2: x2, y2: y2, width: width))
    }

    func image(_ image: PDFImage, x: Double, y: Double, width: Double, height: Double) {
        images.append((pages.count, x, y, width, height))
    }

    func signatureField(name: String, tooltip: String, x: Double, y: Double, width: Double, height: Double) {
        fields.append((pages.count, x, y, width, height))
    }

    func openElement(_ role: StructureRole, attributes: [StructureAttribute]) {
        if mark != nil { misuse.append("element \(role) opened inside marked content") }
        let element = Element(role: role, attributes: attributes)
        stack[stack.count - 1].children.append(element)
        stack.append(element)
    }

    func closeElement() {
        if mark != nil { misuse.append("element closed inside marked content") }
        stack.removeLast()
    }

    func beginContent() {
        if mark != nil { misuse.append("nested marked content") }
        mark = .content
    }

    func endContent() { mark = nil }

    func beginArtifact(_ kind: ArtifactKind) {
        if mark != nil { misuse.append("artifact inside marked content") }
        mark = .artifact
    }

    func endArtifact() { mark = nil }

    /// The document as a reviewer reads it: the structure tree with each element's text, then each
    /// page's texts top to bottom with their places (0.1 pt) and styles, then its lines.
    var dump: String {
        var out = "# structure\n"
        func walk(_ element: Element, depth: Int) {
            let attributes = element.attributes.map { "\($0)" }.joined(separator: " ")
            let text = element.texts.map(\.text).joined(separator: " | ")
            out += String(repeating: "  ", count: depth) + element.role.rawValue
                + (attributes.isEmpty ? "" : " [\(attributes)]") + (text.isEmpty ? "" : ": \(text)") + "\n"
            for child in element.children { walk(child, depth: depth + 1) }
        }
        walk(root, depth: 0)
        for (index, page) in pages.enumerated() {
            out += "# page \(index + 1)\n"
            for text in page.texts {
                let face = "\(text.style.face)" + (text.style.underline ? " underlined" : "")
                out += "\(Self.number(text.x)) \(Self.number(text.baseline)) \(face) \(Self.number(text.style.size))"
                    + (text.wordSpacing == 0 ? "" : " +\(Self.number(text.wordSpacing))") + (text.isArtifact ? " artifact" : "")
                    + " \(text.text)\n"
            }
            for line in page.lines {
                out += "line \(Self.number(line.x1)) \(Self.number(line.y1)) \(Self.number(line.x2)) \(Self.number(line.y2)) \(Self.number(line.width))\n"
            }
        }
        for field in fields {
            out += "# signature field page \(field.page) \(Self.number(field.x)) \(Self.number(field.y)) \(Self.number(field.width)) \(Self.number(field.height))\n"
        }
        return out
    }

    static func number(_ value: Double) -> String { String(format: "%.1f", value) }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
