import CongTacMessages
import CongTacModel
import Testing
@testable import CongTacRendering

/// A render error reads as it always did: its catalog entry, at its place, in the user's language.
@Suite struct RenderErrorTests {
    @Test func eachCaseHasItsCodePlaceAndTexts() {
        let cases: [(RenderError, String, String)] = [
            (.templateDirectoryMissing("mau"), "mau:1:1: error: không có thư mục mẫu này [template-missing]",
             "mau:1:1: error: no such template folder [template-missing]"),
            (.templateSyntax(file: "docx/word/document.xml", line: 3, column: 7, problem: .templateNeverClosed("{{#banner}}")),
             "docx/word/document.xml:3:7: error: lỗi cú pháp Mustache: khối `{{#banner}}` không được đóng [template-syntax]",
             "docx/word/document.xml:3:7: error: Mustache syntax error: the section `{{#banner}}` is never closed [template-syntax]"),
            (.malformedPart(template: "p.xml", line: 2, column: 1, problem: "bad"),
             "p.xml:2:1: error: mẫu sinh ra XML không hợp lệ: bad [template-xml]",
             "p.xml:2:1: error: the template produces malformed XML: bad [template-xml]"),
            (.unknownVariable(file: "page.html", line: 9, column: 4, name: "nmae"),
             "page.html:9:4: error: mẫu dùng biến không có `nmae` [template-variable]",
             "page.html:9:4: error: the template uses an unknown variable `nmae` [template-variable]"),
            (.partialMissing(file: "mau/docx/word/document.xml", line: 57, column: 1, name: "_partials/agenda2.xml"),
             "mau/docx/word/document.xml:57:1: error: bộ mẫu không có mẫu con `_partials/agenda2.xml` [template-partial-missing]",
             "mau/docx/word/document.xml:57:1: error: the template set has no partial `_partials/agenda2.xml` [template-partial-missing]"),
            (.templateRecursion(file: "p.xml", line: 2, column: 5, chain: ["p.xml", "q.xml", "p.xml"]),
             "p.xml:2:5: error: mẫu con tự gọi lại chính nó: p.xml → q.xml → p.xml [template-recursion]",
             "p.xml:2:5: error: a partial includes itself: p.xml → q.xml → p.xml [template-recursion]"),
            (.unsafeHTML(file: "d.html", line: 38, column: 17, tag: "{{{.}}}", place: "raw"),
             "d.html:38:17: error: mẫu HTML không an toàn: {{{.}}} ghi nội dung lịch không thoát ký tự HTML [template-html]",
             "d.html:38:17: error: unsafe HTML template: {{{.}}} writes schedule text unescaped [template-html]"),
            (.unsafeHTML(file: "d.html", line: 3, column: 9, tag: "{{heading}}", place: "attribute:href"),
             "d.html:3:9: error: mẫu HTML không an toàn: {{heading}} nằm trong thuộc tính href (địa chỉ, kiểu dáng hoặc mã lệnh) [template-html]",
             "d.html:3:9: error: unsafe HTML template: {{heading}} stands in the attribute href (a URL, style or script) [template-html]"),
            (.renderedPartTooLarge(template: "mau/docx/word/document.xml", limit: 64 << 20),
             "mau/docx/word/document.xml:1:1: error: mẫu sinh ra phần văn bản lớn quá 64 MiB (hoặc lặp quá nhiều lần) [template-output-too-large]",
             "mau/docx/word/document.xml:1:1: error: the template renders a part larger than 64 MiB (or repeats too often) [template-output-too-large]"),
            (.layoutMismatch(file: "mau/docx/word/document.xml", line: 21, column: 96, element: .agencyName, quantity: .size,
                             expected: 24, found: 26),
             "mau/docx/word/document.xml:21:96: error: cỡ chữ của tên cơ quan ban hành là 13 pt, khác cỡ 12 pt mà congtac dùng để đo đường kẻ dưới nó; viết `{{layout.agencySize}}` thay cho số này [layout-mismatch]",
             "mau/docx/word/document.xml:21:96: error: the agency's name is set at 13 pt, not the 12 pt congtac measures its drawn line at; write `{{layout.agencySize}}` instead of the number [layout-mismatch]"),
            (.layoutMismatch(file: "mau/docx/word/document.xml", line: 19, column: 30, element: .motto, quantity: .width,
                             expected: 5272, found: 4500),
             "mau/docx/word/document.xml:19:30: error: cột chứa tiêu ngữ rộng 79.4 mm, khác 93 mm mà congtac dùng để căn đường kẻ dưới nó; viết `{{layout.headerRight}}` thay cho số này [layout-mismatch]",
             "mau/docx/word/document.xml:19:30: error: the column of the motto is 79.4 mm wide, not the 93 mm congtac centres its drawn line in; write `{{layout.headerRight}}` instead of the number [layout-mismatch]"),
            (.wouldOverwrite("x/a.xml"), "x/a.xml:1:1: error: tệp đã có; không ghi đè [would-overwrite]",
             "x/a.xml:1:1: error: the file exists; not overwriting [would-overwrite]"),
            (.packaging("disk full"), "error: không ghi được tệp kết quả: disk full [output]",
             "error: cannot write the output: disk full [output]"),
        ]
        for (error, vi, en) in cases {
            #expect(error.diagnostic(.vi).description == vi)
            #expect(error.diagnostic(.en).description == en)
            #expect(error.diagnostic(.en).code == error.message.code)
        }
    }
}
