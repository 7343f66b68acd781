/// The fragment for a portal's rich-text editor (`--fragment --inline`): the same markup with every
/// rule of its `<style>` element written into `style` attributes, and no `<style>`, `<script>`,
/// `class` or `data-` attribute left, since editors such as CKEditor drop them all by default.
///
/// Why a post-processing step rather than templates that carry their styles: the fragment's look
/// has one source, the CSS the page and the fragment share; a second copy in the templates would
/// drift. The step works on the rendered fragment, so an agency's own templates and the weekly
/// fragment are inlined the same way.
///
/// How: the cascade of the supported selectors (`CSSSelector`) computed per element: the matching
/// declarations in order of specificity, then of the sheet, the last of each property kept, the
/// element's own `style` after them. `::before`/`::after` boxes with content become real `<span>`s.
/// Editors drop empty inline elements (CKEditor's `$removeEmpty`), and a text in them would add a
/// line box that moves the baseline of their parent: an empty span with a style holds a
/// no-break space in an absolutely positioned span, which keeps it without a line of its own. `@media` blocks cannot be inlined: the inlined fragment keeps the desktop
/// layout at every width (its table scrolls sideways on a phone). A selector outside the subset is
/// an error naming it, never a guess.
public enum StyleInliner {
    public enum Failure: Error, Equatable, Sendable {
        /// The fragment's markup could not be read; `problem` says where it stopped.
        case markup(String)
        /// A selector of the fragment's CSS that the inliner does not support.
        case unsupportedSelector(String)
    }

    /// Attributes removed with the classes: editors drop them, and only the style sheet read them.
    static func isDropped(_ attribute: String) -> Bool {
        attribute == "class" || attribute.hasPrefix("data-")
    }

    public static func inline(_ html: String) throws(Failure) -> String {
        var tree: HTMLTree
        do { tree = try HTMLTree(parsing: html) } catch { throw .markup("\(error)") }

        // The style sheets, then every element of a style or script element left out.
        var css = ""
        var removed = Set<Int>()
        for index in tree.nodes.indices where tree.nodes[index].name == "style" || tree.nodes[index].name == "script" {
            if tree.nodes[index].name == "style" {
                for child in tree.nodes[index].children { if case let .text(text) = tree.nodes[child].kind { css += text + "\n" } }
            }
            removed.insert(index)
        }
        let sheet = CSSStyleSheet(parsing: css)
        var entries: [(selector: CSSSelector, declarations: [CSSStyleSheet.Declaration], order: Int)] = []
        for rule in sheet.rules {
            for text in rule.selectors {
                guard let selector = CSSSelector(text) else { throw .unsupportedSelector(text) }
                entries.append((selector, rule.declarations, entries.count))
            }
        }

        func cascade(_ index: Int, pseudo: String?) -> [CSSStyleSheet.Declaration] {
            let matching = entries.filter { $0.selector.pseudoElement == pseudo && $0.selector.matches(index, in: tree) }
                .sorted { ($0.selector.specificity, $0.order) < ($1.selector.specificity, $1.order) }
            return lastOfEach(matching.flatMap(\.declarations))
        }

        var styles: [Int: String] = [:]
        var generated: [(parent: Int, first: Bool, style: String, text: String)] = []
        for index in tree.nodes.indices where tree.nodes[index].name != nil && !isInside(index, removed, tree) {
            var declarations = cascade(index, pseudo: nil)
            if let own = tree.nodes[index].attribute("style") {
                declarations = lastOfEach(declarations + CSSStyleSheet.declarations(own))
            }
            if !declarations.isEmpty { styles[index] = serialize(declarations) }
            for pseudo in ["before", "after"] {
                var box = cascade(index, pseudo: pseudo)
                guard let content = box.last(where: { $0.property == "content" }).flatMap({ contentText($0.value, of: tree.nodes[index]) })
                else { continue }
                box.removeAll { $0.property == "content" }
                generated.append((index, pseudo == "before", serialize(box), content))
            }
        }
        for box in generated {
            let span = tree.nodes.count
            tree.nodes.append(HTMLTree.Node(kind: .element(name: "span"), parent: box.parent))
            if !box.style.isEmpty { styles[span] = box.style }
            if !box.text.isEmpty {
                tree.nodes.append(HTMLTree.Node(kind: .text(box.text), parent: span))
                tree.nodes[span].children = [span + 1]
            }
            if box.first { tree.nodes[box.parent].children.insert(span, at: 0) } else { tree.nodes[box.parent].children.append(span) }
        }
        // Empty spans with a style (spacers, drawn lines) hold a space out of the flow, so that an editor keeps them.
        for index in tree.nodes.indices where tree.nodes[index].name == "span" && tree.nodes[index].children.isEmpty && styles[index] != nil {
            let keeper = tree.nodes.count
            tree.nodes.append(HTMLTree.Node(kind: .element(name: "span"), parent: index))
            styles[keeper] = Self.keeperStyle
            tree.nodes.append(HTMLTree.Node(kind: .text("&nbsp;"), parent: keeper))
            tree.nodes[keeper].children = [keeper + 1]
            tree.nodes[index].children = [keeper]
        }
        for index in removed { tree.nodes[index].children = [] }
        let parents = removed.compactMap { tree.nodes[$0].parent }
        for parent in Set(parents) { tree.nodes[parent].children.removeAll { removed.contains($0) } }

        return tree.html { index in
            var attributes = tree.nodes[index].attributes.filter { !isDropped($0.name) && $0.name != "style" }
            if let style = styles[index] { attributes.append(("style", escapeAttribute(style))) }
            return attributes
        }
    }

    /// The style of the span that keeps an empty one: out of the flow, out of a portal theme's reach.
    static let keeperStyle = "all: revert; position: absolute"

    /// The last declaration of each property, in the order the last ones stand: what a declaration
    /// block means, shorthands and their longhands keeping their relative order.
    static func lastOfEach(_ declarations: [CSSStyleSheet.Declaration]) -> [CSSStyleSheet.Declaration] {
        var seen = Set<String>()
        var result: [CSSStyleSheet.Declaration] = []
        for declaration in declarations.reversed() where seen.insert(declaration.property).inserted {
            result.append(declaration)
        }
        return result.reversed()
    }

    static func serialize(_ declarations: [CSSStyleSheet.Declaration]) -> String {
        declarations.map { "\($0.property): \($0.value)" }.joined(separator: "; ")
    }

    /// The text a `content` value gives, escaped for HTML; nil for `none`, `normal` or a value
    /// beyond strings and `attr()`.
    static func contentText(_ value: String, of node: HTMLTree.Node) -> String? {
        var text = ""
        var rest = Substring(value.trimmedWhitespace)
        guard rest != "none", rest != "normal" else { return nil }
        while !rest.isEmpty {
            if let quote = rest.first, quote == "\"" || quote == "'" {
                guard let close = rest.dropFirst().firstIndex(of: quote) else { return nil }
                text += escapeText(String(rest[rest.index(after: rest.startIndex)..<close]))
                rest = rest[rest.index(after: close)...]
            } else if rest.hasPrefix("attr("), let close = rest.firstIndex(of: ")") {
                let name = String(rest[rest.index(rest.startIndex, offsetBy: 5)..<close]).trimmedWhitespace.lowercased()
                text += node.attribute(name) ?? ""  // already escaped as written
                rest = rest[rest.index(after: close)...]
            } else {
                return nil
            }
            rest = Substring(rest.trimmedWhitespace)
        }
        return text
    }

    static func escapeText(_ text: String) -> String {
        text.replacingAll("&", "&amp;").replacingAll("<", "&lt;").replacingAll(">", "&gt;")
    }

    static func escapeAttribute(_ text: String) -> String {
        escapeText(text).replacingAll("\"", "&quot;")
    }

    private static func isInside(_ index: Int, _ removed: Set<Int>, _ tree: HTMLTree) -> Bool {
        var current: Int? = index
        while let node = current {
            if removed.contains(node) { return true }
            current = tree.nodes[node].parent
        }
        return false
    }
}

extension String {
    fileprivate func replacingAll(_ target: Character, _ replacement: String) -> String {
        guard contains(target) else { return self }
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
