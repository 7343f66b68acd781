import CongTacLoading
import CongTacServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Every change is a version that can be read and written back.
@Suite struct HistoryTests {
    @Test func restoreWritesAnEarlierVersionBackAsANewOne() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        let original = try workspace.fileBytes()
        try await workspace.test { api in
            let office = try await api.login("office")
            let (etag, schedule, _) = try await api.month("2025-02", as: office)
            let saved = try object(try await api.save("2025-02", retitled(schedule, "SỬA LẦN MỘT"), etag: etag, as: office))
            let history = try array(try await api.send(.get, "/api/months/2025-02/history", as: office))
            #expect(history.map { $0["version"] as? Int } == [2, 1])
            #expect(history.map { $0["kind"] as? String } == ["save", "disk"])
            let first = try object(try await api.send(.get, "/api/months/2025-02/history/1", as: office))
            #expect(first["source"] as? String == String(decoding: original, as: UTF8.self))
            #expect((first["schedule"] as? [String: Any])?["title"] as? String == schedule["title"] as? String)
            // Restoring needs the current ETag.
            let stale = try await api.send(.post, "/api/months/2025-02/history/1/restore", as: office, headers: [.ifMatch: etag])
            #expect(stale.status == .preconditionFailed)
            let restored = try await api.send(.post, "/api/months/2025-02/history/1/restore", as: office,
                                              headers: [.ifMatch: saved["etag"] as! String])
            #expect(restored.status == .ok)
            #expect(try object(restored)["version"] as? Int == 3)
            #expect(try workspace.fileBytes() == original)
            #expect(try await api.send(.get, "/api/months/2025-02/history/9", as: office).status == .notFound)
            let kinds = try array(try await api.send(.get, "/api/months/2025-02/history", as: office)).compactMap { $0["kind"] as? String }
            #expect(kinds == ["restore", "save", "disk"])
        }
    }

    @Test func startUpRecordsAFileThatChangedWhileTheServerWasDown() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        // A save whose file was renamed into place but whose version never committed looks like this.
        var text = try String(contentsOfFile: workspace.filePath, encoding: .utf8)
        text = text.replacingOccurrences(of: "place: Hà Tĩnh", with: "place: Kỳ Anh")
        try text.write(toFile: workspace.filePath, atomically: true, encoding: .utf8)
        var settings = ServerSettings()
        settings.bcryptCost = 4
        let restarted = try ServerState(folder: workspace.folder.path, settings: settings)
        let report = try await restarted.start()
        #expect(report.diskVersions.map(\.description) == ["2025-02"])
        let last = try #require(try restarted.database.lastVersion(of: MonthID("2025-02")!))
        #expect(last.kind == .disk)
        #expect(last.etag == ETag.of(Array(text.utf8)))
        // Nothing changed since: the next start records nothing.
        #expect(try await ServerState(folder: workspace.folder.path, settings: settings).start().diskVersions.isEmpty)
        #expect(try restarted.database.integrityCheck() == "ok")
    }

    @Test func startUpRemovesTemporariesAKilledSaveLeft() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        let leftover = workspace.folder.appendingPathComponent(".\(TestWorkspace.monthFile).0E5A1C2B-3D4F-4A6B-8C9D-0123456789AB.tmp")
        try Data("half a file".utf8).write(to: leftover)
        let newMonth = workspace.folder.appendingPathComponent(".2025-03.yaml.1E5A1C2B-3D4F-4A6B-8C9D-0123456789AB.tmp")
        try Data("month: 2025-03".utf8).write(to: newMonth)
        let unrelated = workspace.folder.appendingPathComponent(".notes.txt.2E5A1C2B-3D4F-4A6B-8C9D-0123456789AB.tmp")
        try Data("x".utf8).write(to: unrelated)
        _ = try await workspace.state.start()
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(!FileManager.default.fileExists(atPath: newMonth.path))
        #expect(FileManager.default.fileExists(atPath: unrelated.path))
        #expect(FileManager.default.fileExists(atPath: workspace.filePath))
    }
}
