import Mustache

/// The templates of one output format: checked by swift-mustache (syntax errors with file, line and
/// column) and against the view's names, then compiled for fast rendering.
struct TemplateLibrary: Sendable {
    let templates: TemplateSet
    let prefix: String
    /// swift-mustache's parse of an agency's own templates (the built-in ones are checked by the tests).
    let compiled: [String: FastTemplate]
    /// Relative names (under `prefix`) of the templates.
    let names: [String]
    /// The XML templates whose every rendering is well-formed (`XMLTemplateProof`): their outputs
    /// need no parse as long as the values hold only XML characters.
    let wellFormed: Set<String>

    /// Parses every file under `prefix/`; a syntax error, or a name that is not in `knownNames`
    /// (the keys of the view's context), is reported with the file, line and column. In XML
    /// templates (`minifyXML`), line breaks and indentation between tags are dropped when compiling:
    /// they mean nothing in WordprocessingML and would only be deflated.
    init(_ templates: TemplateSet, prefix: String, knownNames: @autoclosure () -> Set<String>,
         minifyXML: Bool = false) throws {
        self.templates = templates
        self.prefix = prefix
        var compiled: [String: FastTemplate] = [:]
        let files = templates.subset(prefix)
        let knownNames = templates.isBuiltIn ? [] : knownNames()
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let path = templates.displayPath("\(prefix)/\(name)")
            // An agency's templates are checked here: swift-mustache names the place of a syntax
            // error, and every name must be one the view has. The built-in ones are checked by the
            // tests (which load them as an agency's, and compare both renderers), not at every start.
            if !templates.isBuiltIn {
                try Self.referenceParse(text, path: path)
                if let unknown = TemplateVariables.firstUnknown(in: text, known: knownNames) {
                    throw RenderError.unknownVariable(file: path, line: unknown.line, column: unknown.column, name: unknown.name)
                }
            }
            do {
                let template = try FastTemplate(text)
                compiled[name] = minifyXML && (name.hasSuffix(".xml") || name.hasSuffix(".rels")) ? template.minifiedXML() : template
            } catch let error as FastTemplate.ParseError {
                let (line, column) = Self.position(of: error.offset, in: text)
                throw RenderError.templateSyntax(file: path, line: line, column: column, problem: "\(error)")
            }
        }
        self.compiled = compiled
        names = files.keys.sorted()
        // The built-in parts are proven by the tests (as an agency's templates), not at every start.
        wellFormed = minifyXML ? Set(compiled.filter { name, template in
            guard name.hasSuffix(".xml") || name.hasSuffix(".rels") else { return false }
            return templates.isBuiltIn ? !name.hasPrefix("_partials/") : XMLTemplateProof.holds(for: template, partials: compiled)
        }.keys) : []
    }

    /// Renders `name` with the compiled templates, as UTF-8.
    func render(_ name: String, _ context: TemplateValue) throws -> [UInt8] {
        try renderChecked(name, context).bytes
    }

    /// Renders `name`; `wellFormed` tells that the output is well-formed XML without parsing it
    /// (the template is proven, and the values held only XML characters).
    func renderChecked(_ name: String, _ context: TemplateValue) throws -> (bytes: [UInt8], wellFormed: Bool) {
        guard let template = compiled[name] else {
            throw RenderError.templateMissing(templates.displayPath("\(prefix)/\(name)"))
        }
        var output: [UInt8] = []
        output.reserveCapacity(64 * 1024)
        let xmlCharacters = template.render(context, partials: compiled, into: &output)
        return (output, xmlCharacters && wellFormed.contains(name))
    }

    /// Renders `name` with swift-mustache: the reference the compiled templates are tested against.
    func renderReference(_ name: String, _ context: TemplateValue) throws -> String {
        var reference = MustacheLibrary()
        for (file, text) in templates.subset(prefix) {
            reference.register(try Self.referenceParse(text, path: displayPath(file)), named: file)
        }
        guard let text = reference.render(context.anyValue, withTemplate: name) else {
            throw RenderError.templateMissing(templates.displayPath("\(prefix)/\(name)"))
        }
        return text
    }

    func displayPath(_ name: String) -> String {
        templates.displayPath("\(prefix)/\(name)")
    }

    @discardableResult
    static func referenceParse(_ text: String, path: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw RenderError.templateSyntax(file: path, line: error.context.lineNumber,
                                             column: error.context.columnNumber, problem: "\(error.error)")
        }
    }

    static func position(of offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in text.utf8.prefix(offset) {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}

extension FastTemplate.ParseError {
    var offset: Int {
        switch self {
        case let .unsupported(_, offset), let .unclosed(_, offset), let .unexpectedClose(_, offset): offset
        }
    }
}
