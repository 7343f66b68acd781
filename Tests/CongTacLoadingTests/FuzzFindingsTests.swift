import CongTacModel
import Foundation
import Testing
@testable import CongTacLoading

/// What `congtac-fuzz` found (Fuzz/README.md lists each finding; Fuzz/findings/ holds the reproducers),
/// kept as exact diagnostics so that the fix stays fixed.
@Suite struct FuzzFindingsTests {
    /// F3: YAML and JSON escapes write control characters that the raw-text check never sees; the DOCX
    /// then failed to render ("the template produces malformed XML") and the HTML carried them raw.
    @Test func escapedControlCharactersAreRefused() {
        let top = "agency: {name: S}\nplace: P\ndate: 2025-02-03\n"
        #expect(places(top + "summary: \"a\\bb\"\nsections: [{heading: H}]\n") == ["4:10 error control-character"])
        #expect(places(top + "summary: \"\\x01\"\nsections: [{heading: H}]\n") == ["4:10 error control-character"])
        #expect(places(top + "summary: \"a\\u0085b\"\nsections: [{heading: H}]\n") == ["4:10 error control-character"])
        #expect(places(top + "summary: \"\\uFFFE\"\nsections: [{heading: H}]\n") == ["4:10 error control-character"])
        let result = load(top + "summary: \"a\\eb\"\nsections: [{heading: H}]\n")
        #expect(result.renderable == nil)
        #expect(result.diagnostics.first?.message.contains("U+001B") == true)
        // A tab and a line break written as escapes are text, not control characters.
        #expect(places(top + "summary: \"a\\tb\\nc\"\nsections: [{heading: H}]\n") == [])
        // JSON's \u escapes go through the same check, placed at the string's opening quote.
        let json = #"{"agency": {"name": "S"}, "place": "P", "date": "2025-02-03", "summary": "a\u0007", "sections": [{"heading": "H"}]}"#
        let fromJSON = ScheduleLoader(language: .en).load(data: Data(json.utf8), name: "t.json")
        #expect(codes(fromJSON.diagnostics) == ["1:74 error control-character"])
    }

    /// F1: a file that ends in the middle of a value without a final line break. libyaml places the end
    /// of the stream on the line after the last one, which the file does not have; the error belongs
    /// just after the last character of the last line.
    @Test func endOfFileIsOnTheLastLine() {
        #expect(places("agency: {name: S}\nsections: [{heading:") == ["2:21 error syntax"])
        // An unclosed quote is already placed right after the last character.
        #expect(places("agency: {name: S}\r\nplace: \"P") == ["2:10 error syntax"])
        // With a final line break the end is the start of the (empty) next line, as in an editor.
        #expect(places("agency: {name: S}\nsections: [{heading:\n") == ["3:1 error syntax"])
    }

    /// F7: the same for a node's place. An empty document without a final line break (`---`) is a null
    /// root whose place libyaml puts on the line after the last one; the F1 fix clamps syntax errors
    /// only, so `schedule must be a mapping` was placed at 2:1 in a one-line file.
    @Test func emptyDocumentIsOnTheLastLine() {
        #expect(places("---") == ["1:4 error wrong-type"])
        #expect(places("--- ") == ["1:5 error wrong-type"])
        // With a final line break the place is the start of the (empty) next line.
        #expect(places("---\n") == ["2:1 error wrong-type"])
    }

    /// F2: lines that end with a lone carriage return (or U+2028, U+2029). libyaml, and so every
    /// syntax and schema diagnostic, counts them as line ends; the character, legacy-encoding and
    /// nesting scans counted line feeds only, so their places in such a file were on another line.
    @Test func everyCheckCountsTheSameLines() {
        do {
            // The control character is on line 2 for libyaml and for an editor.
            #expect(places("agency: {name: S}\rplace: \u{1}P\rdate: 2025-02-03\rsections: [{heading: H}]\r")
                    == ["2:8 error control-character"])
            // U+2028 is read as a space (F5), by every check alike: a file that uses it to end its
            // lines is one line, each separator is named, and YAML finds that line malformed.
            #expect(places("agency: {name: S}\u{2028}place: P\u{202E}\u{2028}date: 2025-02-03\u{2028}sections: [{heading: H}]\n")
                    == ["1:18 warning invisible-character", "1:19 error syntax", "1:27 warning invisible-character",
                        "1:28 warning invisible-character", "1:45 warning invisible-character"])
            let deep = "agency: {name: S}\rsections: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70)
            #expect(places(deep) == ["2:75 error too-deep"])
            // The JSON reader too.
            let json = ScheduleLoader(language: .en).load(data: Data("{\r\"agency\": 1, x}".utf8), name: "t.json")
            #expect(codes(json.diagnostics) == ["2:14 error syntax"])
        }
        // Line feeds and CR LF agree already.
        #expect(places("agency: {name: S}\r\nplace: \u{1}P\r\ndate: 2025-02-03\r\nsections: [{heading: H}]\r\n")
                == ["2:8 error control-character"])
    }

    /// F5: U+2028 and U+2029 (line and paragraph separators, pasted from web pages). libyaml (YAML
    /// 1.1) takes them for line breaks and folds the white space around them inside a quoted text; the
    /// JSON reader keeps them as characters; nothing tells the user, and the same file gives two
    /// different schedules as `.json` and as `.yaml`.
    @Test func lineSeparatorsAreFlagged() {
        let text = #"{"agency": {"name": "S"}, "place": "P", "date": "2025-02-03", "summary": "a \#u{2028} b", "sections": [{"heading": "H"}]}"#
        let json = ScheduleLoader(language: .en).load(data: Data(text.utf8), name: "t.json")
        let yaml = ScheduleLoader(language: .en).load(data: Data(text.utf8), name: "t.yaml")
        // Both warn, and both read the separator as a space.
        #expect(codes(json.diagnostics) == ["1:77 warning invisible-character"])
        #expect(codes(yaml.diagnostics) == ["1:77 warning invisible-character"])
        #expect(json.schedule == yaml.schedule)
        #expect(json.renderable?.summary == "a   b")
    }

    /// F8: mapping keys that are themselves deep collections, each written twice. Yams' `compose`
    /// refuses duplicate keys itself, sorting them first, and its `Array <` compares equal elements
    /// twice per level: two pairs of keys that differ only after a nested part take 2^depth steps.
    /// 205 bytes of flow YAML (depth 20) took 7.6 s, depth 22 30 s; the flow depth limit (64) lets
    /// far deeper keys through, and block keys (`? - - - …`) are not limited at all. A schedule file
    /// never needs a key that is not a text: refuse such keys before Yams composes the file.
    @Test(.timeLimit(.minutes(1)))
    func nestedComplexKeysAreRefusedQuickly() {
        let nested = String(repeating: "[", count: 40) + "z" + String(repeating: "]", count: 40)
        let (first, second) = ("[\(nested), y]", "[\(nested), x]")
        let flow = "{\(first): a, \(first): b, \(second): c, \(second): d}\n"
        // Refused at the end of the first key, where it turns out to be a key.
        #expect(places(flow) == ["1:\(first.count + 1) error complex-key"])
        let key = "? - " + String(repeating: "- ", count: 40) + "z\n  - "
        let block = key + "y\n: a\n" + key + "y\n: b\n" + key + "x\n: c\n" + key + "x\n: d\n"
        #expect(places(block) == ["1:1 error complex-key"])
    }

    /// F9: a repeated key. Yams' `compose` throws on it before the loader's own `duplicate-key` check
    /// runs, so the user got Yams' English text (in Vietnamese too), several lines long with a
    /// "Context:" dump, as a `syntax` error at 1:1, and no other problem of the file.
    @Test func repeatedKeysAreNamedWhereTheyRepeat() {
        #expect(places("agency: {name: S}\nplace: P\nplace: Q\ndate: 2025-02-03\nsections: [{heading: H}]\n")
                == ["3:1 error duplicate-key"])
        let vi = load("agency: {name: S}\nplace: P\nplace: Q\ndate: 2025-02-03\nsections: [{heading: H}]\n", language: .vi)
        #expect(vi.diagnostics.first?.message == "khóa `place` bị lặp (đã có ở dòng 2)")
        // Inside a flow mapping too. (Yams stops at the repeated key, so the file's other problems
        // wait for the next check.)
        #expect(places("agency: {name: S, name: T}\nplace: P\n") == ["1:19 error duplicate-key"])
    }

    /// F10: an invisible character written as an escape is placed at the escape's backslash (the
    /// fuzz target had accepted only the string's quote and stopped a CI run); a control character
    /// written as an escape stays at the quote.
    @Test func escapedInvisiblesArePlacedAtTheirEscape() {
        let text = "agency: {name: \"S\\LO\"}\nplace: \"H\\Pa \\u202E b\"\ndate: 2025-02-03\nsections: [{heading: H}]\n"
        #expect(places(text) == ["1:18 warning invisible-character", "2:10 warning invisible-character",
                                 "2:14 warning invisible-character"])
        #expect(places("agency: {name: \"S\\bO\"}\n").contains("1:16 error control-character"))
    }

    /// Fuzz finding F14: a tag or an anchor before a quoted text moved Yams' mark of the text onto
    /// the tag, and a control character written as an escape was placed at the `!`, not the quote;
    /// invisible ones written as escapes were not reported at all.
    @Test func escapesAfterATagOrAnAnchorArePlacedInTheirText() {
        let text = "agency: {name: \"S\\LO\"}\nplace: !!str \"H\\Pa \\0202E b\"\ndate: 2025-02-03\nsections: [{heading: H}]\n"
        #expect(places(text).contains("2:14 error control-character"), "\(places(text))")
        let anchored = "agency: {name: &n !!str\n  \"S\\LO\"}\nplace: H\ndate: 2025-02-03\nsections: [{heading: H}]\n"
        #expect(places(anchored).contains("2:5 warning invisible-character"), "\(places(anchored))")
    }

    /// The seed corpus and every reproducer load without trapping; the examples and their JSON copy
    /// load without errors. (The renderers' side runs in `congtac-fuzz Fuzz/`.)
    @Test func corpusAndFindingsLoad() throws {
        let root = packageRoot
        var loaded = 0
        for folder in ["Fuzz/corpus", "Fuzz/findings"] {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() {
                let result = ScheduleLoader(language: .en).load(path: url.appendingPathComponent(name).path, displayName: name)
                if name.hasPrefix("khcn-") {
                    #expect(!result.diagnostics.hasErrors, "\(name): \(result.diagnostics)")
                }
                loaded += 1
            }
        }
        #expect(loaded >= 30)
    }
}
