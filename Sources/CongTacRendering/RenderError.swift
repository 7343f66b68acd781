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
    /// An agency's DOCX template sets a text with a drawn line at a size (or in a column of a width)
    /// other than the page geometry's, which the line is measured with (`PageGeometry+TemplateCheck`).
    case layoutMismatch(file: String, line: Int, column: Int, element: LayoutElement, quantity: LayoutQuantity,
                        expected: Int, found: Int)
    case wouldOverwrite(String)
    case packaging(String)

    /// The texts whose drawn line depends on the page geometry.
    public enum LayoutElement: String, Sendable {
        case agencyName, motto, title
    }

    /// A type size in half-points (`w:sz`) or a width in twips (`w:tcW`).
    public enum LayoutQuantity: String, Sendable {
        case size, width
    }

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
        case let .layoutMismatch(file, line, column, element, quantity, expected, found):
            return Diagnostic(.error, code: "layout-mismatch",
                              message: Self.layoutMessage(element, quantity, expected: expected, found: found, vietnamese: vietnamese),
                              at: at(file, line, column))
        case .wouldOverwrite(let path):
            return Diagnostic(.error, code: "would-overwrite",
                              message: vietnamese ? "tệp đã có; không ghi đè" : "the file exists; not overwriting", at: at(path))
        case .packaging(let problem):
            return Diagnostic(.error, code: "output",
                              message: (vietnamese ? "không ghi được tệp kết quả: " : "cannot write the output: ") + problem, at: nil)
        }
    }

    private static func layoutMessage(_ element: LayoutElement, _ quantity: LayoutQuantity, expected: Int, found: Int,
                                      vietnamese: Bool) -> String {
        let name: String
        switch (element, vietnamese) {
        case (.agencyName, true): name = "tên cơ quan ban hành"
        case (.motto, true): name = "tiêu ngữ"
        case (.title, true): name = "tên văn bản và trích yếu"
        case (.agencyName, false): name = "the agency's name"
        case (.motto, false): name = "the motto"
        case (.title, false): name = "the title"
        }
        // Half-points and twips, as a clerk reads them: points and millimetres.
        func amount(_ value: Int) -> String {
            quantity == .size ? PageGeometry.pt(value).replacingOccurrences(of: "pt", with: " pt")
                              : PageGeometry.mm(value).replacingOccurrences(of: "mm", with: " mm")
        }
        let key = quantity == .size ? "\(element == .title ? "title" : element == .motto ? "motto" : "agency")Size"
                                    : element == .agencyName ? "headerLeft" : "headerRight"
        switch (quantity, vietnamese) {
        case (.size, true):
            return "cỡ chữ của \(name) là \(amount(found)), khác cỡ \(amount(expected)) mà congtac dùng để đo đường kẻ dưới nó; viết `{{layout.\(key)}}` thay cho số này"
        case (.width, true):
            return "cột chứa \(name) rộng \(amount(found)), khác \(amount(expected)) mà congtac dùng để căn đường kẻ dưới nó; viết `{{layout.\(key)}}` thay cho số này"
        case (.size, false):
            return "\(name) is set at \(amount(found)), not the \(amount(expected)) congtac measures its drawn line at; write `{{layout.\(key)}}` instead of the number"
        case (.width, false):
            return "the column of \(name) is \(amount(found)) wide, not the \(amount(expected)) congtac centres its drawn line in; write `{{layout.\(key)}}` instead of the number"
        }
    }
}
