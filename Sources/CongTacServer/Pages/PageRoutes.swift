import CongTacMessages
import Hummingbird

/// The pages of `congtac serve` (serve-contract.md, "Pages"): server-rendered shells in Vietnamese whose
/// scripts (Web/, served under /static/) work with the JSON API. A page needs a session (otherwise to
/// /login and back); the office's pages answer 403 to the other roles.
public enum PageRoutes {
    public static func add(to router: Router<ServerContext>) {
        router.get("/") { _, context -> Response in
            .redirect(to: context.session == nil ? "/login" : "/months", type: .found)
        }
        router.get("/login") { _, context -> Response in
            if context.session != nil { return .redirect(to: "/months", type: .found) }
            return PageResponse.html(LoginPage.render())
        }
        router.get("/months") { request, context -> Response in
            guard let user = context.session?.user else { return PageResponse.login(returningTo: request.uri.path) }
            return PageResponse.html(MonthsPage.render(user: user))
        }
        router.get("/months/:month") { request, context -> Response in
            guard let user = context.session?.user else { return PageResponse.login(returningTo: request.uri.path) }
            guard let month = monthParameter(context) else { return PageResponse.notFound(user: user) }
            return PageResponse.html(MonthPage.render(month: month, user: user))
        }
        router.get("/months/:month/proposals") { request, context -> Response in
            guard let user = context.session?.user else { return PageResponse.login(returningTo: request.uri.path) }
            guard let month = monthParameter(context) else { return PageResponse.notFound(user: user) }
            guard user.role == .office else { return PageResponse.forbidden(user: user) }
            return PageResponse.html(ReviewPage.render(month: month, user: user))
        }
        router.get("/months/:month/history") { request, context -> Response in
            guard let user = context.session?.user else { return PageResponse.login(returningTo: request.uri.path) }
            guard let month = monthParameter(context) else { return PageResponse.notFound(user: user) }
            return PageResponse.html(HistoryPage.render(month: month, user: user))
        }
        router.get("/users") { request, context -> Response in
            guard let user = context.session?.user else { return PageResponse.login(returningTo: request.uri.path) }
            guard user.role == .office else { return PageResponse.forbidden(user: user) }
            return PageResponse.html(UsersPage.render(user: user))
        }
        router.get("/static/:name") { request, context -> Response in
            StaticFiles.response(name: context.parameters.get("name") ?? "", request: request)
        }
    }

    /// The `:month` of the path when it is `YYYY-MM` with a month 01–12.
    static func monthParameter(_ context: ServerContext) -> String? {
        guard let text = context.parameters.get("month") else { return nil }
        return MonthID.isValid(text) ? text : nil
    }
}

/// `YYYY-MM`, as the pages write it into titles and links.
enum MonthID {
    static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return false }
        let digits = bytes[0..<4] + bytes[5..<7]
        guard digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return false }
        let month = Int(bytes[5] - UInt8(ascii: "0")) * 10 + Int(bytes[6] - UInt8(ascii: "0"))
        return (1...12).contains(month)
    }

    /// ("02", "2025") from "2025-02".
    static func parts(_ month: String) -> (month: String, year: String) {
        (String(month.suffix(2)), String(month.prefix(4)))
    }
}
