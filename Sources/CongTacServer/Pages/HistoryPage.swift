import CongTacMessages

/// `/months/YYYY-MM/history`: the versions (history.js), a version's YAML, restore for the office.
enum HistoryPage {
    static func render(month id: MonthID, user: User, language: Language = .vi) -> String {
        let month = id.description
        func text(_ phrase: Phrase) -> String { phrase.text(language).htmlEscaped }
        let (number, year) = id.titleParts
        let columns = [PageText.colVersion, PageText.colAt, PageText.colAuthor, PageText.colKind, PageText.colActions]
        let body = """
        <p><a href="/months/\(month)">\(text(PageText.backToMonth))</a></p>
        <p id="history-empty" class="hint" hidden>\(text(PageText.historyEmpty))</p>
        <div class="table-scroll"><table id="history-table">
        <thead><tr>\(columns.map { "<th scope=\"col\">\(text($0))</th>" }.joined())</tr></thead>
        <tbody id="history-body"></tbody>
        </table></div>
        <section id="version-view" class="panel" aria-labelledby="version-heading" hidden>
        <h2 id="version-heading" tabindex="-1"></h2>
        <pre id="version-source" class="source" tabindex="0"></pre>
        </section>
        """
        return PageShell(page: "history", title: PageText.historyTitle(number, year).text(language), user: user, month: month,
                         scripts: ["history.js"], body: body, language: language).render()
    }
}
