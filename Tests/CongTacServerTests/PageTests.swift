import CongTacServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The pages' routes (the browser drives them in .ci/check_server.py): who gets which page, the
/// static files' caching, and a shell with no inline script or style.
@Suite struct PageTests {
    @Test func pagesWithoutASessionGoToTheLoginPage() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let root = try await api.send(.get, "/")
            #expect(root.status == .found && root.headers[.location] == "/login")
            let months = try await api.send(.get, "/months/2025-02")
            #expect(months.status == .found && months.headers[.location] == "/login?next=/months/2025-02")
            let login = try await api.send(.get, "/login")
            #expect(login.status == .ok && String(buffer: login.body).contains("id=\"login-form\""))
        }
    }

    @Test func eachRoleGetsItsPages() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let office = try await api.login("office")
            let unit = try await api.login("vp")
            let editor = try await api.send(.get, "/months/2025-02", as: office)
            #expect(editor.status == .ok)
            let html = String(buffer: editor.body)
            #expect(html.contains("data-month=\"2025-02\"") && html.contains("/static/editor.js?v="))
            let read = String(buffer: try await api.send(.get, "/months/2025-02", as: unit).body)
            #expect(read.contains("/static/month.js?v=") && !read.contains("editor.js"))
            #expect(try await api.send(.get, "/months/2025-02/proposals", as: unit).status == .forbidden)
            #expect(try await api.send(.get, "/users", as: unit).status == .forbidden)
            #expect(try await api.send(.get, "/users", as: office).status == .ok)
            #expect(try await api.send(.get, "/months/2025-13", as: office).status == .notFound)
            #expect(try await api.send(.get, "/login", as: office).status == .found)
        }
    }

    @Test func shellsHaveNoInlineScriptOrStyle() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let office = try await api.login("office")
            for path in ["/months", "/months/2025-02", "/months/2025-02/proposals", "/months/2025-02/history", "/users"] {
                let html = String(buffer: try await api.send(.get, path, as: office).body)
                let scripts = html.components(separatedBy: "<script").dropFirst()
                #expect(scripts.allSatisfy { $0.hasPrefix(" src=\"/static/") || $0.hasPrefix(" type=\"application/json\"") }, "\(path)")
                #expect(!html.contains("style=") && !html.contains("<style"), "\(path)")
                #expect(html.contains("<html lang=\"vi\">"), "\(path)")
            }
        }
    }

    @Test func staticFilesAreCachedByTheirHash() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let html = String(buffer: try await api.send(.get, "/login").body)
            let url = try #require(html.components(separatedBy: "\"").first { $0.hasPrefix("/static/app.js?v=") })
            let file = try await api.send(.get, url)
            #expect(file.status == .ok)
            #expect(file.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(file.headers[.cacheControl]?.contains("immutable") == true)
            let etag = try #require(file.headers[.eTag])
            let again = try await api.send(.get, "/static/app.js", headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified)
            let unversioned = try await api.send(.get, "/static/app.js")
            #expect(unversioned.headers[.cacheControl] == "no-cache")
            #expect(try await api.send(.get, "/static/nothing.js").status == .notFound)
        }
    }

    @Test func embeddedWebFilesMatchTheWebFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", root.appendingPathComponent("scripts/embed_web.py").path, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run: python3 scripts/embed_web.py")
    }
}

extension PageTests {
    /// A `HEAD` gets what a `GET` gets, without the body: a link checker sees pages and files exist.
    @Test func headIsAGetWithoutTheBody() async throws {
        let workspace = try await TestWorkspace()
        defer { workspace.remove() }
        try await workspace.test { api in
            let login = try await api.send(.head, "/login")
            let page = try await api.send(.get, "/login")
            #expect(login.status == .ok && login.body.readableBytes == 0)
            #expect(login.headers[.contentType] == page.headers[.contentType])
            #expect(login.headers[.contentLength] == String(page.body.readableBytes))
            #expect(login.headers[.contentSecurityPolicy] != nil)
            #expect(try await api.send(.head, "/").status == .found)
            let office = try await api.login("office")
            #expect(try await api.send(.head, "/months/2025-02", as: office).status == .ok)
            let refused = try await api.send(.head, "/api/months/2025-02")
            #expect(refused.status == .unauthorized && refused.body.readableBytes == 0)
            #expect(try await api.send(.head, "/no-such-page", as: office).status == .notFound)
        }
    }
}
