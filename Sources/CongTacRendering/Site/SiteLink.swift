import CongTacCalendar
import CongTacModel

/// A file of a published site (`congtac publish`), named by congtac alone: from a month, an ISO
/// week, a leader's slug or a fixed name, never from schedule text.
///
/// Links are the one kind of computed value the site's templates may write into `href`
/// (`SiteView.trustedPaths`): an agency's template still cannot put a schedule's text into a URL,
/// because no `SiteLink` can hold one. Every path is ASCII `a-z 0-9 - . /`, and the one part made
/// from a name goes through `Slug.make` again, so it can neither leave `lanh-dao/` nor need escaping;
/// `href(from:)` still percent-encodes anything else, should a later name bring it.
public struct SiteLink: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path from the site's root: `2025-W08.html`, `lanh-dao/dc-hoan.ics`.
    public let path: String

    private init(_ path: String) { self.path = path }

    public static let index = SiteLink("index.html")
    public static let agencyCalendar = SiteLink("lich.ics")
    public static let feed = SiteLink("feed.xml")
    public static let sitemap = SiteLink("sitemap.xml")
    /// The folder of the leaders' pages and calendars.
    public static let leaderFolder = "lanh-dao"

    /// What a month gives: its page and its downloads.
    public enum MonthFile: String, Sendable, CaseIterable {
        case page = ".html", docx = ".docx", pdf = ".pdf", fragment = ".fragment.html", inline = ".inline.html"
    }

    /// `2025-02.html`, `2025-02.docx`, …
    public static func month(_ month: YearMonth, _ file: MonthFile = .page) -> SiteLink {
        SiteLink(monthName(month) + file.rawValue)
    }

    /// `2025-W08.html`, or with `pdf` the week's electronic document `2025-W08.pdf`.
    public static func week(_ week: ISOWeek, pdf: Bool = false) -> SiteLink { SiteLink("\(week)" + (pdf ? ".pdf" : ".html")) }

    /// `lanh-dao/dc-hoan.html`, or `.ics` with `calendar`. The slug is made again here: whatever the
    /// caller passes, the name has only `a-z 0-9 -` and stays in the folder.
    public static func leader(slug: String, calendar: Bool = false) -> SiteLink {
        let safe = Slug.make(slug)
        return SiteLink("\(leaderFolder)/\(safe.isEmpty ? "lanh-dao" : safe)" + (calendar ? ".ics" : ".html"))
    }

    /// `2025-02`.
    public static func monthName(_ month: YearMonth) -> String {
        "\(month.year)-\(month.month < 10 ? "0" : "")\(month.month)"
    }

    /// The link as written in `page`: relative, so that the site works from any folder of any server.
    public func href(from page: SiteLink) -> String {
        var from = page.path.split(separator: "/").dropLast()[...]
        var to = path.split(separator: "/")[...]
        while let a = from.first, let b = to.first, a == b, to.count > 1 {
            from = from.dropFirst()
            to = to.dropFirst()
        }
        return Self.percentEncoded(String(repeating: "../", count: from.count) + to.joined(separator: "/"))
    }

    /// The link against `base` (`https://portal.example/ctr/`), for the feed and the sitemap.
    public func absolute(base: String?) -> String {
        guard let base else { return Self.percentEncoded(path) }
        return (base.hasSuffix("/") ? base : base + "/") + Self.percentEncoded(path)
    }

    /// RFC 3986's unreserved characters and `/` as they are; every other byte as `%XX`.
    static func percentEncoded(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return out
    }

    public static func < (a: SiteLink, b: SiteLink) -> Bool { a.path < b.path }
    public var description: String { path }
}
