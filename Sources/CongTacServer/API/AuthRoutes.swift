import Foundation
import HTTPTypes
import Hummingbird

/// `POST /api/login`, `POST /api/logout`, `GET /api/session`.
enum AuthRoutes {
    struct Login: Decodable {
        var username: String
        var password: String
    }

    static func add(to routes: APIRoutes, state: ServerState) {
        routes.post("/api/login") { request, context -> Response in
            let login = try await request.decoded(Login.self, limit: 8 * 1024)
            let forwarded = state.settings.behindHTTPSProxy
                ? request.headers[.forwardedFor]?.split(separator: ",").last.map { $0.trimmingCharacters(in: .whitespaces) } : nil
            let address = forwarded ?? context.remoteAddress
            var keys = ["user:" + login.username.lowercased()]
            if let address { keys.append("ip:" + address) }
            if let wait = await state.throttle.retryAfter(keys) {
                var error = APIError(.tooManyRequests, "throttled", .serverThrottled(seconds: wait))
                error.retryAfter = wait
                throw error
            }
            let found = try state.database.user(named: login.username)
            let matches = await state.passwords.verify(login.password, hash: found?.passwordHash ?? state.decoyHash)
            guard let found, matches else {
                await state.throttle.fail(keys)
                throw APIError(.unauthorized, "wrong-login", .serverWrongLogin)
            }
            await state.throttle.succeed(keys[0])
            let (token, csrf) = try state.newSession(for: found.user)
            var response = Response.json(.object([("user", found.user.json), ("csrfToken", .string(csrf))]))
            response.setCookie(sessionCookie(token, request: request, state: state))
            return response
        }

        routes.post("/api/logout") { request, context -> Response in
            if let session = context.session { try state.database.deleteSession(tokenHash: session.tokenHash) }
            var response = Response(status: .noContent)
            response.setCookie(sessionCookie("", request: request, state: state, expired: true))
            return response
        }

        routes.get("/api/session") { _, context -> Response in
            guard let session = context.session else { throw APIError.notLoggedIn }
            return .json(.object([("user", session.user.json), ("csrfToken", .string(session.csrfToken))]))
        }
    }

    /// HttpOnly, SameSite=Strict, Path=/; Secure when a proxy the server was told to trust says https.
    static func sessionCookie(_ value: String, request: Request, state: ServerState, expired: Bool = false) -> Cookie {
        let secure = state.settings.behindHTTPSProxy && request.headers[.forwardedProto]?.lowercased() == "https"
        return Cookie(name: SessionMiddleware.cookieName, value: value, maxAge: expired ? 0 : nil, path: "/",
                      secure: secure, httpOnly: true, sameSite: .strict)
    }
}

extension ServerState {
    /// A new session for `user`: the token for the cookie and the CSRF token.
    func newSession(for user: User) throws -> (token: String, csrf: String) {
        let token = Tokens.random(), csrf = Tokens.random()
        try database.insertSession(tokenHash: Tokens.hash(token), user: user.name, csrfToken: csrf, now: Date())
        return (token, csrf)
    }

    /// The live session of a cookie's token, or nil.
    func session(token: String) throws -> Session? {
        let hash = Tokens.hash(token)
        guard let (user, csrf) = try database.liveSession(tokenHash: hash, now: Date(), idle: settings.idleTimeout,
                                                         absolute: settings.absoluteTimeout) else { return nil }
        return Session(user: user, csrfToken: csrf, tokenHash: hash)
    }
}
