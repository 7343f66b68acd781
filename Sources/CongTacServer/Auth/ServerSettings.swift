import Foundation

/// What an operator or a test may change; the defaults are production's.
public struct ServerSettings: Sendable {
    /// bcrypt's cost: 12 in production (~0.25 s a login on this machine); tests lower it.
    public var bcryptCost: UInt8 = 12
    /// A session ends after this long without a request…
    public var idleTimeout: TimeInterval = 2 * 3600
    /// …and this long after its login, whatever its use (a working day).
    public var absoluteTimeout: TimeInterval = 12 * 3600
    /// Failed logins for one user or from one address within `throttleWindow` before logins are refused.
    public var maxFailedLogins = 5
    public var throttleWindow: TimeInterval = 15 * 60
    /// Behind a reverse proxy that terminates HTTPS: trust its `X-Forwarded-Proto` and
    /// `X-Forwarded-For` (and mark cookies `Secure` when the proxy says https).
    public var behindHTTPSProxy = false
    /// The request body limit of saves, checks and previews.
    public var maxBodyBytes = 1 << 20

    public init() {}
}
