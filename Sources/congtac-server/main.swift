import ArgumentParser
import CongTacMessages
import CongTacServer
import Foundation
import Hummingbird

/// `congtac-server serve|users`: the web workspace (issue #15). `congtac serve …` and
/// `congtac users …` run this program, which is built apart so that `congtac` starts without NIO.
@main
struct CongTacServerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "congtac-server",
        abstract: "Không gian làm việc trên trình duyệt cho chương trình công tác tháng.",
        discussion: "Chạy `congtac-server serve --workspace THƯ_MỤC` rồi mở địa chỉ in ra. Đặt CONGTAC_LANG=en hoặc dùng --lang en để nhận thông báo bằng tiếng Anh.",
        subcommands: [Serve.self, Users.self]
    )
}

struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Thư mục chứa các tệp lịch tháng (*.yaml); cơ sở dữ liệu ở THƯ_MỤC/.congtac/.", valueName: "THƯ_MỤC"))
    var workspace: String = "."

    @Option(name: .long, help: "Ngôn ngữ thông báo: vi (mặc định) hoặc en; cũng đặt được bằng biến CONGTAC_LANG.")
    var lang: String?

    var language: Language { Language.resolve(lang) }

    func checkFolder() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workspace, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError(Phrase.serverNoWorkspace(workspace).text(language))
        }
    }

    func openState(settings: ServerSettings = ServerSettings()) throws -> ServerState {
        try checkFolder()
        do {
            return try ServerState(folder: workspace, settings: settings, language: language)
        } catch {
            throw ValidationError(Phrase.serverDatabaseFailed(String(describing: error)).text(language))
        }
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Mở không gian làm việc trên trình duyệt cho một thư mục lịch.",
        discussion: """
            Lần chạy đầu (chưa có tài khoản) tạo tài khoản văn thư `vanthu` và in mật khẩu một lần. \
            Để dùng qua mạng, đặt máy chủ sau nginx có HTTPS (xem docs/serve.md) và thêm --behind-https-proxy.
            """
    )

    @OptionGroup var options: WorkspaceOptions

    @Option(name: .long, help: ArgumentHelp("Địa chỉ nghe, dạng HOST:PORT (PORT 0: một cổng còn trống, in ra khi đã mở).", valueName: "HOST:PORT"))
    var listen: String = "127.0.0.1:8080"

    @Flag(name: .long, help: "Chạy sau reverse proxy có HTTPS: tin X-Forwarded-Proto/X-Forwarded-For, cookie có Secure.")
    var behindHTTPSProxy = false

    @Option(name: .long, help: ArgumentHelp("Chưa hỗ trợ: dùng nginx (docs/serve.md).", visibility: .hidden))
    var tlsCert: String?

    @Option(name: .long, help: ArgumentHelp("Chưa hỗ trợ: dùng nginx (docs/serve.md).", visibility: .hidden))
    var tlsKey: String?

    func run() async throws {
        let language = options.language
        if tlsCert != nil || tlsKey != nil { throw ValidationError(Phrase.serverTLSUnsupported.text(language)) }
        guard let colon = listen.lastIndex(of: ":"), let port = Int(listen[listen.index(after: colon)...]),
              (0...65535).contains(port), colon > listen.startIndex else {
            throw ValidationError(Phrase.serverBadListen(listen).text(language))
        }
        let host = String(listen[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        var settings = ServerSettings()
        settings.behindHTTPSProxy = behindHTTPSProxy
        let state = try options.openState(settings: settings)
        let report = try await state.start()
        if let account = report.firstAccount {
            printError(Phrase.serverFirstAccount(name: account.name, password: account.password).text(language))
        }
        for month in report.diskVersions { printError(Phrase.serverDiskVersion(month.description).text(language)) }
        let workspace = options.workspace
        try await ServerApp.application(state: state, host: host, port: port) { address in
            printError(Phrase.serverListening(address, workspace: workspace).text(language))
        }.runService()
    }
}

struct Users: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Quản lý tài khoản của không gian làm việc.",
        subcommands: [Add.self, List.self, Remove.self, Passwd.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Thêm tài khoản (mật khẩu hỏi ở bàn phím, hoặc đọc một dòng từ đầu vào chuẩn).")
        @OptionGroup var options: WorkspaceOptions
        @Argument(help: "Tên đăng nhập (chữ thường không dấu, chữ số, . _ -).") var name: String
        @Option(name: .long, help: "Vai trò: office (văn thư), unit (đơn vị), leader (lãnh đạo).") var role: String
        @Option(name: .long, help: "Tên đơn vị của tài khoản unit, đúng như trong cột đơn vị của lịch.") var unit: String?

        func run() async throws {
            let language = options.language
            let state = try options.openState()
            let password = try readPassword(language)
            do {
                let user = try UserRules.validated(name: name, role: role, unit: unit, password: password)
                guard try await state.addUser(user, password: password) else {
                    throw ValidationError(Phrase.serverUserExists(name).text(language))
                }
            } catch let error as APIError {
                throw ValidationError(error.message.text(language))
            }
            printError(Phrase.serverUserAdded(name).text(language))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Liệt kê các tài khoản: tên, vai trò, đơn vị.")
        @OptionGroup var options: WorkspaceOptions

        func run() async throws {
            for user in try options.openState().database.users() {
                print([user.name, user.role.rawValue, user.unit ?? ""].joined(separator: "\t"))
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Xoá một tài khoản và các phiên đăng nhập của nó.")
        @OptionGroup var options: WorkspaceOptions
        @Argument(help: "Tên đăng nhập.") var name: String

        func run() async throws {
            let language = options.language
            guard try options.openState().database.removeUser(name) else {
                throw ValidationError(Phrase.serverNoUser(name).text(language))
            }
            printError(Phrase.serverUserRemoved(name).text(language))
        }
    }

    struct Passwd: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Đặt mật khẩu mới cho một tài khoản (kết thúc các phiên cũ).")
        @OptionGroup var options: WorkspaceOptions
        @Argument(help: "Tên đăng nhập.") var name: String

        func run() async throws {
            let language = options.language
            let state = try options.openState()
            let password = try readPassword(language)
            do {
                try UserRules.checkPassword(password)
            } catch {
                throw ValidationError(error.message.text(language))
            }
            guard try await state.setPassword(name, password: password) else {
                throw ValidationError(Phrase.serverNoUser(name).text(language))
            }
            printError(Phrase.serverPasswordChanged(name).text(language))
        }
    }
}

/// Asks twice at a terminal (without echo); reads one line from a pipe.
func readPassword(_ language: Language) throws -> String {
    if isatty(STDIN_FILENO) == 0 {
        return (readLine(strippingNewline: true) ?? "")
    }
    let first = String(cString: getpass(Phrase.serverPasswordPrompt.text(language)))
    let second = String(cString: getpass(Phrase.serverPasswordAgain.text(language)))
    guard first == second else { throw ValidationError(Phrase.serverPasswordsDiffer.text(language)) }
    return first
}
