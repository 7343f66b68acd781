import Foundation
import HTTPTypes
import Hummingbird

extension HTTPField.Name {
    static let csrfToken = HTTPField.Name("X-CSRF-Token")!
    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let referrerPolicyHeader = HTTPField.Name("Referrer-Policy")!
}

/// Finds the request's session from its cookie and refuses a state-changing API request that is
/// not logged in (401) or lacks the session's CSRF token (403). SameSite=Strict already keeps the
/// cookie off other sites' requests; the token is the second lock for older browsers.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let state: ServerState
    static let cookieName = "congtac_session"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookieName]?.value, !token.isEmpty {
            context.session = try state.session(token: token)
        }
        let changesState = request.method == .post || request.method == .put || request.method == .delete || request.method == .patch
        if changesState, request.uri.path.hasPrefix("/api/"), request.uri.path != "/api/login" {
            guard let session = context.session else { throw APIError.notLoggedIn }
            guard let sent = request.headers[.csrfToken], Tokens.equal(sent, session.csrfToken) else { throw APIError.csrf }
        }
        return try await next(request, context)
    }
}
