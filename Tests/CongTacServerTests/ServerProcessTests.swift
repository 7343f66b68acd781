import CongTacLoading
import CongTacServer
import CongTacTestSupport
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The built programs, as an IT officer runs them: `congtac users …` through `congtac-server`,
/// and a server killed in the middle of saves that starts again with a sound database.
@Suite(.serialized) struct ServerProcessTests {
    static var serverBinary: URL { congtacBinary.deletingLastPathComponent().appendingPathComponent("congtac-server") }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs a program with `input` on its standard input.
    func run(_ program: URL, _ arguments: [String], input: String = "") throws -> Output {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "CONGTAC_LANG")
        process.environment = environment
        let stdin = Pipe(), out = Pipe(), err = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = err
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test func congtacUsersRunsTheServersCommand() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let added = try run(Self.serverBinary, ["users", "add", "vp", "--workspace", folder.path, "--role", "unit", "--unit", "Văn phòng"],
                            input: "mat-khau-dai-123\n")
        #expect(added.status == 0, "\(added.stderr)")
        // Through the CLI: the arguments pass through unchanged.
        let listed = try congtac(["users", "list", "--workspace", folder.path])
        #expect(listed.status == 0, "\(listed.stderr)")
        #expect(listed.stdout == "vp\tunit\tVăn phòng\n")
        let removed = try congtac(["users", "remove", "nobody", "--workspace", folder.path])
        #expect(removed.status != 0)
        #expect(removed.stderr.contains("không có tài khoản nobody"))
        let weak = try run(Self.serverBinary, ["users", "add", "ld", "--workspace", folder.path, "--role", "leader"], input: "ngan\n")
        #expect(weak.status != 0)
        #expect(weak.stderr.contains("ít nhất 10 ký tự"))
    }

    @Test func aServerKilledDuringSavesRestartsWithASoundDatabaseAndItsFileInHistory() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("2025-02.yaml")
        try FileManager.default.copyItem(atPath: example("khcn-ha-tinh-2025-02"), toPath: file.path)
        let log = folder.appendingPathComponent("serve.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let server = Process()
        server.executableURL = Self.serverBinary
        server.arguments = ["serve", "--workspace", folder.path, "--listen", "127.0.0.1:0"]
        server.standardError = try FileHandle(forWritingTo: log)
        server.standardOutput = FileHandle.nullDevice
        try server.run()
        defer { if server.isRunning { kill(server.processIdentifier, SIGKILL) } }

        // The first start prints the office account's password once, then the address it listens on
        // once it accepts connections.
        var password: String?, address: String?
        for _ in 0..<300 where address == nil {
            try await Task.sleep(for: .milliseconds(100))
            let text = try String(contentsOf: log, encoding: .utf8)
            if let at = text.range(of: "http://"), let range = text.range(of: "mật khẩu: ") {
                password = String(text[range.upperBound...].prefix { !$0.isWhitespace })
                address = String(text[at.upperBound...].prefix { $0 != "/" })
            }
        }
        let base = "http://" + (try #require(address))
        func request(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]) async throws -> (Int, Data, [AnyHashable: Any]) {
            var request = URLRequest(url: URL(string: base + path)!)
            request.httpMethod = method
            request.httpBody = body
            for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
            let (data, response) = try await URLSession.shared.data(for: request)
            let http = response as! HTTPURLResponse
            return (http.statusCode, data, http.allHeaderFields)
        }
        let login = try await request("POST", "/api/login",
                                      body: JSONSerialization.data(withJSONObject: ["username": "vanthu", "password": try #require(password)]))
        #expect(login.0 == 200)
        let cookie = try #require((login.2["Set-Cookie"] as? String)?.split(separator: ";").first.map(String.init))
        let csrf = try #require((try JSONSerialization.jsonObject(with: login.1) as? [String: Any])?["csrfToken"] as? String)
        let month = try JSONSerialization.jsonObject(with: try await request("GET", "/api/months/2025-02", headers: ["Cookie": cookie]).1) as! [String: Any]
        var etag = month["etag"] as! String
        var schedule = month["schedule"] as! [String: Any]
        for index in 0..<5 {
            schedule["title"] = "LẦN LƯU \(index)"
            let saved = try await request("PUT", "/api/months/2025-02", body: try JSONSerialization.data(withJSONObject: schedule),
                                          headers: ["Cookie": cookie, "X-CSRF-Token": csrf, "If-Match": etag])
            #expect(saved.0 == 200)
            etag = (try JSONSerialization.jsonObject(with: saved.1) as! [String: Any])["etag"] as! String
        }
        // Kill it while saves are in flight.
        let body = try JSONSerialization.data(withJSONObject: schedule)
        let burst = Task {
            for _ in 0..<50 {
                _ = try? await request("PUT", "/api/months/2025-02", body: body, headers: ["Cookie": cookie, "X-CSRF-Token": csrf, "If-Match": "*"])
            }
        }
        try await Task.sleep(for: .milliseconds(150))
        kill(server.processIdentifier, SIGKILL)
        server.waitUntilExit()
        _ = await burst.result

        var settings = ServerSettings()
        settings.bcryptCost = 4
        let restarted = try ServerState(folder: folder.path, settings: settings)
        #expect(try restarted.database.integrityCheck() == "ok")
        let bytes = try Data(contentsOf: file)
        // The rename is atomic: the file is one whole save, never a mix.
        #expect(ScheduleLoader().load(path: file.path).renderable?.title.hasPrefix("LẦN LƯU") == true)
        // A kill between the file's rename and the version's commit leaves the file newer than the
        // history: start-up records it as a `disk` version exactly then.
        let monthID = MonthID("2025-02")!
        let recorded = try restarted.database.lastVersion(of: monthID)?.etag == ETag.of(bytes)
        let report = try await restarted.start()
        #expect(report.diskVersions.contains(monthID) == !recorded)
        #expect(try restarted.database.lastVersion(of: monthID)?.etag == ETag.of(bytes))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}
