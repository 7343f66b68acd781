import CongTacCalendar
import CongTacModel

/// The weekly schedule as a PDF (`--view week --format pdf`), through the same layout as the
/// programme: the agency's header, "LỊCH CÔNG TÁC TUẦN" and the week's line, the week's table, and
/// the closing block with the signature field (`week:` overrides as in the DOCX).
extension PDFRenderer {
    public func renderWeekBytes(_ week: ISOWeek, main: Schedule, months: [YearMonth: Schedule]) throws -> [UInt8] {
        let images = SignatureImages(signature: try Self.decode((main.week?.signature ?? main.signature)?.image),
                                     seal: try Self.decode(main.seal))
        return try renderBytes(DocumentView(week: week, main: main, months: months), date: main.date, images: images)
    }
}
