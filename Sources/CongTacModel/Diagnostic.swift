/// A place in a user's file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Equatable, Codable {
    case error
    case warning
}

/// One problem found in a schedule file or a template, ready to print gcc-style.
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    public var severity: Severity
    /// A stable identifier for scripts and editors, e.g. `unknown-key`.
    public var code: String
    /// The message in the user's language.
    public var message: String
    public var location: SourceLocation?
    /// The field the problem is in, as `sections[1].agenda.days[3].items[0].leader` (keys as written in
    /// the file), when it is in one: where a form shows the message beside its field.
    public var path: String?

    public init(_ severity: Severity, code: String, message: String, at location: SourceLocation?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// `file:line:col: error: message [code]`.
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(code)]"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Errors first, then warnings, each by place (file, line, column), ties in the order found:
    /// what must be fixed comes before what may be (issue #11, item 7).
    public func orderedForReading() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            let sa = a.element.severity == .error ? 0 : 1, sb = b.element.severity == .error ? 0 : 1
            return (sa, la?.file ?? "", la?.line ?? 0, la?.column ?? 0, a.offset)
                < (sb, lb?.file ?? "", lb?.line ?? 0, lb?.column ?? 0, b.offset)
        }.map(\.element)
    }
}
