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
            (.templateSyntax(file: "docx/word/document.xml", line: 3, column: 7, problem: "unclosed"),
             "docx/word/document.xml:3:7: error: lỗi cú pháp Mustache: unclosed [template-syntax]",
             "docx/word/document.xml:3:7: error: Mustache syntax error: unclosed [template-syntax]"),
            (.malformedPart(template: "p.xml", line: 2, column: 1, problem: "bad"),
             "p.xml:2:1: error: mẫu sinh ra XML không hợp lệ: bad [template-xml]",
             "p.xml:2:1: error: the template produces malformed XML: bad [template-xml]"),
            (.unknownVariable(file: "page.html", line: 9, column: 4, name: "nmae"),
             "page.html:9:4: error: mẫu dùng biến không có `nmae` [template-variable]",
             "page.html:9:4: error: the template uses an unknown variable `nmae` [template-variable]"),
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
