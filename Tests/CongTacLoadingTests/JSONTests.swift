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

    @Test func deepNestingIsRefused() {
        let json = String(repeating: "[", count: 100_000)
        #expect(codes(loadJSON(json).diagnostics) == ["1:65 error too-deep"])
    }
}
