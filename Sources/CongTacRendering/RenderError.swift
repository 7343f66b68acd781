import CongTacModel

/// Why a render failed; each case has a stable code and a location where there is one.
public enum RenderError: Error, Sendable, Equatable {
    case templateDirectoryMissing(String)
    case templateUnreadable(String)
    case templateMissing(String)
    /// A Mustache syntax error in a template file.
    case templateSyntax(file: String, line: Int, column: Int, problem: String)
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
    /// An HTML template that could emit schedule text unescaped, or where escaping does not protect it.
    /// `place` is a token: `raw`, `unquoted-attribute`, `attribute:NAME`, `element:NAME`, `comment`,
    /// `tag`, `section`.
    case unsafeHTML(file: String, line: Int, column: Int, tag: String, place: String)
    /// A rendered part that would pass the size limit (bytes), or take too long to render.
    case renderedPartTooLarge(template: String, limit: Int)
    /// A file of an agency's set that is a link to a place outside the set's folder.
    case templateOutsideFolder(String)
    /// A folder of an agency's set that cannot be listed.
    case templateFolderUnreadable(String)
    case wouldOverwrite(String)
    case packaging(String)

    /// The problem as a diagnostic, in the user's language.
    public func diagnostic(vietnamese: Bool) -> Diagnostic {
        func at(_ file: String, _ line: Int = 1, _ column: Int = 1) -> SourceLocation {
            SourceLocation(file: file, line: line, column: column)
        }
        switch self {
        case .templateDirectoryMissing(let path):
            return Diagnostic(.error, code: "template-missing",
                              message: vietnamese ? "không có thư mục mẫu này" : "no such template folder", at: at(path))
        case .templateUnreadable(let path):
            return Diagnostic(.error, code: "template-unreadable",
                              message: vietnamese ? "không đọc được tệp mẫu (phải là văn bản UTF-8)" : "cannot read the template (it must be UTF-8 text)",
                              at: at(path))
        case .templateMissing(let path):
            return Diagnostic(.error, code: "template-missing",
                              message: vietnamese ? "thiếu tệp mẫu này trong bộ mẫu" : "the template set lacks this file", at: at(path))
        case let .templateSyntax(file, line, column, problem):
            return Diagnostic(.error, code: "template-syntax",
                              message: (vietnamese ? "lỗi cú pháp Mustache: " : "Mustache syntax error: ") + problem,
                              at: at(file, line, column))
        case let .malformedPart(file, line, column, problem):
            return Diagnostic(.error, code: "template-xml",
                              message: (vietnamese ? "mẫu sinh ra XML không hợp lệ: " : "the template produces malformed XML: ") + problem,
                              at: at(file, line, column))
        case let .unknownVariable(file, line, column, name):
            return Diagnostic(.error, code: "template-variable",
                              message: vietnamese ? "mẫu dùng biến không có `\(name)`" : "the template uses an unknown variable `\(name)`",
                              at: at(file, line, column))
        case let .partialMissing(file, line, column, name):
            return Diagnostic(.error, code: "template-partial-missing",
                              message: vietnamese ? "không có mẫu con `\(name)` trong bộ mẫu" : "the template set has no partial `\(name)`",
                              at: at(file, line, column))
        case let .templateRecursion(file, line, column, chain):
            let chain = chain.joined(separator: " → ")
            return Diagnostic(.error, code: "template-recursion",
                              message: vietnamese ? "mẫu con tự gọi lại chính nó: \(chain)" : "a partial includes itself: \(chain)",
                              at: at(file, line, column))
        case let .templateTooDeep(file, line, column, limit):
            return Diagnostic(.error, code: "template-too-deep",
                              message: vietnamese ? "mẫu lồng nhau quá \(limit) tầng (khối và mẫu con)"
                                  : "sections and partials nested deeper than \(limit) levels",
                              at: at(file, line, column))
        case let .templateTooLarge(file, limit):
            return Diagnostic(.error, code: "template-too-large",
                              message: vietnamese ? "tệp mẫu lớn quá \(limit / 1024) KiB" : "the template file is larger than \(limit / 1024) KiB",
                              at: at(file))
        case let .unsafeHTML(file, line, column, tag, place):
            let name = place.split(separator: ":", maxSplits: 1).last.map(String.init) ?? ""
            let (vi, en): (String, String)
            switch place {
            case "raw": (vi, en) = ("ghi nội dung lịch không thoát ký tự HTML", "writes schedule text unescaped")
            case "unquoted-attribute": (vi, en) = ("nằm trong giá trị thuộc tính không có dấu ngoặc kép", "stands in an unquoted attribute value")
            case "comment": (vi, en) = ("nằm trong chú thích HTML", "stands inside an HTML comment")
            case "tag": (vi, en) = ("nằm ở chỗ tên thẻ hoặc tên thuộc tính", "stands where a tag or attribute name goes")
            case "section": (vi, en) = ("kết thúc ở ngữ cảnh HTML khác với chỗ bắt đầu", "ends in another HTML context than it starts in")
            default:
                (vi, en) = place.hasPrefix("element:")
                    ? ("nằm trong phần tử <\(name)>", "stands inside a <\(name)> element")
                    : ("nằm trong thuộc tính \(name) (địa chỉ, kiểu dáng hoặc mã lệnh)", "stands in the attribute \(name) (a URL, style or script)")
            }
            return Diagnostic(.error, code: "template-html",
                              message: vietnamese ? "mẫu HTML không an toàn: \(tag) \(vi)" : "unsafe HTML template: \(tag) \(en)",
                              at: at(file, line, column))
        case let .renderedPartTooLarge(template, limit):
            return Diagnostic(.error, code: "template-output-too-large",
                              message: vietnamese ? "mẫu sinh ra phần văn bản lớn quá \(limit >> 20) MiB (hoặc lặp quá nhiều lần)"
                                  : "the template renders a part larger than \(limit >> 20) MiB (or repeats too often)",
                              at: at(template))
        case .templateOutsideFolder(let path):
            return Diagnostic(.error, code: "template-outside",
                              message: vietnamese ? "tệp mẫu là liên kết tới chỗ nằm ngoài thư mục mẫu"
                                  : "the template is a link to a place outside the template folder",
                              at: at(path))
        case .templateFolderUnreadable(let path):
            return Diagnostic(.error, code: "template-unreadable",
                              message: vietnamese ? "không đọc được thư mục mẫu này (không có quyền đọc?)"
                                  : "cannot list this template folder (no permission to read it?)",
                              at: at(path))
        case .wouldOverwrite(let path):
            return Diagnostic(.error, code: "would-overwrite",
                              message: vietnamese ? "tệp đã có; không ghi đè" : "the file exists; not overwriting", at: at(path))
        case .packaging(let problem):
            return Diagnostic(.error, code: "output",
                              message: (vietnamese ? "không ghi được tệp kết quả: " : "cannot write the output: ") + problem, at: nil)
        }
    }
}
