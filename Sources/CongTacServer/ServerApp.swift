import Hummingbird
import Logging

/// Builds the router and the application of `congtac serve`.
public enum ServerApp {
    /// Every route: the JSON API under /api, then the pages (`PageRoutes`, the pages' own files).
    public static func router(state: ServerState) -> Router<ServerContext> {
        let router = Router(context: ServerContext.self)
        router.add(middleware: ErrorMiddleware(language: state.language))
        router.add(middleware: SessionMiddleware(state: state))
        AuthRoutes.add(to: router, state: state)
        MonthRoutes.add(to: router, state: state)
        DocumentRoutes.add(to: router, state: state)
        ProposalRoutes.add(to: router, state: state)
        HistoryRoutes.add(to: router, state: state)
        UserRoutes.add(to: router, state: state)
        SuggestionRoutes.add(to: router, state: state)
        PageRoutes.add(to: router, state: state)
        return router
    }

    public static func application(state: ServerState, host: String, port: Int, logger: Logger? = nil)
        -> some ApplicationProtocol {
        var log = logger ?? Logger(label: "congtac-serve")
        if logger == nil { log.logLevel = .info }
        return Application(router: router(state: state),
                           configuration: .init(address: .hostname(host, port: port), serverName: "congtac"),
                           logger: log)
    }
}
