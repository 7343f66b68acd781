import CongTacModel
import Foundation
import Testing
@testable import CongTacRendering

/// The three examples' HTML page and fragment against goldens, compared exactly.
/// Re-record with `CONGTAC_RECORD=1 swift test --filter CongTacRenderingTests.HTML` (the run then fails, by design).
@Suite struct HTMLGoldenTests {
    static let goldens = packageRoot.appendingPathComponent("Tests/CongTacRenderingTests/Goldens/html")

    @Test(arguments: exampleNames, [false, true])
    func outputMatchesGolden(_ name: String, fragment: Bool) throws {
        let html = try HTMLSupport.render(try loadExample(name), fragment: fragment)
        let golden = Self.goldens.appendingPathComponent(name + (fragment ? ".fragment.html" : ".html"))
        if recordingGoldens {
            try recordGolden(Data(html.utf8), at: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if html != expected {
            Issue.record("\(golden.lastPathComponent) differs from its golden:\n\(lineDiff(expected, html))")
        }
    }

    @Test func renderingIsDeterministic() throws {
        let schedule = try loadExample("khcn-ha-tinh-2025-02")
        let renderer = try HTMLRenderer()
        #expect(try renderer.render(schedule, fragment: false) == HTMLRenderer().render(schedule, fragment: false))
    }

    /// The page embeds four faces and stays small enough to mail or upload.
    @Test func pageEmbedsItsFontsAndStaysSmall() throws {
        let page = try HTMLSupport.render(try loadExample("khcn-ha-tinh-2023-07"), fragment: false)
        #expect(page.components(separatedBy: "@font-face").count - 1 == 4)
        #expect(page.components(separatedBy: "url(data:font/woff2;base64,").count - 1 == 4)
        #expect(page.utf8.count < 150_000)
    }
}
