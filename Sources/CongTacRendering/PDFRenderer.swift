import CongTacCalendar
import CongTacMessages
import CongTacModel
import CongTacPDF
import Foundation

/// Renders a schedule to the electronic document: a tagged PDF/A-2b with the DOCX's page (the same
/// `PageGeometry` and `DocumentView`), laid out by `PDFLayout` and written by `CongTacPDF`, with an
/// empty signature field where the leader signs.
///
/// Phases: view model → a check that the embedded fonts show every text → layout, drawn page by
/// page → the file's bytes.
public struct PDFRenderer: Sendable {
    let geometry: PageGeometry

    /// The name of the signature field that signing software fills.
    public static let signatureFieldName = "ChuKyLanhDao"

    public init(geometry: PageGeometry = .standard) {
        self.geometry = geometry
    }

    public func render(_ schedule: Schedule, holidays: HolidayCalendar? = nil) throws -> Data {
        Data(try renderBytes(schedule, holidays: holidays))
    }

    /// The file's bytes, as `render` gives them, without a copy into `Data`.
    public func renderBytes(_ schedule: Schedule, holidays: HolidayCalendar? = nil) throws -> [UInt8] {
        let images = SignatureImages(signature: try Self.decode(schedule.signature?.image), seal: try Self.decode(schedule.seal))
        return try renderBytes(DocumentView(schedule, holidays: holidays), date: schedule.date, images: images)
    }

    /// Any view of a schedule (the programme, a leader's month) as a PDF file.
    func renderBytes(_ view: DocumentView, date: DocumentDate, images: SignatureImages = SignatureImages(),
                     signs: Bool = true) throws -> [UInt8] {
        try Self.checkCharacters(view)
        let document = PDFDocument(metadata: Self.metadata(view, date: date))
        draw(view, images: images, signs: signs, on: PDFCanvas(document: document))
        do {
            return try document.write()
        } catch {
            throw RenderError.packaging("\(error)")
        }
    }

    /// Lays the view out on `canvas`: the seam the layout tests use with a recording canvas.
    func draw(_ view: DocumentView, images: SignatureImages = SignatureImages(), signs: Bool = true, on canvas: PageCanvas) {
        let layout = PDFLayout(geometry: geometry, canvas: canvas, measure: PDFCanvas.measure, metrics: PDFCanvas.metrics)
        layout.header(view)
        layout.sections(view.sections)
        if let week = view.week { layout.week(week) }
        guard signs else { return }
        if let place = layout.closing(view) {
            let field = Self.signatureRect(place)
            let signer = [view.signature?.position, view.signature?.name].compactMap { $0 }.joined(separator: " ")
            layout.canvas.signatureField(name: Self.signatureFieldName,
                                         tooltip: signer.isEmpty ? "Chữ ký số" : "Chữ ký số: \(signer)",
                                         x: field.x, y: field.top, width: field.width,
                                         height: field.height)
            layout.drawSignatureImages(images, in: field)
        }
    }

    /// What is wrong with a PNG for the PDF, if anything (for the loader's check of the images).
    public static func imageProblem(_ png: [UInt8]) -> Message? {
        do {
            _ = try PDFImage(png: png)
            return nil
        } catch {
            return error.message
        }
    }

    static func decode(_ file: ImageFile?) throws -> PDFImage? {
        guard let file else { return nil }
        do {
            return try PDFImage(png: file.png)
        } catch {
            throw RenderError.image(path: file.path, problem: error)
        }
    }

    /// The field, centred between the position and the name: as wide as the gap is tall twice over,
    /// inside the right column, with a little room above and below.
    static func signatureRect(_ place: PDFLayout.SignaturePlace) -> PDFLayout.SignaturePlace {
        let margin = min(6, place.height / 10)
        let height = place.height - 2 * margin
        let width = min(place.width, height * 2)
        return .init(x: place.x + (place.width - width) / 2, top: place.top + margin, width: width, height: height)
    }

    /// The first character of `text` the embedded fonts lack (for the loader's check).
    public static func unsupportedCharacter(in text: String) -> Character? {
        PDFFonts.unsupportedCharacter(in: text)
    }

    /// PDF/UA-1 is claimed: the examples pass a PDF/UA validator (`.ci/check_pdf.py --ua`).
    static func metadata(_ view: DocumentView, date: DocumentDate) -> PDFMetadata {
        var metadata = PDFMetadata(title: view.plainTitle, author: view.header.agencyName, subject: view.summary,
                                   date: PDFDate(year: date.year, month: date.month, day: date.day ?? 1))
        metadata.claimsPDFUA = true
        return metadata
    }

    /// Every text of the view in the embedded faces: a character they lack would print as an empty
    /// box. The loader's check (`check --format pdf`) names the file's line and column; this one is
    /// the renderer's own guard, naming the character and its text.
    static func checkCharacters(_ view: DocumentView) throws {
        // ASCII is layout where it is not shown (a title's line break); scalars first, characters
        // only for a text with a missing one.
        func missing(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x80 && !PDFFonts.isShown(scalar) }
        for text in view.allTexts where text.unicodeScalars.contains(where: missing) {
            if let character = text.first(where: { $0.unicodeScalars.contains(where: missing) }) {
                throw RenderError.unsupportedCharacter(character: String(character), text: text)
            }
        }
    }
}

extension DocumentView {
    /// Every text the document shows, in reading order.
    var allTexts: [String] {
        var texts = [header.parentBody, header.agencyName, header.numberLine, header.nationalTitle, header.motto,
                     header.dateLine, banner].compactMap { $0 }
        texts += titleLines
        if let summary { texts.append(summary) }
        for section in sections {
            texts.append(section.label + " " + section.heading)
            texts += section.items
            if let agenda = section.agenda {
                texts += agenda.columns
                for day in agenda.days {
                    texts += [day.label, day.weekday]
                    for row in day.rows {
                        texts += [row.note, row.text, row.timeLabel, row.itemText, row.unit, row.leader].compactMap { $0 }
                    }
                }
            }
        }
        if let week {
            texts += WeekTableView.columns
            for day in week.days {
                texts += [day.weekday, day.date]
                for row in day.rows {
                    texts += [row.note, row.text, row.time, row.itemText, row.unit, row.leader].compactMap { $0 }
                }
            }
        }
        texts += recipients + electronic
        texts += [signature?.authority, signature?.position, signature?.name].compactMap { $0 }
        return texts
    }
}
