import ArgumentParser

@main
struct CongTac: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "congtac",
        abstract: "Soạn chương trình công tác tháng (CTr) theo Nghị định 30/2020/NĐ-CP từ một tệp lịch YAML/JSON.",
        discussion: """
            Một tệp lịch (YAML hoặc JSON) là nguồn duy nhất; congtac kiểm tra nó và xuất văn bản DOCX để ký \
            và trang HTML cho cổng thông tin. Đặt CONGTAC_LANG=en hoặc dùng --lang en để nhận thông báo bằng tiếng Anh.
            """,
        version: "0.1.0",
        subcommands: [Check.self, Render.self, TemplatesCommand.self, CalendarCommand.self, NewCommand.self, Publish.self, ImportCommand.self, ServeCommand.self, UsersCommand.self]
    )
}

/// Options every command that reads schedule files shares.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Ngôn ngữ thông báo: vi (mặc định) hoặc en; cũng đặt được bằng biến CONGTAC_LANG.")
    var lang: String?
}
