import ArgumentParser
import CongTacFiles
import CongTacImport
import CongTacLoading
import CongTacMessages
import CongTacModel
import Foundation

/// `congtac import FILE.docx|.xlsx|.csv [--output FILE.yaml] [--month YYYY-MM] [--from PREVIOUS.yaml]
/// [--sheet NAME]`: a schedule file from the office's own Word document or spreadsheet, with every
/// unsure place as a warning.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Nhập chương trình công tác từ văn bản Word (.docx) hoặc bảng tính (.xlsx, .csv) thành tệp lịch YAML.",
        discussion: """
            Đọc phần đầu, tên văn bản, các mục, bảng lịch, nơi nhận và chữ ký; in "N ngày, M việc, K chỗ cần \
            xem lại" và mỗi chỗ chưa chắc chắn thành một cảnh báo có vị trí (đoạn 37; bảng 2, hàng 14, cột 2). \
            Nội dung không xếp được được giữ lại thành ghi chú ở đầu tệp. Tệp lỗi không sinh ra gì. \
            Bảng tính có mỗi hàng một việc (Ngày | Buổi | Nội dung | Đơn vị chuẩn bị | Lãnh đạo chủ trì); \
            phần đầu, nơi nhận và chữ ký lấy từ --from như `congtac new`.
            """
    )

    @Argument(help: ArgumentHelp("Tệp cần nhập (.docx, .xlsx, .csv).", valueName: "FILE"))
    var file: String

    @Option(name: [.short, .long], help: ArgumentHelp("Ghi vào tệp này (mặc định: FILE.yaml cạnh tệp nhập).", valueName: "FILE.yaml"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Tháng của bảng lịch khi văn bản không nói rõ, dạng YYYY-MM.", valueName: "YYYY-MM"))
    var month: String?

    @Option(name: .long, help: ArgumentHelp("Tệp lịch tháng trước: những gì văn bản thiếu (phần đầu, lãnh đạo, ngày nghỉ riêng).", valueName: "PREVIOUS"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("Với .xlsx: trang có bảng lịch (mặc định: trang đầu tiên có hàng tiêu đề bảng lịch).", valueName: "NAME"))
    var sheet: String?

    @Flag(name: .long, help: "Ghi đè tệp --output đã có.")
    var force = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let language = Language.resolve(language.lang)
        if let month { _ = try CalendarMonth.parse(month, language: language) }
        try PathArguments.requireNonEmpty(file, name: "FILE", language)
        try PathArguments.requireNonEmpty(from, name: "--from", language)
        try PathArguments.requireNonEmpty(output, name: "--output", language)
    }

    func run() throws {
        let language = Language.resolve(language.lang)
        var options = ImportOptions(sheet: sheet)
        if let month { options.month = try CalendarMonth.parse(month, language: language) }
        let loader = ScheduleLoader(language: language)
        if let from {
            let result = loader.load(path: from)
            guard let schedule = result.renderable else {
                Diagnostics.print(result.diagnostics)
                throw ExitCode(1)
            }
            options.previous = schedule
        }
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(file, limit: ScheduleImporter.maxFileSize)
        } catch {
            throw failure(error.message, path: file, language)
        }
        let ext = PathNames.lastComponent(of: file).split(separator: ".").last.map { String($0) } ?? ""
        let result: ImportResult
        do {
            result = try ScheduleImporter(options: options).importFile(bytes, extension: ext)
        } catch {
            throw failure(error.message, path: file, language)
        }
        let text = ScheduleWriter().text(result.schedule, notes: ImportNotes(kept: result.kept, language: language))
        let name = output ?? PathNames.join(PathNames.folder(of: file), PathNames.deletingExtension(PathNames.lastComponent(of: file)) + ".yaml")
        // What is written must pass `check`: a file that does not would be the importer's bug.
        let check = loader.load(data: Data(text.utf8), name: name)
        if check.diagnostics.hasErrors {
            Diagnostics.print(check.diagnostics.filter { $0.severity == .error })
            throw failure(.importDraftErrors, path: name, language)
        }
        printWarnings(result.warnings, language)

        if let source = FileIdentity(file), FileIdentity(name) == source {
            throw failure(.outputIsInput, path: name, language)
        }
        if let from, let source = FileIdentity(from), FileIdentity(name) == source {
            throw failure(.outputIsPrevious, path: name, language)
        }
        var info = stat()
        if stat(name, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw failure(.outputIsDirectory, path: name, language) }
            if !force { throw failure(.outputExists, path: name, language) }
        }
        OutputWriter.sweepStaleTemporaries(in: PathNames.folder(of: name), names: [PathNames.lastComponent(of: name)])
        do {
            try OutputWriter.write(Array(text.utf8), to: name)
        } catch {
            Diagnostics.print([RenderJob.diagnostic(for: error, language)])
            throw ExitCode(1)
        }
        print(Phrase.wrote(name).text(language))
        print(Phrase.importSummary(days: result.dayCount, items: result.itemCount, review: result.warnings.count).text(language))
    }

    /// `FILE: bảng 2, hàng 14, cột 2: warning: message [code]`, in the source's order.
    private func printWarnings(_ warnings: [ImportWarning], _ language: Language) {
        var text = ""
        for warning in warnings {
            let place = warning.place.map { ": " + $0.phrase.text(language) } ?? ""
            text += "\(file)\(place): \(Severity.warning.rawValue): \(warning.message.text(language)) [\(warning.message.code)]\n"
        }
        fflush(nil)
        FileHandle.standardError.write(Data(text.utf8))
    }

    private func failure(_ message: Message, path: String, _ language: Language) -> ExitCode {
        Diagnostics.print([Diagnostic(.error, message, language, at: SourceLocation(file: path, line: 1, column: 1))])
        return ExitCode(1)
    }
}

/// Reads a whole input file of bounded size, refusing what is not a regular file.
enum InputFile {
    struct Refusal: Error {
        let message: Message
    }

    static func read(_ path: String, limit: Int) throws(Refusal) -> [UInt8] {
        func refuse(_ problem: FileProblem) -> Refusal { Refusal(message: .fileUnreadable(.fileProblem(problem))) }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { throw refuse(.system(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw refuse(.system(errno)) }
        if info.st_mode & S_IFMT == S_IFDIR { throw refuse(.notRegular(.directory)) }
        guard info.st_mode & S_IFMT == S_IFREG else { throw refuse(.notRegular(.other)) }
        guard Int(info.st_size) <= limit else { throw Refusal(message: .fileTooLarge(bytes: Int(info.st_size), limit: limit)) }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress! + offset, $0.count - offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw refuse(.system(errno))
            }
            if count == 0 { break }
            offset += count
        }
        if offset == 0 { throw Refusal(message: .emptyFile) }
        return Array(bytes[..<offset])
    }
}
