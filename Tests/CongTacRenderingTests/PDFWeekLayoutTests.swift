import CongTacCalendar
import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// The weekly schedule's PDF page (`--view week --format pdf`), read from what the layout drew on a
/// recording canvas: the week's table as the DOCX draws it, the closing and the signature field.
@Suite struct PDFWeekLayoutTests {
    static let geometry = PageGeometry.standard
    static let left = Double(geometry.marginLeft) / 20

    static func record(_ schedule: Schedule, week: String) throws -> (RecordingCanvas, DocumentView) {
        let week = try #require(ISOWeek(parsing: week))
        let view = DocumentView(week: week, main: schedule, months: [schedule.month!: schedule])
        let canvas = RecordingCanvas()
        PDFRenderer().draw(view, on: canvas)
        return (canvas, view)
    }

    /// The column edges of the week's table, left to right.
    static var edges: [Double] {
        let g = geometry
        return [g.weekDayWidth, g.weekTimeWidth, g.weekWorkWidth, g.weekUnitWidth, g.weekLeaderWidth]
            .reduce(into: [left]) { $0.append($0.last! + Double($1) / 20) }
    }

    /// Every week of the 2025-02 example: one page each (as LibreOffice prints our DOCX), every item
    /// of the week drawn, in its column, the title and the week's line, the signature field.
    @Test func everyWeekOfTheExampleIsOnePageWithAllItsItems() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        for week in ["2025-W06", "2025-W07", "2025-W08"] {
            let (canvas, view) = try Self.record(schedule, week: week)
            #expect(canvas.misuse.isEmpty, "\(week): \(canvas.misuse.prefix(3))")
            #expect(canvas.pages.count == 1, "\(week)")
            let drawn = canvas.pages.flatMap(\.texts).map(\.text).joined(separator: " ")
            let squeezed = drawn.filter { !$0.isWhitespace }
            #expect(drawn.contains("LỊCH CÔNG TÁC TUẦN"))
            #expect(squeezed.contains(view.summary!.filter { !$0.isWhitespace }), "\(week)")
            for row in view.week!.days.flatMap(\.rows) {
                for text in [row.itemText, row.unit, row.leader, row.time, row.note, row.text].compactMap({ $0 }) {
                    #expect(squeezed.contains(text.filter { !$0.isWhitespace }), "\(week): \(text)")
                }
            }
            #expect(canvas.fields.count == 1, "the signature field")
            #expect(drawn.contains("Nơi nhận:"))
        }
    }

    /// Five TH cells with the DOCX's titles; every cell's text inside its column (a lead row's
    /// over the four right-hand columns), padding included.
    @Test func cellsStayInTheirColumns() throws {
        let (canvas, _) = try Self.record(try loadExample("khcn-ha-tinh-2025-02"), week: "2025-W06")
        let headers = canvas.root.all(.headerCell)
        #expect(headers.map(\.allText) == WeekTableView.columns)
        let edges = Self.edges
        let pad = Double(Self.geometry.spacing.cellSide) / 20
        for row in canvas.root.all(.row) {
            for cell in row.children {
                let span = cell.attributes.contains(.columnSpan(4)) ? 4 : 1
                let texts = canvas.pages.flatMap(\.texts).filter { $0.element === cell }
                guard let first = texts.first else { continue }
                let column = edges.lastIndex(where: { $0 <= first.x })!
                for text in texts {
                    #expect(text.x >= edges[column] + pad - 0.01)
                    #expect(text.x + text.width <= edges[column + span] - pad + 0.01, "\(text.text)")
                }
            }
        }
    }

    /// Two items at one time share one time cell, as the DOCX merges it: the cell spans both rows
    /// and the line between them starts right of the time column.
    @Test func timeCellIsMergedOverItsRun() throws {
        let (canvas, view) = try Self.record(try loadExample("khcn-ha-tinh-2025-02"), week: "2025-W06")
        let merged = try #require(view.week!.days.flatMap(\.rows).first { $0.timeSpan > 1 })
        let cell = try #require(canvas.root.all(.dataCell).first { $0.attributes.contains(.rowSpan(merged.timeSpan)) && $0.allText == merged.time })
        #expect(!cell.allText.isEmpty)
        let edges = Self.edges
        let lines = canvas.pages[0].lines.filter { abs($0.y1 - $0.y2) < 0.001 }
        #expect(lines.contains { abs($0.x1 - edges[2]) < 0.01 && abs($0.x2 - edges[5]) < 0.01 }, "a line under the time cell's first row")
        #expect(lines.contains { abs($0.x1 - edges[1]) < 0.01 && abs($0.x2 - edges[5]) < 0.01 }, "a line between two times")
    }

    /// A week whose day runs over pages: the header row on each page, no item split, the day's
    /// label again where it carries on.
    @Test func longDayRunsOverPages() throws {
        let (canvas, _) = try Self.record(PDFLayoutTests.longDay(), week: "2025-W11")
        #expect(canvas.misuse.isEmpty, "\(canvas.misuse.prefix(3))")
        #expect(canvas.pages.count >= 3)
        for page in canvas.pages {
            #expect(page.texts.contains { $0.text == "Nội dung" }, "the header row")
        }
        for page in canvas.pages.dropFirst() where page.texts.contains(where: { $0.text.contains("Họp thẩm định") }) {
            #expect(page.texts.contains { $0.text == "Thứ Hai" && $0.isArtifact }, "the day's label again")
        }
        for row in canvas.root.all(.row) {
            #expect(Set(row.children.flatMap(\.texts).map(\.page)).count <= 1, "\(row.allText.prefix(60))")
        }
    }
}
