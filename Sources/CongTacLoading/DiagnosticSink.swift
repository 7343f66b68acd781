import CongTacModel

/// Collects every problem of one file, in the user's language, so that all are reported at once.
final class DiagnosticSink {
    let file: String
    let language: Language
    private(set) var diagnostics: [Diagnostic] = []
    /// The decoded text's bytes, to count the columns of marks that only know their offset.
    var lineIndex: LineIndex?
    /// Warnings of one code shown at most; the rest are counted (errors are all shown).
    static let warningsShownPerCode = 50
    private var warningCounts: [String: Int] = [:]

    init(file: String, language: Language) {
        self.file = file
        self.language = language
    }

    private func column(of mark: SourceMark) -> Int {
        if mark.column > 0 { return mark.column }
        return lineIndex?.column(ofOffset: mark.offset, line: mark.line) ?? 1
    }

    var hasErrors: Bool { diagnostics.hasErrors }

    func report(_ severity: Severity, _ message: Message, line: Int, column: Int) {
        if severity == .warning {
            let count = warningCounts[message.code, default: 0] + 1
            warningCounts[message.code] = count
            if count > Self.warningsShownPerCode { return }
        }
        var (line, column) = (line, column)
        // libyaml places the end of a file without a final line break on a line the file does not
        // have: such a place is the end of the last line (fuzz findings F1, F7).
        if let end = lineIndex?.end, line > end.line {
            (line, column) = end
        }
        let location = SourceLocation(file: file, line: line, column: column)
        diagnostics.append(Diagnostic(severity, code: message.code, message: message.text(language), at: location))
    }

    func error(_ message: Message, line: Int = 1, column: Int = 1) {
        report(.error, message, line: line, column: column)
    }

    func error(_ message: Message, at mark: SourceMark?) {
        report(.error, message, line: mark?.line ?? 1, column: mark.map(column) ?? 1)
    }

    func warning(_ message: Message, at mark: SourceMark?) {
        report(.warning, message, line: mark?.line ?? 1, column: mark.map(column) ?? 1)
    }

    func warning(_ message: Message, line: Int, column: Int) {
        report(.warning, message, line: line, column: column)
    }

    /// One closing warning for each code that had more warnings than are shown.
    func summarizeWarnings() {
        for (code, count) in warningCounts.sorted(by: { $0.key < $1.key }) where count > Self.warningsShownPerCode {
            let hidden = count - Self.warningsShownPerCode
            let message = Message(code: "more-warnings",
                                  vi: "còn \(hidden) cảnh báo [\(code)] khác không hiện (tổng \(count))",
                                  en: "\(hidden) more [\(code)] warnings not shown (\(count) in all)")
            let location = SourceLocation(file: file, line: 1, column: 1)
            diagnostics.append(Diagnostic(.warning, code: message.code, message: message.text(language), at: location))
        }
    }
}
