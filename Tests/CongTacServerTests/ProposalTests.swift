import CongTacLoading
import CongTacServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// A unit proposes for its own unit; the office accepts (the item lands in the file) or rejects
/// with a reason the unit reads.
@Suite struct ProposalTests {
    @Test func aUnitProposesOnlyForItsOwnUnitAndSeesOnlyItsOwn() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let vp = try await api.login("vp")
            let response = try await api.send(.post, "/api/months/2025-02/proposals", as: vp,
                                              json: ["day": 12, "time": "Chiều", "text": "Họp giao ban Văn phòng", "unit": "Thanh tra Sở"])
            #expect(response.status == .created)
            #expect(try object(response)["state"] as? String == "pending")
            let mine = try array(try await api.send(.get, "/api/months/2025-02/proposals", as: vp))
            #expect(mine.count == 1)
            #expect(mine.first?["unit"] as? String == "Văn phòng")
            #expect(mine.first?["proposer"] as? String == "vp")
            let theirs = try array(try await api.send(.get, "/api/months/2025-02/proposals", as: try await api.login("tt")))
            #expect(theirs.isEmpty)
            let all = try array(try await api.send(.get, "/api/months/2025-02/proposals", as: try await api.login("office")))
            #expect(all.count == 1)
            // A day outside the month, and an empty text, are refused.
            #expect(try await api.send(.post, "/api/months/2025-02/proposals", as: vp, json: ["day": 30, "text": "x"]).status == .unprocessableContent)
            #expect(try await api.send(.post, "/api/months/2025-02/proposals", as: vp, json: ["day": 3, "text": "  "]).status == .unprocessableContent)
            #expect(try await api.send(.post, "/api/months/2025-09/proposals", as: vp, json: ["day": 3, "text": "x"]).status == .notFound)
        }
    }

    @Test func acceptingWritesTheItemIntoItsDayAsAVersion() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let vp = try await api.login("vp")
            let office = try await api.login("office")
            let id = try object(try await api.send(.post, "/api/months/2025-02/proposals", as: vp,
                                                   json: ["day": 12, "time": "Chiều", "text": "Họp giao ban Văn phòng", "leader": "Đ/c Hoàn"]))["id"] as? Int
            let etag = try await api.month("2025-02", as: office).etag
            let accepted = try await api.send(.post, "/api/proposals/\(try #require(id))/accept", as: office, headers: [.ifMatch: etag])
            #expect(accepted.status == .ok)
            #expect(try object(accepted)["etag"] as? String == ETag.of(try workspace.fileBytes()))
            let schedule = try #require(ScheduleLoader().load(path: workspace.filePath).renderable)
            let items = schedule.sections.flatMap(\.allSections).compactMap(\.agenda).flatMap(\.days)
                .filter { $0.days.days.contains(12) }.flatMap(\.items)
            let item = try #require(items.first { $0.text == "Họp giao ban Văn phòng" })
            #expect(item.unit == "Văn phòng")
            #expect(item.time == "Chiều")
            #expect(item.leader == "Đ/c Hoàn")
            let history = try array(try await api.send(.get, "/api/months/2025-02/history", as: office))
            #expect(history.first?["kind"] as? String == "accept")
            #expect(history.first?["author"] as? String == "office")
            let seen = try array(try await api.send(.get, "/api/months/2025-02/proposals", as: vp))
            #expect(seen.first?["state"] as? String == "accepted")
            #expect(seen.first?["decidedBy"] as? String == "office")
            // Once decided, it cannot be accepted again.
            #expect(try await api.send(.post, "/api/proposals/\(id!)/accept", as: office).status == .conflict)
        }
    }

    @Test func acceptingWithAStaleETagWritesNothing() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.fileBytes()
        try await workspace.test { api in
            let vp = try await api.login("vp")
            let office = try await api.login("office")
            let id = try object(try await api.send(.post, "/api/months/2025-02/proposals", as: vp, json: ["day": 12, "text": "Họp"]))["id"] as? Int
            let response = try await api.send(.post, "/api/proposals/\(try #require(id))/accept", as: office, headers: [.ifMatch: "\"stale\""])
            #expect(response.status == .preconditionFailed)
            let seen = try array(try await api.send(.get, "/api/months/2025-02/proposals", as: vp))
            #expect(seen.first?["state"] as? String == "pending")
        }
        #expect(try workspace.fileBytes() == before)
    }

    @Test func rejectionCarriesItsReasonToTheProposer() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.fileBytes()
        try await workspace.test { api in
            let vp = try await api.login("vp")
            let office = try await api.login("office")
            let id = try #require(try object(try await api.send(.post, "/api/months/2025-02/proposals", as: vp,
                                                                json: ["day": 12, "text": "Họp"]))["id"] as? Int)
            #expect(try await api.send(.post, "/api/proposals/\(id)/reject", as: office, json: ["reason": " "]).status == .unprocessableContent)
            #expect(try await api.send(.post, "/api/proposals/\(id)/reject", as: office, json: ["reason": "Trùng lịch họp UBND tỉnh"]).status == .ok)
            let seen = try array(try await api.send(.get, "/api/months/2025-02/proposals", as: vp))
            #expect(seen.first?["state"] as? String == "rejected")
            #expect(seen.first?["reason"] as? String == "Trùng lịch họp UBND tỉnh")
            #expect(try await api.send(.post, "/api/proposals/999/reject", as: office, json: ["reason": "x"]).status == .notFound)
        }
        #expect(try workspace.fileBytes() == before)
    }
}
