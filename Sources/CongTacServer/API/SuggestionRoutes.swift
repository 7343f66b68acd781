import CongTacModel
import Foundation
import Hummingbird

/// The units and leaders the workspace's months name, for the editor's completions.
enum SuggestionRoutes {
    static func add(to routes: APIRoutes, state: ServerState) {
        routes.get("/api/suggestions") { _, context -> Response in
            _ = try context.user()
            var units = Set<String>(), leaders = Set<String>()
            for (month, names) in state.workspace.scan() where names.count == 1 {
                guard let bytes = state.workspace.read(names[0]),
                      let schedule = state.snapshot(month, name: names[0], bytes: bytes).result.schedule else { continue }
                for section in schedule.sections.flatMap(\.allSections) {
                    for day in section.agenda?.days ?? [] {
                        for item in day.items {
                            if let unit = item.unit { units.insert(unit) }
                            if let leader = item.leader { leaders.insert(leader) }
                        }
                    }
                }
            }
            return .json(.object([("units", .array(units.sorted().map { .string($0) })),
                                  ("leaders", .array(leaders.sorted().map { .string($0) }))]))
        }
    }
}
