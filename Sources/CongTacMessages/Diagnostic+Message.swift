import CongTacModel
import Foundation

extension Diagnostic {
    /// A catalog entry as a diagnostic: its code, and its text in `language`.
    public init(_ severity: Severity, _ message: Message, _ language: Language, at location: SourceLocation?) {
        self.init(severity, code: message.code, message: message.text(language), at: location)
    }

    /// Diagnostics as the web workspace returns them, in the order `check` prints them:
    /// `{"diagnostics":[{"code":…,"location":{"column":…,"file":…,"line":…},"message":…,"severity":…}],"language":"vi"}`.
    /// `language` is the one the messages were made in; keys are sorted, so equal input gives equal bytes.
    public static func json(_ diagnostics: [Diagnostic], language: Language) -> String {
        struct Body: Encodable {
            var diagnostics: [Diagnostic]
            var language: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = try! encoder.encode(Body(diagnostics: diagnostics.orderedForReading(), language: language.rawValue))
        return String(decoding: data, as: UTF8.self)
    }
}
