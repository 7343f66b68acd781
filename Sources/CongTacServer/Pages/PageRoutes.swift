import Hummingbird

/// PLACEHOLDER until the pages helper's branch replaces this file: the server-rendered pages and
/// the static files. The API works without them.
public enum PageRoutes {
    public static func add(to router: Router<ServerContext>, state: ServerState) {}
}
