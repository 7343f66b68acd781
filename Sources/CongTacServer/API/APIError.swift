import CongTacMessages
import CongTacModel
import HTTPTypes

/// An answer other than success: its status, a stable code for scripts and the page's JS, the
/// message in the server's language, and what some codes carry (diagnostics, Retry-After).
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: Phrase
    public var diagnostics: [Diagnostic]?
    public var retryAfter: Int?
    public var etag: String?

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: Phrase, diagnostics: [Diagnostic]? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.diagnostics = diagnostics
    }

    static let notLoggedIn = APIError(.unauthorized, "not-logged-in", .serverNotLoggedIn)
    static let forbidden = APIError(.forbidden, "forbidden", .serverForbidden)
    static let csrf = APIError(.forbidden, "csrf", .serverCSRF)
    static let badBody = APIError(.badRequest, "bad-body", .serverBadBody)
    static let tooLarge = APIError(.contentTooLarge, "too-large", .serverTooLarge)
    static let stale = APIError(.preconditionFailed, "stale-etag", .serverStale)
    static let ifMatchMissing = APIError(.preconditionRequired, "if-match-missing", .serverIfMatchMissing)
    static let notFound = APIError(.notFound, "not-found", .serverNotFound)
    static let badPath = APIError(.badRequest, "bad-path", .serverBadPath)
    static let writeFailed = APIError(.internalServerError, "write-failed", .serverWriteFailed)
    static let internalError = APIError(.internalServerError, "internal", .serverInternal)

    static func badMonth(_ text: String) -> APIError { APIError(.badRequest, "bad-month", .serverBadMonth(text)) }
    static func noMonth(_ month: MonthID) -> APIError { APIError(.notFound, "no-month", .serverNoMonth(month.description)) }
    static func conflict(_ month: MonthID, _ files: [String]) -> APIError {
        APIError(.conflict, "conflict", .serverConflict(month.description, files: files))
    }
    static func invalid(_ diagnostics: [Diagnostic]) -> APIError {
        APIError(.unprocessableContent, "invalid", .serverInvalidSchedule, diagnostics: diagnostics)
    }
    static func unprocessable(_ code: String, _ message: Phrase) -> APIError {
        APIError(.unprocessableContent, code, message)
    }
}
