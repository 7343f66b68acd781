import CongTacMessages

/// `/months`: the months of the workspace (months.js fills the table); the office's form for a new month.
enum MonthsPage {
    static func render(user: User, language: Language = .vi) -> String {
        func text(_ phrase: Phrase) -> String { phrase.text(language).htmlEscaped }
        let columns = [PageText.colMonth, PageText.colFile, PageText.colState, PageText.colErrors, PageText.colWarnings, PageText.colUpdated]
        var body = """
        <p id="months-empty" class="hint" hidden>\(text(PageText.monthsEmpty))</p>
        <div class="table-scroll"><table id="months-table">
        <caption class="visually-hidden">\(text(PageText.monthsCaption))</caption>
        <thead><tr>\(columns.map { "<th scope=\"col\">\(text($0))</th>" }.joined())</tr></thead>
        <tbody id="months-body"></tbody>
        </table></div>
        """
        if user.role == .office {
            body += """

            <section class="panel" aria-labelledby="new-heading">
            <h2 id="new-heading">\(text(PageText.newMonth))</h2>
            <form id="new-month-form" class="grid" novalidate>
            <div class="field"><label for="new-month">\(text(PageText.newMonthField))</label>
            <input type="text" id="new-month" name="month" inputmode="numeric" autocomplete="off" required></div>
            <div class="field"><label for="new-from">\(text(PageText.newMonthFrom))</label>
            <select id="new-from" name="from" aria-describedby="new-hint"></select></div>
            <p class="hint" id="new-hint">\(text(PageText.newMonthHint))</p>
            <div class="actions"><button type="submit" class="primary">\(text(PageText.newMonthButton))</button></div>
            </form>
            </section>
            """
        }
        return PageShell(page: "months", title: PageText.monthsTitle.text(language), user: user, scripts: ["months.js"],
                         body: body, language: language).render()
    }
}
