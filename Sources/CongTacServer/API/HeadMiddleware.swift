import HTTPTypes
import Hummingbird

/// `HEAD` (RFC 9110 §9.3.2) gets the status and headers a `GET` would get, `Content-Length`
/// included, and no body. Every `GET` route answers `HEAD` through the router's
/// `autoGenerateHeadEndpoints` (link checkers and the portal's monitoring ask with `HEAD`; without
/// it every page and file answered 404), which drops the body and with it the length; this runs
/// inside that, on the `GET`'s answer, and sets the length before dropping the body. It drops the
/// body of what the router answers itself too (an unknown path's 404, a 405). Outermost of the
/// middlewares, after `ErrorMiddleware` has written those bodies.
struct HeadMiddleware: RouterMiddleware {
    typealias Context = ServerContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        guard request.method == .head else { return response }
        let length = response.body.contentLength
        response.body = ResponseBody()  // sets Content-Length: 0
        if let length, length > 0 { response.headers[.contentLength] = String(length) }
        return response
    }
}
