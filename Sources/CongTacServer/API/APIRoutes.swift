import Foundation
import HTTPTypes
import Hummingbird

/// The router with a record of every route's method and path, so that a path that exists under
/// other methods answers 405 with `Allow` instead of the router's 404.
public struct APIRoutes {
    public let router: Router<ServerContext>
    let table: RouteTable

    public typealias Handler = @Sendable (Request, ServerContext) async throws -> Response

    func get(_ path: String, use handler: @escaping Handler) { on(path, .get, handler) }
    func post(_ path: String, use handler: @escaping Handler) { on(path, .post, handler) }
    func put(_ path: String, use handler: @escaping Handler) { on(path, .put, handler) }
    func delete(_ path: String, use handler: @escaping Handler) { on(path, .delete, handler) }

    private func on(_ path: String, _ method: HTTPRequest.Method, _ handler: @escaping Handler) {
        table.add(method, path)
        router.on(RouterPath(path), method: method, use: handler)
    }
}

/// Paths as segments, `:name` matching any one segment.
final class RouteTable: @unchecked Sendable {
    private var routes: [(method: HTTPRequest.Method, segments: [Substring])] = []
    private let lock = NSLock()

    func add(_ method: HTTPRequest.Method, _ path: String) {
        lock.withLock { routes.append((method, path.split(separator: "/"))) }
    }

    /// The methods `path` is routed under (empty when it is not routed at all).
    func methods(for path: String) -> [HTTPRequest.Method] {
        let segments = path.split(separator: "/")
        return lock.withLock {
            routes.filter { route in
                route.segments.count == segments.count
                    && zip(route.segments, segments).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
            }.map(\.method)
        }
    }
}
