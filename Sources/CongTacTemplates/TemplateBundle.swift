/// The templates of one output format, parsed once, with every partial resolved, and, for an
/// agency's own set, checked before anything is rendered: sizes, syntax, missing partials, partials
/// that include themselves, nesting depth, every name as a path in the view's context, and (HTML)
/// no schedule text where escaping does not protect it.
package struct TemplateBundle: Sendable {
    /// What to check and how to compile.
    package struct Options: Sendable {
        /// The shape of the context the templates are rendered with; nil for the built-in set,
        /// which the tests check instead of every start.
        package var shape: ValueShape?
        /// HTML templates: no raw values, no values where escaping does not protect them.
        package var html = false
        /// Drop the indentation between the tags of `.xml` and `.rels` templates when compiling.
        package var minifyXML = false
        /// Dotted paths of values congtac computes itself (never schedule text): allowed anywhere in
        /// HTML, raw included — the page's embedded fonts.
        package var trusted: Set<String> = []

        package init(shape: ValueShape?, html: Bool = false, minifyXML: Bool = false, trusted: Set<String> = []) {
            self.shape = shape
            self.html = html
            self.minifyXML = minifyXML
            self.trusted = trusted
        }
    }

    /// The templates as parsed, with their sources (for checks and located errors).
    package let parsed: [String: FastTemplate]
    /// The templates as rendered (minified XML where asked).
    package let compiled: [String: FastTemplate]
    /// The name errors give each template (its path on disk, or `templates/…`).
    package let files: [String: String]

    /// The folder of templates that are included, not rendered on their own.
    package static let partialsFolder = "_partials/"

    /// Parses and checks `texts` (by name); the first problem is thrown, placed in its file.
    package init(_ texts: [String: String], files: [String: String], options: Options) throws {
        self.files = files
        var parsed: [String: FastTemplate] = [:]
        for (name, text) in texts.sorted(by: { $0.key < $1.key }) {
            let file = files[name] ?? name
            let size = text.utf8.count
            guard size <= TemplateLimits.fileSize else { throw TemplateError(.tooLarge(size), file: file) }
            parsed[name] = try FastTemplate(text, name: name, file: file)
        }
        self.parsed = parsed
        try Self.resolvePartials(parsed, files: files)
        if let shape = options.shape {
            var checker = Checker(templates: parsed, files: files, options: options)
            for name in parsed.keys.sorted() where !name.hasPrefix(Self.partialsFolder) {
                try checker.check(root: name, shape: shape)
            }
        }
        compiled = parsed.mapValues { template in
            options.minifyXML && (template.name.hasSuffix(".xml") || template.name.hasSuffix(".rels"))
                ? template.minifiedXML() : template
        }
    }

    /// Every `{{> name}}` names a file of the set, and no partial includes itself, directly or
    /// through others (a depth-first search with an explicit stack: no recursion per partial).
    static func resolvePartials(_ templates: [String: FastTemplate], files: [String: String]) throws {
        var includes: [String: [(name: String, offset: Int)]] = [:]
        for (name, template) in templates {
            let found = template.partialTags()
            for tag in found where templates[tag.name] == nil {
                throw TemplateError(.partialMissing(tag.name), file: files[name] ?? name, offset: tag.offset, in: template.source)
            }
            includes[name] = found
        }
        enum Mark { case open, done }
        var marks: [String: Mark] = [:]
        for start in templates.keys.sorted() where marks[start] == nil {
            // Each frame: a template and how many of its includes were followed.
            var stack: [(name: String, next: Int)] = [(start, 0)]
            marks[start] = .open
            while let top = stack.last {
                let edges = includes[top.name] ?? []
                guard top.next < edges.count else {
                    marks[top.name] = .done
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let edge = edges[top.next]
                switch marks[edge.name] {
                case .open:
                    let chain = stack.map(\.name).drop { $0 != edge.name } + [edge.name]
                    throw TemplateError(.recursion(Array(chain)), file: files[top.name] ?? top.name, offset: edge.offset,
                                        in: templates[top.name]!.source)
                case .done: continue
                case nil:
                    marks[edge.name] = .open
                    stack.append((edge.name, 0))
                }
            }
        }
    }
}

extension FastTemplate {
    /// The partials this template includes, with the offsets of their tags, in order.
    func partialTags() -> [(name: String, offset: Int)] {
        var found: [(name: String, offset: Int)] = []
        var pending: [[Node]] = [nodes]
        while let nodes = pending.popLast() {
            for node in nodes {
                switch node {
                case let .partial(name, _, offset): found.append((name, offset))
                case let .section(_, _, body, _): pending.append(body)
                default: break
                }
            }
        }
        return found.sorted { $0.offset < $1.offset }
    }
}
