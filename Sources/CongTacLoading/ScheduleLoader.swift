import CongTacCalendar
import CongTacModel
import Foundation
import Yams

/// What loading a schedule file gives: the schedule (when it could be read) and every problem found.
public struct LoadResult: Sendable {
    public var schedule: Schedule?
    public var diagnostics: [Diagnostic]

    /// The schedule, if it can be rendered: read, and without errors.
    public var renderable: Schedule? { diagnostics.hasErrors ? nil : schedule }
}

/// Reads schedule files (YAML, or the same structure as JSON) and checks them.
public struct ScheduleLoader: Sendable {
    /// Deepest `[`/`{` nesting accepted before parsing.
    static let maxFlowDepth = 64

    public var language: Language

    public init(language: Language = .vi) {
        self.language = language
    }

    /// Loads the file at `path`; `displayName` is what messages call it (the path by default).
    public func load(path: String, displayName: String? = nil) -> LoadResult {
        let name = displayName ?? path
        let sink = DiagnosticSink(file: name, language: language)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let (vi, en) = Self.reason(for: error, path: path)
            sink.error(.fileUnreadable(vi: vi, en: en))
            return LoadResult(schedule: nil, diagnostics: sink.diagnostics)
        }
        return load(data: data, name: name)
    }

    /// Loads a schedule from bytes.
    public func load(data: Data, name: String) -> LoadResult {
        let sink = DiagnosticSink(file: name, language: language)
        let schedule = read(data, sink: sink)
        sink.summarizeWarnings()
        return LoadResult(schedule: schedule, diagnostics: sink.diagnostics)
    }

    private func read(_ data: Data, sink: DiagnosticSink) -> Schedule? {
        guard let text = SourceText.decode(data, into: sink) else { return nil }
        let bytes = Array(text.utf8)
        sink.lineIndex = LineIndex(bytes)
        let root: SourceNode?
        if sink.file.lowercased().hasSuffix(".json") {
            var parser = JSONTree(bytes, maxDepth: Self.maxFlowDepth)
            root = parser.parse()
            if let error = parser.error { sink.error(error.message, at: error.mark) }
        } else {
            root = readYAML(text, byteCount: bytes.count, sink: sink)
        }
        guard let root else { return nil }
        let reader = ScheduleReader(sink: sink)
        guard let schedule = reader.read(root) else { return nil }
        ScheduleValidator(sink: sink, holidays: schedule.holidays)
            .validate(schedule, agendas: reader.agendas, monthMark: reader.monthMark)
        return schedule
    }

    private func readYAML(_ text: String, byteCount: Int, sink: DiagnosticSink) -> SourceNode? {
        guard YAMLSyntax.checkNesting(text, limit: Self.maxFlowDepth, into: sink),
              YAMLSyntax.checkKeys(text, into: sink) else { return nil }
        let node: Yams.Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            YAMLSyntax.report(error, text: text, into: sink)
            return nil
        }
        guard let node else {
            sink.error(.emptyFile)
            return nil
        }
        // A file without aliases has about one node per byte at most; aliases may not expand beyond that.
        var tree = YAMLTree(sink: sink, budget: 4 * byteCount + 1_000)
        return tree.convert(node)
    }

    static func reason(for error: Error, path: String) -> (vi: String, en: String) {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            return ("không có tệp này", "no such file")
        }
        if isDirectory.boolValue { return ("đây là một thư mục", "it is a directory") }
        if !FileManager.default.isReadableFile(atPath: path) { return ("không có quyền đọc tệp", "permission denied") }
        let description = (error as NSError).localizedDescription
        return (description, description)
    }
}
