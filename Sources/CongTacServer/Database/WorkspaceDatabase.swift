import Foundation
import GRDB

/// `DIR/.congtac/workspace.sqlite`: users, sessions, proposals and every version of every month.
///
/// WAL (a `DatabasePool`), `synchronous = FULL` so that a committed version survives a power cut,
/// and migrations numbered once and never edited: a workspace database outlives server versions.
public final class WorkspaceDatabase: Sendable {
    let pool: DatabasePool

    public init(path: String) throws {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    /// Opens (creating) the database of the workspace at `folder`.
    public convenience init(workspace folder: String) throws {
        let directory = (folder as NSString).appendingPathComponent(".congtac")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        try self.init(path: (directory as NSString).appendingPathComponent("workspace.sqlite"))
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE users (
                    name TEXT PRIMARY KEY NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('office', 'unit', 'leader')),
                    unit TEXT,
                    passwordHash TEXT NOT NULL,
                    createdAt REAL NOT NULL
                );
                CREATE TABLE sessions (
                    tokenHash TEXT PRIMARY KEY NOT NULL,
                    userName TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,
                    csrfToken TEXT NOT NULL,
                    createdAt REAL NOT NULL,
                    lastSeenAt REAL NOT NULL
                );
                CREATE INDEX sessions_user ON sessions(userName);
                CREATE TABLE proposals (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    month TEXT NOT NULL,
                    day INTEGER NOT NULL,
                    time TEXT,
                    text TEXT NOT NULL,
                    unit TEXT NOT NULL,
                    leader TEXT,
                    note TEXT,
                    proposer TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'accepted', 'rejected')),
                    reason TEXT,
                    createdAt REAL NOT NULL,
                    decidedAt REAL,
                    decidedBy TEXT
                );
                CREATE INDEX proposals_month ON proposals(month);
                CREATE TABLE versions (
                    month TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    author TEXT,
                    at REAL NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('save', 'accept', 'restore', 'create', 'disk')),
                    source TEXT NOT NULL,
                    etag TEXT NOT NULL,
                    PRIMARY KEY (month, version)
                );
                """)
        }
        return migrator
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }
}
