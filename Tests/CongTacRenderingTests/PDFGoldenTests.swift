import Foundation
import Testing
@testable import CongTacRendering

/// The examples' PDFs against goldens, as structure and text: the structure tree with each element's
/// text, then every page's texts with their places (0.1 pt), faces and sizes, the drawn lines and the
/// signature field (`RecordingCanvas.dump`). A diff reads as "this word moved", not as bytes;
/// `PDFExampleTests.fileTextIsTheLayoutsText` ties the dump to the written file.
/// Re-record with `CONGTAC_RECORD=1 swift test --filter PDFGoldenTests` (the run then fails, by design).
@Suite struct PDFGoldenTests {
    static let goldens = packageRoot.appendingPathComponent("Tests/CongTacRenderingTests/Goldens/pdf")

    @Test(arguments: exampleNames)
    func layoutMatchesGolden(_ name: String) throws {
        let canvas = RecordingCanvas()
        PDFRenderer().draw(DocumentView(try loadExample(name)), on: canvas)
        let actual = canvas.dump
        let url = Self.goldens.appendingPathComponent("\(name).txt")
        if recordingGoldens {
            try recordGolden(Data(actual.utf8), at: url)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            Issue.record("\(name): the PDF's layout differs from its golden:\n\(lineDiff(expected, actual))")
        }
    }
}
