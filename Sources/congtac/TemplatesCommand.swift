import ArgumentParser
import CongTacLoading
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
            try PathArguments.requireNonEmpty(directory, name: "DIR", vietnamese: Language.resolve(language.lang) == .vi)
        }

        func run() throws {
            let vietnamese = Language.resolve(language.lang) == .vi
            do {
                try TemplateSet.builtIn.export(to: directory)
            } catch let error as RenderError {
                Diagnostics.print([error.diagnostic(vietnamese: vietnamese)])
                throw ExitCode(1)
            }
            print(vietnamese ? "đã ghi bộ mẫu vào \(directory)" : "wrote the template set to \(directory)")
        }
    }
}
