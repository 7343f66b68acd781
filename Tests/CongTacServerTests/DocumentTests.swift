import CongTacServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Downloads and previews, rendered in process; the headers every answer carries.
@Suite struct DocumentTests {
    @Test func documentsAreAttachmentsNamedAfterTheFile() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("ld")
            let expectations: [(String, String, [UInt8])] = [
                ("document.docx", "wordprocessingml", Array("PK".utf8)), ("document.pdf", "application/pdf", Array("%PDF".utf8)),
                ("document.html", "text/html", Array("<!".utf8)), ("week/2025-W07.pdf", "application/pdf", Array("%PDF".utf8)),
                ("week/2025-W07.docx", "wordprocessingml", Array("PK".utf8)), ("week/2025-W07", "text/html", Array("<!".utf8)),
            ]
            for (path, type, magic) in expectations {
                let response = try await api.send(.get, "/api/months/2025-02/\(path)", as: login)
                #expect(response.status == .ok, "\(path)")
                #expect(response.headers[.contentType]?.contains(type) == true, "\(path)")
                #expect(Array(response.body.readableBytesView.prefix(magic.count)) == magic, "\(path)")
                #expect(response.headers[.contentDisposition]?.hasPrefix("attachment; filename=\"khcn-ha-tinh-2025-02") == true, "\(path)")
            }
            #expect(try await api.send(.get, "/api/months/2025-02/week/2025-W20.pdf", as: login).status == .notFound)
            #expect(try await api.send(.get, "/api/months/2025-02/week/2025-W07.exe", as: login).status == .notFound)
        }
    }

    @Test func previewHasItsOwnPolicyAndDraftsAreChecked() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let office = try await api.login("office")
            let saved = try await api.send(.get, "/api/months/2025-02/preview", as: office)
            #expect(saved.status == .ok)
            #expect(saved.headers[.contentSecurityPolicy] == "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; frame-ancestors 'self'")
            let schedule = try await api.month("2025-02", as: office).schedule
            let draft = try await api.send(.post, "/api/months/2025-02/preview", as: office, json: retitled(schedule, "BẢN NHÁP XEM TRƯỚC"))
            #expect(draft.status == .ok)
            #expect(String(buffer: draft.body).contains("BẢN NHÁP XEM TRƯỚC"))
            let bad = try await api.send(.post, "/api/months/2025-02/preview", as: office, body: Array("{\"month\": 3}".utf8))
            #expect(bad.status == .unprocessableContent)
        }
    }

    @Test func everyAnswerCarriesTheSecurityHeadersAndNoPath() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.login("office")
            for (method, uri) in [(HTTPRequest.Method.get, "/api/months"), (.get, "/api/nothing"), (.get, "/api/months/2031-01"),
                                  (.get, "/api/session"), (.post, "/api/login")] {
                let response = try await api.send(method, uri, as: uri == "/api/session" ? nil : login)
                #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true, "\(uri)")
                #expect(response.headers[.contentSecurityPolicy]?.contains("base-uri 'none'") == true, "\(uri)")
                #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(uri)")
                #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin", "\(uri)")
                let body = String(buffer: response.body)
                #expect(!body.contains(workspace.folder.path), "\(uri)")
                #expect(!body.contains(".swift"), "\(uri)")
            }
            let notFound = try await api.send(.get, "/api/nothing", as: login)
            #expect(notFound.status == .notFound)
            #expect(errorCode(notFound) == "not-found")
            let wrongMethod = try await api.send(.delete, "/api/months/2025-02", as: login)
            #expect(wrongMethod.status == .methodNotAllowed)
            #expect(wrongMethod.headers[.allow] == "GET, PUT")
            let badJSON = try await api.send(.post, "/api/login", body: Array("{not json".utf8))
            #expect(badJSON.status == .badRequest)
        }
    }

    @Test func suggestionsNameTheUnitsAndLeadersOfTheMonths() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let body = try object(try await api.send(.get, "/api/suggestions", as: try await api.login("office")))
            #expect((body["units"] as? [String])?.contains("Văn phòng Sở") == true)
            #expect((body["leaders"] as? [String])?.contains("Đ/c Hoàn GD Sở") == true)
        }
    }

    @Test func aLeaderSeesTheirOwnItems() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let own = try object(try await api.send(.get, "/api/months/2025-02/leader?name=Đ/c%20Bình", as: try await api.login("ld")))
            #expect((own["leader"] as? [String: Any])?["short"] as? String == "Đ/c Hoàn")
            let days = try #require(own["days"] as? [[String: Any]])
            #expect(!days.isEmpty)
            for day in days {
                for item in day["items"] as? [[String: Any]] ?? [] {
                    #expect((item["leader"] as? String)?.contains("Hoàn") == true || (item["leader"] as? String)?.contains("Lãnh đạo") == true)
                }
            }
            let other = try await api.send(.get, "/api/months/2025-02/leader?name=B%C3%ACnh", as: try await api.login("vp"))
            #expect((try object(other)["leader"] as? [String: Any])?["short"] as? String != "Đ/c Hoàn")
            #expect(try await api.send(.get, "/api/months/2025-02/leader?name=Nobody", as: try await api.login("vp")).status == .notFound)
        }
    }
}
