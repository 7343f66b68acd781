/// The place an item's text names, for an event's LOCATION: `Lễ khai mạc tại Hội trường Sở` is at
/// `Hội trường Sở`.
///
/// The heuristic: the words after the last `tại` (or `địa điểm:`) up to a clause's end (`;`, `,`,
/// `(`, a final `.`) or a word that starts a new clause (`về`, `để`, `nhằm`, `với`, `theo`,
/// `từ ngày`). A `tại` inside quotes, or after a colon that follows `đề tài`, `dự án`, `nhiệm vụ`,
/// `đề án` or `chương trình` (`Dự án thuộc chương trình NTMN: … tại Hà Tĩnh`) belongs to a
/// project's name and names no meeting place; nor does a `tại` followed by an event (`thành tích
/// xuất sắc tại Đại hội Thể thao …`).
enum ICSLocation {
    static let clauseWords: Set<String> = ["về", "để", "nhằm", "với", "theo", "và", "cho", "trong", "từ", "lúc", "vào"]
    static let titleWords = ["đề tài", "dự án", "nhiệm vụ", "đề án", "chương trình"]
    /// Words that start an event, not a place.
    static let eventWords = ["đại hội", "hội nghị", "hội thảo", "kỳ họp", "phiên", "lễ", "chương trình", "cuộc", "buổi"]

    static func location(in text: String) -> String? {
        let all = Array(text)
        let lowerAll = all.map { $0.lowercased().first ?? $0 }
        // Only what comes before a project's or topic's name, and outside quotes.
        var end = all.count
        var colon = 0
        while colon < end, let at = lowerAll[colon...].firstIndex(of: ":") {
            let before = String(lowerAll[..<at])
            if titleWords.contains(where: before.contains) { end = at }
            colon = at + 1
        }
        let characters = Array(all[..<end])
        let lowered = Array(lowerAll[..<end])
        var found: Int?
        var inQuotes = false
        var i = 0
        while i < lowered.count {
            let c = lowered[i]
            if c == "“" || c == "\"" && !inQuotes { inQuotes = true } else if c == "”" || c == "\"" { inQuotes = false }
            if !inQuotes, let after = Self.keyword(lowered, at: i) { found = after }
            i += 1
        }
        guard let start = found else { return nil }
        var words: [String] = []
        var word = ""
        var j = start
        scan: while j < characters.count {
            let c = characters[j]
            switch c {
            case ";", ",", "(", ")", "“", "”", "\"", "\n", ":":
                break scan
            case " ", "\t":
                if !word.isEmpty {
                    if clauseWords.contains(word.lowercased()) { word = ""; break scan }
                    words.append(word)
                    word = ""
                }
            default:
                word.append(c)
            }
            j += 1
        }
        if !word.isEmpty, !clauseWords.contains(word.lowercased()) { words.append(word) }
        var place = words.joined(separator: " ")
        let lowerPlace = place.lowercased()
        if eventWords.contains(where: { lowerPlace == $0 || lowerPlace.hasPrefix($0 + " ") }) { return nil }
        while let last = place.last, last == "." || last == "-" || last == "–" || last == " " { place.removeLast() }
        return place.count >= 2 ? place : nil
    }

    private static func find(_ needle: [Character], in hay: [Character]) -> Int? {
        guard needle.count <= hay.count else { return nil }
        return (0...(hay.count - needle.count)).first { Array(hay[$0..<($0 + needle.count)]) == needle }
    }

    /// The index after `tại ` or `địa điểm:` when one starts at `i` as a whole word.
    private static func keyword(_ c: [Character], at i: Int) -> Int? {
        if i > 0, c[i - 1].isLetter { return nil }
        for word in ["tại ", "địa điểm: ", "địa điểm "] {
            let w = Array(word)
            if i + w.count <= c.count, Array(c[i..<(i + w.count)]) == w { return i + w.count }
        }
        return nil
    }
}
