import CongTacModel

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
    case templateSyntax(file: String, line: Int, column: Int, problem: String)
    /// A rendered part that is not well-formed XML.
    case malformedPart(template: String, line: Int, column: Int, problem: String)
    /// A template names a value the view model does not have.
    case unknownVariable(file: String, line: Int, column: Int, name: String)
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
        case let .templateNotReadable(path, problem):
            return Diagnostic(.error, code: "template-unreadable",
                              message: (vietnamese ? "không đọc được tệp mẫu: " : "cannot read the template: ")
                                  + problem.text(vietnamese: vietnamese),
                              at: at(path))
        case let .cannotWrite(path, problem):
            return Diagnostic(.error, code: "output",
                              message: (vietnamese ? "không ghi được: " : "cannot write: ") + problem.text(vietnamese: vietnamese),
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
        case .wouldOverwrite(let path):
            return Diagnostic(.error, code: "would-overwrite",
                              message: vietnamese ? "tệp đã có; không ghi đè" : "the file exists; not overwriting", at: at(path))
        case .packaging(let problem):
            return Diagnostic(.error, code: "output",
                              message: (vietnamese ? "không ghi được tệp kết quả: " : "cannot write the output: ") + problem, at: nil)
        }
    }
}
