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
    /// A template names a value the view model does not have.
    case unknownVariable(file: String, line: Int, column: Int, name: String)
    /// A relationship target or a content-type override of the DOCX templates names a part the set
    /// does not have: the package would not open.
    case templatePartMissing(file: String, line: Int, column: Int, part: String)
    /// A DOCX template refers to a relationship id its relationship part does not define.
    case templateRelationshipMissing(file: String, line: Int, column: Int, id: String, relationships: String)
    /// A file of the DOCX templates has no content type (an editor's backup, a note): it cannot be packed.
    case templatePartUnknown(file: String)
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
        case let .templatePartMissing(file, line, column, part):
            return Diagnostic(.error, code: "template-part-missing",
                              message: vietnamese
                                ? "bộ mẫu không có tệp `\(part)` mà dòng này nhắc đến; thêm tệp đó, hoặc xóa dòng này"
                                : "the template set has no part `\(part)`, named here; add the file, or remove this line",
                              at: at(file, line, column))
        case let .templateRelationshipMissing(file, line, column, id, relationships):
            return Diagnostic(.error, code: "template-relationship-missing",
                              message: vietnamese
                                ? "mẫu dùng quan hệ `\(id)` nhưng `\(relationships)` không khai báo; thêm quan hệ đó, hoặc xóa tham chiếu này"
                                : "the template refers to the relationship `\(id)`, which `\(relationships)` does not define; add it, or remove this reference",
                              at: at(file, line, column))
        case .templatePartUnknown(let file):
            return Diagnostic(.error, code: "template-part-unknown",
                              message: vietnamese
                                ? "tệp này không có kiểu nội dung trong [Content_Types].xml nên không thể đóng gói vào DOCX; xóa tệp khỏi bộ mẫu (ví dụ tệp sao lưu của trình soạn thảo), hoặc khai báo nó"
                                : "this file has no content type in [Content_Types].xml, so it cannot be packed into the DOCX; remove it from the template set (an editor's backup, say), or declare it",
                              at: at(file))
        case .wouldOverwrite(let path):
            return Diagnostic(.error, code: "would-overwrite",
                              message: vietnamese ? "tệp đã có; không ghi đè" : "the file exists; not overwriting", at: at(path))
        case .packaging(let problem):
            return Diagnostic(.error, code: "output",
                              message: (vietnamese ? "không ghi được tệp kết quả: " : "cannot write the output: ") + problem, at: nil)
        }
    }
}
