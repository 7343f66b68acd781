import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// What the HTML must hold whatever the templates' details: escaping, table markup, no requests to
/// other hosts, a fragment that keeps its styles to itself.
@Suite struct HTMLMarkupTests {
    static let hostile = """
        agency:
          parent: UBND TỈNH HÀ TĨNH
          name: SỞ KHOA HỌC & CÔNG NGHỆ <b>
          code: KHCN
        place: Hà Tĩnh
        date: 2025-02-03
        title: CHƯƠNG TRÌNH CÔNG TÁC "THÁNG 02" </title><script>alert(1)</script>
        month: 2025-02
        sections:
          - heading: DỰ KIẾN CHƯƠNG TRÌNH CÔNG TÁC
            agenda:
              days:
                - day: 3
                  note: "<img src=x onerror=alert(2)>"
                  items:
                    - time: Sáng
                      text: "<script>alert('x')</script> họp"
                      unit: "Phòng <i>QLKH</i>"
                      leader: "Đ/c Hoàn & 'các PGĐ'"
        """

    @Test(arguments: [false, true])
    func typedMarkupIsShownAsText(fragment: Bool) throws {
        let html = try HTMLSupport.render(try HTMLSupport.load(Self.hostile), fragment: fragment)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<i>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; họp"))
        #expect(html.contains("&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("Phòng &lt;i&gt;QLKH&lt;/i&gt;"))
        #expect(html.contains("SỞ KHOA HỌC &amp; CÔNG NGHỆ &lt;b&gt;"))
        if !fragment {
            let title = try #require(HTMLSupport.pieces(of: html, from: "<title>", to: "</title>").first)
            #expect(title.contains("&lt;/title&gt;&lt;script&gt;"))
            #expect(title.contains("&quot;THÁNG 02&quot;"))
        }
    }

    /// Each day is a tbody whose first cell spans exactly its rows, as the view says.
    @Test(arguments: exampleNames.filter { $0 != "khcn-bac-giang-2020-07" })
    func dayCellsSpanTheirRows(_ name: String) throws {
        let schedule = try loadExample(name)
        let view = DocumentView(schedule)
        let expected = view.sections.compactMap(\.agenda).flatMap(\.days).map(\.rowSpan)
        let html = try HTMLSupport.render(schedule, fragment: false)
        let bodies = HTMLSupport.pieces(of: html, from: "<tbody", to: "</tbody>")
        #expect(bodies.count == expected.count)
        var spans: [Int] = []
        for body in bodies {
            let rows = body.components(separatedBy: "<tr>").count - 1
            let values = HTMLSupport.values(of: "rowspan", in: body).compactMap(Int.init)
            #expect(values.count == 1, "one day cell per day")
            #expect(values.first == rows, "the day cell spans the day's \(rows) rows")
            spans += values
        }
        #expect(spans == expected)
        #expect(expected.contains { $0 > 1 })
    }

    /// A lead row (note, whole-day text, or a day off) spans the three right-hand columns.
    @Test func leadRowsSpanTheRightColumns() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let leads = DocumentView(schedule).sections.compactMap(\.agenda).flatMap(\.days).flatMap(\.rows).filter(\.isLead)
        let html = try HTMLSupport.render(schedule, fragment: false)
        #expect(html.components(separatedBy: "<td colspan=\"3\" class=\"lead\">").count - 1 == leads.count)
        #expect(html.contains("<td colspan=\"3\" class=\"lead\"><p class=\"note\">Kỷ niệm 95 năm"))
        #expect(html.contains("<td colspan=\"3\" class=\"lead\"><p class=\"whole-day\">NGHỈ TẾT NGUYÊN ĐÁN ẤT TỴ</p></td>"))
    }

    @Test func headerCellsAreColumnHeaders() throws {
        let html = try HTMLSupport.render(try loadExample("khcn-ha-tinh-2025-02"), fragment: false)
        let head = try #require(HTMLSupport.pieces(of: html, from: "<thead>", to: "</thead>").first)
        #expect(head.components(separatedBy: "<th scope=\"col\">").count - 1 == 4)
        #expect(!head.contains("<td"))
        for column in ["NGÀY", "NỘI DUNG CÔNG VIỆC", "CƠ QUAN CHUẨN BỊ", "LÃNH ĐẠO SỞ"] {
            #expect(head.contains(">\(column)</th>"))
        }
        #expect(html.contains("<caption>Lịch công tác tháng 02 năm 2025</caption>"))
        #expect(html.contains("<span class=\"time own-line\">Sáng:</span>"))
    }

    @Test(arguments: exampleNames, [false, true])
    func nothingIsFetchedOrRun(_ name: String, fragment: Bool) throws {
        let html = try HTMLSupport.render(try loadExample(name), fragment: fragment).lowercased()
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains(" src="))
        #expect(!html.contains(" href="))
    }

    @Test func pageIsAStandaloneVietnameseDocument() throws {
        let html = try HTMLSupport.render(try loadExample("khcn-ha-tinh-2025-02"), fragment: false)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"vi\">"))
        #expect(html.contains("<meta charset=\"utf-8\">"))
        #expect(html.contains("<title>CHƯƠNG TRÌNH CÔNG TÁC THÁNG 02 NĂM 2025 CỦA SỞ KHOA HỌC VÀ CÔNG NGHỆ</title>"))
        #expect(html.contains("size: A4;"))
        #expect(html.contains("margin: 20mm 15mm 20mm 30mm;"))
    }

    @Test(arguments: exampleNames)
    func fragmentIsOneScopedBlock(_ name: String) throws {
        let html = try HTMLSupport.render(try loadExample(name), fragment: true)
        let lower = html.lowercased()
        for tag in ["!doctype", "html", "head", "body", "title", "meta"] {
            #expect(lower.range(of: "<\(tag)[ >]", options: .regularExpression) == nil, "the fragment has no <\(tag)>")
        }
        #expect(!html.contains("@font-face"))
        #expect(!html.contains("data:"))
        let body = html.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(body.hasPrefix("<div class=\"congtac-ctr\">"))
        #expect(body.hasSuffix("</div>"))
        // The root closes only at the end: the divs balance, and never before the last tag.
        var depth = 0
        var closedEarly = false
        var rest = body[...]
        while let tag = rest.range(of: #"</?div[ >]"#, options: .regularExpression) {
            depth += body[tag].hasPrefix("</") ? -1 : 1
            rest = body[tag.upperBound...]
            if depth == 0, !rest.isEmpty { closedEarly = true }
        }
        #expect(depth == 0)
        #expect(!closedEarly)

        let styles = HTMLSupport.pieces(of: html, from: "<style>", to: "</style>")
        #expect(styles.count == 1)
        let selectors = HTMLSupport.selectors(ofStyleSheet: String(styles.first ?? ""))
        #expect(selectors.count > 20)
        // One id's weight in every selector: a theme's type, class and one-id rules rank below the block's.
        for selector in selectors {
            #expect(selector == Self.scope || selector.hasPrefix(Self.scope + " "),
                    "selector `\(selector)` is not scoped under \(Self.scope)")
        }
    }

    static let scope = ".congtac-ctr:not(#congtac)"

    /// The block starts from known values before its own rules: the root from the initial ones, every
    /// element inside from the browser's, so that a theme's property the block does not set cannot reach
    /// it. (`.ci/check_fragment_theme.py` shows it in Chromium, inside an aggressive theme.)
    @Test func fragmentResetsWhatAThemeCouldSet() throws {
        let html = try HTMLSupport.render(try loadExample("khcn-ha-tinh-2025-02"), fragment: true)
        let css = String(HTMLSupport.pieces(of: html, from: "<style>", to: "</style>").first ?? "")
        let compact = css.replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        let root = try #require(compact.range(of: "\(Self.scope) { all: initial;"))
        let inside = try #require(compact.range(of: "\(Self.scope) *, \(Self.scope) *::before, \(Self.scope) *::after { all: revert;"))
        #expect(root.lowerBound < inside.lowerBound)
        let firstOwnRule = try #require(compact.range(of: "\(Self.scope) p,"))
        #expect(inside.lowerBound < firstOwnRule.lowerBound)
    }

    @Test func selectorReaderSeesEveryRule() {
        let css = """
            /* a, b { } */ .congtac-ctr p, .x { color: red; }
            @media print { .congtac-ctr td { a: b } body { c: d } }
            @page { size: A4; @top-center { content: counter(page) } }
            """
        #expect(HTMLSupport.selectors(ofStyleSheet: css) == [".congtac-ctr p", ".x", ".congtac-ctr td", "body", "@page"])
    }
}
