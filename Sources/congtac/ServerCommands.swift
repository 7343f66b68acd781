import ArgumentParser
import CongTacFiles
import CongTacMessages
import Foundation

/// `congtac serve …` and `congtac users …`: run `congtac-server` from beside this program with the
/// same arguments. The server is a separate binary so that `congtac` itself links no NIO and starts
/// as fast as before.
enum ServerLauncher {
    /// Replaces this process with `congtac-server SUBCOMMAND ARGUMENTS…`; returns only on failure.
    static func exec(_ subcommand: String, _ arguments: [String]) throws -> Never {
        let language = Language.resolve(arguments.firstIndex(of: "--lang").flatMap { index in
            arguments.indices.contains(index + 1) ? arguments[index + 1] : nil
        })
        let server = PathNames.join(PathNames.folder(of: ownExecutable()), "congtac-server")
        guard access(server, X_OK) == 0 else {
            FileHandle.standardError.write(Data((Phrase.serverBinaryMissing(server).text(language) + "\n").utf8))
            throw ExitCode(1)
        }
        let argv = [server, subcommand] + arguments
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) }
        cArguments.append(nil)
        execv(server, &cArguments)
        FileHandle.standardError.write(Data((Phrase.serverBinaryMissing(server).text(language) + "\n").utf8))
        throw ExitCode(1)
    }

    /// This program's path: /proc/self/exe where there is one, else argv[0] as given.
    static func ownExecutable() -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, Int(PATH_MAX))
        if count > 0 { return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return CommandLine.arguments[0]
    }
}

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Mở không gian làm việc trên trình duyệt (chạy congtac-server serve; xem `congtac-server serve --help`).")

    @Argument(parsing: .captureForPassthrough, help: "Các tuỳ chọn của congtac-server serve, ví dụ --workspace examples.")
    var arguments: [String] = []

    func run() throws { try ServerLauncher.exec("serve", arguments) }
}

struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Quản lý tài khoản của không gian làm việc (chạy congtac-server users; add, list, remove, passwd).")

    @Argument(parsing: .captureForPassthrough, help: "Lệnh con và tuỳ chọn của congtac-server users, ví dụ add an --role unit --unit \"Văn phòng\".")
    var arguments: [String] = []

    func run() throws { try ServerLauncher.exec("users", arguments) }
}
