import CongTacLoading
@testable import CongTacServer
import CongTacTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Reading and saving months: ETags, checks, limits, and files that are not as the server left them.
@Suite struct MonthTests {
    @Test(arguments: ["/api/months/../etc", "/api/months/..%2Fetc", "/api/months/%2E%2E/etc/passwd", "/api/months/2025-13",
                      "/api/months/2025-02.yaml", "/api/months/2025-2", "/api/months/02-2025", "/api/months/2025-02%00",
                      "/api/months/2025-02/../2025-02", "/api/months/%32025-02"])
    func malformedMonthIdsAre400(uri: String) async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            let response = try await api.send(.get, uri, as: login)
            #expect(response.status == .badRequest, "\(uri): \(response.status)")
            let body = String(buffer: response.body)
            #expect(!body.contains(workspace.folder.path))
            #expect(!body.contains("/etc"))
        }
    }

    @Test func getGivesTheScheduleAndTheETagOfTheBytesOnDisk() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("vp")
            let response = try await api.send(.get, "/api/months/2025-02", as: login)
            #expect(response.status == .ok)
            let body = try object(response)
            #expect(body["etag"] as? String == ETag.of(try workspace.fileBytes()))
            #expect(response.headers[.eTag] == body["etag"] as? String)
            let schedule = try #require(body["schedule"] as? [String: Any])
            #expect(schedule["month"] as? String == "2025-02")
            let list = try array(try await api.send(.get, "/api/months", as: login))
            #expect(list.count == 1)
            #expect(list.first?["file"] as? String == TestWorkspace.monthFile)
            #expect(list.first?["state"] as? String == "ok")
            #expect(try await api.send(.get, "/api/months/2025-05", as: login).status == .notFound)
        }
    }

    @Test func saveWritesTheFileAndAnswersItsETag() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            let (etag, schedule, _) = try await api.month("2025-02", as: login)
            let response = try await api.save("2025-02", retitled(schedule, "CHƯƠNG TRÌNH ĐÃ SỬA"), etag: etag, as: login)
            #expect(response.status == .ok)
            let body = try object(response)
            let newETag = try #require(body["etag"] as? String)
            #expect(newETag != etag)
            #expect(newETag == ETag.of(try workspace.fileBytes()))
            #expect(body["version"] as? Int == 2)
            // The file on disk is what the CLI reads: valid, with the new title.
            let loaded = ScheduleLoader().load(path: workspace.filePath)
            #expect(loaded.renderable?.title == "CHƯƠNG TRÌNH ĐÃ SỬA")
            #expect(try await api.month("2025-02", as: login).etag == newETag)
        }
    }

    @Test func staleETagIs412AndWritesNothing() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            let (etag, schedule, _) = try await api.month("2025-02", as: login)
            #expect(try await api.save("2025-02", retitled(schedule, "MỘT"), etag: etag, as: login).status == .ok)
            let after = try workspace.fileBytes()
            let stale = try await api.save("2025-02", retitled(schedule, "HAI"), etag: etag, as: login)
            #expect(stale.status == .preconditionFailed)
            #expect(errorCode(stale) == "stale-etag")
            #expect(try workspace.fileBytes() == after)
            let missing = try await api.save("2025-02", retitled(schedule, "BA"), etag: nil, as: login)
            #expect(missing.status == .preconditionRequired)
            #expect(try workspace.fileBytes() == after)
        }
    }

    @Test func invalidScheduleIs422WithLocatedDiagnosticsAndWritesNothing() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.fileBytes()
        try await workspace.test { api in
            let login = try await api.login("office")
            let etag = try await api.month("2025-02", as: login).etag
            // Line 3 of the body: an unknown key in the agency.
            let body = "{\n  \"format\": 1,\n  \"agnecy\": {\"name\": \"SỞ\"},\n  \"month\": \"2025-02\"\n}"
            let response = try await api.send(.put, "/api/months/2025-02", as: login, headers: [.ifMatch: etag], body: Array(body.utf8))
            #expect(response.status == .unprocessableContent)
            let diagnostics = try #require(try object(response)["diagnostics"] as? [[String: Any]])
            let unknown = try #require(diagnostics.first { $0["code"] as? String == "unknown-key" })
            #expect(unknown["line"] as? Int == 3)
            #expect(unknown["column"] as? Int == 3)
            #expect(unknown["severity"] as? String == "error")
            #expect((unknown["message"] as? String)?.contains("agnecy") == true)
            #expect(unknown.keys.contains("path"))
            #expect(!String(buffer: response.body).contains(workspace.folder.path))
            // The check route says the same without a write.
            let check = try object(try await api.send(.post, "/api/months/2025-02/check", as: login, body: Array(body.utf8)))
            #expect((check["diagnostics"] as? [[String: Any]])?.contains { $0["code"] as? String == "unknown-key" } == true)
        }
        #expect(try workspace.fileBytes() == before)
    }

    @Test func aScheduleForAnotherMonthIsRefused() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.fileBytes()
        try await workspace.test { api in
            let login = try await api.login("office")
            let (etag, original, _) = try await api.month("2025-02", as: login)
            var schedule = original
            schedule["month"] = "2025-03"
            let response = try await api.save("2025-02", schedule, etag: etag, as: login)
            #expect(response.status == .unprocessableContent)
            let diagnostics = try #require(try object(response)["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.contains { $0["code"] as? String == "month-mismatch" })
        }
        #expect(try workspace.fileBytes() == before)
    }

    @Test func bodiesOver1MiBAre413() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        let before = try workspace.fileBytes()
        try await workspace.test { api in
            let login = try await api.login("office")
            let etag = try await api.month("2025-02", as: login).etag
            let big = Array("{\"title\": \"\(String(repeating: "a", count: (1 << 20) + 10))\"}".utf8)
            let response = try await api.send(.put, "/api/months/2025-02", as: login, headers: [.ifMatch: etag], body: big)
            #expect(response.status == .contentTooLarge)
            #expect(try await api.send(.post, "/api/months/2025-02/check", as: login, body: big).status == .contentTooLarge)
        }
        #expect(try workspace.fileBytes() == before)
    }

    @Test func twentyConcurrentSavesWithOneETagMakeOneWinner() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            let (etag, schedule, _) = try await api.month("2025-02", as: login)
            let bodies = (0..<20).map { try! JSONSerialization.data(withJSONObject: retitled(schedule, "BẢN SỐ \($0)")) }
            let results = try await withThrowingTaskGroup(of: (Int, Int, String?).self) { group in
                for (index, body) in bodies.enumerated() {
                    group.addTask {
                        let response = try await api.send(.put, "/api/months/2025-02", as: login, headers: [.ifMatch: etag], body: Array(body))
                        return (index, response.status.code, (try? object(response))?["etag"] as? String)
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let winners = results.filter { $0.1 == 200 }
            #expect(winners.count == 1)
            #expect(results.filter { $0.1 == 412 }.count == 19)
            let winner = try #require(winners.first)
            #expect(winner.2 == ETag.of(try workspace.fileBytes()))
            let loaded = ScheduleLoader().load(path: workspace.filePath)
            #expect(loaded.renderable?.title == "BẢN SỐ \(winner.0)")
            let history = try array(try await api.send(.get, "/api/months/2025-02/history", as: login))
            #expect(history.filter { $0["kind"] as? String == "save" }.count == 1)
        }
    }

    @Test func handEditOnDiskChangesTheETagAndIsKeptInHistory() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            let (etag, schedule, _) = try await api.month("2025-02", as: login)
            var text = try String(contentsOfFile: workspace.filePath, encoding: .utf8)
            text = text.replacingOccurrences(of: "place: Hà Tĩnh", with: "place: Hồng Lĩnh")
            try text.write(toFile: workspace.filePath, atomically: true, encoding: .utf8)
            let (newETag, newSchedule, _) = try await api.month("2025-02", as: login)
            #expect(newETag != etag)
            #expect(newETag == ETag.of(Array(text.utf8)))
            #expect(newSchedule["place"] as? String == "Hồng Lĩnh")
            // The editor that opened the old file cannot overwrite the hand edit.
            #expect(try await api.save("2025-02", retitled(schedule, "CŨ"), etag: etag, as: login).status == .preconditionFailed)
            #expect(try await api.save("2025-02", retitled(newSchedule, "MỚI"), etag: newETag, as: login).status == .ok)
            let kinds = try array(try await api.send(.get, "/api/months/2025-02/history", as: login)).compactMap { $0["kind"] as? String }
            #expect(kinds == ["save", "disk", "disk"])
        }
    }

    @Test func invalidFileOnDiskIsShownWithDiagnosticsAndReplacedOnlyWithItsETag() async throws {
        let broken = "format: 1\nmonth: 2025-02\nplace: Hà Tĩnh\nsections: 7\n"
        let workspace = try await TestWorkspace(files: ["2025-02.yaml": broken])
        defer { workspace.remove() }
        let good = try String(contentsOfFile: example("khcn-ha-tinh-2025-02"), encoding: .utf8)
        let goodJSON = ScheduleWriter().json(try #require(ScheduleLoader().load(data: Data(good.utf8), name: "x.yaml").renderable))
        try await workspace.test { api in
            let login = try await api.login("office")
            let list = try array(try await api.send(.get, "/api/months", as: login))
            #expect(list.first?["state"] as? String == "invalid")
            #expect((list.first?["errors"] as? Int ?? 0) > 0)
            let (etag, _, body) = try await api.month("2025-02", as: login)
            #expect(body["schedule"] is NSNull)
            #expect(body["source"] as? String == broken)
            let diagnostics = try #require(body["diagnostics"] as? [[String: Any]])
            #expect(diagnostics.contains { $0["severity"] as? String == "error" && ($0["line"] as? Int ?? 0) >= 1 })
            let stale = try await api.send(.put, "/api/months/2025-02", as: login, headers: [.ifMatch: "\"0000\""], body: Array(goodJSON.utf8))
            #expect(stale.status == .preconditionFailed)
            #expect(try String(contentsOfFile: workspace.folder.appendingPathComponent("2025-02.yaml").path, encoding: .utf8) == broken)
            let saved = try await api.send(.put, "/api/months/2025-02", as: login, headers: [.ifMatch: etag], body: Array(goodJSON.utf8))
            #expect(saved.status == .ok)
            // The broken text stays in the history.
            let history = try array(try await api.send(.get, "/api/months/2025-02/history", as: login))
            let first = try object(try await api.send(.get, "/api/months/2025-02/history/\(history.last?["version"] as? Int ?? 0)", as: login))
            #expect(first["source"] as? String == broken)
        }
    }

    @Test func twoFilesForOneMonthAreAConflictThatRefusesSaves() async throws {
        let text = try String(contentsOfFile: example("khcn-ha-tinh-2025-02"), encoding: .utf8)
        let workspace = try await TestWorkspace(files: ["a.yaml": text, "b.yaml": text])
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            let list = try array(try await api.send(.get, "/api/months", as: login))
            #expect(list.first?["state"] as? String == "conflict")
            let response = try await api.send(.put, "/api/months/2025-02", as: login, headers: [.ifMatch: "*"], json: ["month": "2025-02"])
            #expect(response.status == .conflict)
            #expect(try object(response).description.contains("a.yaml"))
        }
    }

    @Test func newMonthFromThePreviousIsCreatedOnce() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            let created = try await api.send(.post, "/api/months", as: login, json: ["month": "2025-03", "from": "2025-02"])
            #expect(created.status == .created)
            let path = workspace.folder.appendingPathComponent("2025-03.yaml").path
            let loaded = ScheduleLoader().load(path: path)
            #expect(loaded.renderable?.month?.month == 3)
            #expect(loaded.renderable?.agency.name == "SỞ KHOA HỌC VÀ CÔNG NGHỆ")
            #expect(try object(created)["etag"] as? String == ETag.of(try Data(contentsOf: URL(fileURLWithPath: path))))
            #expect(try await api.send(.post, "/api/months", as: login, json: ["month": "2025-03"]).status == .conflict)
            #expect(try await api.send(.post, "/api/months", as: login, json: ["month": "../x"]).status == .badRequest)
            let history = try array(try await api.send(.get, "/api/months/2025-03/history", as: login))
            #expect(history.map { $0["kind"] as? String } == ["create"])
        }
    }
}

extension MonthTests {
    /// A draft's messages cite no line of the JSON the page sent (the clerk never sees those lines):
    /// the leader booked twice is named by day and time alone; the saved file's check still cites its line.
    @Test func draftMessagesCiteNoLineOfTheJSON() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            let month = try await api.month("2025-02", as: login)
            let body = try JSONSerialization.data(withJSONObject: month.schedule, options: [.prettyPrinted])
            let check = try object(try await api.send(.post, "/api/months/2025-02/check", as: login, body: Array(body)))
            let booked = (check["diagnostics"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "leader-double-booked" }
            #expect(booked.count == 2)
            for warning in booked {
                let message = warning["message"] as? String ?? ""
                #expect(message.hasSuffix("cùng buổi Sáng ngày 3") || message.hasSuffix("cùng buổi Sáng ngày 10"), "\(message)")
            }
            let saved = try object(try await api.send(.get, "/api/months/2025-02/check", as: login))
            let onDisk = (saved["diagnostics"] as? [[String: Any]] ?? []).filter { $0["code"] as? String == "leader-double-booked" }
            #expect(onDisk.contains { ($0["message"] as? String)?.hasSuffix("ngày 3 (dòng 29)") == true }, "\(onDisk)")
        }
    }
}
