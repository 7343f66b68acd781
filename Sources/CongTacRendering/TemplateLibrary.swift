import Mustache

/// The templates of one output format, parsed, with their file names kept for messages.
struct TemplateLibrary {
    let templates: TemplateSet
    let prefix: String
    let library: MustacheLibrary
    /// Relative names (under `prefix`) of the templates.
    let names: [String]

    /// Parses every file under `prefix/`; a syntax error, or a name that is not in `knownNames`
    /// (the keys of the view's context), is reported with the file, line and column.
    init(_ templates: TemplateSet, prefix: String, knownNames: Set<String>) throws {
        self.templates = templates
        self.prefix = prefix
        var library = MustacheLibrary()
        let files = templates.subset(prefix)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
                if let unknown = TemplateVariables.firstUnknown(in: text, known: knownNames) {
                    throw RenderError.unknownVariable(file: templates.displayPath("\(prefix)/\(name)"),
                                                      line: unknown.line, column: unknown.column, name: unknown.name)
                }
            } catch let error as MustacheTemplate.ParserError {
                throw RenderError.templateSyntax(file: templates.displayPath("\(prefix)/\(name)"),
                                                 line: error.context.lineNumber, column: error.context.columnNumber,
                                                 problem: "\(error.error)")
            }
        }
        self.library = library
        names = files.keys.sorted()
    }

    func render(_ name: String, _ context: [String: Any]) throws -> String {
        guard let text = library.render(context, withTemplate: name) else {
            throw RenderError.templateMissing(templates.displayPath("\(prefix)/\(name)"))
        }
        return text
    }

    func displayPath(_ name: String) -> String {
        templates.displayPath("\(prefix)/\(name)")
    }
}
