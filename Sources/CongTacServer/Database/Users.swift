import Foundation
import GRDB

/// What an account may do: the office (văn thư) edits, accepts, issues and manages users; a unit
/// reads and proposes items for its own unit; a leader reads.
public enum Role: String, Sendable, Codable, CaseIterable {
    case office
    case unit
    case leader
}

public struct User: Sendable, Equatable {
    public var name: String
    public var role: Role
    /// The unit of a `unit` account (the text its items carry in `unit:`).
    public var unit: String?

    public init(name: String, role: Role, unit: String? = nil) {
        self.name = name
        self.role = role
        self.unit = unit
    }
}

extension WorkspaceDatabase {
    public func users() throws -> [User] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, role, unit FROM users ORDER BY name").compactMap(Self.user)
        }
    }

    public func user(named name: String) throws -> (user: User, passwordHash: String)? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM users WHERE name = ?", arguments: [name]),
                  let user = Self.user(row) else { return nil }
            return (user, row["passwordHash"])
        }
    }

    /// Adds a user; false if the name is taken.
    public func addUser(_ user: User, passwordHash: String) throws -> Bool {
        try pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM users WHERE name = ?", arguments: [user.name]) == true { return false }
            try db.execute(sql: "INSERT INTO users (name, role, unit, passwordHash, createdAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [user.name, user.role.rawValue, user.unit, passwordHash, Date().timeIntervalSince1970])
            return true
        }
    }

    /// Removes a user and its sessions; false if there was none.
    public func removeUser(_ name: String) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM users WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    /// Sets a password and ends the user's sessions; false if there is no such user.
    public func setPassword(_ name: String, passwordHash: String) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "UPDATE users SET passwordHash = ? WHERE name = ?", arguments: [passwordHash, name])
            guard db.changesCount > 0 else { return false }
            try db.execute(sql: "DELETE FROM sessions WHERE userName = ?", arguments: [name])
            return true
        }
    }

    public func officeCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM users WHERE role = 'office'") ?? 0 }
    }

    static func user(_ row: Row) -> User? {
        guard let role = Role(rawValue: row["role"]) else { return nil }
        return User(name: row["name"], role: role, unit: row["unit"])
    }
}
