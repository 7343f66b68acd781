import ArgumentParser
import CongTacLoading
import CongTacMessages
import CongTacRendering
import Foundation

/// `congtac templates export DIR`: the built-in templates, to start an agency's own style from.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Làm việc với bộ mẫu DOCX/HTML.",
        subcommands: [Export.self]
    )

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Chép bộ mẫu gốc ra thư mục DIR để sửa; dùng lại bằng `congtac render --templates DIR`."
        )

        @Argument(help: "Thư mục đích (không ghi đè tệp đã có).")
        var directory: String

        @OptionGroup var language: LanguageOption

        func validate() throws {
            try PathArguments.requireNonEmpty(directory, name: "DIR", Language.resolve(language.lang))
        }

        func run() throws {
            let language = Language.resolve(language.lang)
            do {
                try TemplateSet.builtIn.export(to: directory)
            } catch let error as RenderError {
                Diagnostics.print([error.diagnostic(language)])
                throw ExitCode(1)
            }
            print(Phrase.wroteTemplates(to: directory).text(language))
        }
    }
}
