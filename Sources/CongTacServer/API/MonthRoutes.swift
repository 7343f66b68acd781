import CongTacLoading
import CongTacModel
import Foundation
import HTTPTypes
import Hummingbird

/// The months: list, read, save, create, check.
enum MonthRoutes {
    struct NewMonth: Decodable {
        var month: String
        var from: String?
    }

    static func add(to routes: APIRoutes, state: ServerState) {
        routes.get("/api/months") { _, context -> Response in
            _ = try context.user()
            var list: [JSONValue] = []
            for (month, names) in state.workspace.scan().sorted(by: { $0.key > $1.key }) {
                let name = names[0]
                let bytes = state.workspace.read(name) ?? []
                let snapshot = state.snapshot(month, name: name, bytes: bytes)
                let errors = snapshot.result.diagnostics.filter { $0.severity == .error }.count
                let status = names.count > 1 ? "conflict" : errors > 0 ? "invalid" : "ok"
                list.append(.object([
                    ("month", .string(month.description)), ("file", .string(name)),
                    ("files", .array(names.map { .string($0) })), ("state", .string(status)),
                    ("etag", .string(snapshot.etag)), ("errors", .int(errors)),
                    ("warnings", .int(snapshot.result.diagnostics.count - errors)),
                    ("updatedAt", .date(state.workspace.modified(name))),
                ]))
            }
            return .json(.array(list))
        }

        routes.get("/api/months/:month") { _, context -> Response in
            _ = try context.user()
            let snapshot = try state.snapshot(try context.month())
            var members: [(String, JSONValue)] = [("month", .string(snapshot.month.description)), ("file", .string(snapshot.name)),
                                                  ("etag", .string(snapshot.etag))]
            if let schedule = snapshot.schedule {
                members.append(("schedule", .raw(ScheduleWriter().json(schedule))))
            } else {
                members.append(("schedule", .null))
                members.append(("source", .string(snapshot.source)))
            }
            members.append(("diagnostics", DiagnosticJSON.array(snapshot.result.diagnostics)))
            return .json(.object(members), headers: [.eTag: snapshot.etag])
        }

        routes.put("/api/months/:month") { request, context -> Response in
            let user = try context.user(.office)
            let month = try context.month()
            guard let ifMatch = request.headers[.ifMatch] else { throw APIError.ifMatchMissing }
            let body = try await request.bytes(limit: state.settings.maxBodyBytes)
            let saved = try await state.save(month, body: body, ifMatch: ifMatch, user: user)
            return .json(.object([("etag", .string(saved.etag)), ("version", .int(saved.version)),
                                  ("diagnostics", DiagnosticJSON.array(saved.warnings))]),
                         headers: [.eTag: saved.etag])
        }

        routes.post("/api/months") { request, context -> Response in
            let user = try context.user(.office)
            let body = try await request.decoded(NewMonth.self)
            guard let month = MonthID(body.month) else { throw APIError.badMonth(String(body.month.prefix(40))) }
            var from: MonthID?
            if let text = body.from, !text.isEmpty {
                guard let parsed = MonthID(text) else { throw APIError.badMonth(String(text.prefix(40))) }
                from = parsed
            }
            let created = try await state.create(month, from: from, user: user)
            return .json(.object([("month", .string(month.description)), ("file", .string(created.name)),
                                  ("etag", .string(created.etag)), ("version", .int(created.version))]),
                         status: .created, headers: [.eTag: created.etag])
        }

        routes.get("/api/months/:month/check") { _, context -> Response in
            _ = try context.user()
            let snapshot = try state.snapshot(try context.month())
            return .json(.object([("etag", .string(snapshot.etag)), ("diagnostics", DiagnosticJSON.array(snapshot.result.diagnostics))]),
                         headers: [.eTag: snapshot.etag])
        }

        routes.post("/api/months/:month/check") { request, context -> Response in
            _ = try context.user(.office)
            let month = try context.month()
            let body = try await request.bytes(limit: state.settings.maxBodyBytes)
            var diagnostics = state.loadDraft(body, month: month).diagnostics
            do throws(APIError) {
                _ = try state.validDraft(body, month: month)
            } catch {
                diagnostics = error.diagnostics ?? diagnostics
            }
            return .json(.object([("diagnostics", DiagnosticJSON.array(diagnostics))]))
        }
    }
}
