import CongTacMessages

/// `/login`: user name and password; login.js posts them to /api/login.
enum LoginPage {
    static func render(language: Language = .vi) -> String {
        func text(_ phrase: Phrase) -> String { phrase.text(language).htmlEscaped }
        let body = """
        <form id="login-form" class="panel narrow" method="post" action="/login" novalidate>
        <div class="field"><label for="username">\(text(PageText.username))</label>
        <input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required></div>
        <div class="field"><label for="password">\(text(PageText.password))</label>
        <input type="password" id="password" name="password" autocomplete="current-password" required></div>
        <div class="actions"><button type="submit" class="primary">\(text(PageText.loginButton))</button></div>
        </form>
        """
        return PageShell(page: "login", title: PageText.loginTitle.text(language), user: nil, scripts: ["login.js"], body: body,
                         language: language).render()
    }
}
