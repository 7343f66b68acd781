import ArgumentParser
import CongTacLoading
import CongTacMessages
import CongTacModel
import CongTacRendering
import Foundation

/// `congtac check FILE…`: every problem of every file, gcc-style, at once.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Kiểm tra tệp lịch: in mọi lỗi và cảnh báo dạng tệp:dòng:cột.",
        discussion: "Mã thoát 1 nếu có lỗi, 0 nếu chỉ có cảnh báo hoặc không có gì."
    )

    @Argument(help: "Các tệp lịch (.yaml, .yml hoặc .json).")
    var files: [String]

    @OptionGroup var language: LanguageOption

    func validate() throws {
        try PathArguments.requireNonEmpty(files, name: "FILE", Language.resolve(language.lang))
    }

    func run() throws {
        MemoryTuning.keepFreedMemory()
        let language = Language.resolve(language.lang)
        var loader = ScheduleLoader(language: language)
        // Signature and seal images are judged by the PDF's PNG reader, as `render` would.
        loader.imageProblem = { @Sendable (png: [UInt8]) -> Message? in PDFRenderer.imageProblem(png) }
        var failed = false
        for file in files {
            let result = loader.load(path: file)
            Diagnostics.print(result.diagnostics)
            if result.diagnostics.hasErrors { failed = true }
            Diagnostics.summary(file: file, result.diagnostics, language: language)
        }
        if failed { throw ExitCode(1) }
    }
}
