import CongTacLoading
import CongTacModel
import Foundation

/// Printing diagnostics for people and editors.
enum Diagnostics {
    /// One line each, `file:line:col: error: message [code]`, in file order, to standard error.
    static func print(_ diagnostics: [Diagnostic]) {
        let ordered = diagnostics.enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            return (la?.file ?? "", la?.line ?? 0, la?.column ?? 0, a.offset) < (lb?.file ?? "", lb?.line ?? 0, lb?.column ?? 0, b.offset)
        }
        var text = ""
        for (_, diagnostic) in ordered { text += diagnostic.description + "\n" }
        fflush(nil)  // keep the order of what goes to the two streams (nil: every stream)
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `file: 2 lỗi, 1 cảnh báo` to standard output.
    static func summary(file: String, _ diagnostics: [Diagnostic], language: Language) {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        let line: String
        switch language {
        case .vi:
            line = errors == 0 && warnings == 0 ? "\(file): hợp lệ" : "\(file): \(errors) lỗi, \(warnings) cảnh báo"
        case .en:
            line = errors == 0 && warnings == 0 ? "\(file): valid" : "\(file): \(errors) error(s), \(warnings) warning(s)"
        }
        Swift.print(line)
    }
}
