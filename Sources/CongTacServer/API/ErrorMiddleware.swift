import CongTacMessages
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Every response's security headers, and every error as `{"error": {"code", "message"}}`: no
/// stack trace, no path, whatever was thrown. Outermost, so errors from routing get them too.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = ServerContext
    let language: Language
    let routes: RouteTable

    static let contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'self'; form-action 'self'; base-uri 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            if Self.hasDotSegment(request.uri.path) { throw APIError.badPath }
            response = try await next(request, context)
        } catch let error as APIError {
            response = Self.response(error, language)
        } catch let error as HTTPError where error.status == .notFound && !routes.methods(for: request.uri.path).isEmpty {
            // The path exists under other methods.
            response = Self.response(APIError(.methodNotAllowed, "method-not-allowed", .serverMethod), language)
            response.headers[.allow] = routes.methods(for: request.uri.path).map(\.rawValue).joined(separator: ", ")
        } catch let error as HTTPError {
            let apiError: APIError = switch error.status {
            case .notFound: .notFound
            case .methodNotAllowed: APIError(.methodNotAllowed, "method-not-allowed", .serverMethod)
            case .contentTooLarge: .tooLarge
            case .badRequest: .badBody
            default: .internalError
            }
            response = Self.response(apiError, language)
            if error.status == .methodNotAllowed, let allow = error.headers[.allow] { response.headers[.allow] = allow }
        } catch {
            context.logger.error("request failed: \(String(reflecting: error))")
            response = Self.response(.internalError, language)
        }
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicyHeader] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }

    static func response(_ error: APIError, _ language: Language) -> Response {
        var members: [(String, JSONValue)] = [("error", .object([("code", .string(error.code)), ("message", .string(error.message.text(language)))]))]
        if let diagnostics = error.diagnostics { members.append(("diagnostics", DiagnosticJSON.array(diagnostics))) }
        if let etag = error.etag { members.append(("etag", .string(etag))) }
        var response = Response.json(.object(members), status: error.status)
        if let retryAfter = error.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        if let etag = error.etag { response.headers[.eTag] = etag }
        return response
    }

    /// `.` or `..` as a segment, written plainly or percent-encoded: refused before routing.
    static func hasDotSegment(_ path: String) -> Bool {
        let decoded = path.removingPercentEncoding ?? path
        return decoded.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == "." || $0 == ".." }
            || decoded.contains("\\") || decoded.contains("\0")
    }
}

extension Response {
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: value.text)))
    }

    static func bytes(_ bytes: [UInt8], contentType: String, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
