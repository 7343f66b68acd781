import Foundation
import GRDB

extension WorkspaceDatabase {
    /// Stores a session under the hash of its token (a stolen database file holds no usable token).
    func insertSession(tokenHash: String, user: String, csrfToken: String, now: Date) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT INTO sessions (tokenHash, userName, csrfToken, createdAt, lastSeenAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [tokenHash, user, csrfToken, now.timeIntervalSince1970, now.timeIntervalSince1970])
        }
    }

    /// The session's user and CSRF token if it is alive at `now` (idle and absolute limits), touching
    /// its last use; an expired session is deleted.
    func liveSession(tokenHash: String, now: Date, idle: TimeInterval, absolute: TimeInterval) throws -> (User, String)? {
        try pool.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT s.csrfToken, s.createdAt, s.lastSeenAt, u.name, u.role, u.unit
                FROM sessions s JOIN users u ON u.name = s.userName WHERE s.tokenHash = ?
                """, arguments: [tokenHash]), let user = Self.user(row) else { return nil }
            let created: Double = row["createdAt"], lastSeen: Double = row["lastSeenAt"]
            let t = now.timeIntervalSince1970
            if t - lastSeen > idle || t - created > absolute {
                try db.execute(sql: "DELETE FROM sessions WHERE tokenHash = ?", arguments: [tokenHash])
                return nil
            }
            // Touch at most once a minute: a page's burst of requests is one write.
            if t - lastSeen > 60 {
                try db.execute(sql: "UPDATE sessions SET lastSeenAt = ? WHERE tokenHash = ?", arguments: [t, tokenHash])
            }
            return (user, row["csrfToken"])
        }
    }

    func deleteSession(tokenHash: String) throws {
        try pool.write { db in try db.execute(sql: "DELETE FROM sessions WHERE tokenHash = ?", arguments: [tokenHash]) }
    }

    /// Removes sessions past their absolute limit (at start-up).
    func purgeSessions(before: Date) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE createdAt < ?", arguments: [before.timeIntervalSince1970])
        }
    }
}
