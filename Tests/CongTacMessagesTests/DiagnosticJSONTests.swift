import CongTacMessages
import CongTacModel
import Foundation
import Testing

/// What the web workspace will return: the same codes and texts as `check`, as JSON.
@Suite struct DiagnosticJSONTests {
    func diagnostics(_ language: Language) -> [Diagnostic] {
        [
            Diagnostic(.warning, .daysOutOfOrder("3", after: "10"), language, at: SourceLocation(file: "t.yaml", line: 2, column: 5)),
            Diagnostic(.error, .emptyFile, language, at: SourceLocation(file: "t.yaml", line: 9, column: 1)),
            Diagnostic(.error, .packaging("disk \"full\""), language, at: nil),
        ]
    }

    @Test func theCatalogTextInTheLanguageAsked() {
        let vi = diagnostics(.vi), en = diagnostics(.en)
        #expect(vi[1].code == "empty-file" && en[1].code == "empty-file")
        #expect(vi[1].message == Message.emptyFile.vi)
        #expect(en[1].message == Message.emptyFile.en)
    }

    @Test func jsonIsOrderedSortedAndReadsBack() throws {
        let json = Diagnostic.json(diagnostics(.en), language: .en)
        #expect(json.hasPrefix(#"{"diagnostics":[{"code":"output","message":"cannot write the output: disk \"full\"","severity":"error"},"#))
        #expect(json.hasSuffix(#"],"language":"en"}"#))
        struct Body: Decodable {
            var diagnostics: [Diagnostic]
            var language: String
        }
        let body = try JSONDecoder().decode(Body.self, from: Data(json.utf8))
        // Errors first, then warnings, each by place: the order `check` prints.
        #expect(body.diagnostics == diagnostics(.en).orderedForReading())
        #expect(body.diagnostics.map(\.code) == ["output", "empty-file", "days-out-of-order"])
        #expect(body.language == "en")
        // The same bytes every time, and Vietnamese unescaped.
        #expect(Diagnostic.json(diagnostics(.vi), language: .vi) == Diagnostic.json(diagnostics(.vi), language: .vi))
        #expect(Diagnostic.json(diagnostics(.vi), language: .vi).contains("tệp rỗng"))
    }

    @Test func emptyListIsValid() {
        #expect(Diagnostic.json([], language: .vi) == #"{"diagnostics":[],"language":"vi"}"#)
    }
}
