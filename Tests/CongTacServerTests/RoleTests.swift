import CongTacServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Each role against each state-changing route: the office edits, accepts, restores and manages
/// users; a unit only proposes; a leader changes nothing.
@Suite struct RoleTests {
    struct Route: Sendable, CustomStringConvertible {
        var method: HTTPRequest.Method
        var uri: String
        var body: String
        var allowed: Set<String>
        var description: String { "\(method) \(uri)" }
    }

    static let routes: [Route] = [
        Route(method: .put, uri: "/api/months/2025-02", body: "{}", allowed: ["office"]),
        Route(method: .post, uri: "/api/months", body: #"{"month":"2025-04"}"#, allowed: ["office"]),
        Route(method: .post, uri: "/api/months/2025-02/check", body: "{}", allowed: ["office"]),
        Route(method: .post, uri: "/api/months/2025-02/preview", body: "{}", allowed: ["office"]),
        Route(method: .post, uri: "/api/months/2025-02/proposals", body: #"{"day":5,"text":"Họp"}"#, allowed: ["unit"]),
        Route(method: .post, uri: "/api/proposals/1/accept", body: "", allowed: ["office"]),
        Route(method: .post, uri: "/api/proposals/1/reject", body: #"{"reason":"Trùng lịch"}"#, allowed: ["office"]),
        Route(method: .post, uri: "/api/months/2025-02/history/1/restore", body: "", allowed: ["office"]),
        Route(method: .post, uri: "/api/users", body: #"{"name":"moi","role":"leader","password":"mat-khau-dai-1"}"#, allowed: ["office"]),
        Route(method: .delete, uri: "/api/users/ld", body: "", allowed: ["office"]),
    ]

    @Test(arguments: routes) func onlyAllowedRolesPass(route: Route) async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.fileBytes()
        try await workspace.test { api in
            // A proposal to accept or reject.
            let unit = try await api.login("vp")
            let proposal = try await api.send(.post, "/api/months/2025-02/proposals", as: unit, json: ["day": 4, "text": "Kiểm tra"])
            #expect(proposal.status == .created)
            let etag = try await api.month("2025-02", as: unit).etag
            for (user, role) in [("vp", "unit"), ("ld", "leader"), ("office", "office")] {
                let login = try await api.login(user)
                let response = try await api.send(route.method, route.uri, as: login, headers: [.ifMatch: etag],
                                                  body: Array(route.body.utf8))
                if route.allowed.contains(role) {
                    #expect(response.status != .forbidden && response.status != .unauthorized, "\(role) \(route): \(response.status)")
                } else {
                    #expect(response.status == .forbidden, "\(role) \(route): \(response.status)")
                    #expect(errorCode(response) == "forbidden")
                }
            }
        }
        if route.method != .put && !route.uri.contains("accept") && !route.uri.contains("restore") {
            #expect(try workspace.fileBytes() == before)
        }
    }

    @Test func readersCanReadButLeadersSeeNoProposals() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            for user in ["office", "vp", "ld"] {
                let login = try await api.login(user)
                #expect(try await api.send(.get, "/api/months", as: login).status == .ok)
                #expect(try await api.send(.get, "/api/months/2025-02", as: login).status == .ok)
                #expect(try await api.send(.get, "/api/months/2025-02/history", as: login).status == .ok)
            }
            #expect(try await api.send(.get, "/api/months/2025-02/proposals", as: try await api.login("ld")).status == .forbidden)
            #expect(try await api.send(.get, "/api/users", as: try await api.login("vp")).status == .forbidden)
        }
    }
}
