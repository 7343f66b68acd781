import CongTacModel

/// The site's machine-read files: `feed.xml` (Atom, RFC 4287) and `sitemap.xml` (sitemaps.org 0.9).
///
/// Written by code, not templates: every text goes through `escape`, and the same site gives the
/// same bytes (times come from the caller, not the clock).
public enum SiteFeeds {
    /// One programme as the feed lists it.
    public struct Entry: Sendable, Equatable {
        public var month: YearMonth
        public var title: String
        public var summary: String?
        /// RFC 3339, `2025-02-03T00:00:00Z`: when the site first published this version of the month.
        public var updated: String
        public init(month: YearMonth, title: String, summary: String?, updated: String) {
            self.month = month
            self.title = title
            self.summary = summary
            self.updated = updated
        }
    }

    /// The Atom feed of the programmes, newest first. Ids are `tag:` URIs (RFC 4151) made from the
    /// agency's calendar domain, so they stay the same wherever the site is copied; links are
    /// absolute against `base` when given, relative to the feed otherwise.
    public static func atom(agency: Agency, entries: [Entry], base: String?) -> [UInt8] {
        let authority = CalendarFeed.domain(agency)
        let newest = entries.map(\.updated).max() ?? "2000-01-01T00:00:00Z"
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
            <id>tag:\(authority),2000:chuong-trinh-cong-tac</id>
            <title>\(escape("Chương trình công tác – " + agency.name))</title>
            <updated>\(newest)</updated>
            <author><name>\(escape(agency.name))</name></author>
            <generator>congtac</generator>
            <link rel="self" type="application/atom+xml" href="\(escape(SiteLink.feed.absolute(base: base)))"/>
            <link rel="alternate" type="text/html" href="\(escape(SiteLink.index.absolute(base: base)))"/>

            """
        for entry in entries {
            out += """
                <entry>
                <id>tag:\(authority),2000:ctr-\(SiteLink.monthName(entry.month))</id>
                <title>\(escape(entry.title))</title>
                <updated>\(entry.updated)</updated>
                <link rel="alternate" type="text/html" href="\(escape(SiteLink.month(entry.month).absolute(base: base)))"/>
                <link rel="enclosure" type="application/vnd.openxmlformats-officedocument.wordprocessingml.document" href="\(escape(SiteLink.month(entry.month, .docx).absolute(base: base)))"/>
                <link rel="enclosure" type="application/pdf" href="\(escape(SiteLink.month(entry.month, .pdf).absolute(base: base)))"/>
                <summary>\(escape(entry.summary ?? entry.title))</summary>
                </entry>

                """
        }
        out += "</feed>\n"
        return Array(out.utf8)
    }

    /// Every page of the site, one `<url>` each, in the order given.
    public static func sitemap(_ pages: [SiteLink], base: String?) -> [UInt8] {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for page in pages { out += "<url><loc>\(escape(page.absolute(base: base)))</loc></url>\n" }
        out += "</urlset>\n"
        return Array(out.utf8)
    }

    /// Text for XML content and attributes; characters XML 1.0 cannot hold are dropped (the loader
    /// refuses control characters already; this keeps the file well-formed whatever comes).
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (0xFFFE...0xFFFF).contains(v) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
