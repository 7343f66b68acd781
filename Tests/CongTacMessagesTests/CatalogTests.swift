import CongTacCalendar
import CongTacMessages
import Foundation
import Testing

/// The package's root folder, found from this file's place.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

private func read(_ relativePath: String) throws -> String {
    try String(contentsOf: packageRoot.appendingPathComponent(relativePath), encoding: .utf8)
}

/// The Swift files under `Sources/<folder>`, with their paths relative to the root.
private func swiftFiles(under folder: String) throws -> [(path: String, text: String)] {
    let base = packageRoot.appendingPathComponent(folder)
    let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
    var files: [(String, String)] = []
    while let url = enumerator?.nextObject() as? URL {
        guard url.pathExtension == "swift" else { continue }
        let path = url.path.replacingOccurrences(of: packageRoot.path + "/", with: "")
        files.append((path, try String(contentsOf: url, encoding: .utf8)))
    }
    return files.sorted { $0.0 < $1.0 }
}

/// The codes the README's "Diagnostics" section documents: every `code` in backquotes there.
private func documentedCodes() throws -> Set<String> {
    let readme = try read("README.md")
    guard let start = readme.range(of: "### Diagnostics") else { return [] }
    let rest = readme[start.upperBound...]
    let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
    var codes = Set<String>()
    for piece in section.split(separator: "`").enumerated() where piece.offset % 2 == 1 {
        let word = String(piece.element)
        if !word.isEmpty, word.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) { codes.insert(word) }
    }
    return codes
}

@Suite struct CatalogTests {
    @Test func everyEntryHasBothLanguages() {
        for message in CatalogSamples.messages {
            #expect(!message.vi.isEmpty && !message.en.isEmpty, "[\(message.code)]")
            #expect(message.vi.trimmingCharacters(in: .whitespaces) == message.vi, "[\(message.code)] \(message.vi)")
            #expect(message.en.trimmingCharacters(in: .whitespaces) == message.en, "[\(message.code)] \(message.en)")
        }
        for phrase in CatalogSamples.phrases + CatalogSamples.pageTexts {
            #expect(!phrase.vi.isEmpty && !phrase.en.isEmpty, "\(phrase)")
        }
        for kind in [NodeKind.mapping, .sequence, .scalar, .null] {
            #expect(!kind.vi.isEmpty && !kind.en.isEmpty)
        }
    }

    @Test func everyCodeIsDocumented() throws {
        let documented = try documentedCodes()
        #expect(documented.count > 30)
        var undocumented = Set(CatalogSamples.messages.map(\.code)).subtracting(documented)
        // Codes written in the catalog's source, including any no sample calls.
        for file in try swiftFiles(under: "Sources/CongTacMessages") {
            for line in file.text.split(separator: "\n") {
                guard let range = line.range(of: "code: \"") else { continue }
                let code = String(line[range.upperBound...].prefix { $0 != "\"" })
                if !documented.contains(code) { undocumented.insert(code) }
            }
        }
        #expect(undocumented.isEmpty, "codes missing from the README's Diagnostics list: \(undocumented.sorted())")
    }

    /// Each `public static let/func NAME` of the catalog is called in `CatalogSamples`.
    @Test func everyEntryIsSampled() throws {
        let samples = try read("Tests/CongTacMessagesTests/CatalogSamples.swift")
        for file in try swiftFiles(under: "Sources/CongTacMessages") where file.path.contains("Catalog+") {
            for line in file.text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let at = words.firstIndex(of: "static"), at + 2 < words.count,
                      words[at + 1] == "let" || words[at + 1] == "func" else { continue }
                let name = String(words[at + 2].prefix { $0.isLetter || $0.isNumber })
                if CatalogSamples.otherEntries.contains(name) { continue }
                #expect(samples.contains(".\(name)"), "\(file.path): `\(name)` is not in CatalogSamples")
            }
        }
    }

    @Test func textPicksTheLanguage() {
        let message = Message.emptyFile
        #expect(message.text(.vi) == message.vi)
        #expect(message.text(.en) == message.en)
        #expect(message.vi.hasPrefix("tệp rỗng"))
    }

    /// A language switch, or a message written out, outside the catalog is a text the catalog does
    /// not hold: today's texts are all there, and a new one must go there too.
    @Test func noInlineLanguageSwitchOutsideTheCatalog() throws {
        let forbidden = [#"== \.vi \?"#, #"== \.en \?"#, #"vietnamese \?"#, #"case \.vi:"#, #"case \.en:"#,
                         #"\bvi: ""#, #"\ben: ""#, #"Message\(code:"#, #"Phrase\(vi:"#,
                         #"Diagnostic\(\.(error|warning), code:"#]
            .map { try! NSRegularExpression(pattern: $0) }
        var found: [String] = []
        for file in try swiftFiles(under: "Sources") where !file.path.hasPrefix("Sources/CongTacMessages/") {
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.trimmingCharacters(in: .whitespaces)
                if code.hasPrefix("//") { continue }
                let text = String(line)
                for pattern in forbidden
                where pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                    found.append("\(file.path):\(number + 1): \(code)")
                }
            }
        }
        #expect(found.isEmpty, "texts to move into Sources/CongTacMessages:\n\(found.joined(separator: "\n"))")
    }
}

/// The text of the grouped `weekday-missing` warning (issue #11, item 7); which days form a run is
/// the validator's to decide and is tested with the loader.
@Suite struct UnfilledDaysTextTests {
    func day(_ month: Int, _ day: Int) -> CivilDate { CivilDate(year: 2025, month: month, day: day) }

    @Test func oneDayKeepsItsWeekdayAndYear() {
        let message = Message.weekdaysMissing([(day(3, 4), day(3, 4))], count: 1)
        #expect(message == .weekdayMissing("04/3/2025", weekday: .tuesday))
        #expect(message.en == "Tuesday 04/3/2025 is a working day with no entry")
    }

    @Test func runsAreRangesWithTheDecreesMonths() {
        let march = Message.weekdaysMissing([(day(3, 3), day(3, 7)), (day(3, 10), day(3, 10))], count: 6)
        #expect(march.code == "weekday-missing")
        #expect(march.vi == "6 ngày làm việc chưa có nội dung công việc: 03/3–07/3, 10/3")
        #expect(march.en == "6 working days have no entry: 03/3–07/3, 10/3")
        // Months 1 and 2 keep their leading zero, as in the document's date line.
        let february = Message.weekdaysMissing([(day(2, 3), day(2, 4))], count: 2)
        #expect(february.en == "2 working days have no entry: 03/02–04/02")
    }
}
