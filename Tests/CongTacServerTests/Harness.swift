import CongTacLoading
import CongTacModel
import CongTacServer
import CongTacTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting

/// A workspace in a temporary folder holding the February 2025 example, with one account of each
/// role, and the server's router over it.
struct TestWorkspace {
    static let monthFile = "khcn-ha-tinh-2025-02.yaml"
    static let password = "mật-khẩu-thử-123"
    let folder: URL
    let state: ServerState

    init(settings: ServerSettings? = nil, files: [String: String]? = nil) async throws {
        folder = try temporaryFolder()
        if let files {
            for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        } else {
            try FileManager.default.copyItem(atPath: example("khcn-ha-tinh-2025-02"), toPath: folder.appendingPathComponent(Self.monthFile).path)
        }
        var settings = settings ?? ServerSettings()
        settings.bcryptCost = 4
        state = try ServerState(folder: folder.path, settings: settings)
        _ = try await state.start()
        _ = try await state.addUser(User(name: "office", role: .office), password: Self.password)
        _ = try await state.addUser(User(name: "vp", role: .unit, unit: "Văn phòng"), password: Self.password)
        _ = try await state.addUser(User(name: "tt", role: .unit, unit: "Thanh tra Sở"), password: Self.password)
        _ = try await state.addUser(User(name: "ld", role: .leader, unit: "Đ/c Hoàn"), password: Self.password)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    var filePath: String { folder.appendingPathComponent(Self.monthFile).path }
    func fileBytes(_ name: String = monthFile) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    /// Runs `body` with a client of the router.
    func test<T: Sendable>(_ body: @Sendable (API) async throws -> T) async throws -> T {
        let app = Application(router: ServerApp.router(state: state))
        return try await app.test(.router) { client in try await body(API(client: client)) }
    }
}

/// A logged-in user's cookie and CSRF token.
struct Login: Sendable {
    var cookie: String
    var csrf: String
}

/// Requests as a browser's script makes them.
struct API: Sendable {
    let client: any TestClientProtocol

    func login(_ user: String, _ password: String = TestWorkspace.password) async throws -> Login {
        let response = try await send(.post, "/api/login", json: ["username": user, "password": password])
        guard response.status == .ok, let setCookie = response.headers[.setCookie],
              let cookie = setCookie.split(separator: ";").first,
              let csrf = (try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any])?["csrfToken"] as? String
        else { throw HarnessError.loginFailed(user, response.status.code) }
        return Login(cookie: String(cookie), csrf: csrf)
    }

    func send(_ method: HTTPRequest.Method, _ uri: String, as login: Login? = nil, csrf: String? = nil,
              headers: HTTPFields = [:], body: [UInt8]? = nil) async throws -> TestResponse {
        var headers = headers
        if let login {
            headers[.cookie] = login.cookie
            if method != .get { headers[HTTPField.Name("X-CSRF-Token")!] = csrf ?? login.csrf }
        }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) })
    }

    func send(_ method: HTTPRequest.Method, _ uri: String, as login: Login? = nil, headers: HTTPFields = [:],
              json: Any) async throws -> TestResponse {
        let data = try JSONSerialization.data(withJSONObject: json)
        return try await send(method, uri, as: login, headers: headers, body: Array(data))
    }

    /// The month as the editor gets it: its ETag and its schedule JSON.
    func month(_ month: String, as login: Login) async throws -> (etag: String, schedule: [String: Any], body: [String: Any]) {
        let response = try await send(.get, "/api/months/\(month)", as: login)
        let body = try object(response)
        return (body["etag"] as? String ?? "", body["schedule"] as? [String: Any] ?? [:], body)
    }

    func save(_ month: String, _ schedule: [String: Any], etag: String?, as login: Login) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let etag { headers[.ifMatch] = etag }
        return try await send(.put, "/api/months/\(month)", as: login, headers: headers, json: schedule)
    }
}

enum HarnessError: Error {
    case loginFailed(String, Int)
    case notJSON(String)
}

func object(_ response: TestResponse) throws -> [String: Any] {
    guard let value = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any] else {
        throw HarnessError.notJSON(String(buffer: response.body))
    }
    return value
}

func array(_ response: TestResponse) throws -> [[String: Any]] {
    guard let value = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]] else {
        throw HarnessError.notJSON(String(buffer: response.body))
    }
    return value
}

func errorCode(_ response: TestResponse) -> String? {
    ((try? object(response))?["error"] as? [String: Any])?["code"] as? String
}

/// The schedule JSON with the title changed.
func retitled(_ schedule: [String: Any], _ title: String) -> [String: Any] {
    var schedule = schedule
    schedule["title"] = title
    return schedule
}
