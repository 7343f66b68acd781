import CongTacMessages

/// The frame of every page: head (the style sheet, the common script and the page's own), the header
/// with the navigation and who is logged in, `<main>` with the title and the status line, and the
/// texts the scripts read (a JSON data block: not a script, so the CSP `script-src 'self'` holds).
struct PageShell {
    /// `data-page`: which script's `App.pages[…]` runs.
    var page: String
    var title: String
    var user: User?
    var month: String? = nil
    /// The page's own script in Web/ (besides app.js), if any.
    var scripts: [String] = []
    /// The HTML inside `<main>` after the title and the status line.
    var body: String
    var language: Language = .vi

    func render() -> String {
        let app = PageText.appName.text(language)
        var html = """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title.htmlEscaped) — \(app.htmlEscaped)</title>
        <link rel="icon" href="\(StaticFiles.url("icon.svg"))" type="image/svg+xml">
        <link rel="stylesheet" href="\(StaticFiles.url("style.css"))">

        """
        for script in ["app.js"] + scripts {
            html += "<script src=\"\(StaticFiles.url(script))\" defer></script>\n"
        }
        html += "</head>\n<body data-page=\"\(page.htmlEscaped)\""
        if let month { html += " data-month=\"\(month.htmlEscaped)\"" }
        html += ">\n<a class=\"skip\" href=\"#main\">\(PageText.skip.text(language).htmlEscaped)</a>\n"
        html += header(app)
        html += "<main id=\"main\" tabindex=\"-1\">\n<h1>\(title.htmlEscaped)</h1>\n"
        html += "<div id=\"status\" class=\"status\" role=\"status\" aria-live=\"polite\"></div>\n"
        html += "<noscript><p class=\"status status-error\">\(PageText.noScript.text(language).htmlEscaped)</p></noscript>\n"
        html += body
        html += "\n</main>\n<script type=\"application/json\" id=\"texts\">\(Self.texts(language))</script>\n</body>\n</html>\n"
        return html
    }

    private func header(_ app: String) -> String {
        var html = "<header class=\"site-header\"><div class=\"inner\">\n"
        html += "<a class=\"brand\" href=\"/months\">\(app.htmlEscaped)</a>\n"
        guard let user else { return html + "</div></header>\n" }
        html += "<nav aria-label=\"\(PageText.navMain.text(language).htmlEscaped)\"><ul>\n"
        html += "<li><a href=\"/months\">\(PageText.navMonths.text(language).htmlEscaped)</a></li>\n"
        if user.role == .office {
            html += "<li><a href=\"/users\">\(PageText.navUsers.text(language).htmlEscaped)</a></li>\n"
        }
        html += "</ul></nav>\n"
        let role = PageText.role(user.role).text(language)
        let who = user.unit.map { "\(user.name) (\(role): \($0))" } ?? "\(user.name) (\(role))"
        html += "<span class=\"who\">\(who.htmlEscaped)</span>\n"
        html += "<button type=\"button\" id=\"logout\">\(PageText.logout.text(language).htmlEscaped)</button>\n"
        return html + "</div></header>\n"
    }

    /// The scripts' texts as one JSON object, made once per language.
    static func texts(_ language: Language) -> String {
        textsByLanguage[language] ?? ""
    }

    private static let textsByLanguage = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, json($0)) })

    private static func json(_ language: Language) -> String {
        "{" + PageText.script.keys.sorted().map { "\($0.jsonQuoted):\(PageText.script[$0]!.text(language).jsonQuoted)" }
            .joined(separator: ",") + "}"
    }
}

extension PageText {
    static func role(_ role: Role) -> Phrase {
        switch role {
        case .office: roleOffice
        case .unit: roleUnit
        case .leader: roleLeader
        }
    }
}
