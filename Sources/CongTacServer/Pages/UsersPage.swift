import CongTacMessages

/// `/users` (office): the accounts (users.js fills the table) and the form to add one.
enum UsersPage {
    static func render(user: User, language: Language = .vi) -> String {
        func text(_ phrase: Phrase) -> String { phrase.text(language).htmlEscaped }
        let columns = [PageText.colName, PageText.colRole, PageText.colUnit, PageText.colActions]
        let roles = Role.allCases.map { "<option value=\"\($0.rawValue)\">\(text(PageText.role($0)))</option>" }.joined()
        let body = """
        <div class="table-scroll"><table id="users-table">
        <thead><tr>\(columns.map { "<th scope=\"col\">\(text($0))</th>" }.joined())</tr></thead>
        <tbody id="users-body"></tbody>
        </table></div>
        <section class="panel" aria-labelledby="add-heading">
        <h2 id="add-heading">\(text(PageText.addUser))</h2>
        <form id="user-form" class="grid" novalidate>
        <div class="field"><label for="user-name">\(text(PageText.colName))</label>
        <input type="text" id="user-name" name="name" autocomplete="off" autocapitalize="none" spellcheck="false" required></div>
        <div class="field"><label for="user-role">\(text(PageText.colRole))</label>
        <select id="user-role" name="role">\(roles)</select></div>
        <div class="field"><label for="user-unit">\(text(PageText.colUnit))</label>
        <input type="text" id="user-unit" name="unit" autocomplete="off"></div>
        <div class="field"><label for="user-password">\(text(PageText.password))</label>
        <input type="password" id="user-password" name="password" autocomplete="new-password" aria-describedby="password-hint" required>
        <span class="hint" id="password-hint">\(text(PageText.passwordHint))</span></div>
        <div class="actions"><button type="submit" class="primary">\(text(PageText.addUserButton))</button></div>
        </form>
        </section>
        """
        return PageShell(page: "users", title: PageText.usersTitle.text(language), user: user, scripts: ["users.js"],
                         body: body, language: language).render()
    }
}
