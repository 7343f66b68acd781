import Foundation
import GRDB

/// How a version came to be.
public enum VersionKind: String, Sendable, Codable {
    /// Saved from the editor.
    case save
    /// A unit's proposal accepted into the file.
    case accept
    /// An earlier version written back.
    case restore
    /// A new month (`POST /api/months`).
    case create
    /// Found on disk: a hand edit, a file added to the folder, or a crash between the file's write
    /// and the version's commit (recorded by the start-up reconciliation or before the next save).
    case disk
}

public struct MonthVersion: Sendable {
    public var month: String
    public var version: Int
    public var author: String?
    public var at: Date
    public var kind: VersionKind
    public var source: String
    public var etag: String
}

extension WorkspaceDatabase {
    /// Appends a version of `month`; its number.
    @discardableResult
    public func recordVersion(month: MonthID, author: String?, kind: VersionKind, source: String, etag: String,
                              at: Date = Date()) throws -> Int {
        try pool.write { db in
            let last = try Int.fetchOne(db, sql: "SELECT MAX(version) FROM versions WHERE month = ?",
                                        arguments: [month.description]) ?? 0
            try db.execute(sql: "INSERT INTO versions (month, version, author, at, kind, source, etag) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [month.description, last + 1, author, at.timeIntervalSince1970, kind.rawValue, source, etag])
            return last + 1
        }
    }

    /// The versions of a month, newest first, without their texts.
    public func versions(of month: MonthID) throws -> [MonthVersion] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT month, version, author, at, kind, '' AS source, etag FROM versions WHERE month = ? ORDER BY version DESC",
                             arguments: [month.description]).map(Self.version)
        }
    }

    public func version(_ number: Int, of month: MonthID) throws -> MonthVersion? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM versions WHERE month = ? AND version = ?",
                             arguments: [month.description, number]).map(Self.version)
        }
    }

    public func lastVersion(of month: MonthID) throws -> MonthVersion? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT month, version, author, at, kind, '' AS source, etag FROM versions WHERE month = ? ORDER BY version DESC LIMIT 1",
                             arguments: [month.description]).map(Self.version)
        }
    }

    static func version(_ row: Row) -> MonthVersion {
        MonthVersion(month: row["month"], version: row["version"], author: row["author"],
                     at: Date(timeIntervalSince1970: row["at"]), kind: VersionKind(rawValue: row["kind"]) ?? .disk,
                     source: row["source"], etag: row["etag"])
    }
}
