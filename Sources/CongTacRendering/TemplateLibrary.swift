import CongTacMessages
import CongTacTemplates

/// The templates of one output format, from a `TemplateSet`: parsed, checked and compiled by the
/// engine (`TemplateBundle`), rendered by the compiled program, and its errors as `RenderError`s.
struct TemplateLibrary: Sendable {
    let templates: TemplateSet
    let prefix: String
    let bundle: TemplateBundle
    /// Relative names (under `prefix`) of the templates.
    let names: [String]
    /// The XML templates whose every rendering is well-formed (`XMLTemplateProof`): their outputs
    /// need no parse as long as the values hold only XML characters.
    let wellFormed: Set<String>

    /// Parses every file under `prefix/`. An agency's set is checked against `shape`, the context
    /// the templates are rendered with (every name a path in its scope; see `TemplateBundle`); the
    /// built-in set is checked by the tests (which load it as an agency's), not at every start. In
    /// XML templates (`minifyXML`), line breaks and indentation between tags are dropped when
    /// compiling: they mean nothing in WordprocessingML and would only be deflated.
    init(_ templates: TemplateSet, prefix: String, shape: @autoclosure () -> ValueShape,
         html: Bool = false, trusted: Set<String> = [], minifyXML: Bool = false) throws {
        self.templates = templates
        self.prefix = prefix
        let texts = templates.subset(prefix)
        var files: [String: String] = [:]
        for name in texts.keys { files[name] = templates.displayPath("\(prefix)/\(name)") }
        let options = TemplateBundle.Options(shape: templates.isBuiltIn ? nil : shape(), html: html,
                                             minifyXML: minifyXML, trusted: trusted)
        do {
            bundle = try TemplateBundle(texts, files: files, options: options)
        } catch let error as TemplateError {
            throw RenderError(error)
        }
        names = texts.keys.sorted()
        let compiled = bundle.compiled
        // The built-in parts are proven by the tests (as an agency's templates), not at every start.
        wellFormed = minifyXML ? Set(compiled.filter { name, template in
            guard name.hasSuffix(".xml") || name.hasSuffix(".rels") else { return false }
            return templates.isBuiltIn ? !name.hasPrefix(TemplateBundle.partialsFolder)
                : XMLTemplateProof.holds(for: template, partials: compiled) { XMLCheck.problem(in: $0) == nil }
        }.keys) : []
    }

    /// Renders `name` with the compiled templates, as UTF-8.
    func render(_ name: String, _ context: TemplateValue) throws -> [UInt8] {
        try renderChecked(name, context).bytes
    }

    /// Renders `name`; `wellFormed` tells that the output is well-formed XML without parsing it
    /// (the template is proven, and the values held only XML characters).
    func renderChecked(_ name: String, _ context: TemplateValue) throws -> (bytes: [UInt8], wellFormed: Bool) {
        guard let template = bundle.compiled[name] else {
            throw RenderError.templateMissing(displayPath(name))
        }
        var output: [UInt8] = []
        output.reserveCapacity(64 * 1024)
        let outcome = template.render(context, partials: bundle.compiled, into: &output)
        if outcome.exceeded { throw RenderError.renderedPartTooLarge(template: displayPath(name), limit: TemplateLimits.outputSize) }
        return (output, outcome.xmlCharacters && wellFormed.contains(name))
    }

    /// The error for a rendered part that is not well-formed XML (`problem`, in the compiled
    /// output): placed at the template line and column that produced the bad markup, found by
    /// rendering the templates as written with a trace of where each byte came from.
    func malformedPart(_ name: String, _ context: TemplateValue, problem: XMLCheck.Problem) -> RenderError {
        let trace = bundle.trace(name, context)
        if let found = XMLCheck.problem(in: trace.output), let place = trace.place(line: found.line, column: found.column, in: bundle) {
            return .malformedPart(template: place.file, line: place.line, column: place.column, problem: found.message)
        }
        return .malformedPart(template: displayPath(name), line: problem.line, column: problem.column, problem: problem.message)
    }

    func displayPath(_ name: String) -> String {
        templates.displayPath("\(prefix)/\(name)")
    }
}

extension RenderError {
    /// The engine's error as the diagnostic the user reads.
    init(_ error: TemplateError) {
        let (file, line, column) = (error.file, error.line, error.column)
        switch error.kind {
        case .syntax(let problem): self = .templateSyntax(file: file, line: line, column: column, problem: problem.phrase)
        case .unknownVariable(let name): self = .unknownVariable(file: file, line: line, column: column, name: name)
        case .partialMissing(let name): self = .partialMissing(file: file, line: line, column: column, name: name)
        case .recursion(let chain): self = .templateRecursion(file: file, line: line, column: column, chain: chain)
        case .tooDeep(let limit): self = .templateTooDeep(file: file, line: line, column: column, limit: limit)
        case .tooLarge: self = .templateTooLarge(file: file, limit: TemplateLimits.fileSize)
        case let .unsafeHTML(tag, place): self = .unsafeHTML(file: file, line: line, column: column, tag: tag, place: place.token)
        }
    }
}

extension TemplateError.SyntaxProblem {
    /// The catalog's words for the problem.
    var phrase: Phrase {
        switch self {
        case .unsupportedTag(let tag): .templateUnsupportedTag(tag)
        case .unclosedTag(let tag): .templateUnclosedTag(tag)
        case .emptyTag(let tag): .templateEmptyTag(tag)
        case let .closesNothing(tag, open): .templateClosesNothing(tag, open: open)
        case .neverClosed(let tag): .templateNeverClosed(tag)
        }
    }
}
