import ArgumentParser
import CongTacCalendar
import CongTacFiles
import CongTacLoading
import CongTacMessages
import CongTacModel
import Foundation

/// `congtac new YYYY-MM [--from PREVIOUS] [--output FILE] [--force]`: a ready-to-edit schedule file.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Tạo tệp lịch nháp cho một tháng, sẵn các ngày làm việc và ngày nghỉ lễ.",
        discussion: """
            Mỗi ngày làm việc có sẵn một mục đã tắt bằng dấu "#": bỏ dấu "#" để điền; ngày chưa điền được \
            `congtac check` nhắc bằng cảnh báo weekday-missing. Ngày nghỉ lễ, Tết rơi vào ngày làm việc được \
            ghi sẵn. Với --from, phần đầu, các mục, nơi nhận và chữ ký được chép từ chương trình tháng trước, \
            tên văn bản chuyển sang tháng mới; số văn bản bỏ trống để điền khi ký.
            """
    )

    @Argument(help: ArgumentHelp("Tháng của chương trình, dạng YYYY-MM (ví dụ 2025-03).", valueName: "YYYY-MM"))
    var month: String

    @Option(name: .long, help: ArgumentHelp("Tệp lịch tháng trước để chép phần đầu, nơi nhận và chữ ký.", valueName: "PREVIOUS"))
    var from: String?

    @Option(name: [.short, .long], help: ArgumentHelp("Ghi vào tệp này (mặc định: in ra màn hình).", valueName: "FILE"))
    var output: String?

    @Flag(name: .long, help: "Ghi đè tệp --output đã có.")
    var force = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        let language = Language.resolve(language.lang)
        _ = try CalendarMonth.parse(month, language: language)
        try PathArguments.requireNonEmpty(from, name: "--from", language)
        try PathArguments.requireNonEmpty(output, name: "--output", language)
    }

    func run() throws {
        let language = Language.resolve(language.lang)
        let month = try CalendarMonth.parse(month, language: language)
        let loader = ScheduleLoader(language: language)

        var previous: Schedule?
        if let from {
            let result = loader.load(path: from)
            guard let schedule = result.renderable else {
                Diagnostics.print(result.diagnostics)
                throw ExitCode(1)
            }
            previous = schedule
        }

        let text = ScheduleDraft(month: month, previous: previous, holidays: previous?.holidays ?? HolidayCalendar()).text()
        let name = output ?? "\(ScheduleDraft.yearMonth(month)).yaml"
        // A draft that does not load would be a bug of congtac: say so instead of writing it.
        let check = loader.load(data: Data(text.utf8), name: name)
        if check.diagnostics.hasErrors {
            Diagnostics.print(check.diagnostics.filter { $0.severity == .error })
            throw failure(.draftHasErrors, path: name, language)
        }

        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        // By identity, not by the text: `--from LINK --output TARGET` is one file.
        if let from, let source = FileIdentity(from), FileIdentity(output) == source {
            throw failure(.outputIsPrevious, path: output, language)
        }
        var info = stat()
        if stat(output, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR {
                throw failure(.outputIsDirectory, path: output, language)
            }
            if !force {
                throw failure(.outputExists, path: output, language)
            }
        }
        OutputWriter.sweepStaleTemporaries(in: PathNames.folder(of: output), names: [PathNames.lastComponent(of: output)])
        do {
            try OutputWriter.write(Array(text.utf8), to: output)
        } catch {
            Diagnostics.print([RenderJob.diagnostic(for: error, language)])
            throw ExitCode(1)
        }
        print(Phrase.wrote(output).text(language))
    }

    /// Prints `path:1:1: error: message [output]`; the exit status 1 to throw.
    private func failure(_ message: Message, path: String, _ language: Language) -> ExitCode {
        Diagnostics.print([Diagnostic(.error, message, language, at: SourceLocation(file: path, line: 1, column: 1))])
        return ExitCode(1)
    }
}
