import CongTacMessages

/// `/months/YYYY-MM/proposals`: the office's review queue (review.js fills the table).
enum ReviewPage {
    static func render(month id: MonthID, user: User, language: Language = .vi) -> String {
        let month = id.description
        func text(_ phrase: Phrase) -> String { phrase.text(language).htmlEscaped }
        let (number, year) = id.titleParts
        let columns = [PageText.colDay, PageText.colTime, PageText.colText, PageText.colUnit, PageText.colLeader,
                       PageText.colProposer, PageText.colDecision]
        let body = """
        <p><a href="/months/\(month)">\(text(PageText.backToMonth))</a></p>
        <p id="review-empty" class="hint" hidden>\(text(PageText.reviewEmpty))</p>
        <div class="table-scroll"><table id="review-table">
        <thead><tr>\(columns.map { "<th scope=\"col\">\(text($0))</th>" }.joined())</tr></thead>
        <tbody id="review-body"></tbody>
        </table></div>
        """
        return PageShell(page: "review", title: PageText.reviewTitle(number, year).text(language), user: user, month: month,
                         scripts: ["review.js"], body: body, language: language).render()
    }
}
