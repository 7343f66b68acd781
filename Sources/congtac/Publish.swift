import ArgumentParser
import CongTacCalendar
import CongTacFiles
import CongTacLoading
import CongTacMessages
import CongTacModel
import CongTacRendering
import Foundation

/// `congtac publish FILE… --output SITE`: the archive site a portal editor copies to a web server.
struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Dựng trang lưu trữ tĩnh (index.html, trang tháng, tuần, lãnh đạo, lịch .ics, tin Atom) từ các tệp lịch.",
        discussion: """
            Mỗi tháng: trang HTML, DOCX, PDF và hai đoạn HTML để dán; mỗi tuần ISO: YYYY-Www.html; mỗi lãnh đạo: \
            lanh-dao/TÊN.html và .ics; cả cơ quan: lich.ics, feed.xml, sitemap.xml. Xuất lại chỉ ghi các tệp có nội dung \
            đổi khác, và không dựng lại tháng không đổi. Tệp lịch có lỗi không sinh ra gì; trang cũ của tháng ấy giữ nguyên.
            """
    )

    @Argument(help: "Các tệp lịch (.yaml, .yml, .json), mỗi tháng một tệp.")
    var files: [String]

    @Option(name: [.short, .long], help: "Thư mục của trang lưu trữ.")
    var output: String

    @Option(name: .long, help: "Địa chỉ gốc của trang khi đăng (ví dụ https://sokhcn.hatinh.gov.vn/lich/), để feed.xml và sitemap.xml có địa chỉ đầy đủ.")
    var baseURL: String?

    @Option(name: .long, help: "Thư mục mẫu riêng (xuất bộ mẫu gốc bằng `congtac templates export`).")
    var templates: String?

    /// The day taken as today, for the current week (tests; else the clock, in Vietnam's time).
    @Option(name: .long, help: .hidden)
    var today: String?

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let language = Language.resolve(language.lang)
        try PathArguments.requireNonEmpty(files, name: "FILE", language)
        try PathArguments.requireNonEmpty(output, name: "--output", language)
        try PathArguments.requireNonEmpty(templates, name: "--templates", language)
        if let baseURL, !Self.isBaseURL(baseURL) { throw ValidationError(Phrase.invalidBaseURL(baseURL).text(language)) }
        if let today, Self.date(today) == nil { throw ValidationError(Phrase.invalidDate(today).text(language)) }
    }

    /// `http(s)://` then printable ASCII with no space, quote or angle bracket: it is written into XML as it is.
    static func isBaseURL(_ text: String) -> Bool {
        guard text.hasPrefix("https://") || text.hasPrefix("http://") else { return false }
        return text.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && !"\"'<>\\`{}|^".utf8.contains($0) }
    }

    /// `2025-02-17`.
    static func date(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2] else { return nil }
        return CivilDate.valid(year: y, month: m, day: d)
    }

    func run() throws {
        MemoryTuning.keepFreedMemory()
        let language = Language.resolve(language.lang)
        let set: TemplateSet
        let pages: SitePageRenderer
        let renderers: Renderers
        do {
            set = try templates.map { try TemplateSet(directory: $0) } ?? .builtIn
            pages = try SitePageRenderer(templates: set)
            renderers = try Renderers(set, formats: [.docx, .html, .pdf])
        } catch let error as RenderError {
            Diagnostics.print([error.diagnostic(language)])
            throw ExitCode(1)
        }
        // Held to the end of the run: a second `publish` to this site stops before it reads a file.
        let lock: FolderLock
        do {
            try OutputWriter.makeFolder(PathNames.join(output, SiteLink.leaderFolder))
            try OutputWriter.makeFolder(PathNames.join(output, SiteManifest.storeFolder))
            let lockPath = PathNames.join(output, SiteManifest.lockFile)
            guard let taken = try FolderLock.take(lockPath, note: Phrase.siteLockNote.text(language) + "\n") else {
                Diagnostics.print([Diagnostic(.error, .siteBusy, language, at: SourceLocation(file: output, line: 1, column: 1))])
                throw ExitCode(1)
            }
            lock = taken
        } catch let error as OutputWriter.Failure {
            Diagnostics.print([RenderJob.diagnostic(for: error, language)])
            throw ExitCode(1)
        }
        defer { withExtendedLifetime(lock) {} }
        var loader = ScheduleLoader(language: language)
        loader.imageProblem = { @Sendable (png: [UInt8]) -> Message? in PDFRenderer.imageProblem(png) }
        loader.unsupportedCharacter = { @Sendable (text: String) -> Character? in PDFRenderer.unsupportedCharacter(in: text) }
        var job = SitePublisher(files: files, site: output, base: baseURL, language: language, loader: loader,
                                renderers: renderers, pages: pages, today: today.flatMap(Self.date) ?? Self.vietnamToday())
        // An injected day stamps new versions too, so that a test's feed does not depend on the clock.
        if let today { job.now = "\(today)T00:00:00Z" }
        job.templatesKey = SitePublisher.fingerprint(text: set.files.sorted { $0.key < $1.key }.map { $0.key + "\u{0}" + $0.value })
        if templates != nil {
            job.templateFiles = Set(set.files.keys.compactMap { FileIdentity(set.displayPath($0)) })
        }
        if !job.run() { throw ExitCode(1) }
    }

    /// Today in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
    static func vietnamToday() -> CivilDate {
        let seconds = Int(Date().timeIntervalSince1970) + 7 * 3600
        return CivilDate(year: 1970, month: 1, day: 1).adding(days: seconds / 86400)
    }
}
