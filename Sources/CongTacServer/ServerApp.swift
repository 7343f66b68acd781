import Hummingbird
import Logging
import NIOCore

/// Builds the router and the application of `congtac serve`.
public enum ServerApp {
    /// Every route: the JSON API under /api, then the pages (`PageRoutes`, the pages' own files).
    public static func router(state: ServerState) -> Router<ServerContext> {
        let router = Router(context: ServerContext.self, options: .autoGenerateHeadEndpoints)
        let routes = APIRoutes(router: router, table: RouteTable())
        router.add(middleware: HeadMiddleware())
        router.add(middleware: ErrorMiddleware(language: state.language, routes: routes.table))
        router.add(middleware: SessionMiddleware(state: state))
        AuthRoutes.add(to: routes, state: state)
        MonthRoutes.add(to: routes, state: state)
        DocumentRoutes.add(to: routes, state: state)
        ProposalRoutes.add(to: routes, state: state)
        HistoryRoutes.add(to: routes, state: state)
        UserRoutes.add(to: routes, state: state)
        SuggestionRoutes.add(to: routes, state: state)
        LeaderRoutes.add(to: routes, state: state)
        PageRoutes.add(to: router, state: state)
        return router
    }

    /// `onRunning` is called with the bound address once the server accepts connections (so a
    /// script that waits for the line can connect at once).
    public static func application(state: ServerState, host: String, port: Int, logger: Logger? = nil,
                                   onRunning: @escaping @Sendable (String) async -> Void = { _ in })
        -> some ApplicationProtocol {
        var log = logger ?? Logger(label: "congtac-serve")
        if logger == nil { log.logLevel = .info }
        return Application(router: router(state: state),
                           configuration: .init(address: .hostname(host, port: port), serverName: "congtac"),
                           onServerRunning: { channel in
                               let address = channel.localAddress
                               await onRunning("\(address?.ipAddress ?? host):\(address?.port ?? port)")
                           },
                           logger: log)
    }
}
