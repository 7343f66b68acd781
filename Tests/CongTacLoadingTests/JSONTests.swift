import CongTacModel
import Foundation
import Testing
@testable import CongTacLoading

/// `*.json` files go through congtac's own JSON reader: strict, with lines and columns.
@Suite struct JSONTests {
    func loadJSON(_ json: String) -> LoadResult {
        ScheduleLoader(language: .en).load(data: Data(json.utf8), name: "t.json")
    }

    @Test func syntaxErrorsArePlaced() {
        let cases: [(json: String, place: String, words: String)] = [
            ("{\"agency\": {\"name\": \"SỞ\",}}", "1:26", "extra comma before `}`"),
            ("{\"place\": Hà Tĩnh}", "1:11", "text must be in double quotes"),
            ("{\n  \"place\": \"Hà Tĩnh\"\n  \"date\": \"2025-02-03\"\n}", "3:3", "a `,` or `}` is expected"),
            ("{\"a\": [1, 2,]}", "1:13", "extra comma before `]`"),
            ("{\"a\": \"x\\qy\"}", "1:9", "invalid escape"),
            ("{\"a\": \"\\ud800\"}", "1:14", "lone surrogate"),
            ("{\"a\": \"x", "1:9", "not closed"),
            ("{\"a\": 1} 2", "1:10", "more content"),
        ]
        for (json, place, words) in cases {
            let d = loadJSON(json).diagnostics
            #expect(codes(d) == ["\(place) error syntax"], "\(json)")
            #expect(d.first?.message.contains(words) == true, "\(json): \(d)")
        }
    }

    @Test func schemaErrorsHaveColumnsOnOneLongLine() {
        let json = #"{"agency": {"name": "SỞ"}, "place": "Hà Tĩnh", "date": "2025-02-30", "sections": [{"heading": "A", "itmes": []}]}"#
        #expect(codes(loadJSON(json).diagnostics) == ["1:56 error invalid-date", "1:100 error unknown-key"])
    }

    @Test func escapedControlCharactersAreStillRefused() {
        let json = #"{"agency": {"name": "S\u0007"}, "place": "x", "date": "2025-02-03", "sections": [{"heading": "A"}]}"#
        #expect(codes(loadJSON(json).diagnostics) == ["1:21 error control-character"])
        let yaml = "agency: {name: \"S\\a\"}\nplace: x\ndate: 2025-02-03\nsections: [{heading: A}]\n"
        #expect(codes(load(yaml).diagnostics) == ["1:16 error control-character"])
    }

    /// Texts are normalised and trimmed alike in JSON and YAML, whatever characters stand next to them
    /// (the JSON reader finds most texts plain from one look at the whole file).
    @Test func textsNextToUnusualCharacters() throws {
        let json = "{\"agency\": {\"name\": \"SỞ\", \"code\": \"\u{00A0}KHCN\u{00A0}\"}, \"place\": \"Ha\u{0300} Tĩnh\", "
            + "\"date\": \"2025-02-03\", \"summary\": \"“Công tác” – tháng 2\", \"banner\": \"Ω\", \"title\": \"A\u{2003}\", "
            + "\"sections\": [{\"heading\": \"x\u{00AD}y\", \"items\": [\"😀\", \"Ỡ\", \"ʼ\", \"a\u{2028}b\"]}]}"
        let result = loadJSON(json)
        let yaml = ScheduleLoader(language: .en).load(data: Data(json.utf8), name: "t.yaml")
        #expect(codes(result.diagnostics) == codes(yaml.diagnostics))
        #expect(result.schedule == yaml.schedule)
        #expect(codes(result.diagnostics) == ["1:181 warning invisible-character", "1:213 warning invisible-character"])
        let schedule = try #require(result.schedule)
        #expect(schedule.place == "Hà Tĩnh")
        #expect(schedule.agency.code == "KHCN")
        #expect(schedule.summary == "“Công tác” – tháng 2")
        #expect(schedule.title == "A")
        #expect(schedule.sections.first?.items == ["😀", "Ỡ", "ʼ", "a b"])
        // Without a character to repair, the texts are found plain or not from the look at the file.
        let clean = json.replacingOccurrences(of: "\u{00AD}", with: "").replacingOccurrences(of: "\u{2028}", with: " ")
        #expect(loadJSON(clean).diagnostics.isEmpty)
        #expect(loadJSON(clean).schedule?.place == "Hà Tĩnh")
        #expect(loadJSON(clean).schedule?.sections.first?.items == ["😀", "Ỡ", "ʼ", "a b"])
    }

    @Test func deepNestingIsRefused() {
        let json = String(repeating: "[", count: 100_000)
        #expect(codes(loadJSON(json).diagnostics) == ["1:65 error too-deep"])
    }
}
