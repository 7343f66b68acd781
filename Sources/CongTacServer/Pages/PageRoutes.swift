import CongTacMessages
import Hummingbird

/// The pages of `congtac serve` (serve-contract.md, "Pages"): server-rendered shells in Vietnamese whose
/// scripts (Web/, served under /static/) work with the JSON API. A page needs a session (otherwise to
/// /login and back); the office's pages answer 403 to the other roles.
public enum PageRoutes {
    public static func add(to router: Router<ServerContext>, state: ServerState) {
        let language = state.language
        router.get("/") { _, context -> Response in
            .redirect(to: context.session == nil ? "/login" : "/months", type: .found)
        }
        router.get("/login") { _, context -> Response in
            if context.session != nil { return .redirect(to: "/months", type: .found) }
            return PageResponse.html(LoginPage.render(language: language))
        }
        router.get("/months") { request, context -> Response in
            guard let user = context.session?.user else { return PageResponse.login(returningTo: request.uri.path) }
            return PageResponse.html(MonthsPage.render(user: user, language: language))
        }
        router.get("/months/:month") { request, context -> Response in
            guard let user = context.session?.user else { return PageResponse.login(returningTo: request.uri.path) }
            guard let month = monthParameter(context) else { return PageResponse.notFound(user: user, language: language) }
            return PageResponse.html(MonthPage.render(month: month, user: user, language: language))
        }
        router.get("/months/:month/proposals") { request, context -> Response in
            guard let user = context.session?.user else { return PageResponse.login(returningTo: request.uri.path) }
            guard let month = monthParameter(context) else { return PageResponse.notFound(user: user, language: language) }
            guard user.role == .office else { return PageResponse.forbidden(user: user, language: language) }
            return PageResponse.html(ReviewPage.render(month: month, user: user, language: language))
        }
        router.get("/months/:month/history") { request, context -> Response in
            guard let user = context.session?.user else { return PageResponse.login(returningTo: request.uri.path) }
            guard let month = monthParameter(context) else { return PageResponse.notFound(user: user, language: language) }
            return PageResponse.html(HistoryPage.render(month: month, user: user, language: language))
        }
        router.get("/users") { request, context -> Response in
            guard let user = context.session?.user else { return PageResponse.login(returningTo: request.uri.path) }
            guard user.role == .office else { return PageResponse.forbidden(user: user, language: language) }
            return PageResponse.html(UsersPage.render(user: user, language: language))
        }
        router.get("/static/:name") { request, context -> Response in
            StaticFiles.response(name: context.parameters.get("name") ?? "", request: request)
        }
    }

    /// The `:month` of the path when it is `YYYY-MM` (the API's rule).
    static func monthParameter(_ context: ServerContext) -> MonthID? {
        context.parameters.get("month").flatMap { MonthID($0) }
    }
}

extension MonthID {
    /// ("02", "2025"): the month and the year as a title writes them.
    var titleParts: (month: String, year: String) {
        let text = description
        return (String(text.suffix(2)), String(text.prefix(4)))
    }
}
