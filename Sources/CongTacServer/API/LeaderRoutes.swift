import CongTacModel
import Foundation
import Hummingbird

/// `GET /api/months/M/leader[?name=…]`: one leader's items of the month. A leader account sees its
/// own (its account's `unit` holds its name as the schedule writes it, e.g. `Đ/c Hoàn`); the
/// office and units name the leader.
enum LeaderRoutes {
    static func add(to routes: APIRoutes, state: ServerState) {
        routes.get("/api/months/:month/leader") { request, context -> Response in
            let user = try context.user()
            let (_, schedule) = try state.validSchedule(try context.month())
            let query = user.role == .leader ? user.unit : request.uri.queryParameters.get("name")
            guard let query, let leader = schedule.leader(named: query) else {
                throw APIError(.notFound, "no-leader", .serverNoLeader)
            }
            let days: [JSONValue] = schedule.agendaDays.compactMap { day in
                let items = day.items.filter(leader.isIn)
                guard !items.isEmpty else { return nil }
                return .object([
                    ("first", .int(day.days.first)), ("last", .int(day.days.last)),
                    ("items", .array(items.map { item in
                        .object([("time", .optional(item.time)), ("text", .string(item.text)), ("unit", .optional(item.unit)),
                                 ("leader", .optional(item.leader))])
                    })),
                ])
            }
            return .json(.object([
                ("leader", .object([("short", .string(leader.short)), ("name", .optional(leader.name)), ("title", .optional(leader.title))])),
                ("days", .array(days)),
            ]))
        }
    }
}
