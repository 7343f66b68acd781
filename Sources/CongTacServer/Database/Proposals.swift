import Foundation
import GRDB

public enum ProposalState: String, Sendable, Codable {
    case pending
    case accepted
    case rejected
}

/// An item a unit asks the office to add to a day of a month.
public struct Proposal: Sendable {
    public var id: Int
    public var month: String
    public var day: Int
    public var time: String?
    public var text: String
    public var unit: String
    public var leader: String?
    public var note: String?
    public var proposer: String
    public var state: ProposalState
    public var reason: String?
    public var createdAt: Date
    public var decidedAt: Date?
    public var decidedBy: String?
}

extension WorkspaceDatabase {
    public func addProposal(month: MonthID, day: Int, time: String?, text: String, unit: String, leader: String?,
                            note: String?, proposer: String) throws -> Int {
        try pool.write { db in
            try db.execute(sql: """
                INSERT INTO proposals (month, day, time, text, unit, leader, note, proposer, state, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)
                """, arguments: [month.description, day, time, text, unit, leader, note, proposer, Date().timeIntervalSince1970])
            return Int(db.lastInsertedRowID)
        }
    }

    /// A month's proposals, oldest first; only `unit`'s when given.
    public func proposals(of month: MonthID, unit: String? = nil) throws -> [Proposal] {
        try pool.read { db in
            if let unit {
                return try Row.fetchAll(db, sql: "SELECT * FROM proposals WHERE month = ? AND unit = ? ORDER BY id",
                                        arguments: [month.description, unit]).map(Self.proposal)
            }
            return try Row.fetchAll(db, sql: "SELECT * FROM proposals WHERE month = ? ORDER BY id",
                                    arguments: [month.description]).map(Self.proposal)
        }
    }

    public func proposal(_ id: Int) throws -> Proposal? {
        try pool.read { db in try Row.fetchOne(db, sql: "SELECT * FROM proposals WHERE id = ?", arguments: [id]).map(Self.proposal) }
    }

    /// Decides a pending proposal; false if it was no longer pending.
    public func decideProposal(_ id: Int, state: ProposalState, reason: String?, by user: String) throws -> Bool {
        try pool.write { db in
            try db.execute(sql: "UPDATE proposals SET state = ?, reason = ?, decidedAt = ?, decidedBy = ? WHERE id = ? AND state = 'pending'",
                           arguments: [state.rawValue, reason, Date().timeIntervalSince1970, user, id])
            return db.changesCount > 0
        }
    }

    static func proposal(_ row: Row) -> Proposal {
        Proposal(id: row["id"], month: row["month"], day: row["day"], time: row["time"], text: row["text"], unit: row["unit"],
                 leader: row["leader"], note: row["note"], proposer: row["proposer"],
                 state: ProposalState(rawValue: row["state"]) ?? .pending, reason: row["reason"],
                 createdAt: Date(timeIntervalSince1970: row["createdAt"]),
                 decidedAt: (row["decidedAt"] as Double?).map(Date.init(timeIntervalSince1970:)), decidedBy: row["decidedBy"])
    }
}
