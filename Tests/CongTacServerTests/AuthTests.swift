import CongTacServer
import CongTacTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Logging in and out, sessions, CSRF, throttling: what keeps a stranger out of the workspace.
@Suite struct AuthTests {
    @Test func unauthenticatedRequestsGet401() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.fileBytes()
        try await workspace.test { api in
            #expect(try await api.send(.get, "/api/session").status == .unauthorized)
            #expect(try await api.send(.get, "/api/months").status == .unauthorized)
            #expect(try await api.send(.get, "/api/months/2025-02").status == .unauthorized)
            #expect(try await api.send(.get, "/api/months/2025-02/document.pdf").status == .unauthorized)
            let put = try await api.send(.put, "/api/months/2025-02", headers: [.ifMatch: "*"], json: ["month": "2025-02"])
            #expect(put.status == .unauthorized)
            #expect(errorCode(put) == "not-logged-in")
            // A cookie that names no session is no session.
            let forged = Login(cookie: "congtac_session=abc", csrf: "abc")
            #expect(try await api.send(.get, "/api/months", as: forged).status == .unauthorized)
        }
        #expect(try workspace.fileBytes() == before)
    }

    @Test func loginSetsAStrictHttpOnlyCookieAndSessionNamesTheUser() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let wrong = try await api.send(.post, "/api/login", json: ["username": "vp", "password": "sai-mat-khau-123"])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.headers[.setCookie] == nil)
            let unknown = try await api.send(.post, "/api/login", json: ["username": "nobody", "password": "sai-mat-khau-123"])
            #expect(unknown.status == .unauthorized)

            let response = try await api.send(.post, "/api/login", json: ["username": "vp", "password": TestWorkspace.password])
            #expect(response.status == .ok)
            let cookie = try #require(response.headers[.setCookie])
            #expect(cookie.hasPrefix("congtac_session="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))

            let login = try await api.login("vp")
            let session = try object(try await api.send(.get, "/api/session", as: login))
            let user = try #require(session["user"] as? [String: Any])
            #expect(user["name"] as? String == "vp")
            #expect(user["role"] as? String == "unit")
            #expect(user["unit"] as? String == "Văn phòng")
            #expect(session["csrfToken"] as? String == login.csrf)
        }
    }

    @Test func logoutEndsTheSession() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            #expect(try await api.send(.post, "/api/logout", as: login).status == .noContent)
            #expect(try await api.send(.get, "/api/months", as: login).status == .unauthorized)
        }
    }

    @Test func idleSessionExpires() async throws {
        var settings = ServerSettings()
        settings.idleTimeout = -1
        let workspace = try await TestWorkspace(settings: settings)
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            #expect(try await api.send(.get, "/api/months", as: login).status == .unauthorized)
        }
    }

    @Test func stateChangingRequestsNeedTheSessionsCSRFToken() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.fileBytes()
        try await workspace.test { api in
            let office = try await api.login("office")
            let other = try await api.login("vp")
            let (etag, schedule, _) = try await api.month("2025-02", as: office)
            let body = try JSONSerialization.data(withJSONObject: retitled(schedule, "CSRF"))
            // Missing.
            var headers: HTTPFields = [.cookie: office.cookie, .ifMatch: etag]
            let missing = try await api.client.execute(uri: "/api/months/2025-02", method: .put, headers: headers,
                                                       body: ByteBuffer(bytes: Array(body)))
            #expect(missing.status == .forbidden)
            #expect(errorCode(missing) == "csrf")
            // Wrong: another session's token.
            headers[HTTPField.Name("X-CSRF-Token")!] = other.csrf
            let wrong = try await api.client.execute(uri: "/api/months/2025-02", method: .put, headers: headers,
                                                     body: ByteBuffer(bytes: Array(body)))
            #expect(wrong.status == .forbidden)
            #expect(try await api.send(.post, "/api/logout", as: office, csrf: "x").status == .forbidden)
            #expect(try await api.send(.post, "/api/months", as: office, csrf: "", body: Array(#"{"month":"2025-03"}"#.utf8)).status == .forbidden)
        }
        #expect(try workspace.fileBytes() == before)
        #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent("2025-03.yaml").path))
    }

    @Test func repeatedFailuresAreThrottledWithRetryAfter() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            for _ in 0..<5 {
                let response = try await api.send(.post, "/api/login", json: ["username": "office", "password": "doan-sai-12345"])
                #expect(response.status == .unauthorized)
            }
            // Now even the right password waits.
            let throttled = try await api.send(.post, "/api/login", json: ["username": "office", "password": TestWorkspace.password])
            #expect(throttled.status == .tooManyRequests)
            let retryAfter = try #require(throttled.headers[.retryAfter].flatMap(Int.init))
            #expect(retryAfter > 0 && retryAfter <= 15 * 60)
            #expect(errorCode(throttled) == "throttled")
            // Another user is not locked out by guesses at this one.
            _ = try await api.login("vp")
        }
    }

    @Test func firstStartCreatesTheOfficeAccountOnce() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var settings = ServerSettings()
        settings.bcryptCost = 4
        let state = try ServerState(folder: folder.path, settings: settings)
        let report = try await state.start()
        let account = try #require(report.firstAccount)
        #expect(account.name == "vanthu")
        #expect(account.password.count >= 12)
        #expect(try state.database.users().map(\.name) == ["vanthu"])
        #expect(try await ServerState(folder: folder.path, settings: settings).start().firstAccount == nil)
        let app = Application(router: ServerApp.router(state: state))
        try await app.test(.router) { client in
            let login = try await API(client: client).login("vanthu", account.password)
            #expect(!login.csrf.isEmpty)
        }
    }
}
