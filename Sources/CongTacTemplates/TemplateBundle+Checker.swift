extension TemplateBundle {
    /// Walks a set's templates from each part they render, partials included where they are included,
    /// with the context's scopes as Mustache would open them: every name must resolve as a path, the
    /// nesting stays under `TemplateLimits.nesting`, and HTML values land only where escaping
    /// protects them. A partial met again with the same scopes, depth and HTML state is not walked
    /// again, so that the check is linear in the size of the set.
    struct Checker {
        struct Scope {
            var shape: ValueShape
            /// The dotted path of the value this scope is (empty for the root).
            var path: String
        }

        private struct Visit: Hashable {
            var partial: String
            var scopes: [String]
            var depth: Int
            var html: HTMLContext?
        }

        let templates: [String: FastTemplate]
        let files: [String: String]
        let options: TemplateBundle.Options
        private var visited: [Visit: HTMLContext?] = [:]

        init(templates: [String: FastTemplate], files: [String: String], options: TemplateBundle.Options) {
            self.templates = templates
            self.files = files
            self.options = options
        }

        mutating func check(root name: String, shape: ValueShape) throws {
            guard let template = templates[name] else { return }
            var scopes = [Scope(shape: shape, path: "")]
            var html: HTMLContext? = options.html ? HTMLContext() : nil
            try walk(template.nodes, in: template, scopes: &scopes, depth: 0, html: &html)
        }

        private func error(_ kind: TemplateError.Kind, _ offset: Int, in template: FastTemplate) -> TemplateError {
            TemplateError(kind, file: files[template.name] ?? template.name, offset: offset, in: template.source)
        }

        private mutating func walk(_ nodes: [FastTemplate.Node], in template: FastTemplate, scopes: inout [Scope],
                                   depth: Int, html: inout HTMLContext?) throws {
            for node in nodes {
                switch node {
                case .text(let bytes, _):
                    if html != nil { for byte in bytes { html!.step(byte) } }
                case let .variable(path, escaped, offset):
                    let (_, absolute) = try resolve(path, scopes, offset, in: template)
                    if let context = html, !options.trusted.contains(absolute) {
                        let name = FastTemplate.Node.dotted(path)
                        if !escaped { throw error(.unsafeHTML(tag: "{{{\(name)}}}", place: .raw), offset, in: template) }
                        if let place = context.unsafePlace {
                            throw error(.unsafeHTML(tag: "{{\(name)}}", place: place), offset, in: template)
                        }
                    }
                case let .section(path, inverted, body, offset):
                    guard depth < TemplateLimits.nesting else { throw error(.tooDeep(TemplateLimits.nesting), offset, in: template) }
                    let (shape, absolute) = try resolve(path, scopes, offset, in: template)
                    let pushed = !inverted && shape.pushes
                    if pushed { scopes.append(Scope(shape: shape, path: absolute)) }
                    let before = html
                    try walk(body, in: template, scopes: &scopes, depth: depth + 1, html: &html)
                    if pushed { scopes.removeLast() }
                    // A body that ends where it started can be repeated or dropped without moving
                    // what follows into another HTML context.
                    if html != before {
                        let sign = inverted ? "^" : "#"
                        throw error(.unsafeHTML(tag: "{{\(sign)\(FastTemplate.Node.dotted(path))}}", place: .unbalancedSection),
                                    offset, in: template)
                    }
                case let .partial(name, indentation, offset):
                    guard depth < TemplateLimits.nesting else { throw error(.tooDeep(TemplateLimits.nesting), offset, in: template) }
                    guard let partial = templates[name] else { continue }  // resolved before the walk
                    if html != nil { for byte in indentation { html!.step(byte) } }
                    let visit = Visit(partial: name, scopes: scopes.map(\.path), depth: depth, html: html)
                    if let end = visited[visit] {
                        html = end
                        continue
                    }
                    try walk(partial.nodes, in: partial, scopes: &scopes, depth: depth + 1, html: &html)
                    visited[visit] = html
                }
            }
        }

        /// The shape and dotted path `path` names in `scopes`: its first name is looked up from the
        /// innermost scope out, the rest inside what that found (Mustache's resolution).
        private func resolve(_ path: [TemplateKey], _ scopes: [Scope], _ offset: Int,
                             in template: FastTemplate) throws -> (ValueShape, String) {
            guard let first = path.first else { return (scopes[scopes.count - 1].shape, scopes[scopes.count - 1].path) }
            guard let scope = scopes.last(where: { $0.shape.fields[first.name] != nil }),
                  var found = scope.shape.fields[first.name] else {
                throw error(.unknownVariable(FastTemplate.Node.dotted(path)), offset, in: template)
            }
            for key in path.dropFirst() {
                guard let next = found.fields[key.name] else {
                    throw error(.unknownVariable(FastTemplate.Node.dotted(path)), offset, in: template)
                }
                found = next
            }
            let names = path.map(\.name).joined(separator: ".")
            return (found, scope.path.isEmpty ? names : scope.path + "." + names)
        }
    }
}
