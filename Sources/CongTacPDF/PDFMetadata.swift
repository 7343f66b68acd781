/// What the Info dictionary and the XMP packet say about the document. Nothing comes from the clock:
/// the dates are the document's own date, so the same input gives the same bytes.
public struct PDFMetadata: Sendable, Hashable {
    /// The document's title (`dc:title`, `/Title`), shown in the viewer's title bar.
    public var title: String
    /// The issuing agency (`dc:creator`, `/Author`).
    public var author: String
    /// The summary line (`dc:description`, `/Subject`).
    public var subject: String?
    public var keywords: String?
    /// BCP 47 tag of the document's language (`/Lang` of the catalog, `dc:language`).
    public var language: String
    /// The document's date: creation and modification dates both.
    public var date: PDFDate
    /// The program that made the content (`xmp:CreatorTool`, `/Creator`).
    public var creatorTool: String
    /// Declares PDF/UA-1 (`pdfuaid:part`, with the extension schema PDF/A asks for): only when the
    /// structure the layout makes passes a PDF/UA validator (`.ci/check_pdf.py --ua`).
    public var claimsPDFUA = false

    public init(title: String, author: String, subject: String? = nil, keywords: String? = nil,
                language: String = "vi-VN", date: PDFDate, creatorTool: String = "congtac") {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.language = language
        self.date = date
        self.creatorTool = creatorTool
    }
}

/// A civil date and time with its offset from UTC; Vietnam's (+07:00) unless told.
public struct PDFDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Minutes east of UTC.
    public var utcOffsetMinutes: Int

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
                utcOffsetMinutes: Int = 7 * 60) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetMinutes = utcOffsetMinutes
    }
}
