import Testing
@testable import CongTacRendering

/// The agenda's pagination rules on their own: pages 100 points tall below a header row.
@Suite struct TablePaginatorTests {
    @Test func rowThatDoesNotFitGoesWholeToTheNextPage() {
        var table = TablePaginator(rowsTop: 0, bottom: 100)
        table.startDay(labelHeight: 20)
        #expect(table.step(rowHeight: 60) == .place(top: 0, startsSegment: true))
        table.place(rowHeight: 60)
        #expect(table.step(rowHeight: 50) == .newPage)
        #expect(table.closeSegment()! == (0, 60))
        table.startPage(rowsTop: 10)
        // The day carries on: a new segment, so its label is drawn again.
        #expect(table.step(rowHeight: 50) == .place(top: 10, startsSegment: true))
    }

    @Test func segmentIsAtLeastAsTallAsTheDayLabel() {
        var table = TablePaginator(rowsTop: 0, bottom: 100)
        table.startDay(labelHeight: 30)
        table.place(rowHeight: 12)
        #expect(table.closeSegment()! == (0, 30))
        #expect(table.y == 30)
    }

    /// A day starting near the page's end needs room for its label, not only for its first row.
    @Test func dayLabelMustFitWithTheFirstRow() {
        var table = TablePaginator(rowsTop: 0, bottom: 100)
        table.startDay(labelHeight: 10)
        table.place(rowHeight: 85)
        table.closeSegment()
        table.startDay(labelHeight: 30)
        #expect(table.step(rowHeight: 12) == .newPage)
    }

    @Test func rowTallerThanAPageIsCutOnlyOnAFreshPage() {
        var table = TablePaginator(rowsTop: 10, bottom: 100)
        table.startDay(labelHeight: 20)
        #expect(table.step(rowHeight: 300) == .split(top: 10, startsSegment: true, limit: 100))
    }
}
