import CongTacServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The office manages accounts through the API.
@Suite struct UserTests {
    @Test func officeAddsListsAndRemovesAccounts() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let office = try await api.login("office")
            let noUnit = try await api.send(.post, "/api/users", as: office, json: ["name": "qlkh", "role": "unit", "password": "mat-khau-dai-1"])
            #expect(noUnit.status == .unprocessableContent)
            let short = try await api.send(.post, "/api/users", as: office,
                                           json: ["name": "qlkh", "role": "unit", "unit": "Phòng QLKH", "password": "ngan"])
            #expect(short.status == .unprocessableContent)
            #expect(try await api.send(.post, "/api/users", as: office,
                                       json: ["name": "../x", "role": "leader", "password": "mat-khau-dai-1"]).status == .unprocessableContent)
            let created = try await api.send(.post, "/api/users", as: office,
                                             json: ["name": "qlkh", "role": "unit", "unit": "Phòng QLKH", "password": "mat-khau-dai-1"])
            #expect(created.status == .created)
            #expect(try await api.send(.post, "/api/users", as: office,
                                       json: ["name": "qlkh", "role": "leader", "password": "mat-khau-dai-1"]).status == .conflict)
            let names = try array(try await api.send(.get, "/api/users", as: office)).compactMap { $0["name"] as? String }
            #expect(names.contains("qlkh"))
            #expect(!String(buffer: try await api.send(.get, "/api/users", as: office).body).contains("$2"))
            let qlkh = try await api.login("qlkh", "mat-khau-dai-1")
            #expect(try await api.send(.delete, "/api/users/qlkh", as: office).status == .noContent)
            // Its session ended with it.
            #expect(try await api.send(.get, "/api/months", as: qlkh).status == .unauthorized)
            #expect(try await api.send(.delete, "/api/users/office", as: office).status == .conflict)
            #expect(try await api.send(.delete, "/api/users/nobody", as: office).status == .notFound)
        }
    }
}
