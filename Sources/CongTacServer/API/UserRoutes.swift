import Foundation
import HTTPTypes
import Hummingbird

/// The office manages accounts.
enum UserRoutes {
    struct NewUser: Decodable {
        var name: String
        var role: String
        var unit: String?
        var password: String
    }

    static func add(to routes: APIRoutes, state: ServerState) {
        routes.get("/api/users") { _, context -> Response in
            _ = try context.user(.office)
            return .json(.array(try state.database.users().map(\.json)))
        }

        routes.post("/api/users") { request, context -> Response in
            _ = try context.user(.office)
            let body = try await request.decoded(NewUser.self)
            let user = try UserRules.validated(name: body.name, role: body.role, unit: body.unit, password: body.password)
            guard try state.database.addUser(user, passwordHash: await state.passwords.hash(body.password)) else {
                throw APIError(.conflict, "user-exists", .serverUserExists(user.name))
            }
            return .json(user.json, status: .created)
        }

        routes.delete("/api/users/:name") { _, context -> Response in
            let me = try context.user(.office)
            let name = context.parameters.get("name") ?? ""
            guard let found = try state.database.user(named: name) else { throw APIError(.notFound, "no-user", .serverNoUser(String(name.prefix(40)))) }
            let offices = try state.database.officeCount()
            if name == me.name || (found.user.role == .office && offices <= 1) {
                throw APIError(.conflict, "last-office", .serverLastOffice)
            }
            _ = try state.database.removeUser(name)
            return Response(status: .noContent)
        }
    }
}

/// What an account must be, for the API and the `users` command alike.
public enum UserRules {
    public static func validated(name: String, role: String, unit: String?, password: String) throws(APIError) -> User {
        guard validName(name) else { throw .unprocessable("bad-user-name", .serverBadUserName) }
        guard let role = Role(rawValue: role) else { throw .unprocessable("bad-role", .serverBadRole) }
        let unit = unit?.trimmingCharacters(in: .whitespacesAndNewlines)
        if role == .unit, unit?.isEmpty ?? true { throw .unprocessable("bad-role", .serverBadRole) }
        try checkPassword(password)
        return User(name: name, role: role, unit: unit?.isEmpty == false ? unit : nil)
    }

    public static func checkPassword(_ password: String) throws(APIError) {
        guard password.count >= 10, password.utf8.count <= 72 else { throw .unprocessable("weak-password", .serverWeakPassword) }
    }

    static func validName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 32
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
    }
}
