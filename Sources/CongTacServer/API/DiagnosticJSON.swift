import CongTacModel

/// A diagnostic as the API shows it: `{line, column, severity, code, message, path}`; never the
/// file's name (it is the server's path).
enum DiagnosticJSON {
    static func value(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("line", .optional(diagnostic.location?.line)),
            ("column", .optional(diagnostic.location?.column)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code)),
            ("message", .string(diagnostic.message)),
            ("path", .optional(diagnostic.path)),
        ])
    }

    static func array(_ diagnostics: [Diagnostic]) -> JSONValue {
        .array(diagnostics.orderedForReading().map(value))
    }
}
