import CongTacLoading
import CongTacModel
import CongTacRendering
import Foundation

// congtac-bench DATA_DIR [--rounds N]
//
// Measures in one process, as medians over rounds: load + validate, DOCX, HTML, PDF, of the typical
// months (DATA_DIR/congtac/*.json, 100 documents) and of the scale case
// (DATA_DIR/congtac-large/large.json, one month of 21,993 items), the growth per item from 2,000
// to 22,000 items, and the peak memory. DATA_DIR comes from ../shared/perf/to_congtac.py.

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: congtac-bench DATA_DIR [--rounds N]\n".utf8))
    exit(2)
}
let dataDir = URL(fileURLWithPath: arguments[1])
let rounds = arguments.firstIndex(of: "--rounds").flatMap { Int(arguments[$0 + 1]) } ?? 7

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Runs `body` once to warm up (unless told not to), then `times` times; the median seconds.
func measure(times count: Int = rounds, warmUp: Bool = true, _ body: () throws -> Void) rethrows -> Double {
    if warmUp { try body() }
    var times: [Double] = []
    for _ in 0..<count {
        let start = now()
        try body()
        times.append(now() - start)
    }
    return median(times)
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

func ms(_ seconds: Double) -> String { String(format: "%8.3f ms", seconds * 1000) }

let loader = ScheduleLoader(language: .vi)
let docx = try DocxRenderer()
let html = try HTMLRenderer()
let pdf = PDFRenderer()

// Typical months: the files' bytes are read once, outside the timing (as the peers' JSON is).
let typicalFiles = try FileManager.default.contentsOfDirectory(atPath: dataDir.appendingPathComponent("congtac").path)
    .filter { $0.hasSuffix(".json") }.sorted()
let typical = try typicalFiles.map { name -> (String, Data) in
    (name, try Data(contentsOf: dataDir.appendingPathComponent("congtac/\(name)")))
}
let schedules = typical.map { loader.load(data: $0.1, name: $0.0).renderable! }
let n = Double(typical.count)

print("congtac-bench: \(typical.count) typical documents, \(rounds) rounds, medians")
let load = measure { for (name, data) in typical { _ = loader.load(data: data, name: name) } }
let view = measure { for s in schedules { _ = DocumentView(s) } }
let docxParts = try measure { for s in schedules { _ = try docx.parts(s) } }
let allParts = try schedules.map { try docx.parts($0) }
let zip = try measure { for p in allParts { _ = try DocxRenderer.zip(p) } }
let docxEnd = try measure { for (name, data) in typical { _ = try docx.render(loader.load(data: data, name: name).renderable!) } }
let htmlEnd = try measure { for (name, data) in typical { _ = try html.render(loader.load(data: data, name: name).renderable!, fragment: false) } }
let htmlOnly = try measure { for s in schedules { _ = try html.render(s, fragment: false) } }
let pdfOnly = try measure { for s in schedules { _ = try pdf.render(s) } }
let pdfEnd = try measure { for (name, data) in typical { _ = try pdf.render(loader.load(data: data, name: name).renderable!) } }
// What parsing every part with libxml2 would cost: the templates are proven well-formed instead.
let parse = measure { for p in allParts { for part in p.values { _ = DocxRenderer.wellFormednessProblem(in: part) } } }
let xmlBytes = allParts.reduce(0) { $0 + $1.values.reduce(0) { $0 + $1.count } }
print("per document:")
print("  load + validate (JSON)     \(ms(load / n))")
print("  view model                 \(ms(view / n))")
print("  DOCX parts (templates)     \(ms((docxParts - view) / n))")
print("  DOCX zip (\(DocxRenderer.deflateEngine), level 1) \(ms(zip / n))   \(xmlBytes / typical.count) bytes of XML a document, \(String(format: "%.0f", Double(xmlBytes) / zip / 1e6)) MB/s")
print("  (a libxml2 parse of the parts, not done: \(ms(parse / n)))")
print("  HTML page                  \(ms(htmlOnly / n))")
print("  load + validate + DOCX     \(ms(docxEnd / n))")
print("  load + validate + HTML     \(ms(htmlEnd / n))")
print("  PDF (layout and file)      \(ms(pdfOnly / n))")
print("  load + validate + PDF      \(ms(pdfEnd / n))")
print(String(format: "100 documents: DOCX %.1f ms, HTML %.1f ms, PDF %.1f ms (one thread)", docxEnd * 100 / n * 1000,
             htmlEnd * 100 / n * 1000, pdfEnd * 100 / n * 1000))

// The scale case.
let largeURL = dataDir.appendingPathComponent("congtac-large/large.json")
if let largeData = try? Data(contentsOf: largeURL) {
    let large = loader.load(data: largeData, name: "large.json")
    guard let big = large.schedule else { print("large.json: \(large.diagnostics.prefix(3))"); exit(1) }
    let items = big.sections.compactMap(\.agenda).flatMap(\.days).reduce(0) { $0 + $1.items.count }
    let scaleRounds = max(3, rounds / 2)
    func timed(_ body: () throws -> Void) rethrows -> Double {
        try measure(times: scaleRounds, warmUp: false, body)
    }
    let bigLoad = timed { _ = loader.load(data: largeData, name: "large.json") }
    let bigDocx = try timed { _ = try docx.render(loader.load(data: largeData, name: "large.json").schedule!) }
    let bigHTML = try timed { _ = try html.render(loader.load(data: largeData, name: "large.json").schedule!, fragment: false) }
    print("scale case: \(items) items, \(largeData.count / 1024) KiB of JSON")
    print("  load + validate            \(ms(bigLoad))")
    print("  load + validate + DOCX     \(ms(bigDocx))")
    print("  load + validate + HTML     \(ms(bigHTML))")
    let bigPDF = try timed { _ = try pdf.render(loader.load(data: largeData, name: "large.json").schedule!) }
    print("  load + validate + PDF      \(ms(bigPDF))")

    // Growth: the same month cut to its first 2,000 items, against the whole.
    func cut(_ schedule: Schedule, to limit: Int) -> Schedule {
        var s = schedule
        var left = limit
        s.sections = s.sections.map { section in
            var section = section
            if var agenda = section.agenda {
                agenda.days = agenda.days.compactMap { day in
                    guard left > 0 else { return nil }
                    var day = day
                    day.items = Array(day.items.prefix(left))
                    left -= day.items.count
                    return day
                }
                section.agenda = agenda
            }
            return section
        }
        return s
    }
    let small = cut(big, to: 2_000)
    let smallDocx = try timed { _ = try docx.render(small) }
    let wholeDocx = try timed { _ = try docx.render(big) }
    let smallHTML = try timed { _ = try html.render(small, fragment: false) }
    let wholeHTML = try timed { _ = try html.render(big, fragment: false) }
    let perSmall = smallDocx / 2_000, perWhole = wholeDocx / Double(items)
    print(String(format: "  DOCX per item: %.2f µs at 2,000, %.2f µs at %d (ratio %.2f)", perSmall * 1e6, perWhole * 1e6, items, perWhole / perSmall))
    print(String(format: "  HTML per item: %.2f µs at 2,000, %.2f µs at %d (ratio %.2f)", smallHTML / 2_000 * 1e6,
                 wholeHTML / Double(items) * 1e6, items, (wholeHTML / Double(items)) / (smallHTML / 2_000)))
    let smallPDF = try timed { _ = try pdf.render(small) }
    let wholePDF = try timed { _ = try pdf.render(big) }
    print(String(format: "  PDF per item: %.2f µs at 2,000, %.2f µs at %d (ratio %.2f)", smallPDF / 2_000 * 1e6,
                 wholePDF / Double(items) * 1e6, items, (wholePDF / Double(items)) / (smallPDF / 2_000)))
}
print(String(format: "peak memory: %.0f MB", peakMemoryMB()))
