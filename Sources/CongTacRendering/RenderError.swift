import CongTacMessages
import CongTacModel
import CongTacPDF

/// Why a render failed; each case has a stable code and a location where there is one.
public enum RenderError: Error, Sendable, Equatable {
    case templateDirectoryMissing(String)
    case templateUnreadable(String)
    /// A template file the system would not let us read (permissions, a pipe…), with the reason.
    case templateNotReadable(String, FileProblem)
    /// A file or folder that could not be written, with the reason.
    case cannotWrite(String, FileProblem)
    case templateMissing(String)
    /// A Mustache syntax error in a template file.
    case templateSyntax(file: String, line: Int, column: Int, problem: Phrase)
    /// A rendered part that is not well-formed XML.
    case malformedPart(template: String, line: Int, column: Int, problem: String)
    /// A template names a value the view model does not have, or a path its scope does not have.
    case unknownVariable(file: String, line: Int, column: Int, name: String)
    /// `{{> name}}` names no file of the set.
    case partialMissing(file: String, line: Int, column: Int, name: String)
    /// A partial includes itself, directly or through others (the chain, first to last).
    case templateRecursion(file: String, line: Int, column: Int, chain: [String])
    /// Sections and partials nested deeper than the limit.
    case templateTooDeep(file: String, line: Int, column: Int, limit: Int)
    /// A template file larger than the limit (bytes).
    case templateTooLarge(file: String, limit: Int)
    /// An HTML template that could emit schedule text unescaped, or where escaping does not protect
    /// it. `place` is a token: `raw`, `unquoted-attribute`, `attribute:NAME`, `element:NAME`,
    /// `comment`, `tag`, `section`.
    case unsafeHTML(file: String, line: Int, column: Int, tag: String, place: String)
    /// A rendered part that would pass the size limit (bytes), or take too long to render.
    case renderedPartTooLarge(template: String, limit: Int)
    /// A file of an agency's set that is a link to a place outside the set's folder.
    case templateOutsideFolder(String)
    /// A folder of an agency's set that cannot be listed.
    case templateFolderUnreadable(String)
    /// A relationship target or a content-type override of the DOCX templates names a part the set
    /// does not have: the package would not open.
    case templatePartMissing(file: String, line: Int, column: Int, part: String)
    /// A DOCX template refers to a relationship id its relationship part does not define.
    case templateRelationshipMissing(file: String, line: Int, column: Int, id: String, relationships: String)
    /// A file of the DOCX templates has no content type (an editor's backup, a note): it cannot be packed.
    case templatePartUnknown(file: String)
    /// An agency's DOCX template sets a text with a drawn line at a size (or in a column of a width)
    /// other than the page geometry's, which the line is measured with (`PageGeometry+TemplateCheck`).
    case layoutMismatch(file: String, line: Int, column: Int, element: LayoutElement, quantity: LayoutQuantity,
                        expected: Int, found: Int)
    case wouldOverwrite(String)
    case packaging(String)
    /// The fragment of `template` could not be inlined (`--inline`): a selector outside the
    /// inliner's subset, or markup it could not read back.
    case inlineFailed(template: String, failure: StyleInliner.Failure)
    /// A character the PDF's embedded fonts lack, and the text it is in (the loader's check, which
    /// knows the file's line and column, runs first when PDF is asked for).
    case unsupportedCharacter(character: String, text: String)
    /// A signature or seal image the PDF's PNG reader refuses (the loader has reported it first).
    case image(path: String, problem: PDFImageError)

    /// The texts whose drawn line depends on the page geometry.
    public enum LayoutElement: String, Sendable {
        case agencyName, motto, title
    }

    /// A type size in half-points (`w:sz`) or a width in twips (`w:tcW`).
    public enum LayoutQuantity: String, Sendable {
        case size, width
    }

    /// The catalog's entry for this error.
    public var message: Message {
        switch self {
        case .templateDirectoryMissing: .templateFolderMissing
        case .templateUnreadable: .templateUnreadable
        case let .templateNotReadable(_, problem): .templateNotReadable(.fileProblem(problem))
        case let .cannotWrite(_, problem): .notWritable(.fileProblem(problem))
        case .templateMissing: .templateMissing
        case let .templateSyntax(_, _, _, problem): .templateSyntax(problem)
        case let .malformedPart(_, _, _, problem): .templateXML(problem)
        case let .unknownVariable(_, _, _, name): .templateVariable(name)
        case let .partialMissing(_, _, _, name): .templatePartialMissing(name)
        case let .templateRecursion(_, _, _, chain): .templateRecursion(chain)
        case let .templateTooDeep(_, _, _, limit): .templateTooDeep(limit: limit)
        case let .templateTooLarge(_, limit): .templateTooLarge(limit: limit)
        case let .unsafeHTML(_, _, _, tag, place): .templateHTML(tag, place: place)
        case let .renderedPartTooLarge(_, limit): .templateOutputTooLarge(limit: limit)
        case .templateOutsideFolder: .templateOutside
        case .templateFolderUnreadable: .templateFolderUnreadable
        case let .templatePartMissing(_, _, _, part): .templatePartMissing(part)
        case let .templateRelationshipMissing(_, _, _, id, relationships): .templateRelationshipMissing(id, relationships: relationships)
        case .templatePartUnknown: .templatePartUnknown
        case let .layoutMismatch(_, _, _, element, quantity, expected, found):
            Self.layoutMessage(element, quantity, expected: expected, found: found)
        case .wouldOverwrite: .wouldOverwrite
        case let .packaging(problem): .packaging(problem)
        case let .inlineFailed(_, .unsupportedSelector(selector)): .inlineSelector(selector)
        case let .inlineFailed(_, .markup(problem)): .inlineMarkup(problem)
        case let .unsupportedCharacter(character, text): .characterNotInFont(Character(character), in: text)
        case let .image(_, problem): problem.message
        }
    }

    /// Where the problem is: a template's line and column, a path, or nowhere.
    public var location: SourceLocation? {
        switch self {
        case let .templateDirectoryMissing(path), let .templateUnreadable(path), let .templateMissing(path),
             let .wouldOverwrite(path), let .templatePartUnknown(path), let .templateNotReadable(path, _),
             let .cannotWrite(path, _), let .image(path, _), let .templateTooLarge(path, _), let .renderedPartTooLarge(path, _),
             let .templateOutsideFolder(path), let .templateFolderUnreadable(path), let .inlineFailed(path, _):
            SourceLocation(file: path, line: 1, column: 1)
        case let .templateSyntax(file, line, column, _), let .malformedPart(file, line, column, _),
             let .unknownVariable(file, line, column, _), let .templatePartMissing(file, line, column, _),
             let .templateRelationshipMissing(file, line, column, _, _),
             let .layoutMismatch(file, line, column, _, _, _, _), let .partialMissing(file, line, column, _),
             let .templateRecursion(file, line, column, _), let .templateTooDeep(file, line, column, _),
             let .unsafeHTML(file, line, column, _, _):
            SourceLocation(file: file, line: line, column: column)
        case .packaging, .unsupportedCharacter:
            nil
        }
    }

    /// The problem as a diagnostic, in the user's language.
    public func diagnostic(_ language: Language) -> Diagnostic {
        Diagnostic(.error, message, language, at: location)
    }

    /// The catalog's entry for a layout mismatch: sizes in points, widths in millimetres, and the
    /// `{{layout.…}}` name to write instead of the number.
    private static func layoutMessage(_ element: LayoutElement, _ quantity: LayoutQuantity, expected: Int, found: Int) -> Message {
        let text: Phrase
        switch element {
        case .agencyName: text = .agencyNameText
        case .motto: text = .mottoText
        case .title: text = .titleText
        }
        switch quantity {
        case .size:
            let key = element == .agencyName ? "agencySize" : element == .motto ? "mottoSize" : "titleSize"
            return .layoutSize(text, found: PageGeometry.points(found), expected: PageGeometry.points(expected), key: key)
        case .width:
            let key = element == .agencyName ? "headerLeft" : "headerRight"
            return .layoutWidth(text, found: PageGeometry.millimetres(found), expected: PageGeometry.millimetres(expected), key: key)
        }
    }
}
