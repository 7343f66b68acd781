/// Why an agency's template set cannot be used, placed in the template's file (1-based line and
/// column, in Unicode scalars). The rendering layer turns each kind into a diagnostic with its code.
package struct TemplateError: Error, Equatable, Sendable {
    package enum Kind: Equatable, Sendable {
        /// Not Mustache the engine reads.
        case syntax(SyntaxProblem)
        /// A name, or a dotted path, that the view's context does not have where the tag stands.
        case unknownVariable(String)
        /// `{{> name}}` names no file of the set.
        case partialMissing(String)
        /// A partial that includes itself, directly or through others: the chain, first to last.
        case recursion([String])
        /// Sections and partials nested deeper than `TemplateLimits.nesting`.
        case tooDeep(Int)
        /// A template file larger than `TemplateLimits.fileSize`.
        case tooLarge(Int)
        /// An HTML template that could emit schedule text unescaped or where escaping does not
        /// protect it: the tag as written, and where it stands.
        case unsafeHTML(tag: String, place: HTMLPlace)
    }

    /// What is wrong with a template's Mustache; each carries the tag as written (its first bytes).
    package enum SyntaxProblem: Equatable, Sendable {
        /// Delimiter changes (`{{=<% %>=}}`), blocks and parents (`{{$`, `{{<`): not supported.
        case unsupportedTag(String)
        /// `{{` without its `}}` (or `{{{` without `}}}`).
        case unclosedTag(String)
        case emptyTag(String)
        /// `{{/name}}` that closes no open section; `open` is the section open there, if any.
        case closesNothing(String, open: String?)
        /// A section never closed.
        case neverClosed(String)
    }

    /// Where in HTML a tag may not stand.
    package enum HTMLPlace: Equatable, Sendable {
        /// `{{{ }}}` or `{{& }}`: the value unescaped.
        case raw
        case unquotedAttribute
        /// A URL, style or event attribute (its name).
        case attribute(String)
        /// A script, style or other raw-text element (its name).
        case element(String)
        case comment
        /// A tag or attribute name.
        case insideTag
        /// A section whose body ends in another HTML context than it starts in.
        case unbalancedSection

        /// A stable token for messages: `raw`, `attribute:href`, `element:script`, …
        package var token: String {
            switch self {
            case .raw: "raw"
            case .unquotedAttribute: "unquoted-attribute"
            case .attribute(let name): "attribute:" + name
            case .element(let name): "element:" + name
            case .comment: "comment"
            case .insideTag: "tag"
            case .unbalancedSection: "section"
            }
        }
    }

    package var kind: Kind
    package var file: String
    package var line: Int
    package var column: Int

    package init(_ kind: Kind, file: String, line: Int = 1, column: Int = 1) {
        self.kind = kind
        self.file = file
        self.line = line
        self.column = column
    }

    /// `kind` at byte `offset` of `source`.
    package init(_ kind: Kind, file: String, offset: Int, in source: [UInt8]) {
        let (line, column) = FastTemplate.position(of: offset, in: source)
        self.init(kind, file: file, line: line, column: column)
    }
}
