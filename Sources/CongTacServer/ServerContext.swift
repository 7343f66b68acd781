import Hummingbird
import NIOCore

/// The request context of every route: the session, when the request carries a live one, and
/// the peer's address (for login throttling).
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `SessionMiddleware`.
    public var session: Session?
    public let remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    public var maxUploadSize: Int { 1 << 20 }

    /// The logged-in user, or 401.
    func user() throws(APIError) -> User {
        guard let session else { throw .notLoggedIn }
        return session.user
    }

    /// The logged-in user if it has one of `roles`; 401 or 403.
    func user(_ roles: Role...) throws(APIError) -> User {
        let user = try user()
        guard roles.contains(user.role) else { throw .forbidden }
        return user
    }
}

/// A live session: who, and the token a state-changing request must echo in `X-CSRF-Token`.
public struct Session: Sendable {
    public var user: User
    public var csrfToken: String
    var tokenHash: String
}
