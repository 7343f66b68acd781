import Foundation
import Testing
@testable import CongTacRendering

/// Issue #16 item 7: an agency's DOCX set that lost a part, or holds a file with no content type,
/// is refused when loaded, at the line that names the missing part, instead of giving a DOCX that
/// Word, LibreOffice and python-docx refuse to open.
@Suite struct DocxPackageCheckTests {
    /// The built-in set as an agency's folder, changed by `edit`.
    func agencySet(_ edit: (inout [String: String]) -> Void) -> TemplateSet {
        var files = TemplateSet.builtIn.files
        edit(&files)
        return TemplateSet(files: files, directory: "/T")
    }

    /// The 1-based line and column of `needle`'s first occurrence in `file` of the built-in set.
    func place(of needle: String, in file: String) throws -> (line: Int, column: Int) {
        let text = try #require(TemplateSet.builtIn.files[file])
        for (n, line) in text.components(separatedBy: "\n").enumerated() {
            if let range = line.range(of: needle) {
                return (n + 1, line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: range.lowerBound) + 1)
            }
        }
        throw CancellationError()
    }

    func problems(_ set: TemplateSet) -> [RenderError] {
        DocxPackageCheck.problems(set.subset("docx"), partials: DocxRenderer.partialsFolder,
                                  displayPath: { set.displayPath("docx/" + $0) })
    }

    @Test func theBuiltInSetIsWhole() {
        #expect(problems(TemplateSet(files: TemplateSet.builtIn.files, directory: "/T")).isEmpty)
        #expect(throws: Never.self) { try DocxRenderer(templates: TemplateSet(files: TemplateSet.builtIn.files, directory: "/T")) }
    }

    /// The reproduction: `styles.xml` and `header1.xml` removed.
    @Test func removedPartsAreNamedWhereTheyAreReferenced() throws {
        let set = agencySet { files in
            files["docx/word/styles.xml"] = nil
            files["docx/word/header1.xml"] = nil
        }
        let styles = try place(of: "Target=\"styles.xml\"", in: "docx/word/_rels/document.xml.rels")
        let header = try place(of: "Target=\"header1.xml\"", in: "docx/word/_rels/document.xml.rels")
        let stylesType = try place(of: "PartName=\"/word/styles.xml\"", in: "docx/[Content_Types].xml")
        let headerType = try place(of: "PartName=\"/word/header1.xml\"", in: "docx/[Content_Types].xml")
        let types = "/T/docx/[Content_Types].xml", rels = "/T/docx/word/_rels/document.xml.rels"
        #expect(problems(set) == [
            .templatePartMissing(file: types, line: stylesType.line, column: stylesType.column, part: "word/styles.xml"),
            .templatePartMissing(file: types, line: headerType.line, column: headerType.column, part: "word/header1.xml"),
            .templatePartMissing(file: rels, line: styles.line, column: styles.column, part: "word/styles.xml"),
            .templatePartMissing(file: rels, line: header.line, column: header.column, part: "word/header1.xml"),
        ])
        #expect(throws: RenderError.templatePartMissing(file: types, line: stylesType.line, column: stylesType.column,
                                                        part: "word/styles.xml")) {
            try DocxRenderer(templates: set)
        }
        let diagnostic = RenderError.templatePartMissing(file: rels, line: 3, column: 9, part: "word/styles.xml").diagnostic(.vi)
        #expect(diagnostic.description.hasPrefix("/T/docx/word/_rels/document.xml.rels:3:9: error: bộ mẫu không có tệp `word/styles.xml`"))
        #expect(diagnostic.code == "template-part-missing")
    }

    /// A part of the package's own relationships (`_rels/.rels`) resolves from the package's root.
    @Test func packageRelationshipsResolveFromTheRoot() throws {
        let set = agencySet { $0["docx/docProps/app.xml"] = nil }
        let app = try place(of: "Target=\"docProps/app.xml\"", in: "docx/_rels/.rels")
        #expect(problems(set).contains(.templatePartMissing(file: "/T/docx/_rels/.rels", line: app.line, column: app.column,
                                                            part: "docProps/app.xml")))
    }

    @Test func filesWithoutAContentTypeAreRefused() {
        for stray in ["docx/word/document.xml~", "docx/README.txt", "docx/word/notes"] {
            let set = agencySet { $0[stray] = "x" }
            #expect(problems(set) == [.templatePartUnknown(file: "/T/" + stray)], "\(stray)")
            #expect(throws: RenderError.templatePartUnknown(file: "/T/" + stray)) { try DocxRenderer(templates: set) }
        }
        // A file its content types declare is a part, and is packed.
        let declared = agencySet { files in
            files["docx/word/extra.txt"] = "x"
            files["docx/[Content_Types].xml"] = files["docx/[Content_Types].xml"]!.replacingOccurrences(
                of: "</Types>", with: "<Override PartName=\"/word/extra.txt\" ContentType=\"text/plain\"/></Types>")
        }
        #expect(problems(declared).isEmpty)
    }

    /// External targets (a web link) and templated ones are not parts; a commented-out relationship
    /// is not one either; `..` and `/` resolve as in a path; leaving the package is an error.
    @Test func targetsResolveLikePaths() {
        let rels = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
              <Relationship Id="a" Type="t" Target="https://example.vn/a b" TargetMode="External"/>
              <Relationship Id="b" Type="t" Target="{{link}}"/>
              <!-- <Relationship Id="c" Type="t" Target="gone.xml"/> -->
              <Relationship Id="d" Type="t" Target="../word/./styles.xml"/>
              <Relationship Id="e" Type="t" Target="/word/settings.xml"/>
              <Relationship Id="f" Type="t"
                Target="../../outside.xml"/>
            </Relationships>
            """
        let set = agencySet { $0["docx/word/_rels/document.xml.rels"] = rels }
        // (The document's `r:id`s are missing from this part too: another check's concern.)
        let missingParts = problems(set).filter { if case .templatePartMissing = $0 { true } else { false } }
        #expect(missingParts == [.templatePartMissing(file: "/T/docx/word/_rels/document.xml.rels", line: 9, column: 5,
                                                      part: "../../outside.xml")])
        #expect(DocxPackageCheck.resolve("my%20file.xml", against: "word/") == "word/my file.xml")
        #expect(DocxPackageCheck.relationshipBase(of: "_rels/.rels") == "")
        #expect(DocxPackageCheck.relationshipBase(of: "word/_rels/header1.xml.rels") == "word/")
        #expect(DocxPackageCheck.relationshipBase(of: "word/document.xml") == nil)
    }

    /// The same class: the document keeps `r:id="rId4"` for its header after the relationship's line
    /// was deleted from `document.xml.rels`.
    @Test func referencesToRemovedRelationshipsAreRefused() throws {
        let set = agencySet { files in
            files["docx/word/_rels/document.xml.rels"] = files["docx/word/_rels/document.xml.rels"]!
                .components(separatedBy: "\n").filter { !$0.contains("Id=\"rId4\"") }.joined(separator: "\n")
        }
        let reference = try place(of: "r:id=\"rId4\"", in: "docx/word/document.xml")
        #expect(problems(set) == [.templateRelationshipMissing(file: "/T/docx/word/document.xml", line: reference.line,
                                                               column: reference.column, id: "rId4",
                                                               relationships: "word/_rels/document.xml.rels")])
        #expect(throws: RenderError.self) { try DocxRenderer(templates: set) }
    }
}
