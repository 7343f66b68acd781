import CongTacLoading
import Foundation
import HTTPTypes
import Hummingbird

/// Every version of a month: list, read, restore.
enum HistoryRoutes {
    static func add(to routes: APIRoutes, state: ServerState) {
        routes.get("/api/months/:month/history") { _, context -> Response in
            _ = try context.user()
            let versions = try state.database.versions(of: try context.month())
            return .json(.array(versions.map { version in
                .object([("version", .int(version.version)), ("author", .optional(version.author)), ("at", .date(version.at)),
                         ("kind", .string(version.kind.rawValue)), ("etag", .string(version.etag))])
            }))
        }

        routes.get("/api/months/:month/history/:version") { _, context -> Response in
            _ = try context.user()
            let month = try context.month()
            guard let version = try state.database.version(try context.integer("version"), of: month) else {
                throw APIError(.notFound, "no-version", .serverNoVersion)
            }
            let schedule = try? state.validDraftYAML(version.source, month: month)
            return .json(.object([
                ("version", .int(version.version)), ("author", .optional(version.author)), ("at", .date(version.at)),
                ("kind", .string(version.kind.rawValue)), ("etag", .string(version.etag)), ("source", .string(version.source)),
                ("schedule", schedule.map { .raw(ScheduleWriter().json($0)) } ?? .null),
            ]))
        }

        routes.post("/api/months/:month/history/:version/restore") { request, context -> Response in
            let user = try context.user(.office)
            let month = try context.month()
            let number = try context.integer("version")
            guard let ifMatch = request.headers[.ifMatch] else { throw APIError.ifMatchMissing }
            let written = try await state.restore(month, version: number, ifMatch: ifMatch, user: user)
            return .json(.object([("etag", .string(written.etag)), ("version", .int(written.version))]), headers: [.eTag: written.etag])
        }
    }
}
