import CongTacLoading
import CongTacModel
import CongTacPDF
import Foundation
import Testing
@testable import CongTacRendering

/// The PDF page's layout rules, read from what the layout drew on a recording canvas.
@Suite struct PDFLayoutTests {
    static let geometry = PageGeometry.standard
    static let left = Double(geometry.marginLeft) / 20
    static let right = Double(geometry.pageWidth - geometry.marginRight) / 20
    static let top = Double(geometry.marginTop) / 20
    static let bottom = Double(geometry.pageHeight - geometry.marginBottom) / 20

    static func record(_ schedule: Schedule) -> RecordingCanvas {
        let canvas = RecordingCanvas()
        PDFRenderer().draw(DocumentView(schedule), on: canvas)
        return canvas
    }

    /// A month whose 10th has `items` items with long texts, so that it runs over several pages.
    static func longDay(items: Int = 60, text: String = "Họp thẩm định hồ sơ đề tài khoa học và công nghệ cấp tỉnh") -> Schedule {
        let dayItems = (1...items).map { AgendaItem(time: $0 % 2 == 0 ? "Chiều" : "Sáng", text: "\(text) số \($0)",
                                                     unit: "Phòng QLKH", leader: "Đ/c Hoàn GD Sở") }
        return Schedule(agency: Agency(parent: "UBND TỈNH HÀ TĨNH", name: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", code: "KHCN"),
                        number: 7, place: "Hà Tĩnh", date: DocumentDate(year: 2025, month: 3, day: 3),
                        month: YearMonth(year: 2025, month: 3),
                        sections: [Section(heading: "LỊCH", agenda: Agenda(days: [
                            AgendaDay(days: DayRange(3), items: [AgendaItem(text: "Giao ban")]),
                            AgendaDay(days: DayRange(10), note: "Kỷ niệm", items: dayItems),
                            AgendaDay(days: DayRange(11), items: [AgendaItem(text: "Kiểm tra cơ sở")]),
                        ]))],
                        recipients: ["UBND tỉnh", "Lưu: VT, VP"],
                        signature: Signature(authority: "KT. GIÁM ĐỐC", position: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A"))
    }

    static func allSchedules() throws -> [(String, Schedule)] {
        try exampleNames.map { ($0, try loadExample($0)) } + [("long day", longDay())]
    }

    @Test func canvasIsUsedAsTaggedPDFNeeds() throws {
        for (name, schedule) in try Self.allSchedules() {
            let canvas = Self.record(schedule)
            #expect(canvas.misuse.isEmpty, "\(name): \(canvas.misuse.prefix(3))")
        }
    }

    /// No word outside the margins or below the bottom margin; only page numbers in the top margin.
    @Test func noTextOutsideTheMargins() throws {
        for (name, schedule) in try Self.allSchedules() {
            let canvas = Self.record(schedule)
            for (index, page) in canvas.pages.enumerated() {
                for text in page.texts {
                    let where_ = "\(name) page \(index + 1): \(text.text)"
                    #expect(text.x >= Self.left - 0.01, "\(where_)")
                    #expect(text.x + text.width <= Self.right + 0.01, "\(where_) ends at \(text.x + text.width)")
                    #expect(text.baseline <= Self.bottom, "\(where_)")
                    let isPageNumber = text.isArtifact && text.baseline < Self.top
                    let ascent = PDFFonts.ascent(face: PDFCanvas.face(text.style.face), size: text.style.size)
                    #expect(isPageNumber || text.baseline - ascent >= Self.top - 0.01, "\(where_)")
                }
            }
        }
    }

    /// Each cell's text stays inside its cell, padding included.
    @Test func cellTextStaysInItsColumn() throws {
        let g = Self.geometry
        Self.expectCellsInColumns(Self.record(try loadExample("khcn-ha-tinh-2025-02")),
                                  widths: [g.dayWidth, g.workWidth, g.unitWidth, g.leaderWidth])
    }

    /// Every cell's text between its column's edges (`widths` in twips from the left margin; a
    /// lead cell spans the columns right of the day), padding included.
    static func expectCellsInColumns(_ canvas: RecordingCanvas, widths: [Int], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let edges = widths.reduce(into: [left]) { $0.append($0.last! + Double($1) / 20) }
        let pad = Double(geometry.spacing.cellSide) / 20
        let lead = widths.count - 1
        for row in canvas.root.all(.row) {
            for cell in row.children {
                let span = cell.attributes.contains(.columnSpan(lead)) ? lead : 1
                let texts = canvas.pages.flatMap(\.texts).filter { $0.element === cell }
                guard let first = texts.first else { continue }
                let column = edges.lastIndex(where: { $0 <= first.x })!
                for text in texts {
                    #expect(text.x >= edges[column] + pad - 0.01, sourceLocation: sourceLocation)
                    #expect(text.x + text.width <= edges[column + span] - pad + 0.01, "\(text.text)", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func headerRowIsRepeatedOnEveryPageOfTheTable() throws {
        let canvas = Self.record(Self.longDay())
        #expect(canvas.pages.count >= 3)
        for page in canvas.pages.dropFirst() {
            let heading = page.texts.filter { $0.text == "NỘI DUNG CÔNG VIỆC" }
            #expect(heading.count == 1)
            #expect(heading.first?.isArtifact == true, "a repeated header is an artifact, read once")
            // It is the first thing below the page number: nothing tagged above it.
            let firstTagged = page.texts.filter { !$0.isArtifact }.map(\.baseline).min() ?? .infinity
            #expect(heading.first!.baseline < firstTagged)
        }
        // The first occurrence is tagged: four TH, scope Column.
        let headers = canvas.root.all(.headerCell)
        #expect(headers.count == 4)
        #expect(headers.allSatisfy { $0.attributes.contains(.columnScope) })
    }

    @Test func anItemNeverSplitsAcrossPages() throws {
        for (name, schedule) in try Self.allSchedules() {
            let canvas = Self.record(schedule)
            for row in canvas.root.all(.row) {
                let pages = Set(row.children.flatMap(\.texts).map(\.page))
                #expect(pages.count <= 1, "\(name): \(row.allText.prefix(60)) on pages \(pages.sorted())")
            }
        }
    }

    @Test func dayContinuingOnTheNextPageShowsItsLabelAgain() throws {
        let canvas = Self.record(Self.longDay())
        let labelled = canvas.pages.indices.filter { index in
            canvas.pages[index].texts.contains { $0.text == "10" && $0.style.face == .bold }
        }
        // The 10th starts on page 1 or 2 and carries on over the following pages, labelled on each.
        let itemPages = Set(canvas.pages.indices.filter { index in
            canvas.pages[index].texts.contains { $0.text.contains("Họp thẩm định") }
        })
        #expect(itemPages.count >= 2)
        #expect(Set(labelled) == itemPages)
        // Tagged once (in its first row, spanning the day's rows); an artifact elsewhere.
        let tagged = canvas.pages.flatMap(\.texts).filter { $0.text == "10" && !$0.isArtifact }
        #expect(tagged.count == 1)
        let dayCell = try #require(tagged.first?.element)
        #expect(dayCell.attributes.contains(.rowSpan(61)))
    }

    /// The body's justified lines end at the right margin; their last lines do not stretch.
    @Test func justifiedLinesFillTheWidth() throws {
        let canvas = Self.record(try loadExample("khcn-ha-tinh-2025-02"))
        let stretched = canvas.pages.flatMap(\.texts).filter { $0.wordSpacing > 0 && $0.element?.role == .listBody }
        #expect(stretched.count > 5)
        for text in stretched {
            #expect(abs(text.x + text.width - Self.right) < 0.05, "\(text.text) ends at \(text.x + text.width)")
        }
    }

    @Test func longWordIsBrokenInsideItsCell() throws {
        let word = String(repeating: "TKKHCNĐMST", count: 6)
        var schedule = Self.longDay(items: 1)
        schedule.sections[0].agenda!.days[1].items[0].unit = word
        let canvas = Self.record(schedule)
        let pieces = canvas.pages.flatMap(\.texts).filter { word.hasPrefix($0.text) || word.contains($0.text) && $0.text.count > 3 }
        #expect(pieces.map(\.text).joined() == word)
        #expect(pieces.count > 1)
    }

    @Test func structureFollowsTheDocument() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let view = DocumentView(schedule)
        let canvas = Self.record(schedule)
        #expect(canvas.root.all(.h1).count == view.sections.filter { $0.level == 1 }.count)
        #expect(canvas.root.all(.listItem).count >= view.sections.reduce(0) { $0 + $1.items.count })
        let agenda = try #require(view.sections.compactMap(\.agenda).first)
        let table = try #require(canvas.root.all(.table).first)
        #expect(table.all(.row).count == 1 + agenda.days.reduce(0) { $0 + $1.rows.count })
        // Reading order: the items in the order of the view.
        let items = agenda.days.flatMap(\.rows).compactMap(\.itemText)
        let read = table.all(.dataCell).map(\.allText).filter { text in items.contains { text.hasSuffix($0) } }
        #expect(read.count == items.count)
    }

    @Test func signatureFieldIsBetweenThePositionAndTheName() throws {
        let canvas = Self.record(try loadExample("khcn-bac-giang-2020-07"))
        let field = try #require(canvas.fields.first)
        let page = canvas.pages[field.page - 1]
        let position = try #require(page.texts.last { $0.text == "PHÓ GIÁM ĐỐC" || $0.text == "GIÁM ĐỐC" })
        let name = try #require(page.texts.last { $0.style.face == .bold && $0.baseline > position.baseline })
        #expect(field.y > position.baseline && field.y + field.height < name.baseline - name.style.size * 0.9)
        let centre = field.x + field.width / 2
        let nameCentre = name.x + name.width / 2
        #expect(abs(centre - nameCentre) < 0.5)
    }

    @Test func pageNumbersFromPageTwoCentredAtTheTop() throws {
        let canvas = Self.record(Self.longDay())
        for (index, page) in canvas.pages.enumerated() {
            let numbers = page.texts.filter { $0.isArtifact && $0.baseline < Self.top }
            if index == 0 {
                #expect(numbers.isEmpty)
            } else {
                let number = try #require(numbers.first)
                #expect(number.text == String(index + 1))
                #expect(abs(number.x + number.width / 2 - (Self.left + Self.right) / 2) < 0.05)
            }
        }
    }

    /// Rows as the DOCX's agenda partial sets them: a holiday's text bold and centred across three
    /// columns, a day's note italic, time labels underlined, filled weekends with their label only.
    @Test func dayRowsLookAsInTheDOCX() throws {
        let canvas = Self.record(try loadExample("khcn-ha-tinh-2025-02"))
        let texts = canvas.pages.flatMap(\.texts)
        let edges = [Self.geometry.dayWidth, Self.geometry.workWidth, Self.geometry.unitWidth, Self.geometry.leaderWidth]
            .reduce(into: [Self.left]) { $0.append($0.last! + Double($1) / 20) }
        let holiday = try #require(texts.first { $0.text == "NGHỈ TẾT NGUYÊN ĐÁN ẤT TỴ" })
        #expect(holiday.style.face == .bold)
        #expect(abs(holiday.x + holiday.width / 2 - (edges[1] + edges[4]) / 2) < 0.05, "centred over three columns")
        #expect(holiday.element?.attributes.contains(.columnSpan(3)) == true)
        let note = try #require(texts.first { $0.text.hasPrefix("Kỷ niệm 95 năm") })
        #expect(note.style.face == .italic)
        let labels = texts.filter { $0.text.hasPrefix("Sáng:") || $0.text.hasPrefix("Chiều:") }
        #expect(!labels.isEmpty && labels.allSatisfy { $0.style.underline })
        // Each underline sits under its label.
        for label in labels {
            let page = canvas.pages.first { $0.texts.contains(label) }!
            #expect(page.lines.contains { abs($0.x1 - label.x) < 0.01 && $0.y1 > label.baseline && $0.y1 < label.baseline + 3 })
        }
        // A weekend the file leaves out: its label and weekdays, and an empty row.
        let weekend = try #require(texts.first { $0.text == "08-09" })
        #expect(weekend.style.face == .bold)
        #expect(texts.contains { $0.text == "Thứ Bảy, " || $0.text == "Thứ Bảy," } && texts.contains { $0.text == "Chủ nhật" })
    }

    /// The day's cell is merged over its rows: the lines between its rows stop at the day column.
    @Test func dayCellIsMergedOverItsRows() throws {
        let canvas = Self.record(try loadExample("khcn-ha-tinh-2025-02"))
        let dayEdge = Self.left + Double(Self.geometry.dayWidth) / 20
        let page = canvas.pages[1]
        let horizontal = page.lines.filter { abs($0.y1 - $0.y2) < 0.001 && $0.x2 - $0.x1 > 100 }
        let inner = horizontal.filter { abs($0.x1 - dayEdge) < 0.01 }
        let full = horizontal.filter { abs($0.x1 - Self.left) < 0.01 }
        #expect(!inner.isEmpty, "lines between the rows of one day")
        #expect(full.count >= 10, "lines between days")
        // The day 03 label stands once, at the top of its rows.
        #expect(page.texts.filter { $0.text == "03" }.count == 1)
    }

    /// An item longer than a page (a 20,000-character text is allowed) is the one row that is cut,
    /// between two of its lines; the rest follows below the repeated header, with the day's label.
    @Test func rowTallerThanAPageIsCutBetweenLines() throws {
        var schedule = Self.longDay(items: 1)
        let words = (1...900).map { "việc\($0)" }.joined(separator: " ")
        schedule.sections[0].agenda!.days[1].items[0].text = words
        let canvas = Self.record(schedule)
        #expect(canvas.misuse.isEmpty, "\(canvas.misuse.prefix(3))")
        let pages = canvas.pages.indices.filter { canvas.pages[$0].texts.contains { $0.text.contains("việc") } }
        #expect(pages.count >= 2)
        for index in pages {
            let page = canvas.pages[index]
            #expect(page.texts.contains { $0.text == "NỘI DUNG CÔNG VIỆC" })
            #expect(page.texts.contains { $0.text == "10" && $0.style.face == .bold })
            for text in page.texts { #expect(text.baseline <= Self.bottom) }
        }
        // Every word is there, once.
        let drawn = canvas.pages.flatMap(\.texts).map(\.text).joined(separator: " ")
        #expect(drawn.split(separator: " ").filter { $0.hasPrefix("việc") }.count == 900)
    }

    /// A leader's month: the title and name, only rows that name them, no signature block.
    @Test func leaderViewHoldsOnlyTheLeadersRows() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let leader = try #require(schedule.namedLeaders.first { $0.short.contains("Bình") })
        let canvas = RecordingCanvas()
        PDFRenderer().draw(PDFRenderer.leaderView(schedule, leader: leader), signs: false, on: canvas)
        let texts = canvas.pages.flatMap(\.texts).map(\.text)
        #expect(texts.contains("LỊCH CÔNG TÁC THÁNG 02 NĂM 2025"))
        #expect(texts.contains { $0.contains("Bình") })
        #expect(!texts.contains("Nơi nhận:") && canvas.fields.isEmpty)
        #expect(canvas.root.all(.h1).isEmpty)
        for row in canvas.root.all(.row).dropFirst() {
            let text = row.allText
            #expect(text.contains("Bình") || text.contains("PGĐ") || text.contains("Lãnh đạo"), "\(text.prefix(80))")
        }
    }

    @Test func unsupportedCharacterIsARenderError() throws {
        var schedule = Self.longDay(items: 1)
        schedule.sections[0].heading = "LỊCH 😀"
        #expect(throws: RenderError.unsupportedCharacter(character: "😀", text: "I. LỊCH 😀")) {
            try PDFRenderer().render(schedule)
        }
    }
}

/// The signature and seal images of a preview copy, drawn as Nghị định 30/2020 says.
@Suite struct PDFImageTests {
    static let fixtures = packageRoot.appendingPathComponent("Tests/CongTacRenderingTests/Fixtures")

    static func image(_ name: String) throws -> ImageFile {
        ImageFile(path: name, png: [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name))))
    }

    @Test func signatureBetweenPositionAndNameSealOverItsLeftThird() throws {
        var schedule = try loadExample("khcn-bac-giang-2020-07")
        schedule.signature?.image = try Self.image("chu-ky.png")
        schedule.seal = try Self.image("con-dau.png")
        let canvas = RecordingCanvas()
        let images = SignatureImages(signature: try PDFRenderer.decode(schedule.signature?.image),
                                     seal: try PDFRenderer.decode(schedule.seal))
        PDFRenderer().draw(DocumentView(schedule), images: images, on: canvas)
        #expect(canvas.images.count == 2)
        let field = try #require(canvas.fields.first)
        let signature = canvas.images[0]
        let seal = canvas.images[1]
        // The signature inside the field, centred in it.
        #expect(signature.x >= field.x - 0.01 && signature.x + signature.width <= field.x + field.width + 0.01)
        #expect(abs((signature.x + signature.width / 2) - (field.x + field.width / 2)) < 0.01)
        #expect(signature.y >= field.y - 0.01 && signature.y + signature.height <= field.y + field.height + 0.01)
        // The seal at its real size (300 dpi) covers the signature's left third.
        #expect(abs(seal.width - 420 / 300 * 72) < 0.01)
        #expect(abs(seal.x + seal.width - (signature.x + signature.width / 3)) < 0.01)
        #expect(abs(seal.y + seal.height / 2 - (signature.y + signature.height / 2)) < 0.01)
        // And the file is written with them.
        let bytes = try PDFRenderer().render(schedule)
        #expect(bytes.count > 1000)
    }

    @Test func damagedImageIsARenderErrorNamingItsPath() throws {
        var schedule = try loadExample("khcn-bac-giang-2020-07")
        schedule.seal = ImageFile(path: "dau.png", png: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3])
        do {
            _ = try PDFRenderer().render(schedule)
            Issue.record("no error")
        } catch let error as RenderError {
            #expect(error.location?.file == "dau.png")
            #expect(error.diagnostic(.en).code.hasPrefix("image-"))
        }
    }
}
