import CongTacCalendar
import CongTacModel
import CongTacTemplates
import Foundation
import Testing
@testable import CongTacRendering

/// The site's links (`congtac publish`): the only computed values an `href` may hold, and only
/// where the site's context puts a `SiteLink`; an agency's template still cannot write schedule
/// text into a URL or raw.
@Suite struct SiteLinkTests {
    func loadError(_ templates: TemplateSet) -> RenderError? {
        do {
            _ = try SitePageRenderer(templates: templates)
            return nil
        } catch {
            return error as? RenderError
        }
    }

    func set(_ file: String, replacing old: String, with new: String) -> TemplateSet {
        var files = TemplateSet.builtIn.files
        #expect(files[file]!.contains(old), "\(file) has no \(old)")
        files[file] = files[file]!.replacingOccurrences(of: old, with: new)
        return TemplateSet(files: files, directory: "/mau")
    }

    @Test func theBuiltInSitePassesAsAnAgencys() {
        #expect(loadError(TemplateSet(files: TemplateSet.builtIn.files, directory: "/mau")) == nil)
        // The page renderers check the same folder with the site's templates in it.
        #expect((try? HTMLRenderer(templates: TemplateSet(files: TemplateSet.builtIn.files, directory: "/mau"))) != nil)
    }

    @Test func scheduleTextCannotBecomeALink() {
        let index = "html/site-index.html"
        // A text of the site's context, the agency's name, a week's label: not links.
        for value in ["{{site.title}}", "{{site.agency}}", "{{label}}"] {
            let error = loadError(set(index, replacing: "<li><a href=\"{{href}}\">{{label}}</a></li>\n{{/weeks}}",
                                      with: "<li><a href=\"\(value)\">{{label}}</a></li>\n{{/weeks}}"))
            guard case .unsafeHTML(_, _, _, _, let place)? = error else {
                Issue.record("\(value) in an href passed"); continue
            }
            #expect(place == "attribute:href")
        }
        // The document's values in the week page's link, and a link written raw elsewhere than an href.
        #expect(loadError(set("html/_partials/site-nav.html", replacing: "href=\"{{href}}\">{{label}}</a>{{/site.nav.home}}",
                              with: "href=\"{{header.agencyName}}\">{{label}}</a>{{/site.nav.home}}")) != nil)
        #expect(loadError(set("html/site-leader.html", replacing: "<h2 class=\"heading\">{{title}}</h2>",
                              with: "<h2 class=\"heading\">{{{title}}}</h2>")) != nil)
    }

    @Test func linksHoldOnlySafeCharactersAndStayInTheSite() {
        let hostile = ["../../etc/passwd", "Đ/c \"Hoàn\" <script>", "javascript:alert(1)", "", "%2e%2e", "a b?c#d"]
        for name in hostile {
            let link = SiteLink.leader(slug: name)
            #expect(link.path.hasPrefix("lanh-dao/") && !link.path.dropFirst("lanh-dao/".count).contains("/"))
            #expect(!link.path.contains(".."))
            let href = link.href(from: .index)
            #expect(href.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-./".contains($0)) }, "\(href)")
        }
        // A page in `lanh-dao/` links up to the root.
        #expect(SiteLink.index.href(from: .leader(slug: "dc-hoan")) == "../index.html")
        #expect(SiteLink.leader(slug: "dc-hoan", calendar: true).href(from: .leader(slug: "dc-hoan")) == "dc-hoan.ics")
        #expect(SiteLink.leader(slug: "dc-hoan").href(from: .index) == "lanh-dao/dc-hoan.html")
        #expect(SiteLink.week(ISOWeek(year: 2025, week: 8)!).path == "2025-W08.html")
        #expect(SiteLink.month(YearMonth(year: 2025, month: 2), .inline).path == "2025-02.inline.html")
    }

    /// Every `href` of every site page's context is a `SiteLink`'s, and every one is trusted by path.
    @Test func everyHrefOfTheContextIsTrusted() {
        func hrefs(_ value: TemplateValue, _ path: String) -> [(String, String)] {
            switch value {
            case .object(let object):
                return object.flatMap { key, child -> [(String, String)] in
                    let p = path.isEmpty ? key : path + "." + key
                    if key == "href", case .string(let s) = child { return [(p, s)] }
                    return hrefs(child, p)
                }
            case .list(let items): return items.flatMap { hrefs($0, path) }
            default: return []
            }
        }
        let found = SiteView.sampleContexts.flatMap { hrefs($0, "") }
        #expect(!found.isEmpty)
        for (path, href) in found {
            #expect(HTMLRenderer.trustedValues.contains(path), "\(path)")
            #expect(href.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-./".contains($0)) }, "\(href)")
        }
        // Nothing but links and the page's own CSS values is trusted.
        #expect(HTMLRenderer.trustedValues.allSatisfy { $0.hasSuffix(".href") || $0.hasPrefix("fonts.") || $0.hasPrefix("layout.") })
    }

    @Test func feedEscapesAndIsWellFormed() throws {
        var agency = DocumentView.sampleSchedule.agency
        agency.name = "SỞ <A> & \"B\""
        let bytes = SiteFeeds.atom(agency: agency, entries: [
            .init(month: YearMonth(year: 2025, month: 2), title: "<script>x</script>", summary: nil, updated: "2025-02-03T00:00:00Z"),
        ], base: "https://example.org/ctr")
        #expect(XMLCheck.problem(in: bytes) == nil)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("&lt;script&gt;") && !text.contains("<script>"))
        #expect(text.contains("href=\"https://example.org/ctr/2025-02.html\""))
    }
}
