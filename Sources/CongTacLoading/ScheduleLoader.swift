import CongTacCalendar
import CongTacMessages
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
    /// The first character of a text that an output's fonts cannot show (the PDF's), when one is
    /// asked for: such a character is an `unsupported-character` error at its place.
    public var unsupportedCharacter: (@Sendable (String) -> Character?)?
    /// What is wrong with a signature or seal image's bytes beyond not being PNG (a damaged or
    /// unsupported file), as the renderer's PNG reader sees it.
    public var imageProblem: (@Sendable ([UInt8]) -> Message?)?
    /// Whether a message that points to another place names its line (`(dòng 29)`). False for a text
    /// no one reads by lines: the JSON the web editor sends, whose lines the clerk never sees.
    public var citesOtherLines = true

    public init(language: Language = .vi, unsupportedCharacter: (@Sendable (String) -> Character?)? = nil) {
        self.language = language
        self.unsupportedCharacter = unsupportedCharacter
    }

    /// Loads the file at `path`; `displayName` is what messages call it (the path by default).
    public func load(path: String, displayName: String? = nil) -> LoadResult {
        let name = displayName ?? path
        switch SourceFile.read(path, limit: SourceText.maxBytes) {
        case .bytes(let bytes):
            return load(bytes: bytes, name: name, folder: Self.folder(of: path))
        case .tooLarge(let size):
            let sink = DiagnosticSink(file: name, language: language)
            sink.error(.fileTooLarge(bytes: size, limit: SourceText.maxBytes))
            return LoadResult(schedule: nil, diagnostics: sink.diagnostics)
        case .unreadable(let problem):
            let sink = DiagnosticSink(file: name, language: language)
            sink.error(.fileUnreadable(.fileProblem(problem)))
            return LoadResult(schedule: nil, diagnostics: sink.diagnostics)
        }
    }

    /// Loads a schedule from bytes.
    public func load(data: Data, name: String) -> LoadResult {
        load(bytes: [UInt8](data), name: name, folder: Self.folder(of: name))
    }

    /// The folder of a file's path, which image paths are relative to.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private func load(bytes: [UInt8], name: String, folder: String) -> LoadResult {
        let sink = DiagnosticSink(file: name, language: language)
        sink.citesOtherLines = citesOtherLines
        let schedule = read(bytes, sink: sink, folder: folder)
        sink.summarizeWarnings()
        return LoadResult(schedule: schedule, diagnostics: sink.diagnostics)
    }

    private func read(_ input: [UInt8], sink: DiagnosticSink, folder: String) -> Schedule? {
        guard let decoded = SourceText.decode(bytes: input, into: sink) else { return nil }
        let bytes = decoded.bytes
        sink.lineIndex = LineIndex(bytes, lineCount: decoded.lineCount)
        let tree: SourceTree?
        if sink.file.lowercased().hasSuffix(".json") {
            var parser = JSONTree(bytes, irregular: decoded.irregular, maxDepth: Self.maxFlowDepth)
            tree = parser.parse()
            if let error = parser.error { sink.error(error.message, at: error.mark) }
        } else {
            tree = readYAML(decoded.text ?? String(decoding: bytes, as: UTF8.self), bytes: bytes, sink: sink)
        }
        guard let tree else { return nil }
        sink.tree = tree
        defer {
            sink.locateInTexts()
            sink.tree = nil
        }
        if let unsupportedCharacter { CharacterCoverage.check(tree, sink: sink, unsupported: unsupportedCharacter) }
        let reader = ScheduleReader(sink: sink, tree: tree)
        reader.folder = folder
        reader.imageProblem = imageProblem
        guard let schedule = reader.read() else { return nil }
        ScheduleValidator(sink: sink, holidays: schedule.holidays)
            .validate(schedule, agendas: reader.agendas, monthMark: reader.monthMark)
        return schedule
    }

    private func readYAML(_ text: String, bytes: [UInt8], sink: DiagnosticSink) -> SourceTree? {
        guard YAMLSyntax.checkNesting(text, limit: Self.maxFlowDepth, into: sink),
              YAMLSyntax.checkKeys(text, into: sink) else { return nil }
        let node: Yams.Node?
        do {
            // The basic resolver: `YAMLTree` reads every scalar as its text and decides null itself,
            // so the implicit tags (int, bool, timestamp…) were never read, and `Resolver.default`
            // compiles a dozen regular expressions, 6% of a whole `congtac render` run.
            node = try Yams.compose(yaml: text, .basic)
        } catch {
            YAMLSyntax.report(error, text: text, into: sink)
            return nil
        }
        guard let node else {
            sink.error(.emptyFile)
            return nil
        }
        // A file without aliases has about one node per byte at most; aliases may not expand beyond that.
        var tree = YAMLTree(sink: sink, budget: 4 * bytes.count + 1_000, source: bytes)
        return tree.convert(node) ? tree.tree : nil
    }
}

/// Reads a regular file with POSIX calls: no URL, no working-directory lookup, one copy.
enum SourceFile {
    enum Outcome {
        case bytes([UInt8])
        /// A regular file above the limit that is not blank: refused without reading it all.
        case tooLarge(Int)
        /// Not a readable regular file (missing, a folder, a pipe, a device, unreadable): why.
        case unreadable(FileProblem)
    }

    static func read(_ path: String, limit: Int) -> Outcome {
        let fd: Int32
        let size: Int
        do {
            (fd, size) = try RegularFile.openForReading(path)
        } catch {
            return .unreadable(error)
        }
        defer { close(fd) }
        if size > limit {
            // A blank file is `empty-file` whatever its size: look at its start before refusing it.
            guard let start = readAll(fd, capacity: 65_536, wholeFile: false) else { return .unreadable(.system(errno)) }
            if !SourceText.isBlank(start) { return .tooLarge(size) }
        } else {
            // One byte more than the size: a file that grew since `fstat` is read again, to its end.
            guard let bytes = readAll(fd, capacity: size + 1, wholeFile: true) else { return .unreadable(.system(errno)) }
            if bytes.count <= size { return .bytes(bytes) }
        }
        // A large blank file, or one that grew: all of it, from the start (the decoder judges it).
        do {
            return .bytes(try RegularFile.contents(of: path))
        } catch {
            return .unreadable(error)
        }
    }

    /// Up to `capacity` bytes from `fd` (all of them, to the end of the file, if `wholeFile`).
    private static func readAll(_ fd: Int32, capacity: Int, wholeFile: Bool) -> [UInt8]? {
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = 0
            while count < capacity {
                let n = Foundation.read(fd, buffer.baseAddress! + count, capacity - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                if n == 0 { return }
                count += n
                if !wholeFile { return }
            }
        }
        return failed ? nil : bytes
    }
}
