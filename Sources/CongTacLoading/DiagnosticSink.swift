import CongTacMessages
import CongTacModel

/// Collects every problem of one file, in the user's language, so that all are reported at once.
final class DiagnosticSink {
    let file: String
    let language: Language
    private(set) var diagnostics: [Diagnostic] = []
    /// The decoded text's bytes, to count the columns of marks that only know their offset.
    var lineIndex: LineIndex?
    /// The file's nodes, once parsed: a diagnostic at a node's mark gets that node's field path.
    var tree: SourceTree?
    /// `ScheduleLoader.citesOtherLines`.
    var citesOtherLines = true
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

    /// `line` for a message that points to another place, unless lines are not cited.
    func otherLine(_ line: Int?) -> Int? {
        citesOtherLines ? line : nil
    }

    func report(_ severity: Severity, _ message: Message, line: Int, column: Int, node: Int = -1) {
        if severity == .warning, !admitsWarning(message.code) { return }
        append(severity, message, line: line, column: column, node: node)
    }

    /// Counts a warning of `code`; whether it is among those shown.
    private func admitsWarning(_ code: String) -> Bool {
        let count = warningCounts[code, default: 0] + 1
        warningCounts[code] = count
        return count <= Self.warningsShownPerCode
    }

    private func append(_ severity: Severity, _ message: Message, line: Int, column: Int, node: Int = -1) {
        var (line, column) = (line, column)
        // libyaml places the end of a file without a final line break on a line the file does not
        // have: such a place is the end of the last line (fuzz findings F1, F7).
        if let lineIndex, line > lineIndex.lineCount {
            (line, column) = lineIndex.end
        }
        let location = SourceLocation(file: file, line: line, column: column)
        var diagnostic = Diagnostic(severity, message, language, at: location)
        if node >= 0, let tree { diagnostic.path = tree.path(to: node) }
        diagnostics.append(diagnostic)
    }

    func error(_ message: Message, line: Int = 1, column: Int = 1) {
        report(.error, message, line: line, column: column)
    }

    func error(_ message: Message, at mark: SourceMark?) {
        report(.error, message, line: mark?.line ?? 1, column: mark.map(column) ?? 1, node: mark?.node ?? -1)
    }

    func warning(_ message: Message, at mark: SourceMark?) {
        report(.warning, message, line: mark?.line ?? 1, column: mark.map(column) ?? 1, node: mark?.node ?? -1)
    }

    func warning(_ message: Message, line: Int, column: Int) {
        report(.warning, message, line: line, column: column)
    }

    /// A warning of `code` whose message and column are worked out only if it is among those shown:
    /// past `warningsShownPerCode`, a warning costs a count.
    func warning(_ code: String, at mark: SourceMark?, _ message: @autoclosure () -> Message) {
        guard admitsWarning(code) else { return }
        let message = message()
        assert(message.code == code, "warning(\(code)) given a [\(message.code)] message")
        append(.warning, message, line: mark?.line ?? 1, column: mark.map(column) ?? 1, node: mark?.node ?? -1)
    }

    /// The same at a known line and column.
    func warning(_ code: String, line: Int, column: Int, _ message: @autoclosure () -> Message) {
        guard admitsWarning(code) else { return }
        let message = message()
        assert(message.code == code, "warning(\(code)) given a [\(message.code)] message")
        append(.warning, message, line: line, column: column)
    }

    /// Codes reported at a character inside a text, by the pass over the bytes (before the tree exists)
    /// or at an escape: their field is the text they are in.
    private static let placedInText: Set<String> = ["invisible-character", "control-character", "unsupported-character"]

    /// Gives a field path to what was reported inside a text, now that the tree exists.
    func locateInTexts() {
        guard let tree else { return }
        for i in diagnostics.indices where diagnostics[i].path == nil && Self.placedInText.contains(diagnostics[i].code) {
            guard let location = diagnostics[i].location else { continue }
            let offset = lineIndex?.offset(line: location.line, column: location.column)
            if let node = tree.scalar(atOrBefore: location.line, location.column, offset: offset) {
                diagnostics[i].path = tree.path(to: node)
            }
        }
    }

    /// One closing warning for each code that had more warnings than are shown.
    func summarizeWarnings() {
        for (code, count) in warningCounts.sorted(by: { $0.key < $1.key }) where count > Self.warningsShownPerCode {
            let hidden = count - Self.warningsShownPerCode
            let message = Message.moreWarnings(code, hidden: hidden, of: count)
            let location = SourceLocation(file: file, line: 1, column: 1)
            diagnostics.append(Diagnostic(.warning, message, language, at: location))
        }
    }
}
