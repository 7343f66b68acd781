import CongTacMessages

/// `/months/YYYY-MM`: the office's editor (editor.js), or the read view and, for a unit, the proposal
/// form (month.js). The page's links are here; the rest is built from the API.
enum MonthPage {
    static func render(month id: MonthID, user: User, language: Language = .vi) -> String {
        let month = id.description
        func text(_ phrase: Phrase) -> String { phrase.text(language).htmlEscaped }
        let (number, year) = id.titleParts
        var links = "<li><a href=\"/months\">\(text(PageText.navMonths))</a></li>"
        if user.role == .office {
            links += "<li><a href=\"/months/\(month)/proposals\">\(text(PageText.script["nav.proposals"]!))</a></li>"
        }
        links += "<li><a href=\"/months/\(month)/history\">\(text(PageText.script["nav.history"]!))</a></li>"
        let body = """
        <nav aria-label="\(text(PageText.monthLinks))"><ul class="month-links">\(links)</ul></nav>
        <div id="month-root"><p class="hint">\(text(PageText.loading))</p></div>
        """
        let scripts = user.role == .office ? ["editor.js", "month.js"] : ["month.js"]
        return PageShell(page: "month", title: PageText.monthTitle(number, year).text(language), user: user, month: month,
                         scripts: scripts, body: body, language: language).render()
    }
}
