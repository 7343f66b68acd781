import CongTacCalendar
import Foundation
import HTTPTypes
import Hummingbird

/// Units propose items; the office accepts (into the file) or rejects them with a reason.
enum ProposalRoutes {
    struct NewProposal: Decodable {
        var day: Int
        var time: String?
        var text: String
        var leader: String?
        var note: String?
        // A `unit` in the body is ignored: the unit is the account's own.
    }

    struct Rejection: Decodable {
        var reason: String
    }

    static func add(to routes: APIRoutes, state: ServerState) {
        routes.post("/api/months/:month/proposals") { request, context -> Response in
            let user = try context.user(.unit)
            let month = try context.month()
            guard let unit = user.unit, !unit.isEmpty else { throw APIError(.forbidden, "no-unit", .serverNoUnit) }
            let body = try await request.decoded(NewProposal.self)
            _ = try state.fileName(month)
            guard (1...CivilDate.daysInMonth(year: month.year, month: month.month)).contains(body.day) else {
                throw APIError.unprocessable("bad-day", .serverBadDay)
            }
            let text = body.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, text.count <= 2000 else { throw APIError.unprocessable("empty-text", .serverEmptyText) }
            let id = try state.database.addProposal(month: month, day: body.day, time: clean(body.time), text: text, unit: unit,
                                                    leader: clean(body.leader), note: clean(body.note), proposer: user.name)
            return .json(.object([("id", .int(id)), ("state", .string("pending"))]), status: .created)
        }

        routes.get("/api/months/:month/proposals") { _, context -> Response in
            let user = try context.user(.office, .unit)
            let month = try context.month()
            let proposals = try state.database.proposals(of: month, unit: user.role == .unit ? (user.unit ?? "") : nil)
            return .json(.array(proposals.map(json)))
        }

        routes.post("/api/proposals/:id/accept") { request, context -> Response in
            let user = try context.user(.office)
            let id = try context.integer("id")
            let written = try await state.accept(id, ifMatch: request.headers[.ifMatch], user: user)
            return .json(.object([("etag", .string(written.etag)), ("version", .int(written.version))]), headers: [.eTag: written.etag])
        }

        routes.post("/api/proposals/:id/reject") { request, context -> Response in
            let user = try context.user(.office)
            let id = try context.integer("id")
            let body = try await request.decoded(Rejection.self)
            let reason = body.reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !reason.isEmpty else { throw APIError.unprocessable("reason-missing", .serverReasonMissing) }
            guard try state.database.proposal(id) != nil else { throw APIError.notFound }
            guard try state.database.decideProposal(id, state: .rejected, reason: String(reason.prefix(2000)), by: user.name) else {
                throw APIError(.conflict, "not-pending", .serverNotPending)
            }
            return .json(.object([("id", .int(id)), ("state", .string("rejected"))]))
        }
    }

    static func clean(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return String(text.prefix(500))
    }

    static func json(_ proposal: Proposal) -> JSONValue {
        .object([
            ("id", .int(proposal.id)), ("month", .string(proposal.month)), ("day", .int(proposal.day)),
            ("time", .optional(proposal.time)), ("text", .string(proposal.text)), ("unit", .string(proposal.unit)),
            ("leader", .optional(proposal.leader)), ("note", .optional(proposal.note)), ("proposer", .string(proposal.proposer)),
            ("state", .string(proposal.state.rawValue)), ("reason", .optional(proposal.reason)),
            ("createdAt", .date(proposal.createdAt)), ("decidedAt", .date(proposal.decidedAt)), ("decidedBy", .optional(proposal.decidedBy)),
        ])
    }
}
