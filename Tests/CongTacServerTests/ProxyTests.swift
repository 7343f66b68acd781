import CongTacMessages
import CongTacServer
import CongTacTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Behind nginx (`--behind-https-proxy`): Secure cookies when the proxy says https, throttling by
/// the client's address; and the other settings an IT officer can change.
@Suite struct ProxyTests {
    static func behindProxy() -> ServerSettings {
        var settings = ServerSettings()
        settings.behindHTTPSProxy = true
        return settings
    }

    @Test func cookieIsSecureWhenTheProxySaysHTTPS() async throws {
        let workspace = try await TestWorkspace(settings: Self.behindProxy())
        defer { workspace.remove() }
        try await workspace.test { api in
            let https = try await api.send(.post, "/api/login", headers: [HTTPField.Name("X-Forwarded-Proto")!: "https"],
                                           json: ["username": "vp", "password": TestWorkspace.password])
            #expect(https.headers[.setCookie]?.contains("Secure") == true)
            let http = try await api.send(.post, "/api/login", headers: [HTTPField.Name("X-Forwarded-Proto")!: "http"],
                                          json: ["username": "vp", "password": TestWorkspace.password])
            #expect(http.headers[.setCookie]?.contains("Secure") == false)
        }
    }

    @Test func guessesFromOneAddressAreThrottledWhateverTheName() async throws {
        let workspace = try await TestWorkspace(settings: Self.behindProxy())
        defer { workspace.remove() }
        try await workspace.test { api in
            let attacker: HTTPFields = [HTTPField.Name("X-Forwarded-For")!: "203.0.113.7"]
            for name in ["a", "b", "c", "d", "e"] {
                let response = try await api.send(.post, "/api/login", headers: attacker, json: ["username": name, "password": "doan-mo-12345"])
                #expect(response.status == .unauthorized)
            }
            let blocked = try await api.send(.post, "/api/login", headers: attacker,
                                             json: ["username": "vp", "password": TestWorkspace.password])
            #expect(blocked.status == .tooManyRequests)
            let colleague = try await api.send(.post, "/api/login", headers: [HTTPField.Name("X-Forwarded-For")!: "10.0.0.5"],
                                               json: ["username": "vp", "password": TestWorkspace.password])
            #expect(colleague.status == .ok)
        }
    }

    @Test func sessionsEndAtTheirAbsoluteLimitEvenWhenUsed() async throws {
        var settings = ServerSettings()
        settings.absoluteTimeout = -1
        let workspace = try await TestWorkspace(settings: settings)
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            #expect(try await api.send(.get, "/api/session", as: login).status == .unauthorized)
        }
    }

    @Test func messagesFollowTheServersLanguage() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var settings = ServerSettings()
        settings.bcryptCost = 4
        let state = try ServerState(folder: folder.path, settings: settings, language: .en)
        let app = Application(router: ServerApp.router(state: state))
        try await app.test(.router) { client in
            let response = try await API(client: client).send(.get, "/api/months")
            let error = try #require(try object(response)["error"] as? [String: Any])
            #expect(error["message"] as? String == Phrase.serverNotLoggedIn.en)
        }
    }
}
