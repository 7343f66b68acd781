import ArgumentParser
import CongTacCalendar
import CongTacFiles
import CongTacLoading
import CongTacMessages
import CongTacModel
import CongTacRendering
import Foundation

/// `congtac render FILE… --format docx,html`: checks each file, then writes its outputs.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Xuất văn bản DOCX, trang HTML và/hoặc văn bản điện tử PDF từ tệp lịch.",
        discussion: """
            Mỗi tệp FILE.yaml cho FILE.docx / FILE.html / FILE.pdf trong thư mục kết quả (mặc định: cạnh tệp lịch). \
            Tệp có lỗi không sinh ra gì, và tệp kết quả cũ được giữ nguyên. \
            Bản PDF (PDF/A-2b, có thẻ cấu trúc) do congtac tự dựng, cùng bố cục trang với bản DOCX, \
            có sẵn ô chữ ký số cho lãnh đạo ký.
            """
    )

    static let defaultFormat = "docx"
    static let defaultView = View.document.rawValue

    enum Format: String, CaseIterable {
        case docx, html, ics, pdf
    }

    /// What a file is rendered as: the programme itself, the weekly schedules of its weeks, or each
    /// leader's own schedule.
    enum View: String, CaseIterable {
        case document, week, leader
    }

    @Argument(help: "Các tệp lịch (.yaml, .yml, .json).")
    var files: [String]

    @Option(name: .long, help: "Định dạng: docx, html, ics (lịch iCalendar), pdf (văn bản điện tử), ghép bằng dấu phẩy: docx,html,pdf.")
    var format: String = Render.defaultFormat

    @Option(name: .long, help: "Cách xem: document (văn bản, mặc định), week (lịch công tác tuần: FILE-week-YYYY-Www.docx/.html) hoặc leader (lịch riêng của từng lãnh đạo: FILE.lanh-dao-TÊN.html/.ics).")
    var view: String = Render.defaultView

    @Option(name: .long, help: "Với --view leader: chỉ lịch của lãnh đạo này (ví dụ \"Đ/c Hoàn\" hoặc Hoàn).")
    var leader: String?

    @Option(name: [.short, .long], help: "Thư mục ghi kết quả (mặc định: cạnh từng tệp lịch).")
    var output: String?

    @Flag(name: .long, help: "Với html: ghi đoạn HTML để dán vào cổng thông tin (FILE.fragment.html).")
    var fragment = false

    @Flag(name: .long, help: "Với --fragment: ghi mọi quy tắc CSS vào thuộc tính style (FILE.inline.html), để dán vào trình soạn thảo của cổng thông tin.")
    var inline = false

    @Option(name: .long, help: "Với --view week: chỉ xuất tuần này (YYYY-Www, ví dụ 2025-W06).")
    var week: String?

    @Flag(name: .long, help: "Với --view week: xuất cả tuần thiếu tệp lịch của một tháng (không có các ngày ấy).")
    var partial = false

    @Option(name: .long, help: "Thư mục mẫu riêng (xuất bộ mẫu gốc bằng `congtac templates export`).")
    var templates: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        _ = try formats()
        let view = try selectedView()
        let language = Language.resolve(language.lang)
        if view != .week, week != nil || partial { throw ValidationError(Phrase.weekOptionsNeedWeekView.text(language)) }
        _ = try parsedWeek()
        if try inline && (!fragment || !formats().contains(.html)) {
            throw ValidationError(Phrase.inlineNeedsFragment.text(language))
        }
        try PathArguments.requireNonEmpty(files, name: "FILE", language)
        try PathArguments.requireNonEmpty(output, name: "--output", language)
        try PathArguments.requireNonEmpty(templates, name: "--templates", language)
    }

    /// `.html`, `.fragment.html`, or `.inline.html` for the inlined fragment.
    static func htmlSuffix(fragment: Bool, inline: Bool) -> String {
        inline ? ".inline.html" : fragment ? ".fragment.html" : ".html"
    }

    /// The week of `--week`, if given.
    func parsedWeek() throws -> ISOWeek? {
        guard let week else { return nil }
        guard let parsed = ISOWeek(parsing: week) else {
            throw ValidationError(Phrase.weekNotISOWeek(week).text(Language.resolve(language.lang)))
        }
        return parsed
    }

    func formats() throws -> [Format] {
        let names = format.split(separator: ",").map { String($0).trimmedOfSpaces.lowercased() }
        var result: [Format] = []
        for name in names {
            guard let f = Format(rawValue: name) else {
                throw ValidationError(Phrase.unsupportedFormat(name).text(Language.resolve(language.lang)))
            }
            if !result.contains(f) { result.append(f) }
        }
        if result.isEmpty { throw ValidationError(Phrase.missingFormat.text(Language.resolve(language.lang))) }
        return result
    }

    func run() throws {
        MemoryTuning.keepFreedMemory()
        let language = Language.resolve(language.lang)
        let formats = try formats()
        let view = try selectedView()
        let set: TemplateSet
        do {
            set = try templates.map { try TemplateSet(directory: $0) } ?? .builtIn
        } catch let error as RenderError {
            Diagnostics.print([error.diagnostic(language)])
            throw ExitCode(1)
        }
        let renderers: Renderers
        do {
            renderers = try Renderers(set, formats: formats, view: view)
        } catch let error as RenderError {
            Diagnostics.print([error.diagnostic(language)])
            throw ExitCode(1)
        }
        if let output {
            do {
                try OutputWriter.makeFolder(output)
            } catch {
                Diagnostics.print([RenderJob.diagnostic(for: error, language)])
                throw ExitCode(1)
            }
        }
        // The PDF's fonts must show every text: checked where the file says it, before rendering.
        var loader = ScheduleLoader(language: language)
        loader.imageProblem = { @Sendable (png: [UInt8]) -> Message? in PDFRenderer.imageProblem(png) }
        if formats.contains(.pdf) {
            loader.unsupportedCharacter = { @Sendable (text: String) -> Character? in PDFRenderer.unsupportedCharacter(in: text) }
        }
        if view == .week {
            var job = WeekRenderJob(files: files, formats: formats, fragment: fragment, inline: inline, output: output, language: language,
                                    loader: loader, renderers: renderers, only: try parsedWeek(), partial: partial)
            if templates != nil {
                job.templateFiles = Set(set.files.keys.compactMap { FileIdentity(set.displayPath($0)) })
            }
            if !job.run() { throw ExitCode(1) }
            return
        }
        // Files are independent: a batch uses every core, and reports in the order the files were given.
        let results = FileResults(count: files.count)
        var setUp = RenderJob(files: files, formats: formats, fragment: fragment, inline: inline, output: output, language: language,
                              loader: loader, renderers: renderers)
        setUp.view = view
        setUp.leaderQuery = leader
        // An agency's templates are inputs too: `--output` into the templates folder must not replace one.
        if templates != nil {
            setUp.templateFiles = Set(set.files.keys.compactMap { FileIdentity(set.displayPath($0)) })
        }
        let job = setUp
        job.sweepStaleTemporaries()
        let render = { @Sendable (index: Int) in results.set(index, job.process(index)) }
        if files.count == 1 {
            render(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: files.count, execute: render)
        }
        var failed = false
        for result in results.all {
            Diagnostics.print(result.diagnostics)
            for line in result.written { print(line) }
            if result.failed { failed = true }
        }
        if failed { throw ExitCode(1) }
    }
}

/// One run's work on its files, shareable across threads.
struct RenderJob: Sendable {
    let files: [String]
    let formats: [Render.Format]
    let fragment: Bool
    /// `--inline`: the fragment with its CSS in `style` attributes, as `<name>.inline.html`.
    let inline: Bool
    let output: String?
    let language: Language
    let loader: ScheduleLoader
    let renderers: Renderers
    /// `--view` and `--leader` (see Render+Leaders.swift).
    var view: Render.View = .document
    var leaderQuery: String?
    /// For a file whose outputs an earlier file of the run already writes, that earlier file's index.
    var sameOutputAs: [Int: Int] = [:]
    /// The input files of the run: no output may replace one of them.
    var inputs: Set<FileIdentity> = []
    /// The files of the template set given with `--templates`, for the same reason.
    var templateFiles: Set<FileIdentity> = []
    /// The working folder, read once: paths are compared in absolute form.
    let currentDirectory = FileManager.default.currentDirectoryPath

    init(files: [String], formats: [Render.Format], fragment: Bool, inline: Bool = false, output: String?, language: Language,
         loader: ScheduleLoader, renderers: Renderers) {
        self.files = files
        self.formats = formats
        self.fragment = fragment
        self.inline = inline
        self.output = output
        self.language = language
        self.loader = loader
        self.renderers = renderers
        // Places compared by the folders' identities: `a/x.yaml` and `link-to-a/x.yaml` write one file.
        var firstWriter: [OutputPlace: Int] = [:]
        for (index, file) in files.enumerated() {
            if let input = FileIdentity(file) { inputs.insert(input) }
            for format in formats {
                let place = OutputPlace(outputPath(for: file, format: format), currentDirectory: currentDirectory)
                if let earlier = firstWriter[place], earlier != index {
                    sameOutputAs[index] = sameOutputAs[index] ?? earlier
                } else {
                    firstWriter[place] = index
                }
            }
        }
    }

    /// Removes what killed runs left beside this run's outputs: once per folder, before any writing.
    func sweepStaleTemporaries() {
        var names: [String: Set<String>] = [:]
        for file in files {
            for format in formats {
                let path = outputPath(for: file, format: format)
                names[PathNames.folder(of: path), default: []].insert(PathNames.lastComponent(of: path))
            }
        }
        for (folder, names) in names { OutputWriter.sweepStaleTemporaries(in: folder, names: names) }
    }

    /// What one file gave: its diagnostics, the outputs written, whether it failed.
    struct FileResult: Sendable {
        var diagnostics: [Diagnostic] = []
        var written: [String] = []
        var failed = false
    }

    /// Loads, checks, renders and writes one file; nothing is written unless every format rendered.
    func process(_ index: Int) -> FileResult {
        let file = files[index]
        var result = FileResult()
        // Two inputs with the same name would write the same output: the later one is refused.
        if let earlier = sameOutputAs[index] {
            result.diagnostics.append(Diagnostic(.error, .sameOutput(as: files[earlier]), language,
                                                 at: SourceLocation(file: file, line: 1, column: 1)))
            result.failed = true
            return result
        }
        let loaded = loader.load(path: file)
        result.diagnostics = loaded.diagnostics
        guard let schedule = loaded.renderable else {
            result.failed = true
            return result
        }
        do {
            var outputs: [(path: String, data: [UInt8])] = []
            if view == .leader {
                guard let leaderOutputs = try self.leaderOutputs(schedule, file: file, into: &result) else { return result }
                outputs = leaderOutputs
                OutputWriter.sweepStaleTemporaries(of: outputs.map(\.path))
            }
            for format in formats where view == .document {
                outputs.append((outputPath(for: file, format: format), try renderers.render(schedule, format, fragment: fragment, inline: inline)))
            }
            try OutputWriter.writeTogether(outputs, sparing: inputs, templates: templateFiles)
            for (path, _) in outputs { result.written.append(Phrase.wrote(path).text(language)) }
        } catch {
            result.diagnostics.append(Self.diagnostic(forRenderOrWrite: error, language))
            result.failed = true
        }
        return result
    }

    /// A failed render or write of one input's outputs, as a diagnostic.
    static func diagnostic(forRenderOrWrite error: Error, _ language: Language) -> Diagnostic {
        switch error {
        case let error as RenderError: error.diagnostic(language)
        case let error as OutputWriter.Failure: diagnostic(for: error, language)
        default: Diagnostic(.error, .unexpected("\(error)"), language, at: nil)
        }
    }

    /// An output that could not be written, as `path:1:1: error: … [output]`.
    static func diagnostic(for failure: OutputWriter.Failure, _ language: Language) -> Diagnostic {
        let (path, message): (String, Message)
        switch failure {
        case let .isInput(p): (path, message) = (p, .outputIsInput)
        case let .isTemplate(p): (path, message) = (p, .outputIsTemplate)
        case let .notWritable(p, problem): (path, message) = (p, .notWritable(.fileProblem(problem)))
        }
        return Diagnostic(.error, message, language, at: SourceLocation(file: path, line: 1, column: 1))
    }

    /// `DIR/<name>.docx`, `DIR/<name>.html`, `DIR/<name>.fragment.html` or `DIR/<name>.inline.html`,
    /// named after the input file.
    func outputPath(for file: String, format: Render.Format) -> String {
        let base = PathNames.deletingExtension(PathNames.lastComponent(of: file))
        let name: String
        switch format {
        case .docx: name = base + ".docx"
        case .html: name = base + Render.htmlSuffix(fragment: fragment, inline: inline)
        case .pdf: name = base + ".pdf"
        case .ics: name = base + ".ics"
        }
        if output == nil && !file.contains("/") { return name }
        return PathNames.join(output ?? PathNames.folder(of: file), name)
    }
}

/// Per-file results filled in from several threads, read once all are done.
final class FileResults: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [RenderJob.FileResult]

    init(count: Int) {
        results = Array(repeating: RenderJob.FileResult(), count: count)
    }

    func set(_ index: Int, _ result: RenderJob.FileResult) {
        lock.lock()
        results[index] = result
        lock.unlock()
    }

    var all: [RenderJob.FileResult] {
        lock.lock()
        defer { lock.unlock() }
        return results
    }
}
