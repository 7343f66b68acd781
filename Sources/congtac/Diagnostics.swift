import CongTacLoading
import CongTacMessages
import CongTacModel
import Foundation

/// Printing diagnostics for people and editors.
enum Diagnostics {
    /// One line each, `file:line:col: error: message [code]`, to standard error: errors first, then
    /// warnings, each in file order (`orderedForReading`).
    static func print(_ diagnostics: [Diagnostic]) {
        var text = ""
        for diagnostic in diagnostics.orderedForReading() { text += diagnostic.description + "\n" }
        fflush(nil)  // keep the order of what goes to the two streams (nil: every stream)
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `file: 2 lỗi, 1 cảnh báo` to standard output.
    static func summary(file: String, _ diagnostics: [Diagnostic], language: Language) {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        Swift.print(Phrase.checkSummary(file: file, errors: errors, warnings: warnings).text(language))
    }
}
